/**
 * The column mapping of `maillage build`: which spreadsheet headers (French or
 * English, accents and case ignored) fill which feed field, and how a cell is
 * read. docs/publish-your-feed.md shows the same table to people.
 */
import { foldText } from '../feed/text.js';

/** How a cell becomes a value. */
export type CellKind =
  | 'text'
  | 'localized'
  | 'list'
  | 'date'
  | 'datetime'
  | 'time'
  | 'number'
  | 'integer'
  | 'kind'
  | 'online'
  | 'lookingFor'
  | 'requestStatus'
  | 'eventStatus'
  | 'country'
  | 'localizedList'
  | 'colour';

export interface ColumnDef {
  /** Dotted path in the item (`contact.email`); `labels` and the `*Time` fields are handled by the builder. */
  field: string;
  kind: CellKind;
  headers: string[];
  /** The list a value refers to, resolved by id, code or name. */
  ref?: 'territories' | 'organisations' | 'events' | 'brands' | 'themes';
  required?: boolean;
  /** The cell holds a web address (a formula written there is reported, not taken for a relative link). */
  link?: boolean;
}

export type CsvListKey = 'organisations' | 'events' | 'cooperationRequests' | 'territories' | 'themes' | 'brands';

const THEMES: ColumnDef = {
  field: 'themes',
  kind: 'list',
  ref: 'themes',
  headers: ['themes', 'theme', 'thematiques', 'topics'],
};
const TERRITORIES: ColumnDef = {
  field: 'territories',
  kind: 'list',
  ref: 'territories',
  headers: ['territoires', 'territoire', 'territories', 'territory', 'epci', 'intercommunalite'],
};
const ID: ColumnDef = { field: 'id', kind: 'text', headers: ['id', 'identifiant', 'identifier'] };
const EMAIL: ColumnDef = {
  field: 'contact.email',
  kind: 'text',
  headers: ['email', 'e mail', 'courriel', 'mail', 'adresse electronique'],
};
const PHONE: ColumnDef = { field: 'contact.phone', kind: 'text', headers: ['telephone', 'tel', 'phone', 'portable'] };
const URL: ColumnDef = {
  field: 'url',
  kind: 'text',
  link: true,
  headers: ['lien', 'url', 'page', 'site', 'site web', 'site internet', 'website'],
};
const LON: (p: string) => ColumnDef = (p) => ({
  field: `${p}.lon`,
  kind: 'number',
  headers: ['longitude', 'lon', 'lng'],
});
const LAT: (p: string) => ColumnDef = (p) => ({ field: `${p}.lat`, kind: 'number', headers: ['latitude', 'lat'] });

