/**
 * A deterministic synthetic feed at national scale, built from the real
 * reference lists in `data/`: every EPCI of mainland France with its outline,
 * the départements and régions, optionally every commune (without outline),
 * and partners, events and requests spread over real communes. The same
 * options give the same feed, byte for byte: only the seeded generator decides.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon } from 'geojson';
import { mulberry32 } from './random.js';

export { mulberry32 };
import type { FeedInput, LocalizedText } from '../feed/types.js';
import { parseCsv } from './csv.js';
import { parisDateTime } from './dates.js';
import { OUTLINE_ATTRIBUTION, representativePoint, roundedBbox } from './outlines.js';

export interface SynthOptions {
  partners: number;
  events: number;
  requests: number;
  seed: number;
  /** Add the ~35,000 communes as territories (no outline, parent = their EPCI). */
  communes?: boolean;
  /** The day the feed pretends to be made (`YYYY-MM-DD`); dates spread around it. */
  today?: string;
  /** Folder holding epci-metropole.geojson, departements-metropole.geojson and communes.csv. */
  dataDir?: string;
}

/** Default data folder: `data/` at the package root (from src/cli or dist/cli alike). */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));
export const DEFAULT_SYNTH_TODAY = '2026-01-15';
const POPULATION_YEAR = 2023;

type Geometry = Polygon | MultiPolygon;
interface EpciProps {
  siren: string;
  nom: string;
  type: string;
  population: number;
  nb_communes: number;
  departements: string[];
}
interface DepProps {
  code: string;
  nom: string;
  region: string;
  region_nom: string;
}
interface Commune {
  insee: string;
  name: string;
  departement: string;
  population: number;
  epci: string;
}
interface Reference {
  epci: { props: EpciProps; geometry: Geometry }[];
  departements: { props: DepProps; geometry: Geometry }[];
  communes: Commune[];
}

const references = new Map<string, Reference>();

function loadReference(dataDir: string): Reference {
  let ref = references.get(dataDir);
  if (ref) return ref;
  const features = <P>(file: string) =>
    (
      JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as { features: { properties: P; geometry: Geometry }[] }
    ).features.map((f) => ({
      props: f.properties,
      geometry: f.geometry,
    }));
  const epci = features<EpciProps>('epci-metropole.geojson').sort((a, b) => a.props.siren.localeCompare(b.props.siren));
  const departements = features<DepProps>('departements-metropole.geojson').sort((a, b) =>
    a.props.code.localeCompare(b.props.code),
  );
  const metro = new Set(departements.map((d) => d.props.code));
  const [header, ...rows] = parseCsv(readFileSync(join(dataDir, 'communes.csv'), 'utf8')).records.map((r) => r.fields);
  const col = (name: string) => header!.indexOf(name);
  const [ci, cn, cd, cp, ce] = ['code_insee', 'nom', 'departement', 'population', 'epci_siren'].map(col) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const communes = rows
    .map((r) => ({
      insee: r[ci]!,
      name: r[cn]!,
      departement: r[cd]!,
      population: Number(r[cp]) || 0,
      epci: r[ce] ?? '',
    }))
    .filter((c) => metro.has(c.departement));
  ref = { epci, departements, communes };
  references.set(dataDir, ref);
  return ref;
}

