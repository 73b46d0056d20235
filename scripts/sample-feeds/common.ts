/**
 * Shared pieces of the sample feeds: the drafts the data modules fill in, the
 * reference data read from `data/` (EPCI and commune outlines, populations,
 * départements), and the bodies that appear in more than one source document.
 */
import { readFileSync } from 'node:fs';
import { bbox as turfBbox, booleanPointInPolygon, centerOfMass, feature, pointOnFeature } from '@turf/turf';
import type {
  Attribution,
  Brand,
  CooperationRequest,
  FeedEvent,
  LocalizedText,
  Network,
  Organisation,
  Territory,
  Theme,
} from '../../src/feed/types.js';

/** INSEE population municipale shipped with the 2026 vintage of the reference data (legal populations of millésime 2023). */
export const POPULATION_YEAR = 2023;

/** When the sample feeds were last rebuilt from the documents (fixed, so the output is reproducible). */
export const FEED_UPDATED = '2026-11-24';

/** The attribution `data/README.md` asks every map with these outlines to show. */
export const OUTLINE_ATTRIBUTION: Attribution = {
  text: 'Contours © IGN – ADMIN EXPRESS COG 2018 ; découpage 2026 : INSEE (COG), DGCL (EPCI), via Etalab — Licence Ouverte 2.0',
  url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
  licence: 'Licence Ouverte 2.0',
  scope: 'geometry',
  shortText: '© IGN ADMIN EXPRESS 2018 · INSEE/DGCL 2026 · Licence Ouverte 2.0',
} as Attribution;

/** An EPCI the build completes from `data/`: id, official name, legal form, codes, population, outline, bbox, centroid. */
export interface EpciSpec {
  siren: string;
  /** The usual name when it differs from the DGCL one. */
  name?: LocalizedText;
  parents: string[];
  description?: LocalizedText;
  /** Figures printed in a source document; the newest one becomes `population`, all of them `populationHistory`. */
  documentPopulation?: { year: number; value: number }[];
}

/** What a data module hands to the build: a feed whose EPCI are still specs. */
export interface FeedDraft {
  file: string;
  network: Network;
  epci: EpciSpec[];
  /** Territories other than EPCI (pays, alliance, départements, régions…). */
  territories: Territory[];
  organisations: Organisation[];
  cooperationRequests?: CooperationRequest[];
  events: FeedEvent[];
  brands?: Brand[];
  themes: Theme[];
}

export const epciId = (siren: string) => `epci-${siren}`;
export const depId = (code: string) => `dep-${code}`;
export const regionId = (code: string) => `reg-${code}`;

// ---------------------------------------------------------------- reference data

const dataUrl = (name: string) => new URL(`../../data/${name}`, import.meta.url);

type Geometry = GeoJSON.Polygon | GeoJSON.MultiPolygon;
interface EpciFeature {
  properties: {
    siren: string;
    nom: string;
    type: string;
    population: number;
    nb_communes: number;
    departement: string;
    departements: string[];
  };
  geometry: Geometry;
}
interface CommuneFeature {
  properties: { code: string; nom: string; departement: string; population: number; epci: string };
  geometry: Geometry;
}
interface DepartementFeature {
  properties: { code: string; nom: string; region: string; region_nom: string };
}

const readJson = <T>(name: string): T => JSON.parse(readFileSync(dataUrl(name), 'utf8')) as T;

let epciCache: Map<string, EpciFeature> | undefined;
let communeCache: Map<string, CommuneFeature> | undefined;
let departementCache: Map<string, DepartementFeature['properties']> | undefined;
let csvCache: Record<string, string>[] | undefined;

export function epciFeature(siren: string): EpciFeature {
  epciCache ??= new Map(
    readJson<{ features: EpciFeature[] }>('epci-ouest.geojson').features.map((f) => [f.properties.siren, f]),
  );
  const f = epciCache.get(siren);
  if (!f) throw new Error(`EPCI ${siren} is not in data/epci-ouest.geojson`);
  return f;
}

