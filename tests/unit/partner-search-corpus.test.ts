import { describe, expect, it } from 'vitest';
import {
  CorpusBuilder,
  frenchSortKey,
  loadSearchIndex,
  type PartnerCorpus,
} from '../../src/components/partner-search/corpus.js';
import { applyFilters, noFilters, type Filters } from '../../src/components/partner-search/facets.js';
import { distance } from '@turf/distance';
import {
  containingTerritories,
  findPlaces,
  kilometres,
  placeOptions,
  resolvePlace,
  resolveTerritory,
  territoryCentre,
} from '../../src/components/partner-search/places.js';
import { compareFrench, parseFeed, type Feed } from '../../src/feed/index.js';
import { syntheticPartnerFeed } from '../browser/helpers/synthetic-partners.js';

const { feed } = parseFeed({
  version: '1.0',
  network: { id: 'n', name: 'Réseau' },
  themes: [
    { id: 'mobilite', label: { fr: 'Mobilité', en: 'Mobility' } },
    { id: 'sante', label: 'Santé' },
  ],
  brands: [{ id: 'marque-mayenne', name: 'Marque Mayenne' }],
  territories: [
    { id: 'dep-53', kind: 'departement', name: 'Mayenne', codes: { insee: '53' } },
    {
      id: 'epci-laval',
      kind: 'epci',
      name: 'Laval Agglomération',
      codes: { siren: '200083392' },
      parents: ['dep-53'],
      centroid: { lon: -0.77, lat: 48.07 },
    },
    { id: 'c-laval', kind: 'commune', name: 'Laval', codes: { insee: '53130' }, parents: ['epci-laval'] },
    {
      id: 'c-evron',
      kind: 'commune',
      name: 'Évron',
      parents: ['dep-53'],
      bbox: [-0.45, 48.12, -0.41, 48.16],
    },
    // A cycle in a broken feed must not hang anything.
    { id: 'loop-a', kind: 'autre', name: 'A', parents: ['loop-b'] },
    { id: 'loop-b', kind: 'autre', name: 'B', parents: ['loop-a'] },
  ],
  organisations: [
    {
      id: 'mobilite-durable',
      name: 'Association Mobilité Durable en Mayenne',
      kind: 'association',
      territories: ['c-laval'],
      themes: ['mobilite'],
      description: 'Covoiturage et vélo pour les communes rurales.',
      location: { lon: -0.77, lat: 48.07 },
      labels: [{ brand: 'marque-mayenne', since: '2019-01-01' }],
    },
    {
      id: 'msp-evron',
      name: 'Maison de santé d’Évron',
      kind: 'collectivite',
      territories: ['c-evron'],
      themes: ['sante'],
      description: 'Médecins et infirmières au cœur des Coëvrons.',
      labels: [{ brand: 'marque-mayenne', since: '2018-01-01', until: '2020-01-01' }],
    },
    {
      id: 'chateaubriant',
      name: 'Châteaubriant Numérique',
      kind: 'association',
      territories: ['territoire-inconnu'],
      themes: ['theme-inconnu', 'mobilite'],
      description: 'Médiation numérique.',
      labels: [{ brand: 'marque-inconnue' }],
    },
    { id: 'sans-rien', name: '10 rue des Lilas', kind: 'tiers-lieu', territories: ['loop-a'] },
    { id: 'neuf', name: '9 rue des Lilas', kind: 'tiers-lieu' },
  ],
});

// The index (MiniSearch) is loaded on demand by the element; here it is loaded first, so every build below runs to the end.
await loadSearchIndex();

function build(f: Feed = feed, lang = 'fr'): PartnerCorpus {
  const builder = new CorpusBuilder(f, { lang, day: '2026-01-15', kindLabel: (k) => k });
  while (!builder.step(performance.now() + 50));
  return builder.corpus;
}

const ids = (corpus: PartnerCorpus, query: string, filters: Filters = noFilters(), scope = noFilters()) =>
  applyFilters(corpus, corpus.match(query), scope, filters, 'relevance').results.map((i) => corpus.records[i]!.org.id);