const THEMES: { id: string; fr: string; en: string; adjective: string }[] = [
  { id: 'mobilite', fr: 'Mobilité', en: 'Mobility', adjective: 'la mobilité' },
  { id: 'tourisme', fr: 'Tourisme', en: 'Tourism', adjective: 'le tourisme' },
  { id: 'agriculture', fr: 'Agriculture et alimentation', en: 'Farming and food', adjective: 'l’alimentation locale' },
  { id: 'economie', fr: 'Économie et emploi', en: 'Economy and jobs', adjective: 'l’emploi' },
  { id: 'culture', fr: 'Culture et patrimoine', en: 'Culture and heritage', adjective: 'le patrimoine' },
  { id: 'sante', fr: 'Santé', en: 'Health', adjective: 'l’accès aux soins' },
  { id: 'environnement', fr: 'Environnement', en: 'Environment', adjective: 'la biodiversité' },
  { id: 'energie', fr: 'Transition énergétique', en: 'Energy transition', adjective: 'les énergies renouvelables' },
  { id: 'numerique', fr: 'Numérique', en: 'Digital', adjective: 'l’inclusion numérique' },
  { id: 'jeunesse', fr: 'Jeunesse', en: 'Youth', adjective: 'la jeunesse' },
  { id: 'habitat', fr: 'Habitat', en: 'Housing', adjective: 'le logement' },
  { id: 'sport', fr: 'Sport', en: 'Sport', adjective: 'le sport pour tous' },
];

const PARTNER_KINDS: { kind: string; weight: number; names: string[]; fr: string; en: string }[] = [
  {
    kind: 'association',
    weight: 35,
    fr: 'Association',
    en: 'Association',
    names: [
      'Association culturelle',
      'Comité des fêtes',
      'Club sportif',
      'Foyer rural',
      'Amicale laïque',
      'Jardins partagés',
      'Association de randonnée',
    ],
  },
  {
    kind: 'entreprise',
    weight: 35,
    fr: 'Entreprise',
    en: 'Business',
    names: [
      'Boulangerie',
      'Menuiserie',
      'Garage',
      'Ferme',
      'Imprimerie',
      'Librairie',
      'Brasserie',
      'Fromagerie',
      'Atelier numérique',
      'Transports',
    ],
  },
  { kind: 'collectivite', weight: 10, fr: 'Collectivité', en: 'Local authority', names: ['Mairie'] },
  {
    kind: 'enseignement',
    weight: 7,
    fr: 'Établissement d’enseignement',
    en: 'School',
    names: ['École', 'Collège', 'Lycée professionnel', 'Maison familiale rurale'],
  },
  {
    kind: 'chambre-consulaire',
    weight: 5,
    fr: 'Chambre consulaire',
    en: 'Chamber',
    names: ['Antenne de la chambre d’agriculture', 'Antenne de la chambre de métiers'],
  },
  { kind: 'etat', weight: 4, fr: 'Service de l’État', en: 'State service', names: ['Maison France services'] },
  {
    kind: 'syndicat-mixte',
    weight: 4,
    fr: 'Syndicat mixte',
    en: 'Joint authority',
    names: ['Syndicat des eaux', 'Syndicat de collecte des déchets'],
  },
];

const EVENT_KINDS: { id: string; fr: string; en: string }[] = [
  { id: 'forum', fr: 'Forum', en: 'Forum' },
  { id: 'seminaire', fr: 'Séminaire', en: 'Seminar' },
  { id: 'visite', fr: 'Visite', en: 'Visit' },
  { id: 'formation', fr: 'Formation', en: 'Training' },
  { id: 'rencontre', fr: 'Rencontre', en: 'Meeting' },
  { id: 'atelier', fr: 'Atelier', en: 'Workshop' },
  { id: 'assemblee-generale', fr: 'Assemblée générale', en: 'General meeting' },
];

const GIVEN = [
  'Camille',
  'Louise',
  'Hugo',
  'Léa',
  'Nathan',
  'Chloé',
  'Lucas',
  'Manon',
  'Jules',
  'Inès',
  'Yann',
  'Gwenaëlle',
  'Maël',
  'Anne',
  'Pierre',
  'Sophie',
];
const FAMILY = [
  'Martin',
  'Bernard',
  'Le Goff',
  'Moreau',
  'Lefebvre',
  'Guérin',
  'Le Gall',
  'Rousseau',
  'Fontaine',
  'Chevalier',
  'Morel',
  'Girard',
  'Leroy',
  'Fournier',
  'Gautier',
  'Perrin',
];
const COUNTRIES = ['BE', 'DE', 'ES', 'IT', 'PT', 'IE', 'FI', 'EE', 'PL', 'CZ'];

