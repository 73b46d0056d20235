/**
 * The searchable form of a feed's organisations, built in small time slices so
 * a 10,000-partner feed never blocks the page: first the records (folded
 * words, territories, labels, location), then their French name order, then a
 * MiniSearch index for typo-tolerant, prefix, ranked search. Until the index
 * is ready, queries are answered by a plain scan of the folded words, so the
 * index (search-index.ts and MiniSearch) is loaded on demand, a dynamic
 * `import()` started once the records are searchable: the first results do not
 * need it.
 */
import { feedIndex, labelState } from '../../feed/selectors.js';
import { foldText, localize } from '../../feed/text.js';
import type { Feed, Organisation } from '../../feed/types.js';
import { countRecord, emptyCounts, type FacetCounts } from './facets.js';
import { containingTerritories, territoryCentre, type LonLat } from './places.js';
import { foldedWords, queryTerms } from './query.js';
import type * as SearchIndexModule from './search-index.js';
import type { PartnerIndex } from './search-index.js';

/** Longest name shown; a 100 kB name from a broken export is cut. */
const MAX_NAME = 300;
/** Characters of a description that are searched. */
const MAX_INDEXED_TEXT = 2000;
/** Longest indexed word: a 100,000-letter "word" is noise, and would slow fuzzy search. */
const MAX_WORD = 40;

/** One organisation, ready to be searched, filtered and shown. */
export interface PartnerRecord {
  /** Position in the feed's organisations (also the index id). */
  i: number;
  org: Organisation;
  /** Name in the page's language, cut at 300 characters. */
  name: string;
  description: string;
  kind: string;
  /** Known theme ids (unknown ones omitted). */
  themes: string[];
  /** Known territory ids the organisation is attached to. */
  territories: string[];
  /** Those territories and every territory containing them (commune → EPCI → département). */
  area: string[];
  /** Known brands whose label it holds on the search's day. */
  brands: string[];
  /** Its location, else the centre of its first territory that has one. */
  point?: LonLat;
  /** Position in the French alphabetical order of names. */
  rank: number;
  /** See {@link frenchSortKey}. */
  sortKey: string;
  /** Folded words per searched field, space-separated. */
  fields: Record<IndexedField, string>;
  /** " word word … " of the name, for the one-letter scan. */
  nameWords: string;
  /** " word word … " of every field, for the scan used until the index is ready (see {@link completeWords}). */
  haystack: string;
  /**
   * False until `fields`, `nameWords` and `haystack` are filled: folding every word of a 10,000-partner
   * directory is the costliest part of a record, so it comes after the first results (see {@link CorpusBuilder}),
   * or at once for the records a query meets first.
   */
  described: boolean;
}

export type IndexedField = 'name' | 'tags' | 'places' | 'description';
const FIELDS: IndexedField[] = ['name', 'tags', 'places', 'description'];

export interface CorpusOptions {
  lang: string;
  /** The day labels are checked on (`YYYY-MM-DD`, Paris). */
  day: string;
  /** The words a kind is known by ("Association", "Collectivité"), so "collectivite" finds them. */
  kindLabel: (kind: string) => string;
}

const LONG_WORD = new RegExp(`\\S{${MAX_WORD + 1},}`, 'g');
/** Whether a space-separated string may hold a word over MAX_WORD: a plain scan, far cheaper than the regex on every description. */
function mayHaveLongWord(joined: string): boolean {
  for (let start = 0; start < joined.length;) {
    const space = joined.indexOf(' ', start);
    const end = space === -1 ? joined.length : space;
    if (end - start > MAX_WORD) return true;
    start = end + 1;
  }
  return false;
}
const joinWords = (text: string, limit = MAX_INDEXED_TEXT) => {
  const joined = foldedWords(text.slice(0, limit));
  return mayHaveLongWord(joined) ? joined.replace(LONG_WORD, (w) => w.slice(0, MAX_WORD)) : joined;
};

/** Folded words of the feed's shared labels (territory, theme, brand and kind names), each folded once. */
type LabelWords = (key: string, text: () => string) => string;