export const COLUMNS: Record<CsvListKey, ColumnDef[]> = {
  organisations: [
    ID,
    {
      field: 'name',
      kind: 'localized',
      required: true,
      headers: ['nom', 'name', 'raison sociale', 'denomination', 'structure', 'organisation', 'organization'],
    },
    { field: 'shortName', kind: 'text', headers: ['sigle', 'nom court', 'acronyme', 'short name', 'acronym'] },
    {
      field: 'kind',
      kind: 'kind',
      required: true,
      headers: ['type', 'kind', 'categorie', 'category', 'nature', 'type de structure'],
    },
    TERRITORIES,
    THEMES,
    { field: 'description', kind: 'localized', headers: ['description', 'presentation', 'activite', 'activites'] },
    { ...URL, field: 'website' },
    { field: 'contact.name', kind: 'text', headers: ['contact', 'contact name', 'referent'] },
    {
      field: 'contact.givenName',
      kind: 'text',
      headers: ['prenom du contact', 'prenom contact', 'contact given name', 'contact first name'],
    },
    {
      field: 'contact.familyName',
      kind: 'text',
      headers: ['nom du contact', 'nom contact', 'contact family name', 'contact last name'],
    },
    { field: 'contact.role', kind: 'localized', headers: ['fonction', 'fonction du contact', 'role', 'contact role'] },
    EMAIL,
    PHONE,
    { field: 'address.street', kind: 'text', headers: ['adresse', 'address', 'rue', 'street'] },
    { field: 'address.postcode', kind: 'text', headers: ['code postal', 'cp', 'postcode', 'postal code', 'zip'] },
    { field: 'address.city', kind: 'text', headers: ['ville', 'city', 'commune', 'localite', 'town'] },
    { field: 'address.commune', kind: 'text', headers: ['code commune', 'code insee', 'insee', 'commune code'] },
    { field: 'address.country', kind: 'country', headers: ['pays', 'country'] },
    LON('location'),
    LAT('location'),
    {
      field: 'labels',
      kind: 'list',
      ref: 'brands',
      headers: ['marque', 'marques', 'label', 'labels', 'brand', 'brands'],
    },
    {
      field: 'labelsSince',
      kind: 'date',
      headers: ['marque depuis', 'label depuis', 'partenaire depuis', 'depuis', 'since', 'label since', 'brand since'],
    },
    { field: 'memberOf', kind: 'list', ref: 'organisations', headers: ['membre de', 'member of', 'adherent de'] },
  ],
  events: [
    ID,
    {
      field: 'title',
      kind: 'localized',
      required: true,
      headers: ['titre', 'title', 'intitule', 'nom', 'name', 'evenement', 'event'],
    },
    {
      field: 'start',
      kind: 'datetime',
      required: true,
      headers: ['debut', 'date de debut', 'date debut', 'start', 'start date', 'date', 'du'],
    },
    {
      field: 'startTime',
      kind: 'time',
      headers: ['heure', 'heure de debut', 'heure debut', 'start time', 'time', 'horaire'],
    },
    { field: 'end', kind: 'datetime', headers: ['fin', 'date de fin', 'date fin', 'end', 'end date', 'au'] },
    { field: 'endTime', kind: 'time', headers: ['heure de fin', 'heure fin', 'end time'] },
    { field: 'kind', kind: 'kind', headers: ['type', 'kind', 'categorie', 'category', 'format'] },
    { field: 'location.name', kind: 'text', headers: ['lieu', 'location', 'salle', 'venue', 'place'] },
    { field: 'location.address', kind: 'text', headers: ['adresse', 'address'] },
    {
      field: 'location.territory',
      kind: 'text',
      ref: 'territories',
      headers: ['territoire du lieu', 'venue territory', 'location territory'],
    },
    LON('location'),
    LAT('location'),
    { field: 'online', kind: 'online', headers: ['en ligne', 'online', 'visio', 'visioconference', 'lien visio'] },
    {
      field: 'organiser',
      kind: 'text',
      ref: 'organisations',
      headers: ['organisateur', 'organiser', 'organizer', 'porteur', 'organise par'],
    },
    THEMES,
    TERRITORIES,
    URL,
    {
      field: 'registrationUrl',
      kind: 'text',
      link: true,
      headers: ['inscription', 'lien d inscription', 'registration', 'registration url', 'register'],
    },
    { field: 'description', kind: 'localized', headers: ['description', 'presentation', 'programme'] },
    { field: 'status', kind: 'eventStatus', headers: ['statut', 'status', 'etat'] },
  ],
  cooperationRequests: [
    ID,
    {
      field: 'organisation',
      kind: 'text',
      ref: 'organisations',
      required: true,
      headers: ['organisation', 'structure', 'organization', 'porteur', 'gal', 'organisme'],
    },
    { field: 'title', kind: 'localized', headers: ['titre', 'title', 'intitule'] },
    { field: 'contact.givenName', kind: 'text', headers: ['prenom', 'first name', 'given name', 'prenom du contact'] },
    {
      field: 'contact.familyName',
      kind: 'text',
      headers: ['nom', 'nom de famille', 'family name', 'last name', 'surname', 'nom du contact'],
    },
    EMAIL,
    PHONE,
    { field: 'country', kind: 'country', headers: ['pays', 'country'] },
    {
      field: 'keyword',
      kind: 'localized',
      headers: ['mot cle', 'mots cles', 'keyword', 'keywords', 'thematic keyword'],
    },
    THEMES,
    {
      field: 'lookingFor',
      kind: 'lookingFor',
      required: true,
      headers: ['recherche', 'cherche', 'looking for', 'type de recherche', 'objet'],
    },
    {
      field: 'explanation',
      kind: 'localized',
      required: true,
      headers: ['explication', 'explications', 'description', 'texte', 'explanation', 'details'],
    },
    { field: 'areaType', kind: 'localized', headers: ['type de territoire', 'type de zone', 'area type', 'zone'] },
    { field: 'projectType', kind: 'localized', headers: ['type de projet', 'project type'] },
    TERRITORIES,
    { field: 'event', kind: 'text', ref: 'events', headers: ['evenement', 'event', 'evenement lie'] },
    {
      field: 'published',
      kind: 'date',
      headers: ['publiee le', 'publie le', 'publication', 'date de publication', 'published', 'date'],
    },
    {
      field: 'expires',
      kind: 'date',
      headers: [
        'expire le',
        'expiration',
        'date d expiration',
        'expires',
        'fin de validite',
        'valable jusqu au',
        'jusqu au',
        'date limite',
        'deadline',
      ],
    },
    { field: 'status', kind: 'requestStatus', headers: ['statut', 'status', 'etat'] },
    URL,
  ],
  territories: [
    ID,
    {
      field: 'kind',
      kind: 'kind',
      required: true,
      headers: ['type', 'kind', 'nature', 'niveau', 'categorie', 'level'],
    },
    {
      field: 'name',
      kind: 'localized',
      required: true,
      headers: ['nom', 'name', 'libelle', 'territoire', 'territory'],
    },
    { field: 'officialName', kind: 'text', headers: ['nom officiel', 'official name', 'nom dgcl'] },
    { field: 'legalForm', kind: 'text', headers: ['forme juridique', 'legal form', 'forme'] },
    { field: 'codes.siren', kind: 'text', headers: ['siren', 'code siren', 'n siren', 'numero siren'] },
    { field: 'codes.insee', kind: 'text', headers: ['insee', 'code insee', 'code commune', 'code departement', 'cog'] },
    {
      field: 'population.value',
      kind: 'integer',
      headers: ['population', 'habitants', 'nombre d habitants', 'inhabitants'],
    },
    {
      field: 'population.year',
      kind: 'integer',
      headers: ['annee', 'annee population', 'annee de population', 'population year', 'year', 'millesime'],
    },
    {
      field: 'parents',
      kind: 'list',
      ref: 'territories',
      headers: ['parents', 'parent', 'appartient a', 'membre de', 'part of', 'epci', 'departement'],
    },
    {
      field: 'members',
      kind: 'list',
      ref: 'territories',
      headers: ['membres', 'members', 'communes membres', 'composee de'],
    },
    {
      field: 'communeCount',
      kind: 'integer',
      headers: ['nombre de communes', 'nb communes', 'commune count', 'communes'],
    },
    URL,
    { field: 'description', kind: 'localized', headers: ['description', 'presentation'] },
  ],
  themes: [
    ID,
    {
      field: 'label',
      kind: 'localized',
      required: true,
      headers: ['libelle', 'label', 'nom', 'name', 'theme', 'thematique', 'intitule', 'titre', 'title', 'topic'],
    },
    {
      field: 'parent',
      kind: 'text',
      ref: 'themes',
      headers: ['parent', 'theme parent', 'parent theme', 'sous theme de', 'rattache a', 'subtheme of', 'part of'],
    },
    { field: 'description', kind: 'localized', headers: ['description', 'presentation', 'definition'] },
  ],
  brands: [
    ID,
    {
      field: 'name',
      kind: 'localized',
      required: true,
      headers: ['nom', 'name', 'marque', 'brand', 'nom de la marque', 'brand name', 'libelle'],
    },
    {
      field: 'partnerLabel',
      kind: 'localized',
      headers: ['mention partenaire', 'libelle partenaire', 'texte du badge', 'badge', 'partner label', 'badge text'],
    },
    { field: 'tagline', kind: 'localized', headers: ['slogan', 'signature', 'accroche', 'tagline', 'baseline'] },
    {
      field: 'territory',
      kind: 'text',
      ref: 'territories',
      headers: ['territoire', 'territory', 'departement', 'perimetre', 'area'],
    },
    URL,
    {
      field: 'partnerUrl',
      kind: 'text',
      link: true,
      headers: [
        'page partenaire',
        'lien partenaire',
        'url partenaire',
        'fiche partenaire',
        'partner page',
        'partner url',
        'partner link',
      ],
    },
    {
      field: 'values',
      kind: 'localizedList',
      headers: ['valeurs', 'charte des valeurs', 'charte', 'values', 'charter', 'brand values'],
    },
    {
      field: 'logo.url',
      kind: 'text',
      link: true,
      headers: ['logo', 'lien du logo', 'url du logo', 'logo url', 'logo link'],
    },
    { field: 'logo.svg', kind: 'text', headers: ['logo svg', 'svg', 'code svg du logo', 'logo svg code'] },
    {
      field: 'logo.alt',
      kind: 'localized',
      headers: ['texte alternatif du logo', 'alternative du logo', 'logo alt', 'logo alt text', 'logo text'],
    },
    {
      field: 'colours.primary',
      kind: 'colour',
      headers: [
        'couleur',
        'couleur principale',
        'couleur primaire',
        'colour',
        'color',
        'primary colour',
        'primary color',
      ],
    },
    {
      field: 'colours.secondary',
      kind: 'colour',
      headers: ['couleur secondaire', 'secondary colour', 'secondary color'],
    },
    {
      field: 'colours.text',
      kind: 'colour',
      headers: ['couleur du texte', 'couleur texte', 'text colour', 'text color'],
    },
    { field: 'description', kind: 'localized', headers: ['description', 'presentation'] },
  ],
};