/** "de Laval", "d’Angers", "du Mans", "des Sables-d’Olonne". */
export function deCommune(name: string): string {
  if (/^Le /.test(name)) return 'du ' + name.slice(3);
  if (/^Les /.test(name)) return 'des ' + name.slice(4);
  if (/^[AEIOUYÂÊÎÔÛÉÈHŒ]/i.test(name)) return 'd’' + name;
  return 'de ' + name;
}

const pad = (n: number) => String(n).padStart(2, '0');
const addDays = (day: string, days: number) => {
  const d = new Date(Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)) + days * 86_400_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};
const round5 = (n: number) => Math.round(n * 1e5) / 1e5;
/** The same outline, typed as the feed's (open) geometry object. */
const asFeedGeometry = (g: Geometry) => ({ type: g.type, coordinates: g.coordinates });

/** Builds the synthetic feed object (see {@link SynthOptions}). */
export function synthFeed(options: SynthOptions): FeedInput {
  const ref = loadReference(options.dataDir ?? DEFAULT_DATA_DIR);
  const today = options.today ?? DEFAULT_SYNTH_TODAY;
  const random = mulberry32(options.seed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const chance = (p: number) => random() < p;

  const regions = new Map<string, string>();
  for (const d of ref.departements) regions.set(d.props.region, d.props.region_nom);
  const population = new Map<string, number>();
  for (const c of ref.communes) population.set(c.departement, (population.get(c.departement) ?? 0) + c.population);

  const territories: FeedInput['territories'] = [];
  for (const [code, name] of [...regions].sort((a, b) => a[0].localeCompare(b[0])))
    territories.push({ id: `reg-${code}`, kind: 'region', name, codes: { insee: code } });
  for (const { props, geometry } of ref.departements)
    territories.push({
      id: `dep-${props.code}`,
      kind: 'departement',
      name: props.nom,
      codes: { insee: props.code },
      population: { value: population.get(props.code) ?? 0, year: POPULATION_YEAR },
      parents: [`reg-${props.region}`],
      geometry: asFeedGeometry(geometry),
      centroid: representativePoint(geometry),
      bbox: roundedBbox(geometry),
    });
  const epciById = new Map<
    string,
    { geometry: Geometry; bbox: [number, number, number, number]; centroid: { lon: number; lat: number } }
  >();
  for (const { props, geometry } of ref.epci) {
    const bbox = roundedBbox(geometry);
    const centroid = representativePoint(geometry);
    epciById.set(props.siren, { geometry, bbox, centroid });
    territories.push({
      id: `epci-${props.siren}`,
      kind: 'epci',
      name: props.nom,
      legalForm: props.type,
      codes: { siren: props.siren },
      population: { value: props.population, year: POPULATION_YEAR },
      communeCount: props.nb_communes,
      parents: props.departements.map((d) => `dep-${d}`),
      geometry: asFeedGeometry(geometry),
      centroid,
      bbox,
    });
  }
  const communeParent = (c: Commune) => (epciById.has(c.epci) ? `epci-${c.epci}` : `dep-${c.departement}`);
  if (options.communes)
    for (const c of ref.communes)
      territories.push({
        id: `commune-${c.insee}`,
        kind: 'commune',
        name: c.name,
        codes: { insee: c.insee },
        population: { value: c.population, year: POPULATION_YEAR },
        parents: [communeParent(c)],
      });

  // Partners land in communes with a chance that grows with population, so towns get more than hamlets.
  const weights: number[] = [];
  let total = 0;
  for (const c of ref.communes) weights.push((total += Math.sqrt(c.population) + 1));
  const pickCommune = (): Commune => {
    const x = random() * total;
    let lo = 0;
    let hi = weights.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (weights[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return ref.communes[lo]!;
  };
  const kindTotal = PARTNER_KINDS.reduce((s, k) => s + k.weight, 0);
  const pickKind = () => {
    let x = random() * kindTotal;
    for (const k of PARTNER_KINDS) if ((x -= k.weight) < 0) return k;
    return PARTNER_KINDS[0]!;
  };
  /** A point inside the commune's EPCI outline (rejection sampling in its bbox). */
  const pointIn = (c: Commune): { lon: number; lat: number } => {
    const epci = epciById.get(c.epci);
    if (!epci) {
      const dep = territories.find((t) => t.id === `dep-${c.departement}`);
      return dep?.centroid ?? { lon: 2.35, lat: 48.85 };
    }
    const [w, s, e, n] = epci.bbox;
    for (let tries = 0; tries < 30; tries++) {
      const lon = round5(w + random() * (e - w));
      const lat = round5(s + random() * (n - s));
      if (booleanPointInPolygon([lon, lat], epci.geometry)) return { lon, lat };
    }
    return epci.centroid;
  };

  const usedNames = new Set<string>();
  const organisations: FeedInput['organisations'] = [];
  const homes: { id: string; commune: Commune; location: { lon: number; lat: number } }[] = [];
  for (let i = 1; i <= options.partners; i++) {
    const commune = pickCommune();
    const kind = pickKind();
    const base = `${pick(kind.names)} ${deCommune(commune.name)}`;
    let name = base;
    for (let k = 2; usedNames.has(name); k++) name = `${base} (${k})`;
    usedNames.add(name);
    const themes = [...new Set([pick(THEMES), pick(THEMES)].slice(0, int(1, 2)).map((t) => t.id))];
    const theme = THEMES.find((t) => t.id === themes[0])!;
    const id = `partenaire-${String(i).padStart(5, '0')}`;
    const location = pointIn(commune);
    const labels =
      commune.departement === '53' && chance(0.4)
        ? [{ brand: 'marque-mayenne', since: addDays(today, -int(30, 2000)) }]
        : chance(0.06)
          ? [{ brand: 'reseau-partenaire', since: addDays(today, -int(30, 1500)) }]
          : undefined;
    organisations.push({
      id,
      name,
      kind: kind.kind,
      territories: [options.communes ? `commune-${commune.insee}` : communeParent(commune)],
      themes,
      description: {
        fr: `${kind.fr} — ${commune.name}. Thème principal : ${theme.fr.toLowerCase()}.`,
        en: `${kind.en} — ${commune.name}. Main theme: ${theme.en.toLowerCase()}.`,
      },
      ...(chance(0.5) ? { website: `https://example.org/partenaires/${id}` } : {}),
      ...(chance(0.3) ? { contact: { email: `contact.${id}@example.org` } } : {}),
      address: { city: commune.name, commune: commune.insee, country: 'FR' },
      location,
      ...(labels ? { labels } : {}),
    });
    homes.push({ id, commune, location });
  }

  const events: FeedInput['events'] = [];
  for (let i = 1; i <= options.events && homes.length; i++) {
    const home = pick(homes);
    const kind = pick(EVENT_KINDS);
    const theme = pick(THEMES);
    const day = addDays(today, int(-365, 540));
    let start: string;
    let end: string | undefined;
    if (chance(0.35)) {
      start = day;
      end = chance(0.3) ? addDays(day, int(1, 2)) : undefined;
    } else {
      const hour = int(8, 19);
      start = parisDateTime(day, hour, pick([0, 30]));
      end = parisDateTime(day, Math.min(hour + int(1, 3), 23), pick([0, 30]));
    }
    const epci = epciById.has(home.commune.epci) ? `epci-${home.commune.epci}` : undefined;
    events.push({
      id: `evenement-${String(i).padStart(5, '0')}`,
      title: {
        fr: `${kind.fr} ${theme.fr.toLowerCase()} à ${home.commune.name}`,
        en: `${kind.en}: ${theme.en.toLowerCase()} in ${home.commune.name}`,
      },
      start,
      ...(end ? { end } : {}),
      kind: kind.id,
      location: {
        name: home.commune.name,
        ...(epci ? { territory: epci } : {}),
        lon: home.location.lon,
        lat: home.location.lat,
      },
      ...(chance(0.1) ? { online: true } : {}),
      organiser: home.id,
      themes: [theme.id],
      ...(epci ? { territories: [epci] } : {}),
      ...(chance(0.5) ? { url: `https://example.org/agenda/evenement-${i}` } : {}),
      ...(chance(0.05) ? { status: 'cancelled' as const } : {}),
    });
  }

  const requests: FeedInput['cooperationRequests'] = [];
  for (let i = 1; i <= options.requests && homes.length; i++) {
    const home = pick(homes);
    const theme = pick(THEMES);
    const published = addDays(today, -int(0, 400));
    const expires = addDays(published, int(60, 720));
    const lookingFor = (['project', 'partners', 'topic'] as const).filter(() => chance(0.5));
    if (!lookingFor.length) lookingFor.push('partners');
    const status =
      expires < today ? pick(['closed', 'matched'] as const) : chance(0.85) ? ('open' as const) : ('matched' as const);
    const given = pick(GIVEN);
    const family = pick(FAMILY);
    const keyword: LocalizedText = { fr: theme.fr, en: theme.en };
    requests.push({
      id: `demande-${String(i).padStart(5, '0')}`,
      organisation: home.id,
      title: {
        fr: `Coopération : ${theme.adjective} ${deCommune(home.commune.name)}`,
        en: `Cooperation: ${theme.en.toLowerCase()} around ${home.commune.name}`,
      },
      contact: {
        givenName: given,
        familyName: family,
        email:
          `${given}.${family}`
            .toLowerCase()
            .normalize('NFD')
            .replace(/[^a-z.]/g, '') + '@example.org',
      },
      country: chance(0.85) ? 'FR' : pick(COUNTRIES),
      keyword,
      themes: [theme.id],
      lookingFor,
      explanation: {
        fr: `Nous cherchons des territoires qui travaillent sur ${theme.adjective} pour partager nos expériences et monter un projet commun.`,
        en: `We are looking for territories working on ${theme.en.toLowerCase()} to share experience and build a joint project.`,
      },
      ...(epciById.has(home.commune.epci) ? { territories: [`epci-${home.commune.epci}`] } : {}),
      published,
      expires,
      status,
    });
  }

  return {
    version: '1.0',
    updated: today,
    network: {
      id: 'reseau-synthetique',
      name: { fr: 'Réseau national (données synthétiques)', en: 'National network (synthetic data)' },
      description: {
        fr: 'Flux de test produit par « maillage synth » : territoires réels, partenaires, événements et demandes fictifs.',
        en: 'Test feed made by "maillage synth": real territories, fictitious partners, events and requests.',
      },
    },
    themes: THEMES.map((t) => ({ id: t.id, label: { fr: t.fr, en: t.en } })),
    brands: [
      {
        id: 'marque-mayenne',
        name: 'Marque Mayenne',
        partnerLabel: { fr: 'Partenaire Marque Mayenne', en: 'Marque Mayenne partner' },
        territory: 'dep-53',
      },
      { id: 'reseau-partenaire', name: { fr: 'Partenaire du réseau (fictif)', en: 'Network partner (fictitious)' } },
    ],
    territories,
    organisations,
    events,
    cooperationRequests: requests,
    attributions: [
      { ...OUTLINE_ATTRIBUTION },
      {
        text: {
          fr: 'Partenaires, événements et demandes fictifs, générés par maillage synth',
          en: 'Fictitious partners, events and requests made by maillage synth',
        },
        scope: 'data',
      },
    ],
  };
}