function labelWordCache(): LabelWords {
  const cache = new Map<string, string>();
  return (key, text) => {
    let w = cache.get(key);
    if (w === undefined) cache.set(key, (w = joinWords(text())));
    return w;
  };
}

const NONE: string[] = [];

/** Builds the searchable record of one organisation. */
function toRecord(feed: Feed, org: Organisation, i: number, options: CorpusOptions, area: (id: string) => string[]) {
  const index = feedIndex(feed);
  const lang = options.lang;
  const fullName = localize(org.name, lang);
  const name = fullName.length > MAX_NAME ? `${Array.from(fullName.slice(0, MAX_NAME)).join('')}…` : fullName;
  const description = localize(org.description, lang);
  const themes = (org.themes ?? []).filter((id) => index.themes.has(id));
  const territories = (org.territories ?? []).filter((id) => index.territories.has(id));
  // One territory (the usual case): its memoised chain, shared and never changed, instead of a new set.
  const areaIds = territories.length === 1 ? area(territories[0]!) : [...new Set(territories.flatMap(area))];
  const brands = org.labels?.length
    ? [...new Set(org.labels.map((l) => l.brand))].filter(
        (b) => index.brands.has(b) && labelState(org, b, options.day).state === 'active',
      )
    : NONE;
  let point: LonLat | undefined = org.location ? [org.location.lon, org.location.lat] : undefined;
  for (const id of territories) {
    if (point) break;
    point = territoryCentre(index.territories.get(id)!);
  }
  const record: PartnerRecord = {
    i,
    org,
    name,
    description,
    kind: org.kind,
    themes,
    territories,
    area: areaIds,
    brands,
    point,
    rank: i,
    sortKey: frenchSortKey(name),
    fields: { name: '', tags: '', places: '', description: '' },
    nameWords: '',
    haystack: '',
    described: false,
  };
  return record;
}

/** Fills a record's folded words (see {@link PartnerRecord.described}). */
function describeRecord(record: PartnerRecord, feed: Feed, options: CorpusOptions, labelWords: LabelWords): void {
  if (record.described) return;
  const index = feedIndex(feed);
  const { lang } = options;
  const { org } = record;
  const fields = record.fields;
  fields.name = joinWords(`${record.name} ${org.shortName ?? ''}`, MAX_NAME + 200);
  fields.tags = [
    ...record.themes.map((id) => labelWords(`t:${id}`, () => localize(index.themes.get(id)!.label, lang))),
    labelWords(`k:${org.kind}`, () => options.kindLabel(org.kind)),
    ...record.brands.map((id) => labelWords(`b:${id}`, () => localize(index.brands.get(id)!.name, lang))),
  ].join(' ');
  fields.places = [
    ...record.area.map((id) => labelWords(`p:${id}`, () => localize(index.territories.get(id)!.name, lang))),
    joinWords(org.address?.city ?? ''),
  ].join(' ');
  fields.description = joinWords(record.description);
  record.nameWords = ` ${fields.name} `;
  record.haystack = ` ${FIELDS.map((f) => fields[f]).join(' ')} `;
  record.described = true;
}

/** Sort key equivalent to French collation at base strength: folded, numbers padded ("Lot 9" before "Lot 10"). */
export const frenchSortKey = (name: string): string =>
  foldText(name).replace(/\d+/g, (digits) => digits.padStart(12, '0'));

/** Names that start with "a", contain "a", or best match "mobilite durabel": how a query was answered. */
export type MatchMode = 'all' | 'name-prefix' | 'scan' | 'index';

export interface TextMatches {
  mode: MatchMode;
  /** Record index → score; `null` when every record matches (empty query). */
  scores: Map<number, number> | null;
  /** Record index → index terms that matched (typo-corrected, completed prefixes), for highlighting. */
  matched: Map<number, string[]>;
  /** The folded query terms. */
  terms: string[];
  /** True when no partner matched every word and partners matching some of them are shown. */
  partial: boolean;
}

