/**
 * Filters, facet counts and order for the partner search, in one pass over
 * the records that match the text. Within a facet the chosen values are
 * alternatives (theme A or B); facets combine (theme and territory). A facet's
 * counts ignore its own choices, so they say what choosing one more value
 * would give, as in Algolia's disjunctive facets.
 */
import type { PartnerCorpus, PartnerRecord, TextMatches } from './corpus.js';
import { kilometres, type Place } from './places.js';

export type SortOrder = 'relevance' | 'name' | 'distance';
export const SORT_ORDERS: readonly SortOrder[] = ['relevance', 'name', 'distance'];

/** Distances offered for "near a place", in km. */
export const RADII = [5, 10, 20, 50, 100] as const;
export const DEFAULT_RADIUS = 20;

/** What a visitor (or a preset) filters on. Empty lists filter nothing. */
export interface Filters {
  themes: string[];
  kinds: string[];
  /** Territory ids; an organisation in a commune counts for its EPCI and département. */
  territories: string[];
  /** Brand ids whose label the organisation holds today. */
  brands: string[];
  near?: { place: Place; radius: number };
}

export const noFilters = (): Filters => ({ themes: [], kinds: [], territories: [], brands: [] });

export interface FacetCounts {
  themes: Map<string, number>;
  kinds: Map<string, number>;
  territories: Map<string, number>;
  brands: Map<string, number>;
  /** Radius (km) → partners within it of the chosen place (or of the place being chosen). */
  radii: Map<number, number>;
}

export interface SearchOutcome {
  /** Record indices of the results, in order (read-only: it may be the corpus's own name order). */
  results: number[];
  counts: FacetCounts;
  /** Record index → km from the near place, when there is one. */
  distances?: Float64Array;
  matches: TextMatches;
}

const THEME = 1;
const KIND = 2;
const TERRITORY = 4;
const BRAND = 8;
const NEAR = 16;

const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
const bumpAll = (map: Map<string, number>, values: string[]) => {
  for (let k = 0; k < values.length; k++) bump(map, values[k]!);
};

export const emptyCounts = (): FacetCounts => ({
  themes: new Map(),
  kinds: new Map(),
  territories: new Map(),
  brands: new Map(),
  radii: new Map(RADII.map((r) => [r, 0])),
});

/** Adds a record to the counts of the directory as a whole (no text, no filter, no preset): see {@link PartnerCorpus.totals}. */
export function countRecord(counts: FacetCounts, r: PartnerRecord): void {
  bumpAll(counts.themes, r.themes);
  bump(counts.kinds, r.kind);
  bumpAll(counts.territories, r.area);
  bumpAll(counts.brands, r.brands);
}

const isEmpty = (f: Filters) =>
  !f.near && !f.themes.length && !f.kinds.length && !f.territories.length && !f.brands.length;

const distanceCache = new WeakMap<PartnerCorpus, { key: string; distances: Float64Array }>();

/** Km from `place` to each record (NaN when the record has no location); memoised per corpus and place. */
export function distancesFrom(corpus: PartnerCorpus, place: Place): Float64Array {
  const key = place.point.join(',');
  const cached = distanceCache.get(corpus);
  if (cached?.key === key && cached.distances.length === corpus.records.length) return cached.distances;
  const distances = new Float64Array(corpus.records.length);
  for (const r of corpus.records) distances[r.i] = r.point ? kilometres(place.point, r.point) : NaN;
  distanceCache.set(corpus, { key, distances });
  return distances;
}

/**
 * Runs the filters over the text matches: the ordered results and the counts
 * of every facet value. `scope` is the page author's preset (not removable),
 * `filters` the visitor's.
 */