export function communeFeature(insee: string): CommuneFeature {
  communeCache ??= new Map(
    readJson<{ features: CommuneFeature[] }>('communes-ouest.geojson').features.map((f) => [f.properties.code, f]),
  );
  const f = communeCache.get(insee);
  if (!f) throw new Error(`Commune ${insee} is not in data/communes-ouest.geojson`);
  return f;
}

export function departement(code: string): DepartementFeature['properties'] {
  departementCache ??= new Map(
    readJson<{ features: DepartementFeature[] }>('departements-metropole.geojson').features.map((f) => [
      f.properties.code,
      f.properties,
    ]),
  );
  const d = departementCache.get(code);
  if (!d) throw new Error(`Département ${code} is not in data/departements-metropole.geojson`);
  return d;
}

/** RFC 4180 CSV (quoted fields may hold commas and doubled quotes). */
function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n') endRow();
    else if (c !== '\r') field += c;
  }
  if (field !== '' || row.length) endRow();
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

function communesCsv(): Record<string, string>[] {
  csvCache ??= parseCsv(readFileSync(dataUrl('communes.csv'), 'utf8'));
  return csvCache;
}

/** Sum of the communes' population (communes.csv) for a département or a région. */
export function populationOf(kind: 'departement' | 'region', code: string): number {
  return communesCsv()
    .filter((r) => r[kind] === code)
    .reduce((sum, r) => sum + Number(r.population), 0);
}

export const round5 = (n: number) => Math.round(n * 1e5) / 1e5;

function roundCoordinates(value: unknown): unknown {
  if (typeof value === 'number') return round5(value);
  if (Array.isArray(value)) return value.map(roundCoordinates);
  return value;
}

export function roundedGeometry(g: Geometry): Geometry {
  return { type: g.type, coordinates: roundCoordinates(g.coordinates) } as Geometry;
}

export function bboxOf(geometries: Geometry[]): [number, number, number, number] {
  const boxes = geometries.map((g) => turfBbox(g));
  return [
    round5(Math.min(...boxes.map((b) => b[0]))),
    round5(Math.min(...boxes.map((b) => b[1]))),
    round5(Math.max(...boxes.map((b) => b[2]))),
    round5(Math.max(...boxes.map((b) => b[3]))),
  ];
}

/** A representative point: the centre of mass when it falls inside the outline(s), else a point on the surface. */
export function centroidOf(geometries: Geometry[]): { lon: number; lat: number } {
  const largest = geometries
    .map((g) => ({ g, size: JSON.stringify(g.coordinates).length }))
    .sort((a, b) => b.size - a.size)[0]!.g;
  const [lon, lat] = centerOfMass(largest).geometry.coordinates as [number, number];
  const inside = geometries.some((g) => booleanPointInPolygon([lon, lat], g));
  const point = inside ? [lon, lat] : (pointOnFeature(feature(largest)).geometry.coordinates as [number, number]);
  return { lon: round5(point[0]!), lat: round5(point[1]!) };
}

/** A commune's representative point (for an organisation's or an event's location). */
export function communePoint(insee: string): { lon: number; lat: number } {
  return centroidOf([communeFeature(insee).geometry]);
}