describe('partner search: places', () => {
  it('finds territories by id, SIREN or INSEE code', () => {
    expect(resolveTerritory(feed, '200083392')?.id).toBe('epci-laval');
    expect(resolveTerritory(feed, '53130')?.id).toBe('c-laval');
    expect(resolveTerritory(feed, 'dep-53')?.id).toBe('dep-53');
    expect(resolveTerritory(feed, 'nope')).toBeUndefined();
  });

  it('knows which territories contain which, cycles included', () => {
    const up = containingTerritories(feed);
    expect(up('c-laval').sort()).toEqual(['c-laval', 'dep-53', 'epci-laval']);
    expect(up('loop-a').sort()).toEqual(['loop-a', 'loop-b']);
  });

  it('centres: centroid, bbox, outline; invalid outlines are skipped', () => {
    expect(territoryCentre(feed.territories[1]!)).toEqual([-0.77, 48.07]);
    expect(territoryCentre(feed.territories[3]!)![0]).toBeCloseTo(-0.43);
    const square = {
      id: 's',
      kind: 'epci',
      name: 'S',
      geometry: {
        type: 'Polygon' as const,
        coordinates: [
          [
            [0, 0],
            [2, 0],
            [2, 2],
            [0, 2],
            [0, 0],
          ],
        ],
      },
    };
    expect(territoryCentre(square)).toEqual([1, 1]);
    const broken = {
      ...square,
      geometry: {
        type: 'Polygon' as const,
        coordinates: [
          [
            ['NaN', 1],
            [null, 2],
          ],
        ],
      },
    };
    expect(territoryCentre(broken)).toBeUndefined();
  });

  it('measures great-circle kilometres as turf does', () => {
    const laval: [number, number] = [-0.77, 48.07];
    const evron: [number, number] = [-0.43, 48.14];
    expect(kilometres(laval, laval)).toBe(0);
    expect(kilometres(laval, evron)).toBeCloseTo(26.4, 1);
    const pairs: [number, number][][] = [
      [laval, evron],
      [laval, [2.35, 48.86]], // Paris
      [
        [-61.5, 16.2],
        [55.5, -21.1],
      ], // Guadeloupe – La Réunion
      [
        [0, 0],
        [180, 0],
      ], // antipodes
      [
        [-179.9, 10],
        [179.9, 10],
      ], // across the antimeridian
    ];
    for (const [a, b] of pairs) expect(kilometres(a!, b!)).toBeCloseTo(distance(a!, b!, { units: 'kilometers' }), 6);
  });

  it('reads places as lon,lat or territories', () => {
    expect(resolvePlace(feed, '-0.5, 48.1')?.point).toEqual([-0.5, 48.1]);
    expect(resolvePlace(feed, '500,48')).toBeUndefined();
    expect(resolvePlace(feed, '200083392')?.territory?.id).toBe('epci-laval');
    expect(resolvePlace(feed, 'dep-53')).toBeUndefined(); // no centre known
  });
});

