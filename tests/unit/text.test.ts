import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  foldText,
  formatFeedDate,
  formatFeedRange,
  formatRelativeDay,
  localize,
  parisDayKey,
  pickText,
  readFeedDate,
  safeHref,
  svgDataUrl,
  toLang,
} from '../../src/feed/index.js';

describe('localised text', () => {
  it('picks the language, then falls back to fr, en, any', () => {
    expect(localize({ fr: 'Bonjour', en: 'Hello' }, 'en')).toBe('Hello');
    expect(localize({ fr: 'Bonjour', en: 'Hello' }, 'en-GB')).toBe('Hello');
    expect(localize({ fr: 'Bonjour' }, 'en')).toBe('Bonjour');
    expect(pickText({ en: 'Hello', de: 'Hallo' }, 'fr')).toEqual({ text: 'Hello', lang: 'en' });
    expect(pickText({ de: 'Hallo' }, 'fr')).toEqual({ text: 'Hallo', lang: 'de' });
    expect(pickText('Texte', 'en')).toEqual({ text: 'Texte', lang: '' });
    expect(localize({ fr: '  ', en: 'Hello' }, 'fr')).toBe('Hello');
    expect(localize(undefined, 'fr')).toBe('');
    expect(toLang('en-US')).toBe('en');
    expect(toLang('de')).toBe('fr');
  });

  it('folds French accents, case and ligatures', () => {
    expect(foldText('Châteaubriant')).toBe('chateaubriant');
    expect(foldText('SANTÉ')).toBe('sante');
    expect(foldText('Maine Cœur de Sarthe')).toBe('maine coeur de sarthe');
    expect(foldText('Pays d’Ancenis')).toBe("pays d'ancenis");
  });
});

describe('dates in Europe/Paris', () => {
  it('formats dates and ranges as people write them', () => {
    expect(formatFeedDate('2021-03-12', 'fr')).toBe('12 mars 2021');
    expect(formatFeedDate('2021-03-12', 'en')).toBe('12 March 2021');
    expect(formatFeedRange('2024-10-02', '2024-10-03', 'fr')).toBe('2–3 octobre 2024');
    expect(formatFeedRange('2024-10-02', '2024-10-03', 'en')).toMatch(/^2\s?–\s?3 October 2024$/);
    expect(formatFeedRange('2024-10-02', '2024-10-02', 'fr')).toBe('2 octobre 2024');
    expect(formatFeedRange('2024-09-30', '2024-10-02', 'fr')).toMatch(/30 sept.*2 oct.* 2024/);
    expect(formatFeedDate('2021-03-12T18:00:00+01:00', 'fr')).toBe('12 mars 2021 à 18:00');
    // An end before the start is ignored rather than printed backwards.
    expect(formatFeedRange('2024-10-03', '2024-10-02', 'fr')).toBe('3 octobre 2024');
  });

  it('computes Paris calendar days across daylight-saving changes', () => {
    // 23:30 UTC on 30 March 2024 is already 31 March in Paris (CET, UTC+1)…
    expect(parisDayKey(new Date('2024-03-30T23:30:00Z'))).toBe('2024-03-31');
    // …and the clocks go forward that night: 22:30 UTC on 31 March is 00:30 on 1 April (CEST, UTC+2).
    expect(parisDayKey(new Date('2024-03-31T22:30:00Z'))).toBe('2024-04-01');
    expect(daysBetween('2024-03-30', '2024-04-01')).toBe(2);
    expect(daysBetween('2024-10-26', '2024-10-28')).toBe(2);
    expect(readFeedDate('2024-10-27T02:30:00+01:00')!.day).toBe('2024-10-27');
    expect(formatRelativeDay('2024-04-01', new Date('2024-03-31T22:30:00Z'), 'fr')).toBe('aujourd’hui');
    expect(formatRelativeDay('2024-04-13', new Date('2024-04-01T10:00:00Z'), 'fr')).toBe('dans 12 jours');
    expect(formatRelativeDay('2024-04-04', new Date('2024-04-01T10:00:00Z'), 'en')).toBe('in 3 days');
  });
});

describe('links', () => {
  it('allows only http(s) and mailto', () => {
    expect(safeHref('https://example.org/a')).toBe('https://example.org/a');
    expect(safeHref('mailto:a@example.org?subject=Hi')).toBe('mailto:a@example.org?subject=Hi');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref(' JaVaScRiPt:alert(1)')).toBeUndefined();
    expect(safeHref('data:text/html,<script>')).toBeUndefined();
    expect(safeHref('vbscript:x')).toBeUndefined();
    expect(safeHref('/relative')).toBeUndefined();
    expect(safeHref('/relative', 'https://site.example/feed.json')).toBe('https://site.example/relative');
    expect(safeHref(42)).toBeUndefined();
  });

  it('turns SVG markup into an image-only data URL', () => {
    expect(svgDataUrl('<svg xmlns="http://www.w3.org/2000/svg"></svg>')).toMatch(/^data:image\/svg\+xml/);
    expect(svgDataUrl('<script>alert(1)</script>')).toBeUndefined();
  });
});

describe('foldText, fast path', () => {
  /** The folding as first written: decomposition, marks, case, then one replacement per family. */
  const reference = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[œæßøłđ]/g, (c) => ({ œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd' })[c]!)
      .replace(/[\u2018\u2019\u02bc`´]/g, "'")
      .replace(/[\u2010-\u2015\u2212]/g, '-');

  it('folds exactly as the reference on 50,000 seeded strings of French, typographic and exotic characters', () => {
    const alphabet = [
      ..."aAzZ09 -'`´’‘ʼ‐‑‒–—―−éÉèÈêÊëËàÀâÂçÇîÎïÏôÔùÙûÛüÜÿŸœŒæÆßøØłŁđĐİıſﬁ",
      'Å',
      'Ǆ',
      '\u0301',
      '\u0327',
      'ὀ',
      '😀',
      '\u202e',
      'ا',
      '中',
    ];
    let seed = 11;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 50_000; i++) {
      let s = '';
      const length = Math.floor(rand() * 12);
      for (let j = 0; j < length; j++) s += alphabet[Math.floor(rand() * alphabet.length)];
      expect(foldText(s), JSON.stringify(s)).toBe(reference(s));
    }
  });
});