/** A header folded for matching: "Thèmes (EN)" → "themes en". */
export const foldHeader = (h: string): string =>
  foldText(h)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Which column a header fills, and in which language for a localized field. */
export function matchHeader(list: CsvListKey, header: string): { def: ColumnDef; lang?: 'fr' | 'en' } | undefined {
  const folded = foldHeader(header);
  const defs = COLUMNS[list];
  const exact = defs.find((d) => d.headers.includes(folded));
  if (exact) return { def: exact };
  // "Libellé (en)", "label_fr", "nom anglais", or the language first in full: "English label".
  const after = / (fr|en|francais|anglais|english|french)$/.exec(folded);
  const before = /^(francais|anglais|english|french) /.exec(folded);
  const lang = after?.[1] ?? before?.[1];
  if (!lang) return undefined;
  const base = after ? folded.slice(0, after.index) : folded.slice(before![0].length);
  const def = defs.find((d) => (d.kind === 'localized' || d.kind === 'localizedList') && d.headers.includes(base));
  if (!def) return undefined;
  return { def, lang: /^(en|anglais|english)$/.test(lang) ? 'en' : 'fr' };
}

/** An id made from a name: "Redon Agglomération" → "redon-agglomeration". */
export const slugify = (s: string): string =>
  foldText(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80) || 'item';

