import { defineMessages } from '../../core/localize.js';
import { formatNumber } from '../../feed/text.js';

/** "tiers-lieu" → "Tiers lieu": a kind the tables below do not name ("association" → "Association") is shown as written. */
const humanize = (id: string) => {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** 48.07, 'N', 'S' → "48,07° N" in French; -0.77, 'E', 'W' → "0.77° W" in English. */
const degrees = (lang: 'fr' | 'en', value: number, plus: string, minus: string) =>
  `${formatNumber(Math.abs(Math.round(value * 100) / 100), lang)}° ${value < 0 ? minus : plus}`;

const FR_KINDS: Record<string, string> = {
  collectivite: 'Collectivité',
  epci: 'Intercommunalité',
  etat: 'Service de l’État',
  enseignement: 'Enseignement et recherche',
  reseau: 'Réseau',
  'reseau-entreprises': 'Réseau d’entreprises',
  'developpement-economique': 'Développement économique',
  'etablissement-public': 'Établissement public',
  'groupement-employeurs': 'Groupement d’employeurs',
  sem: 'Société d’économie mixte',
  gal: 'Groupe d’action locale (LEADER)',
  'pole-metropolitain': 'Pôle métropolitain',
  'tiers-lieu': 'Tiers-lieu',
  sante: 'Santé',
  evenement: 'Événement',
};
const EN_KINDS: Record<string, string> = {
  collectivite: 'Local authority',
  epci: 'Intercommunality',
  entreprise: 'Business',
  'chambre-consulaire': 'Chamber of commerce or trade',
  etat: 'State service',
  enseignement: 'Education and research',
  'syndicat-mixte': 'Joint syndicate',
  'office-de-tourisme': 'Tourist office',
  reseau: 'Network',
  'reseau-entreprises': 'Business network',
  'developpement-economique': 'Economic development',
  'organisation-professionnelle': 'Trade organisation',
  'ordre-professionnel': 'Professional order',
  'etablissement-public': 'Public body',
  'groupement-employeurs': 'Employers’ group',
  sem: 'Semi-public company',
  gal: 'Local action group (LEADER)',
  'pole-metropolitain': 'Metropolitan hub',
  'tiers-lieu': 'Third place',
  incubateur: 'Incubator',
  sante: 'Health',
  tourisme: 'Tourism',
  evenement: 'Event',
  autre: 'Other',
};
const FR_TERRITORY_KINDS: Record<string, string> = {
  departement: 'Département',
  epci: 'Intercommunalité',
  commune: 'Commune',
  region: 'Région',
  pays: 'Pays',
  petr: 'Pôle d’équilibre territorial et rural',
  'pole-metropolitain': 'Pôle métropolitain',
  gal: 'Groupe d’action locale (LEADER)',
  pnr: 'Parc naturel régional',
  alliance: 'Alliance de territoires',
};
const EN_TERRITORY_KINDS: Record<string, string> = {
  departement: 'Département',
  epci: 'Intercommunality (EPCI)',
  commune: 'Municipality',
  region: 'Region',
  pays: 'Pays',
  petr: 'Rural territorial hub (PETR)',
  'pole-metropolitain': 'Metropolitan hub',
  gal: 'Local action group (LEADER)',
  pnr: 'Regional nature park',
  alliance: 'Alliance of territories',
};

const frPartners = (n: number) =>
  n === 0 ? 'Aucun partenaire' : n === 1 ? '1 partenaire' : `${formatNumber(n, 'fr')} partenaires`;
const enPartners = (n: number) =>
  n === 0 ? 'No partners' : n === 1 ? '1 partner' : `${formatNumber(n, 'en')} partners`;
const frFound = (n: number) => (n < 2 ? 'trouvé' : 'trouvés');

/** Every sentence `<maillage-partner-search>` shows or says, in French and English. */
export const partnerSearchMessages = defineMessages(
  {
    searchRegion: 'Rechercher un partenaire du réseau',
    inputLabel: 'Rechercher un partenaire',
    inputHint: 'Nom, thème, commune… Les accents et les petites fautes de frappe sont tolérés.',
    submit: 'Rechercher',
    clearQuery: 'Effacer le texte recherché',
    truncated: (max: number) => `La recherche est limitée aux ${max} premiers caractères : la suite a été ignorée.`,
    preparing: 'Préparation de l’annuaire…',
    filters: 'Filtres',
    filtersToggle: (n: number) => (n ? `Filtres (${n} ${n > 1 ? 'actifs' : 'actif'})` : 'Filtres'),
    theme: 'Thème',
    kind: 'Type de structure',
    brand: 'Label',
    near: 'À proximité',
    nearPlace: 'Autour de',
    nearHint:
      'Tapez le nom d’une commune, d’un EPCI ou d’un département, ou son code, puis choisissez avec les flèches et Entrée.',
    nearSuggestions: 'Lieux proposés',
    nearFound: (shown: number, total: number) =>
      shown < total
        ? `${formatNumber(shown, 'fr')} lieux sur ${formatNumber(total, 'fr')} : précisez le nom pour voir les autres`
        : `${total} ${total > 1 ? 'lieux proposés' : 'lieu proposé'}`,
    nearNoPlace: 'Aucun lieu de l’annuaire ne porte ce nom.',
    nearClear: (place: string) => `Retirer le lieu « ${place} »`,
    nearMyPosition: 'Autour de ma position',
    nearLocating: 'Recherche de votre position…',
    nearPositionError:
      'Votre position n’a pas pu être obtenue (refusée ou indisponible) : choisissez un lieu par son nom.',
    nearPoint: (lon: number, lat: number) => `${degrees('fr', lat, 'N', 'S')}, ${degrees('fr', lon, 'E', 'O')}`,
    radius: 'Dans un rayon de',
    radiusOption: (km: string, n: number) => `${km} km (${n})`,
    showMoreValues: (n: number) => `Voir ${n} de plus`,
    showFewerValues: 'Voir moins',
    valueCount: (n: number) => `${n} ${n > 1 ? 'partenaires' : 'partenaire'}`,
    activeFilters: 'Filtres actifs',
    removeFilter: 'Retirer le filtre',
    clearFilters: 'Tout effacer',
    chip: (facet: string, value: string) => `${facet} : ${value}`,
    nearChip: (km: string, place: string) => `À moins de ${km} km de ${place}`,
    sort: 'Trier par',
    sortRelevance: 'pertinence',
    sortName: 'nom (A → Z)',
    sortDistance: 'distance',
    scope: 'Annuaire limité à',
    count: (n: number, query: string) =>
      query ? `${frPartners(n)} ${frFound(n)} pour « ${query} »` : `${frPartners(n)}`,
    shown: (shown: number, total: number) => `${formatNumber(shown, 'fr')} affichés sur ${formatNumber(total, 'fr')}`,
    partial: 'Aucun partenaire ne contient tous ces mots : voici ceux qui en contiennent une partie.',
    noResults: 'Aucun partenaire ne correspond à cette recherche.',
    noResultsHint: 'Vérifiez l’orthographe, essayez un mot plus court ou retirez des filtres.',
    clearAll: 'Effacer la recherche et les filtres',
    noPartners: 'Ce réseau n’a pas encore publié de partenaires.',
    showMore: (n: number) => `Afficher ${n} ${n > 1 ? 'partenaires' : 'partenaire'} de plus`,
    website: 'Site web',
    websiteOf: (name: string) => `Site web de ${name}`,
    email: 'Écrire',
    emailOf: (name: string) => `Écrire à ${name}`,
    contactPage: 'Contact',
    contactPageOf: (name: string) => `Page de contact de ${name}`,
    distance: (km: string) => `à ${km} km`,
    themes: 'Thèmes',
    kindName: (kind: string) => FR_KINDS[kind] ?? humanize(kind),
    territoryKind: (kind: string) => FR_TERRITORY_KINDS[kind] ?? 'Autre territoire',
  },
  {
    searchRegion: 'Search the network’s partners',
    inputLabel: 'Search for a partner',
    inputHint: 'Name, theme, town… Accents and small typos are fine.',
    submit: 'Search',
    clearQuery: 'Clear the search text',
    truncated: (max: number) => `Searches are limited to the first ${max} characters: the rest was ignored.`,
    preparing: 'Preparing the directory…',
    filters: 'Filters',
    filtersToggle: (n: number) => (n ? `Filters (${n} active)` : 'Filters'),
    theme: 'Theme',
    kind: 'Kind of organisation',
    brand: 'Label',
    near: 'Nearby',
    nearPlace: 'Around',
    nearHint:
      'Type the name of a commune, an EPCI or a département, or its code, then choose with the arrow keys and Enter.',
    nearSuggestions: 'Suggested places',
    nearFound: (shown: number, total: number) =>
      shown < total
        ? `${formatNumber(shown, 'en')} places of ${formatNumber(total, 'en')}: type more of the name to see the others`
        : `${total} ${total > 1 ? 'places suggested' : 'place suggested'}`,
    nearNoPlace: 'No place in the directory has this name.',
    nearClear: (place: string) => `Remove the place “${place}”`,
    nearMyPosition: 'Around my position',
    nearLocating: 'Finding your position…',
    nearPositionError: 'Your position could not be found (refused or unavailable): choose a place by its name.',
    nearPoint: (lon: number, lat: number) => `${degrees('en', lat, 'N', 'S')}, ${degrees('en', lon, 'E', 'W')}`,
    radius: 'Within',
    radiusOption: (km: string, n: number) => `${km} km (${n})`,
    showMoreValues: (n: number) => `Show ${n} more`,
    showFewerValues: 'Show fewer',
    valueCount: (n: number) => `${n} ${n === 1 ? 'partner' : 'partners'}`,
    activeFilters: 'Active filters',
    removeFilter: 'Remove the filter',
    clearFilters: 'Clear all',
    chip: (facet: string, value: string) => `${facet}: ${value}`,
    nearChip: (km: string, place: string) => `Within ${km} km of ${place}`,
    sort: 'Sort by',
    sortRelevance: 'relevance',
    sortName: 'name (A → Z)',
    sortDistance: 'distance',
    scope: 'Directory limited to',
    count: (n: number, query: string) => (query ? `${enPartners(n)} found for “${query}”` : `${enPartners(n)}`),
    shown: (shown: number, total: number) => `${formatNumber(shown, 'en')} shown of ${formatNumber(total, 'en')}`,
    partial: 'No partner has all these words: here are those with some of them.',
    noResults: 'No partner matches this search.',
    noResultsHint: 'Check the spelling, try a shorter word or remove some filters.',
    clearAll: 'Clear the search and filters',
    noPartners: 'This network has not published any partners yet.',
    showMore: (n: number) => `Show ${n} more ${n === 1 ? 'partner' : 'partners'}`,
    website: 'Website',
    websiteOf: (name: string) => `Website of ${name}`,
    email: 'Write',
    emailOf: (name: string) => `Write to ${name}`,
    contactPage: 'Contact',
    contactPageOf: (name: string) => `Contact page of ${name}`,
    distance: (km: string) => `${km} km away`,
    themes: 'Themes',
    kindName: (kind: string) => EN_KINDS[kind] ?? humanize(kind),
    territoryKind: (kind: string) => EN_TERRITORY_KINDS[kind] ?? 'Other territory',
  },
);