describe('partner search: corpus and text matching', () => {
  const corpus = build();

  it('finds partners with or without accents, by prefix, with typos', () => {
    expect(ids(corpus, 'chateaubriant')).toEqual(['chateaubriant']);
    expect(ids(corpus, 'Châteaubriant')).toEqual(['chateaubriant']);
    expect(ids(corpus, 'sante evron')).toEqual(['msp-evron']);
    expect(ids(corpus, 'mobilite durabel')).toEqual(['mobilite-durable']);
    expect(ids(corpus, 'maison de sant')).toEqual(['msp-evron']);
    expect(ids(corpus, 'coeur')).toEqual(['msp-evron']);
  });

  it('ranks a name match above a description match', () => {
    const { records } = corpus;
    const results = applyFilters(corpus, corpus.match('numerique'), noFilters(), noFilters(), 'relevance').results;
    expect(records[results[0]!]!.org.id).toBe('chateaubriant');
    const both = ids(corpus, 'mobilite');
    expect(both[0]).toBe('mobilite-durable');
    expect(both).toContain('chateaubriant'); // by its theme
  });

  it('searches places and themes too, unknown ids omitted', () => {
    expect(ids(corpus, 'laval')).toEqual(['mobilite-durable']);
    const record = corpus.records.find((r) => r.org.id === 'chateaubriant')!;
    expect(record.themes).toEqual(['mobilite']);
    expect(record.territories).toEqual([]);
    expect(record.brands).toEqual([]);
  });

  it('answers one letter from names only, names starting with it first', () => {
    const m = corpus.match('m');
    expect(m.mode).toBe('name-prefix');
    expect([...m.scores!.keys()].map((i) => corpus.records[i]!.org.id).sort()).toEqual([
      'mobilite-durable',
      'msp-evron',
    ]);
  });

  it('falls back to partners with some of the words, and says so', () => {
    const m = corpus.match('mobilite zzzzzz');
    expect(m.partial).toBe(true);
    expect(m.scores!.size).toBeGreaterThan(0);
    expect(corpus.match('zzzzzz').scores!.size).toBe(0);
  });

  it('answers empty, whitespace and symbol-only queries with everything', () => {
    for (const q of ['', '   ', '.*+?', '🦊']) expect(corpus.match(q).mode).toBe('all');
  });

  it('orders names the French way', () => {
    const byRank = [...corpus.records].sort((a, b) => a.rank - b.rank).map((r) => r.name);
    expect(byRank).toEqual([
      '9 rue des Lilas',
      '10 rue des Lilas',
      'Association Mobilité Durable en Mayenne',
      'Châteaubriant Numérique',
      'Maison de santé d’Évron',
    ]);
    const names = [
      'Évron',
      'Ernée',
      'eau',
      'Lot 10',
      'Lot 9',
      'Œuvre',
      'Oasis',
      'Île-d’Yeu',
      'Ille',
      'Laval',
      "l'Abbaye",
    ];
    const bySortKey = [...names].sort((a, b) => (frenchSortKey(a) < frenchSortKey(b) ? -1 : 1));
    expect(bySortKey).toEqual([...names].sort(compareFrench));
  });

  it('builds in slices that stop at the deadline', () => {
    const big = parseFeed(syntheticPartnerFeed({ count: 3000, seed: 3 })).feed;
    const builder = new CorpusBuilder(big, { lang: 'fr', day: '2026-01-15', kindLabel: (k) => k });
    // A clock that ticks once per look: each slice may look 3 times, so it does a bounded amount of work.
    let clock = 0;
    const now = () => ++clock;
    let slices = 0;
    let before = 0;
    let biggest = 0;
    while (!builder.step(clock + 3, now)) {
      slices++;
      biggest = Math.max(biggest, builder.corpus.records.length - before);
      before = builder.corpus.records.length;
      if (builder.searchable) expect(builder.corpus.index).toBeUndefined();
    }
    expect(biggest).toBeLessThanOrEqual(64); // records are checked against the deadline every 16
    expect(slices).toBeGreaterThan(3000 / 64);
    expect(builder.corpus.index).toBeDefined();
    expect(builder.corpus.records).toHaveLength(3000);
    // The sliced merge sort gives the same order as one sort.
    const { order, records } = builder.corpus;
    const expected = records
      .map((r) => r.i)
      .sort((a, b) =>
        records[a]!.sortKey < records[b]!.sortKey ? -1 : records[a]!.sortKey > records[b]!.sortKey ? 1 : a - b,
      );
    expect(order).toEqual(expected);
    expect(order.map((i) => records[i]!.rank)).toEqual(order.map((_, position) => position));
  });

  it('gives the same results by scan before the index and by index after, for plain words', () => {
    const big = parseFeed(syntheticPartnerFeed({ count: 500, seed: 5 })).feed;
    const builder = new CorpusBuilder(big, { lang: 'fr', day: '2026-01-15', kindLabel: (k) => k });
    while (!builder.searchable) builder.step(0);
    const scanned = builder.corpus.match('sante laval');
    expect(scanned.mode).toBe('scan');
    while (!builder.step(performance.now() + 1000));
    const indexed = builder.corpus.match('sante laval');
    expect(indexed.mode).toBe('index');
    expect([...indexed.scores!.keys()].sort()).toEqual([...scanned.scores!.keys()].sort());
  });

  it('shows first results before folding every word, and a query meanwhile finds what it would after', () => {
    const big = parseFeed(syntheticPartnerFeed({ count: 800, seed: 9 })).feed;
    const early = new CorpusBuilder(big, { lang: 'fr', day: '2026-01-15', kindLabel: (k) => k });
    while (!early.searchable) early.step(0);
    // The first results (names, facets, order) are ready without a single folded description.
    expect(early.corpus.records.some((r) => r.described)).toBe(false);
    expect(early.corpus.order).toHaveLength(800);
    const late = new CorpusBuilder(big, { lang: 'fr', day: '2026-01-15', kindLabel: (k) => k });
    while (!late.corpus.records.length || !late.corpus.records.every((r) => r.described))
      late.step(performance.now() + 1000);
    expect(late.corpus.index).toBeUndefined();
    for (const query of ['sante laval', 'association', 'm', 'circuits courts', 'velo']) {
      const a = early.corpus.match(query);
      const b = late.corpus.match(query);
      expect(a.mode, query).toBe(b.mode);
      expect([...a.scores!], query).toEqual([...b.scores!]);
    }
    expect(early.corpus.match('circuits courts').scores!.size).toBeGreaterThan(0);
  });

  it('uses the page language', () => {
    const en = build(feed, 'en');
    expect(ids(en, 'mobility')).toContain('mobilite-durable');
  });
});