const ORGANISATION_KINDS: [RegExp, string][] = [
  [/^(association|asso|non profit|ngo|charity)$/, 'association'],
  [/^(entreprise|societe|company|business|firm|sarl|sas|eurl|sa)$/, 'entreprise'],
  [/^(collectivite|collectivite territoriale|commune|mairie|local authority|municipality|council)$/, 'collectivite'],
  [/^(chambre consulaire|chambre|cci|cma|chambre d agriculture|chamber|chamber of commerce)$/, 'chambre-consulaire'],
  [/^(etat|service de l etat|prefecture|state|government)$/, 'etat'],
  [/^(ecole|enseignement|college|lycee|universite|school|university|education)$/, 'enseignement'],
  [/^(syndicat mixte|syndicat|joint authority)$/, 'syndicat-mixte'],
];
const EVENT_KINDS: [RegExp, string][] = [
  [/^(assemblee generale|ag|general meeting|annual general meeting|agm)$/, 'assemblee-generale'],
  [/^(seminaire|seminar)$/, 'seminaire'],
  [/^(formation|training)$/, 'formation'],
  [/^(visite|visit|site visit)$/, 'visite'],
  [/^(congres|congress)$/, 'congres'],
  [/^(lancement|launch)$/, 'lancement'],
  [/^(rencontre|meeting)$/, 'rencontre'],
  [/^(bureau|board|board meeting)$/, 'bureau'],
  [/^(atelier|workshop)$/, 'atelier'],
];
const TERRITORY_KINDS: [RegExp, string][] = [
  [/^(commune|municipality)$/, 'commune'],
  [
    /^(epci|cc|ca|cu|metropole|communaute de communes|communaute d agglomeration|communaute urbaine|intercommunalite)$/,
    'epci',
  ],
  [/^(departement|department)$/, 'departement'],
  [/^(region)$/, 'region'],
  [/^(petr|pole d equilibre territorial et rural)$/, 'petr'],
  [/^(pole metropolitain)$/, 'pole-metropolitain'],
  [/^(gal|leader|groupe d action locale|local action group)$/, 'gal'],
  [/^(pnr|parc naturel regional|regional nature park)$/, 'pnr'],
];
const KINDS: Record<CsvListKey, [RegExp, string][]> = {
  organisations: ORGANISATION_KINDS,
  events: EVENT_KINDS,
  territories: TERRITORY_KINDS,
  cooperationRequests: [],
  themes: [],
  brands: [],
};

