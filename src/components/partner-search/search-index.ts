/**
 * The typo-tolerant index of a partner corpus (MiniSearch: prefixes, small
 * typos, names boosted). corpus.ts loads this module on demand once the
 * records are searchable; a plain scan answers queries until it is built.
 */
import MiniSearch, { type SearchOptions } from 'minisearch';
import type { IndexedField, PartnerRecord, TextMatches } from './corpus.js';

const OPTIONS: SearchOptions = {
  boost: { name: 3, tags: 1.5, places: 1.5 },
  // Only the word being typed is a prefix: "maison de s" must not match every word starting with "maison".
  prefix: (_term, i, terms) => i === terms.length - 1,
  // One typo from 4 letters, two from 7 ("durabel" → "durable" is two edits for Levenshtein).
  fuzzy: (term) => (term.length >= 7 ? 2 : term.length >= 4 ? 1 : false),
  maxFuzzy: 2,
  tokenize: (text) => text.split(' '),
  processTerm: (term) => term || null,
};

/** A MiniSearch index of records' folded fields, answering with {@link TextMatches}. */
export class PartnerIndex {
  readonly #index: MiniSearch<PartnerRecord>;

  constructor(fields: readonly IndexedField[]) {
    this.#index = new MiniSearch<PartnerRecord>({
      idField: 'i',
      fields: [...fields],
      // The id stays a number, so results map straight back to records.
      extractField: (record, field) => (field === 'i' ? record.i : (record.fields[field as IndexedField] ?? '')),
      tokenize: OPTIONS.tokenize,
      processTerm: OPTIONS.processTerm,
      searchOptions: OPTIONS,
    });
  }

  add(record: PartnerRecord): void {
    this.#index.add(record);
  }

  /** Records with every term; when none has them all, records with some of them (`partial`). */
  match(terms: string[]): TextMatches {
    const query = terms.join(' ');
    let results = this.#index.search(query, { ...OPTIONS, combineWith: 'AND' });
    const partial = !results.length && terms.length > 1;
    if (partial) results = this.#index.search(query, { ...OPTIONS, combineWith: 'OR' });
    return {
      mode: 'index',
      scores: new Map(results.map((r) => [r.id as number, r.score])),
      matched: new Map(results.map((r) => [r.id as number, r.terms])),
      terms,
      partial: partial && results.length > 0,
    };
  }
}