let searchIndex: typeof SearchIndexModule | undefined;
let loading: Promise<unknown> | undefined;

/** Loads the index's module (with MiniSearch) once per page; a failed load (offline) is tried again by the next build. */
export function loadSearchIndex(): Promise<unknown> {
  return (loading ??= import('./search-index.js').then(
    (module) => (searchIndex = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  ));
}

/** The organisations of a feed, searchable. Build it with {@link CorpusBuilder}. */
export class PartnerCorpus {
  readonly records: PartnerRecord[] = [];
  /** Fills a record's words (set by the builder; see {@link PartnerRecord.described}). */
  describe: (record: PartnerRecord) => void = () => undefined;
  /** Record indices in French name order. */
  order: number[] = [];
  /** Facet counts of every record, kept as records are built: the directory shown before any query or filter. */
  totals?: FacetCounts;
  /** Present once every record is indexed. */
  index?: PartnerIndex;

  /** Records whose words match `query` (see {@link TextMatches}). */
  match(query: string): TextMatches {
    const terms = queryTerms(query);
    if (!terms.length) return { mode: 'all', scores: null, matched: new Map(), terms, partial: false };
    if (terms.length === 1 && terms[0]!.length === 1) return this.#namePrefix(terms[0]!);
    // Two letters: the index would expand the prefix to hundreds of words; a scan is faster and the same
    // (typos only count from four letters).
    if (this.index && !(terms.length === 1 && terms[0]!.length === 2)) return this.index.match(terms);
    return this.#scan(terms);
  }

  /** One letter: names with a word starting with it, names starting with it first. */
  #namePrefix(letter: string): TextMatches {
    const needle = ` ${letter}`;
    const scores = new Map<number, number>();
    for (const r of this.records) {
      if (!r.described) this.describe(r);
      if (r.nameWords.includes(needle)) scores.set(r.i, r.nameWords.startsWith(needle) ? 2 : 1);
    }
    return { mode: 'name-prefix', scores, matched: new Map(), terms: [letter], partial: false };
  }

  /** Every term must start a word somewhere; words of the name weigh more, whole words more than prefixes. */
  #scan(terms: string[]): TextMatches {
    const needles = terms.map((t) => [` ${t}`, ` ${t} `] as const);
    const scores = new Map<number, number>();
    for (const r of this.records) {
      if (!r.described) this.describe(r);
      let score = 0;
      for (const [prefix, word] of needles) {
        if (r.nameWords.includes(word)) score += 4;
        else if (r.nameWords.includes(prefix)) score += 3;
        else if (r.haystack.includes(prefix)) score += 1;
        else {
          score = 0;
          break;
        }
      }
      if (score) scores.set(r.i, score);
    }
    return { mode: 'scan', scores, matched: new Map(), terms, partial: false };
  }
}

/**
 * Builds a {@link PartnerCorpus} a slice at a time: call {@link step} with a
 * deadline until it returns true. Records and their name order first (then
 * `searchable` is true: the first results show and the scan answers queries),
 * then the descriptions' words, then the index.
 */
export class CorpusBuilder {
  readonly corpus = new PartnerCorpus();
  #next = 0;
  #phase: 'records' | 'order' | 'words' | 'load' | 'index' | 'done' = 'records';
  #index?: PartnerIndex;
  #totals?: FacetCounts;
  readonly #area: (id: string) => string[];

  constructor(
    private readonly feed: Feed,
    private readonly options: CorpusOptions,
  ) {
    this.#area = containingTerritories(feed);
    const labelWords = labelWordCache();
    this.corpus.describe = (record) => describeRecord(record, feed, options, labelWords);
  }

  /** True once every record is built and ordered: queries can be answered (by scan until indexed). */
  get searchable(): boolean {
    return this.#phase !== 'records' && this.#phase !== 'order';
  }

  /**
   * Set while the build waits for MiniSearch to load: step again once it resolves. When it rejects (the
   * page went offline) the build stops there and the scan keeps answering.
   */
  waiting?: Promise<unknown>;

  get done(): boolean {
    return this.#phase === 'done';
  }