describe('partner search: facets', () => {
  const corpus = build();
  const run = (filters: Partial<Filters>, query = '', scope: Partial<Filters> = {}) =>
    applyFilters(
      corpus,
      corpus.match(query),
      { ...noFilters(), ...scope },
      { ...noFilters(), ...filters },
      'relevance',
    );

  it('shows the whole directory from the counts kept while building, the same as walking every partner', () => {
    const big = build(parseFeed(syntheticPartnerFeed({ count: 800, seed: 3 })).feed);
    for (const c of [corpus, big]) {
      const walked = Object.create(c, { totals: { value: undefined } }) as PartnerCorpus;
      for (const sort of ['relevance', 'name', 'distance'] as const) {
        const fast = applyFilters(c, c.match(''), noFilters(), noFilters(), sort);
        const slow = applyFilters(walked, c.match(''), noFilters(), noFilters(), sort);
        expect(fast.results).toBe(c.order);
        expect(fast.results).toEqual(slow.results);
        expect(fast.counts).toEqual(slow.counts);
      }
    }
    // A filter, a preset or a query walks the partners.
    expect(run({ themes: ['sante'] }).results).toHaveLength(1);
    expect(run({}, '', { kinds: ['association'] }).results).toHaveLength(2);
    expect(run({}, 'laval').results).not.toBe(corpus.order);
  });

  it('counts each facet value, a commune counting for its EPCI and département', () => {
    const { counts, results } = run({});
    expect(results).toHaveLength(5);
    expect(counts.themes.get('mobilite')).toBe(2);
    expect(counts.themes.get('sante')).toBe(1);
    expect(counts.kinds.get('association')).toBe(2);
    expect(counts.territories.get('dep-53')).toBe(2);
    expect(counts.territories.get('epci-laval')).toBe(1);
    expect(counts.territories.get('c-laval')).toBe(1);
    // Only labels held on the day count: Évron's expired in 2020.
    expect(counts.brands.get('marque-mayenne')).toBe(1);
  });

  it('filters by territory and everything inside it', () => {
    expect(
      run({ territories: ['dep-53'] })
        .results.map((i) => corpus.records[i]!.org.id)
        .sort(),
    ).toEqual(['mobilite-durable', 'msp-evron']);
  });

  it('ORs values within a facet, ANDs facets, and counts a facet without its own choices', () => {
    const both = run({ themes: ['mobilite', 'sante'] });
    expect(both.results).toHaveLength(3);
    const combined = run({ themes: ['mobilite', 'sante'], kinds: ['association'] });
    expect(combined.results).toHaveLength(2);
    // Theme counts ignore the theme choice but respect the kind choice.
    expect(combined.counts.themes.get('sante')).toBeUndefined();
    expect(combined.counts.themes.get('mobilite')).toBe(2);
    // Kind counts ignore the kind choice but respect the theme choice.
    expect(combined.counts.kinds.get('collectivite')).toBe(1);
  });

  it('counts follow the query', () => {
    expect(run({}, 'evron').counts.themes.get('mobilite')).toBeUndefined();
    expect(run({}, 'evron').counts.themes.get('sante')).toBe(1);
  });

  it('filters and sorts by distance from a place', () => {
    const place = resolvePlace(feed, '200083392')!;
    const near = run({ near: { place, radius: 20 } });
    expect(near.results.map((i) => corpus.records[i]!.org.id)).toEqual(['mobilite-durable']);
    expect(near.counts.radii.get(50)).toBe(2); // Évron is about 25 km away, by its bbox centre
    const sorted = applyFilters(
      corpus,
      corpus.match(''),
      noFilters(),
      { ...noFilters(), near: { place, radius: 100 } },
      'distance',
    );
    expect(sorted.results.map((i) => corpus.records[i]!.org.id)).toEqual(['mobilite-durable', 'msp-evron']);
    expect(sorted.distances![sorted.results[1]!]).toBeGreaterThan(20);
  });

  it('applies a preset scope as a hard limit, and an unknown preset matches nothing', () => {
    const scoped = run({}, '', { brands: ['marque-mayenne'] });
    expect(scoped.results.map((i) => corpus.records[i]!.org.id)).toEqual(['mobilite-durable']);
    expect(scoped.counts.themes.get('sante')).toBeUndefined();
    expect(run({}, '', { territories: ['unknown'] }).results).toEqual([]);
  });

  it('sorts by name', () => {
    const byName = applyFilters(corpus, corpus.match('rue'), noFilters(), noFilters(), 'name');
    expect(byName.results.map((i) => corpus.records[i]!.name)).toEqual(['9 rue des Lilas', '10 rue des Lilas']);
  });
});