/** A kind written by a person ("Chambre consulaire", "Company", "CC") as the feed's id for it. */
export function normaliseKind(list: CsvListKey, value: string): string {
  const folded = foldHeader(value);
  return KINDS[list].find(([re]) => re.test(folded))?.[1] ?? slugify(value);
}

/** The EPCI legal form hidden in a kind such as "CC" or "Communauté d'agglomération". */
export function legalFormOf(value: string): string | undefined {
  const folded = foldHeader(value);
  if (/^(cc|communaute de communes)$/.test(folded)) return 'CC';
  if (/^(ca|communaute d agglomeration)$/.test(folded)) return 'CA';
  if (/^(cu|communaute urbaine)$/.test(folded)) return 'CU';
  if (/^(metropole)$/.test(folded)) return 'METRO';
  return undefined;
}

const LOOKING_FOR: [RegExp, string][] = [
  [/^(projet|projets|project|projects)$/, 'project'],
  [/^(partenaire|partenaires|partner|partners|partenariat)$/, 'partners'],
  [/^(theme|themes|sujet|sujets|thematique|topic|topics)$/, 'topic'],
];
export const normaliseLookingFor = (value: string): string =>
  LOOKING_FOR.find(([re]) => re.test(foldHeader(value)))?.[1] ?? value;

const REQUEST_STATUS: [RegExp, string][] = [
  [/^(ouverte|ouvert|en cours|active|open)$/, 'open'],
  [/^(pourvue|pourvu|trouvee|trouve|partenaire trouve|matched|found)$/, 'matched'],
  [/^(fermee|ferme|close|closed|cloturee|terminee|expiree|annulee)$/, 'closed'],
];
export const normaliseRequestStatus = (value: string): string =>
  REQUEST_STATUS.find(([re]) => re.test(foldHeader(value)))?.[1] ?? value;

const EVENT_STATUS: [RegExp, string][] = [
  [/^(prevu|prevue|confirme|confirmee|maintenu|scheduled|confirmed)$/, 'scheduled'],
  [/^(annule|annulee|cancelled|canceled)$/, 'cancelled'],
  [/^(reporte|reportee|postponed)$/, 'postponed'],
];
export const normaliseEventStatus = (value: string): string =>
  EVENT_STATUS.find(([re]) => re.test(foldHeader(value)))?.[1] ?? value;