  #sorting?: { src: number[]; dst: number[]; width: number; lo: number };

  /**
   * The French name order as a bottom-up merge sort that can stop between runs and merges, so 50,000
   * names never hold the page: runs of 512 sorted natively, then merged pairwise, width doubling.
   * Precomputed keys compare with <; keys equal at French base strength keep feed order.
   */
  #sortStep(deadline: number, now: () => number): boolean {
    const records = this.corpus.records;
    const before = (a: number, b: number) => {
      const ka = records[a]!.sortKey;
      const kb = records[b]!.sortKey;
      return ka < kb || (ka === kb && a < b);
    };
    const s = (this.#sorting ??= {
      src: records.map((r) => r.i),
      dst: new Array<number>(records.length),
      width: 0,
      lo: 0,
    });
    const n = s.src.length;
    const RUN = 512;
    if (s.width === 0) {
      while (s.lo < n) {
        const run = s.src.slice(s.lo, s.lo + RUN).sort((a, b) => (before(a, b) ? -1 : 1));
        for (let k = 0; k < run.length; k++) s.src[s.lo + k] = run[k]!;
        s.lo += RUN;
        if (now() > deadline) return false;
      }
      s.width = RUN;
      s.lo = 0;
    }
    while (s.width < n) {
      while (s.lo < n) {
        const mid = Math.min(s.lo + s.width, n);
        const hi = Math.min(s.lo + 2 * s.width, n);
        let i = s.lo;
        let j = mid;
        for (let k = s.lo; k < hi; k++)
          s.dst[k] = j >= hi || (i < mid && before(s.src[i]!, s.src[j]!)) ? s.src[i++]! : s.src[j++]!;
        s.lo = hi;
        if (now() > deadline) return false;
      }
      [s.src, s.dst] = [s.dst, s.src];
      s.width *= 2;
      s.lo = 0;
    }
    return true;
  }

  /** Does work until `now()` passes `deadline`; returns true when everything is built. */
  step(deadline: number, now: () => number = () => performance.now()): boolean {
    const organisations = this.feed.organisations;
    const records = this.corpus.records;
    while (this.#phase !== 'done') {
      if (this.#phase === 'records') {
        const totals = (this.#totals ??= emptyCounts());
        while (this.#next < organisations.length) {
          const record = toRecord(this.feed, organisations[this.#next]!, this.#next, this.options, this.#area);
          records.push(record);
          countRecord(totals, record);
          this.#next++;
          if ((this.#next & 15) === 0 && now() > deadline) return false;
        }
        this.#phase = 'order';
      } else if (this.#phase === 'order') {
        if (!this.#sortStep(deadline, now)) return false;
        const order = this.#sorting!.src;
        order.forEach((recordIndex, position) => (records[recordIndex]!.rank = position));
        this.corpus.order = order;
        this.corpus.totals = this.#totals;
        this.#next = 0;
        this.#phase = 'words';
        // The first results are shown from here (by scan).
        return false;
      } else if (this.#phase === 'words') {
        // The first results are on screen: fetch the index's library while the descriptions are folded.
        if (this.#next === 0) loadSearchIndex().catch(() => undefined);
        while (this.#next < records.length) {
          this.corpus.describe(records[this.#next]!);
          this.#next++;
          if ((this.#next & 15) === 0 && now() > deadline) return false;
        }
        this.#phase = 'load';
        return false;
      } else if (this.#phase === 'load') {
        if (!searchIndex) {
          this.waiting ??= loadSearchIndex().finally(() => (this.waiting = undefined));
          return false;
        }
        this.#index = new searchIndex.PartnerIndex(FIELDS);
        this.#next = 0;
        this.#phase = 'index';
        if (now() > deadline) return false;
      } else {
        while (this.#next < records.length) {
          this.#index!.add(records[this.#next]!);
          this.#next++;
          if ((this.#next & 7) === 0 && now() > deadline) return false;
        }
        this.corpus.index = this.#index;
        this.#phase = 'done';
      }
    }
    return true;
  }
}
