/**
 * Builds the sample feeds of `demo/feeds/` from the curated data modules
 * (leader.ts, ailb.ts, mayenne.ts) and the reference data of `data/`.
 *
 *   npx tsx scripts/sample-feeds/build.ts
 *
 * Each feed is validated with the package's own `parseFeed`; any warning (or a
 * breach of the sample-feed rules below) fails the build before anything is written.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseFeed } from '../../src/feed/validate.js';
import type { Attribution, FeedInput, LocalizedText, Territory } from '../../src/feed/types.js';
import { ailb } from './ailb.js';
import {
  bboxOf,
  centroidOf,
  epciFeature,
  epciId,
  FEED_UPDATED,
  OUTLINE_ATTRIBUTION,
  POPULATION_YEAR,
  roundedGeometry,
  type FeedDraft,
} from './common.js';
import { leader } from './leader.js';
import { mayenne } from './mayenne.js';

type Obj = Record<string, unknown>;
type Geometry = GeoJSON.Polygon | GeoJSON.MultiPolygon;

const OUT_DIR = new URL('../../demo/feeds/', import.meta.url);
const MAX_BYTES = 1.5 * 1024 * 1024;

const SOURCES: Record<string, Attribution> = {
  'leader-2024.json': {
    text: {
      fr: 'Demandes de coopération : fiches « LOOKING FOR COOPERATION » du Syndicat Mixte du Pays du Mans et du Pôle Métropolitain Le Mans-Sarthe, Congrès LEADER européen 2024 (adresses e-mail des personnes remplacées par des adresses example.org).',
      en: 'Cooperation requests: "LOOKING FOR COOPERATION" forms of the Syndicat Mixte du Pays du Mans and the Pôle Métropolitain Le Mans-Sarthe, European LEADER Congress 2024 (personal e-mail addresses replaced by example.org ones).',
    },
    scope: 'content',
  },
  'ailb.json': {
    text: {
      fr: "Contenus : rapport d'activité 2021 de l'Alliance Intermétropolitaine Loire Bretagne (30 juin 2021).",
      en: 'Content: 2021 activity report of the Alliance Intermétropolitaine Loire Bretagne (30 June 2021).',
    },
    scope: 'content',
  },
  'mayenne.json': {
    text: {
      fr: "Contenus : « La Mayenne dans un monde qui change », projet d'attractivité du Département de la Mayenne (2018) ; dépliant du Réseau des collectivités mayennaises engagées vers le développement durable (association Synergies). États des labels Marque Mayenne : données d'exemple.",
      en: 'Content: "La Mayenne dans un monde qui change", attractiveness plan of the Mayenne Département (2018); leaflet of the network of Mayenne local authorities committed to sustainable development (association Synergies). Marque Mayenne label states: sample data.',
    },
    scope: 'content',
  },
};

// ---------------------------------------------------------------- territories

const fmt = (n: number, lang: 'fr' | 'en') => n.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB');

function appendText(a: LocalizedText | undefined, b: { fr: string; en: string }): LocalizedText {
  if (a === undefined) return b;
  if (typeof a === 'string') return { fr: `${a}\n\n${b.fr}`, en: b.en };
  return { ...a, fr: [a.fr, b.fr].filter(Boolean).join('\n\n'), en: [a.en, b.en].filter(Boolean).join('\n\n') };
}

function buildTerritories(draft: FeedDraft): { territories: Territory[]; geometries: Map<string, Geometry> } {
  const geometries = new Map<string, Geometry>();
  const epci: Territory[] = draft.epci.map((spec) => {
    const f = epciFeature(spec.siren);
    const p = f.properties;
    const geometry = roundedGeometry(f.geometry);
    geometries.set(epciId(spec.siren), geometry);
    const doc = spec.documentPopulation;
    const latest = doc?.[doc.length - 1];
    let description = spec.description;
    if (doc) {
      description = appendText(description, {
        fr: `Population municipale ${POPULATION_YEAR} (INSEE, périmètre 2026) : ${fmt(p.population, 'fr')}.`,
        en: `Municipal population ${POPULATION_YEAR} (INSEE, 2026 boundaries): ${fmt(p.population, 'en')}.`,
      });
    }
    return {
      id: epciId(spec.siren),
      kind: 'epci',
      name: spec.name ?? p.nom,
      officialName: p.nom,
      legalForm: p.type,
      codes: { siren: p.siren },
      population: latest ?? { value: p.population, year: POPULATION_YEAR },
      ...(doc ? { populationHistory: doc } : {}),
      parents: spec.parents,
      communeCount: p.nb_communes,
      ...(description ? { description } : {}),
      bbox: bboxOf([geometry]),
      centroid: centroidOf([geometry]),
      geometry: geometry as Territory['geometry'],
    };
  });

  // Groupings (pays, alliance) get the extent of their members and, for a pays, the members' population.
  const others = draft.territories.map((t): Territory => {
    const memberGeometries = (t.members ?? []).map((id) => geometries.get(id)).filter((g): g is Geometry => !!g);
    if (!memberGeometries.length) return t;
    const members = draft.epci.filter((s) => t.members!.includes(epciId(s.siren)));
    const derived: Partial<Territory> = {
      communeCount: members.reduce((n, s) => n + epciFeature(s.siren).properties.nb_communes, 0),
      bbox: bboxOf(memberGeometries),
      centroid: centroidOf(memberGeometries),
    };
    if (!t.population)
      derived.population = {
        value: members.reduce((n, s) => n + epciFeature(s.siren).properties.population, 0),
        year: POPULATION_YEAR,
      };
    return { ...t, ...derived };
  });

  return { territories: [...others, ...epci], geometries };
}

// ---------------------------------------------------------------- feeds

const byStart = (a: Obj, b: Obj) =>
  String(a.start).localeCompare(String(b.start)) || String(a.id).localeCompare(String(b.id));

function buildFeed(draft: FeedDraft): FeedInput {
  const { territories, geometries } = buildTerritories(draft);
  const attributions: Attribution[] = [SOURCES[draft.file]!];
  if (geometries.size) attributions.unshift(OUTLINE_ATTRIBUTION);
  return {
    version: '1.0',
    updated: FEED_UPDATED,
    network: draft.network,
    territories,
    organisations: draft.organisations,
    cooperationRequests: draft.cooperationRequests ?? [],
    events: [...draft.events].sort(byStart),
    brands: draft.brands ?? [],
    themes: draft.themes,
    attributions,
  };
}

// ---------------------------------------------------------------- the combined feed

const isStringArray = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function mergeText(a: LocalizedText, b: LocalizedText): LocalizedText {
  if (same(a, b)) return a;
  const asMap = (t: LocalizedText) => (typeof t === 'string' ? { fr: t } : t);
  const out: Record<string, string> = { ...asMap(a) };
  for (const [lang, text] of Object.entries(asMap(b))) {
    const paragraphs = (out[lang] ?? '').split('\n\n').filter(Boolean);
    for (const p of text.split('\n\n')) if (!paragraphs.includes(p)) paragraphs.push(p);
    out[lang] = paragraphs.join('\n\n');
  }
  return out;
}

/** Merges two items with the same id: lists are united, descriptions joined, anything else must agree. */
function mergeItems(list: string, a: Obj, b: Obj): Obj {
  const out: Obj = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const mine = out[key];
    if (mine === undefined) out[key] = value;
    else if (same(mine, value)) continue;
    else if (isStringArray(mine) && isStringArray(value)) out[key] = [...new Set([...mine, ...value])];
    else if (key === 'description') out[key] = mergeText(mine as LocalizedText, value as LocalizedText);
    else throw new Error(`${list} "${String(a.id)}": the feeds disagree on "${key}"`);
  }
  return out;
}

