/**
 * Query text for the partner search: clamping, French-aware terms, and the
 * segments that highlight matched words (rendered as text, never as HTML).
 */
import { foldText } from '../../feed/text.js';

/** Longest query searched, in characters; a longer paste is cut and the visitor told. */
export const MAX_QUERY_LENGTH = 200;

/** Whitespace collapsed, cut at {@link MAX_QUERY_LENGTH} characters without splitting an emoji. */
export function clampQuery(raw: string): { query: string; truncated: boolean } {
  const collapsed = raw.replace(/\s+/gu, ' ').trimStart();
  if (collapsed.length <= MAX_QUERY_LENGTH) return { query: collapsed, truncated: false };
  const cut = collapsed.slice(0, MAX_QUERY_LENGTH);
  return { query: /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut, truncated: true };
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
/**
 * What separates words in folded text, as plain ranges (much faster than
 * Unicode property classes on 10,000 descriptions): ASCII and Latin-1
 * punctuation, general punctuation and symbols, emoji (surrogates), private use.
 */
const SEPARATORS =
  /[^a-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u1fff\u2c00-\u2dff\u2e80-\ud7ff\uf900-\ufdff\ufe70-\ufefe\uff10-\uffdc]+/g;

/** Folded words of a text, space-separated: "Maison de santé d’Évron" → "maison de sante d evron". */
export function foldedWords(text: string): string {
  return foldText(text).replace(SEPARATORS, ' ').trim();
}

/** Folded words of a text: "Maison de santé d’Évron" → ["maison", "de", "sante", "d", "evron"]. */
export function words(text: string): string[] {
  const joined = foldedWords(text);
  return joined ? joined.split(' ') : [];
}

/** Words a search ignores unless they are the one being typed. */
const STOP_WORDS = new Set([
  'a',
  'au',
  'aux',
  'd',
  'de',
  'des',
  'du',
  'en',
  'et',
  'l',
  'la',
  'le',
  'les',
  'un',
  'une',
  'sur',
  'pour',
  'par',
  'the',
  'of',
  'and',
]);

/**
 * The terms to look for: folded words, without stop words or one-letter words
 * except the last one, which the visitor may still be typing ("maison de s").
 * At most 12 terms: a longer query is a paste, not a search.
 */
export function queryTerms(query: string): string[] {
  const all = words(query);
  return all.filter((w, i) => i === all.length - 1 || (w.length > 1 && !STOP_WORDS.has(w))).slice(0, 12);
}

/** A piece of text, marked when it matched the query. */
export interface Segment {
  text: string;
  mark: boolean;
}

/**
 * The folded form of a word with, for each folded character, the end of the
 * original characters it came from ("Œuf" → "oeuf", ends [1, 1, 2, 3]).
 */
function foldWithMap(word: string): { folded: string; ends: number[] } {
  let folded = '';
  const ends: number[] = [];
  let offset = 0;
  for (const ch of word) {
    offset += ch.length;
    // ASCII letters and digits fold to themselves in lower case; only the rest needs the full fold.
    const f = ch < '\u0080' ? ch.toLowerCase() : foldText(ch);
    folded += f;
    for (let i = 0; i < f.length; i++) ends.push(offset);
  }
  return { folded, ends };
}

/**
 * Splits `text` into plain and marked segments: a word is marked when its
 * folded form equals one of `terms` (whole word, e.g. a typo-corrected term)
 * or starts with one (only that prefix is marked: "Mobi|lité").
 */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  const useful = [...new Set(terms.filter(Boolean))].sort((a, b) => b.length - a.length);
  if (!useful.length || !text) return text ? [{ text, mark: false }] : [];
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const start = match.index;
    const { folded, ends } = foldWithMap(word);
    const term = useful.find((t) => folded.startsWith(t));
    if (!term) continue;
    const end = start + (term.length >= folded.length ? word.length : ends[term.length - 1]!);
    if (start > last) segments.push({ text: text.slice(last, start), mark: false });
    segments.push({ text: text.slice(start, end), mark: true });
    last = end;
  }
  if (last < text.length) segments.push({ text: text.slice(last), mark: false });
  return segments;
}

/**
 * A short excerpt of a long text (at most `length` characters), starting near
 * the first word that matches one of `terms`, with "…" where it was cut.
 */
export function excerpt(text: string, terms: readonly string[], length = 240): string {
  if (text.length <= length) return text;
  // Only the beginning is searched for a match: a 100 kB description must not cost a frame.
  const head = text.slice(0, 4000);
  const foldedHead = foldText(head);
  let first = -1;
  for (const t of terms) {
    if (!t) continue;
    const at = foldedHead.search(new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(t)}`, 'u'));
    if (at !== -1 && (first === -1 || at < first)) first = at;
  }
  let start = first > length / 2 ? first - Math.floor(length / 4) : 0;
  if (start > 0) {
    const space = head.indexOf(' ', start);
    start = space !== -1 && space < start + 20 ? space + 1 : start;
  }
  const cut = Array.from(text.slice(start, start + length + 2))
    .slice(0, length)
    .join('');
  return `${start > 0 ? '…' : ''}${cut.trimEnd()}${start + cut.length < text.length ? '…' : ''}`;
}

/** The text as a literal inside a regular expression ("c++" stays three characters, never a pattern). */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