/** INSEE code, name and EPCI of the communes the documents name as places. */
export const COMMUNES = {
  redon: { insee: '35236', name: 'Redon', epci: '243500741' },
  guipryMessac: { insee: '35176', name: 'Guipry-Messac', epci: '200043990' },
  guichen: { insee: '35126', name: 'Guichen', epci: '200043990' },
  derval: { insee: '44051', name: 'Derval', epci: '200072726' },
  chateaubriant: { insee: '44036', name: 'Châteaubriant', epci: '200072726' },
  bouvron: { insee: '44023', name: 'Bouvron', epci: '244400453' },
  blain: { insee: '44015', name: 'Blain', epci: '244400453' },
  nozay: { insee: '44113', name: 'Nozay', epci: '244400537' },
  pontchateau: { insee: '44129', name: 'Pontchâteau', epci: '200000438' },
  ancenis: { insee: '44003', name: 'Ancenis-Saint-Géréon', epci: '244400552' },
  questembert: { insee: '56184', name: 'Questembert', epci: '245614383' },
  ploermel: { insee: '56165', name: 'Ploërmel', epci: '200066777' },
  guer: { insee: '56075', name: 'Guer', epci: '200066785' },
  muzillac: { insee: '56143', name: 'Muzillac', epci: '200027027' },
  bainDeBretagne: { insee: '35012', name: 'Bain-de-Bretagne', epci: '200070662' },
  plelan: { insee: '35223', name: 'Plélan-le-Grand', epci: '243500618' },
  rennes: { insee: '35238', name: 'Rennes', epci: '243500139' },
  nantes: { insee: '44109', name: 'Nantes', epci: '244400404' },
  laval: { insee: '53130', name: 'Laval', epci: '200083392' },
  change53: { insee: '53054', name: 'Changé', epci: '200083392' },
  leMans: { insee: '72181', name: 'Le Mans', epci: '247200132' },
} as const;
export type CommuneRef = (typeof COMMUNES)[keyof typeof COMMUNES];

/** `address.city` + `address.commune` + `location` for an organisation in a named town. */
export function placedIn(c: CommuneRef, extra: { street?: string; postcode?: string } = {}) {
  return {
    address: { ...extra, city: c.name, commune: c.insee, country: 'FR' },
    location: communePoint(c.insee),
  };
}

/** An event `location` in a named town (and its EPCI when the feed has it). */
export function eventAt(c: CommuneRef, withTerritory = true) {
  return {
    name: c.name,
    ...(withTerritory ? { territory: epciId(c.epci) } : {}),
    ...communePoint(c.insee),
  };
}

// ---------------------------------------------------------------- shared territories

/** A département as a territory (no outline: the feeds carry EPCI outlines only). */
export function departementTerritory(code: string): Territory {
  const d = departement(code);
  return {
    id: depId(code),
    kind: 'departement',
    name: d.nom,
    codes: { insee: code },
    population: { value: populationOf('departement', code), year: POPULATION_YEAR },
    parents: [regionId(d.region)],
  };
}

const REGION_NAMES: Record<string, LocalizedText> = {
  '52': { fr: 'Pays de la Loire', en: 'Pays de la Loire' },
  '53': { fr: 'Bretagne', en: 'Brittany' },
};

export function regionTerritory(code: string): Territory {
  return {
    id: regionId(code),
    kind: 'region',
    name: REGION_NAMES[code]!,
    codes: { insee: code },
    population: { value: populationOf('region', code), year: POPULATION_YEAR },
  };
}

// ---------------------------------------------------------------- month-level dates

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** All-day start and end spanning a whole month (for milestones dated only by their month). */
export function wholeMonth(year: number, month: number): { start: string; end: string; datePrecision: 'month' } {
  return {
    start: `${year}-${pad(month)}-01`,
    end: `${year}-${pad(month)}-${pad(lastDay(year, month))}`,
    datePrecision: 'month',
  };
}

/** All-day start and end spanning several whole months. */
export function monthSpan(year: number, fromMonth: number, toMonth: number) {
  return {
    start: `${year}-${pad(fromMonth)}-01`,
    end: `${year}-${pad(toMonth)}-${pad(lastDay(year, toMonth))}`,
    datePrecision: 'month' as const,
  };
}

export const MONTH_LEVEL_NOTE = {
  fr: 'Date au mois près : le document ne donne que le mois.',
  en: 'Month-level date: the document gives the month only.',
};

/** Appends the month-level note to a {fr, en} description. */
export function withMonthNote(text: { fr: string; en: string }): { fr: string; en: string } {
  return { fr: `${text.fr}\n\n${MONTH_LEVEL_NOTE.fr}`, en: `${text.en}\n\n${MONTH_LEVEL_NOTE.en}` };
}