function unite(list: string, items: Obj[]): Obj[] {
  const byId = new Map<string, Obj>();
  for (const item of items) {
    const id = String(item.id);
    const seen = byId.get(id);
    byId.set(id, seen ? mergeItems(list, seen, item) : item);
  }
  return [...byId.values()];
}

function combine(feeds: FeedInput[]): FeedInput {
  const all = <K extends keyof FeedInput>(key: K) => feeds.flatMap((f) => (f[key] ?? []) as Obj[]);
  const attributions: Obj[] = [];
  for (const a of all('attributions')) if (!attributions.some((b) => same(a, b))) attributions.push(a);
  return {
    version: '1.0',
    updated: FEED_UPDATED,
    network: {
      id: 'reseau-maillage-demo',
      name: { fr: 'Réseau maillage (démonstration)', en: 'maillage network (demonstration)' },
      shortName: 'maillage',
      description: {
        fr: "Flux de démonstration qui réunit les trois flux d'exemple : le Pays du Mans au Congrès LEADER européen 2024, l'Alliance Intermétropolitaine Loire Bretagne (2021) et le projet d'attractivité de la Mayenne avec la Marque Mayenne (2018-2019). Chaque élément vient des documents sources ou des données de référence ; ce réseau lui-même n'existe pas.",
        en: 'A demonstration feed uniting the three sample feeds: the Pays du Mans at the European LEADER Congress 2024, the Alliance Intermétropolitaine Loire Bretagne (2021) and the Mayenne attractiveness plan with the Marque Mayenne (2018-2019). Every item comes from the source documents or the reference data; this network itself does not exist.',
      },
      territories: ['pays-du-mans', 'alliance-loire-bretagne', 'dep-53'],
    },
    territories: unite('territories', all('territories')) as Territory[],
    organisations: unite('organisations', all('organisations')) as FeedInput['organisations'],
    cooperationRequests: unite('cooperationRequests', all('cooperationRequests')) as FeedInput['cooperationRequests'],
    events: (unite('events', all('events')) as Obj[]).sort(byStart) as FeedInput['events'],
    brands: unite('brands', all('brands')) as FeedInput['brands'],
    themes: unite('themes', all('themes')) as FeedInput['themes'],
    attributions: attributions as Attribution[],
  };
}