const COUNTRIES: Record<string, string> = {
  france: 'FR',
  belgique: 'BE',
  belgium: 'BE',
  allemagne: 'DE',
  germany: 'DE',
  espagne: 'ES',
  spain: 'ES',
  italie: 'IT',
  italy: 'IT',
  portugal: 'PT',
  irlande: 'IE',
  ireland: 'IE',
  'royaume uni': 'GB',
  'united kingdom': 'GB',
  'pays bas': 'NL',
  netherlands: 'NL',
  luxembourg: 'LU',
  suisse: 'CH',
  switzerland: 'CH',
  autriche: 'AT',
  austria: 'AT',
  finlande: 'FI',
  finland: 'FI',
  suede: 'SE',
  sweden: 'SE',
  danemark: 'DK',
  denmark: 'DK',
  estonie: 'EE',
  estonia: 'EE',
  lettonie: 'LV',
  latvia: 'LV',
  lituanie: 'LT',
  lithuania: 'LT',
  pologne: 'PL',
  poland: 'PL',
  tchequie: 'CZ',
  'republique tcheque': 'CZ',
  czechia: 'CZ',
  'czech republic': 'CZ',
  slovaquie: 'SK',
  slovakia: 'SK',
  slovenie: 'SI',
  slovenia: 'SI',
  hongrie: 'HU',
  hungary: 'HU',
  roumanie: 'RO',
  romania: 'RO',
  bulgarie: 'BG',
  bulgaria: 'BG',
  grece: 'GR',
  greece: 'GR',
  croatie: 'HR',
  croatia: 'HR',
  chypre: 'CY',
  cyprus: 'CY',
  malte: 'MT',
  malta: 'MT',
  norvege: 'NO',
  norway: 'NO',
  islande: 'IS',
  iceland: 'IS',
};
/** "France", "fr" or "Belgique" as an ISO 3166 code; other text is kept for the validator to report. */
export function normaliseCountry(value: string): string {
  const v = value.trim();
  if (/^[A-Za-z]{2}$/.test(v)) return v.toUpperCase();
  return COUNTRIES[foldHeader(v)] ?? v;
}

/** "oui", "x", "yes" → true; "non", "no" → undefined; a link stays a link. */
export function readOnline(value: string): boolean | string | undefined {
  const folded = foldHeader(value);
  if (/^(oui|yes|x|vrai|true|1|en ligne|online)$/.test(folded)) return true;
  if (/^(non|no|faux|false|0)$/.test(folded)) return undefined;
  return value.trim();
}

/** A number as French spreadsheets write it: "47,25", "12 000". Unreadable text is kept for the validator. */
export function readNumber(value: string): number | string {
  const cleaned = value.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : value.trim();
}

/** Cell values separated by `|` (preferred), `,` or `;`. */
export const splitList = (value: string): string[] =>
  value
    .split(/[|,;]/)
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * Texts in one cell (a brand's values): one per line, or separated by `|` or `;`. Commas stay inside a
 * text, since a value such as "Entreprendre, oser" is one value.
 */
export const splitTexts = (value: string): string[] =>
  value
    .split(/[|;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** A colour as spreadsheets hold it: "1F4E5F" → "#1f4e5f"; anything else is kept for the validator. */
export function readColour(value: string): string {
  const v = value.trim();
  return /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.test(v) ? `#${v.replace(/^#/, '').toLowerCase()}` : v;
}

/** `=HYPERLINK("address"; "label")`, the label optional, written as text or a cell reference. */
const HYPERLINK =
  /^=\s*(?:HYPERLINK|LIEN[._]?HYPERTEXTE)\s*\(\s*"((?:[^"]|"")*)"\s*(?:[;,](?:\s*"(?:[^"]|"")*"|[^")]*))?\)\s*$/i;

/**
 * The address of a spreadsheet link formula exported as text, `=HYPERLINK("https://…"; "label")` or its French
 * name LIEN_HYPERTEXTE, when the address is written out in full; `undefined` for any other formula.
 */
export function hyperlinkTarget(formula: string): string | undefined {
  const address = HYPERLINK.exec(formula)?.[1]!.replace(/""/g, '"').trim();
  return address && /^(https?:\/\/|mailto:)\S+$/i.test(address) ? address : undefined;
}