describe('partner search: places to search near', () => {
  const options = placeOptions(feed, 'fr');
  const labels = (text: string, limit = 30) => findPlaces(options, text, limit).places.map((p) => p.label);

  it('lists territories with a centre, communes first, then EPCI, then départements, each by name', () => {
    // Laval and the Mayenne have no centre in this feed; Évron has a bbox, Laval Agglomération a centroid.
    expect(options.map((p) => p.label)).toEqual(['Évron', 'Laval Agglomération']);
  });

  it('finds by the start of any word or code, accents and case ignored, the name itself first', () => {
    const big = placeOptions(parseFeed(syntheticPartnerFeed({ count: 10, seed: 2 })).feed, 'fr');
    const some = big.find((p) => p.kind === 'commune')!;
    const found = findPlaces(big, some.label.toUpperCase(), 30).places;
    expect(found[0]).toBe(some);
    expect(labels('EVR')).toEqual(['Évron']);
    expect(labels('agglo')).toEqual(['Laval Agglomération']);
    expect(labels('200083392')).toEqual(['Laval Agglomération']);
    expect(labels('laval agg')).toEqual(['Laval Agglomération']);
    expect(labels('val')).toEqual([]);
    expect(labels('')).toEqual(['Évron', 'Laval Agglomération']);
    expect(findPlaces(options, '', 1)).toEqual({ places: [options[0]], total: 2 });
  });

  it('is safe with any text: regex characters, emoji, 10,000 characters', () => {
    for (const text of ['.*', '(', '\\', '🚲 laval', 'é'.repeat(10_000), '<script>', '   '])
      expect(() => findPlaces(options, text, 30)).not.toThrow();
    expect(labels('🚲 laval')).toEqual(['Laval Agglomération']);
  });
});
