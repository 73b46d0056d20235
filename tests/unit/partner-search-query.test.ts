import { describe, expect, it } from 'vitest';
import {
  MAX_QUERY_LENGTH,
  clampQuery,
  escapeRegExp,
  excerpt,
  highlight,
  queryTerms,
  words,
} from '../../src/components/partner-search/query.js';

const marked = (text: string, terms: string[]) =>
  highlight(text, terms)
    .filter((s) => s.mark)
    .map((s) => s.text);

describe('partner search: query text', () => {
  it('folds accents, case and apostrophes into words', () => {
    expect(words('Maison de santé d’Évron')).toEqual(['maison', 'de', 'sante', 'd', 'evron']);
    expect(words('Cœur de Châteaubriant')).toEqual(['coeur', 'de', 'chateaubriant']);
  });

  it('drops stop words and one-letter words except the one being typed', () => {
    expect(queryTerms('maison de santé')).toEqual(['maison', 'sante']);
    expect(queryTerms('maison de')).toEqual(['maison', 'de']);
    expect(queryTerms('l')).toEqual(['l']);
    expect(queryTerms('   ')).toEqual([]);
    expect(queryTerms('.*+?^${}()|[]\\')).toEqual([]);
  });

  it('keeps at most 12 terms', () => {
    expect(queryTerms('mot '.repeat(100) + 'fin')).toHaveLength(12);
  });

  it('cuts pastes at 200 characters without splitting an emoji, and says so', () => {
    expect(clampQuery('  santé  ')).toEqual({ query: 'santé ', truncated: false });
    const long = clampQuery('a'.repeat(10_000));
    expect(long).toEqual({ query: 'a'.repeat(MAX_QUERY_LENGTH), truncated: true });
    const emoji = clampQuery('a'.repeat(MAX_QUERY_LENGTH - 1) + '🦊🦊');
    expect(emoji.truncated).toBe(true);
    expect(emoji.query).toBe('a'.repeat(MAX_QUERY_LENGTH - 1));
  });

  it('marks whole words and typed prefixes, mapping folded positions back to the text', () => {
    expect(marked('Mobilité durable en Mayenne', ['mobi'])).toEqual(['Mobi']);
    expect(marked('Mobilité durable en Mayenne', ['durable', 'mobilite'])).toEqual(['Mobilité', 'durable']);
    expect(marked('Œuvres sociales', ['oeu'])).toEqual(['Œu']);
    expect(marked('Châteaubriant', ['chateau'])).toEqual(['Château']);
    // Decomposed accents (e + combining acute) stay with their letter.
    expect(marked('Sante\u0301 publique', ['sante'])).toEqual(['Sante\u0301']);
    expect(marked('La Mayenne', ['la'])).toEqual(['La']);
  });

  it('keeps every character of the text, in order, in the segments', () => {
    const text = 'Société 🦊 Ελληνικά العربية 中文 <script>alert(1)</script> \u202Egnp.exe';
    const segments = highlight(text, ['societe', 'script']);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['Société', 'script', 'script']);
    expect(highlight('', ['a'])).toEqual([]);
    expect(highlight('texte', [])).toEqual([{ text: 'texte', mark: false }]);
  });

  it('excerpts long text around the first match', () => {
    const text = 'Lorem ipsum dolor. '.repeat(40) + 'La méthanisation agricole. ' + 'Fin. '.repeat(40);
    const cut = excerpt(text, ['methanisation'], 120);
    expect(cut.startsWith('…')).toBe(true);
    expect(cut).toContain('méthanisation');
    expect(cut.length).toBeLessThanOrEqual(122);
    expect(excerpt('court', ['x'])).toBe('court');
    expect(excerpt('x'.repeat(100_000), ['y'], 50)).toBe('x'.repeat(50) + '…');
  });

  it('treats regex characters as text', () => {
    expect(new RegExp(escapeRegExp('c++ (a|b) [x]')).test('c++ (a|b) [x]')).toBe(true);
  });
});