export function applyFilters(
  corpus: PartnerCorpus,
  matches: TextMatches,
  scope: Filters,
  filters: Filters,
  sort: SortOrder,
): SearchOutcome {
  // The whole directory (the first results, an emptied query): its name order and counts are already known,
  // so showing it does not walk 50,000 partners. Without a place, every order is the name order.
  if (!matches.scores && corpus.totals && isEmpty(filters) && isEmpty(scope))
    return { results: corpus.order, counts: corpus.totals, matches };
  const records = corpus.records;
  const sets = {
    themes: new Set(filters.themes),
    kinds: new Set(filters.kinds),
    territories: new Set(filters.territories),
    brands: new Set(filters.brands),
  };
  const scopeSets = {
    themes: new Set(scope.themes),
    kinds: new Set(scope.kinds),
    territories: new Set(scope.territories),
    brands: new Set(scope.brands),
  };
  const near = filters.near ?? scope.near;
  const distances = near ? distancesFrom(corpus, near.place) : undefined;
  const scopeDistances = scope.near ? distancesFrom(corpus, scope.near.place) : undefined;
  const counts = emptyCounts();
  const results: number[] = [];
  // Plain loops: this runs on every partner for every keystroke and every first render.
  const anyOf = (set: Set<string>, values: string[]) => {
    if (set.size === 0) return true;
    for (let k = 0; k < values.length; k++) if (set.has(values[k]!)) return true;
    return false;
  };

  const consider = (i: number) => {
    const r = records[i]!;
    // The preset scope is a hard limit: what is outside it is never counted.
    if (
      !anyOf(scopeSets.themes, r.themes) ||
      (scopeSets.kinds.size > 0 && !scopeSets.kinds.has(r.kind)) ||
      !anyOf(scopeSets.territories, r.area) ||
      !anyOf(scopeSets.brands, r.brands) ||
      (scope.near && !(scopeDistances![i]! <= scope.near.radius))
    )
      return;
    let fails = 0;
    if (!anyOf(sets.themes, r.themes)) fails |= THEME;
    if (sets.kinds.size > 0 && !sets.kinds.has(r.kind)) fails |= KIND;
    if (!anyOf(sets.territories, r.area)) fails |= TERRITORY;
    if (!anyOf(sets.brands, r.brands)) fails |= BRAND;
    if (filters.near && !(distances![i]! <= filters.near.radius)) fails |= NEAR;
    if (fails === 0) results.push(i);
    // A record counts in a facet when it passes every other facet (fails nowhere, or only there).
    if ((fails & ~THEME) === 0) bumpAll(counts.themes, r.themes);
    if ((fails & ~KIND) === 0) bump(counts.kinds, r.kind);
    if ((fails & ~TERRITORY) === 0) bumpAll(counts.territories, r.area);
    if ((fails & ~BRAND) === 0) bumpAll(counts.brands, r.brands);
    if ((fails & ~NEAR) === 0 && distances) {
      const d = distances[i]!;
      for (const radius of RADII) if (d <= radius) counts.radii.set(radius, counts.radii.get(radius)! + 1);
    }
  };

  if (matches.scores) for (const i of matches.scores.keys()) consider(i);
  // Without a query, walking the records in name order gives results already sorted by name.
  else for (const i of corpus.order) consider(i);

  const rank = (i: number) => records[i]!.rank;
  const byName = (a: number, b: number) => rank(a) - rank(b);
  const byDistance = (a: number, b: number) => {
    const da = distances?.[a] ?? NaN;
    const db = distances?.[b] ?? NaN;
    if (Number.isNaN(da) || Number.isNaN(db)) return Number.isNaN(da) ? (Number.isNaN(db) ? byName(a, b) : 1) : -1;
    return da - db || byName(a, b);
  };
  const scores = matches.scores;
  if (sort === 'distance' && distances) results.sort(byDistance);
  else if (sort === 'relevance' && scores) results.sort((a, b) => scores.get(b)! - scores.get(a)! || byName(a, b));
  else if (scores) results.sort(byName);
  return { results, counts, distances, matches };
}

/** The number of filters a visitor can remove. */
export const activeFilterCount = (f: Filters): number =>
  f.themes.length + f.kinds.length + f.territories.length + f.brands.length + (f.near ? 1 : 0);