// ---------------------------------------------------------------- checks beyond the schema

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const LINK_KEYS = new Set(['url', 'website', 'geometryUrl', 'registrationUrl', 'partnerUrl']);

/** Rules of the sample feeds: slug ids, https links only, person e-mails at example.org. */
function checkSampleRules(feed: FeedInput): string[] {
  const problems: string[] = [];
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) return value.forEach((v, i) => walk(v, `${path}/${i}`));
    if (typeof value !== 'object' || value === null) return;
    const o = value as Obj;
    if (path.endsWith('/geometry')) return;
    for (const [k, v] of Object.entries(o)) {
      const here = `${path}/${k}`;
      if (k === 'id' && typeof v === 'string' && !SLUG.test(v))
        problems.push(`${here}: "${v}" is not a lowercase ASCII slug`);
      if (LINK_KEYS.has(k) && typeof v === 'string' && !v.startsWith('https://'))
        problems.push(`${here}: "${v}" is not an https link`);
      if (k === 'contact' && typeof v === 'object' && v) {
        const c = v as Obj;
        const person = c.givenName !== undefined || c.familyName !== undefined || c.name !== undefined;
        if (person && typeof c.email === 'string' && !c.email.endsWith('@example.org'))
          problems.push(`${here}/email: a person's e-mail must be an example.org address (got ${c.email})`);
      }
      walk(v, here);
    }
  };
  walk(feed, '');
  const hasOutlines = (feed.territories ?? []).some((t) => t.geometry);
  if (hasOutlines && !(feed.attributions ?? []).some((a) => same(a.text, OUTLINE_ATTRIBUTION.text)))
    problems.push('/attributions: the outline attribution of data/README.md is missing');
  return problems;
}

// ---------------------------------------------------------------- output

/** Two-space JSON with every geometry on one line (the coordinates are most of the bytes). */
function stringify(feed: FeedInput): string {
  const geometries: string[] = [];
  const text = JSON.stringify(
    feed,
    (key, value) => {
      if (key === 'geometry' && value && typeof value === 'object') {
        geometries.push(JSON.stringify(value));
        return `@@geometry:${geometries.length - 1}@@`;
      }
      return value;
    },
    2,
  );
  return text.replace(/"@@geometry:(\d+)@@"/g, (_, i: string) => geometries[Number(i)]!) + '\n';
}

function main() {
  const drafts = [leader, ailb, mayenne];
  const outputs: [string, FeedInput][] = drafts.map((d) => [d.file, buildFeed(d)]);
  outputs.push(['reseau.json', combine(outputs.map(([, f]) => f))]);

  let failed = false;
  const texts = new Map<string, string>();
  for (const [file, feed] of outputs) {
    const text = stringify(feed);
    const { warnings } = parseFeed(JSON.parse(text));
    const problems = [...warnings.map((w) => `${w.pointer} [${w.code}] ${w.message}`), ...checkSampleRules(feed)];
    if (Buffer.byteLength(text) > MAX_BYTES)
      problems.push(`the file is ${Buffer.byteLength(text)} bytes (limit ${MAX_BYTES})`);
    if (problems.length) {
      failed = true;
      console.error(`✗ ${file}\n  ${problems.join('\n  ')}`);
    }
    texts.set(file, text);
  }
  if (failed) {
    console.error('Sample feeds not written.');
    process.exit(1);
  }

  mkdirSync(OUT_DIR, { recursive: true });
  for (const [file, feed] of outputs) {
    const text = texts.get(file)!;
    writeFileSync(new URL(file, OUT_DIR), text);
    const counts = (
      ['territories', 'organisations', 'cooperationRequests', 'events', 'brands', 'themes', 'attributions'] as const
    )
      .map((k) => `${k} ${(feed[k] ?? []).length}`)
      .join(', ');
    console.log(`✓ ${file} — ${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB — ${counts}`);
  }
  console.log(`Written to ${fileURLToPath(OUT_DIR)}`);
}

main();
