import type { LocalizedText } from './types.js';

/** Languages the elements ship catalogues for. */
export type Lang = 'fr' | 'en';

/** `fr` unless the tag is English (`en`, `en-GB`…). */
export const toLang = (tag: string | null | undefined): Lang => (tag && /^en\b/i.test(tag) ? 'en' : 'fr');

/** Languages a text is available in, in the feed's order. */
export function textLanguages(text: LocalizedText | undefined): string[] {
  if (text === undefined) return [];
  if (typeof text === 'string') return [''];
  return Object.keys(text).filter((k) => text[k]!.trim() !== '');
}

/**
 * The text in `lang`, falling back to its primary subtag, then French, then
 * English, then any language given. `lang` in the result is the language
 * actually used (`''` when the feed gave a plain string).
 */
export function pickText(text: LocalizedText | undefined, lang: string): { text: string; lang: string } {
  if (text === undefined) return { text: '', lang: '' };
  if (typeof text === 'string') return { text, lang: '' };
  const primary = lang.split('-')[0]!.toLowerCase();
  for (const candidate of [lang, primary, 'fr', 'en', ...Object.keys(text)]) {
    const value = text[candidate];
    if (value !== undefined && value.trim() !== '') return { text: value, lang: candidate };
  }
  return { text: '', lang: '' };
}

/** The text in `lang` with fallbacks (see {@link pickText}). */
export const localize = (text: LocalizedText | undefined, lang: string): string => pickText(text, lang).text;

/** Letters and marks folding turns into plain ones: ligatures, typographic apostrophes, dashes and minus. */
const PLAIN: Record<string, string> = {
  œ: 'oe',
  æ: 'ae',
  ß: 'ss',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  '\u2018': "'",
  '\u2019': "'",
  '\u02bc': "'",
  '`': "'",
  '´': "'",
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
};
const NOT_PLAIN_ASCII = /[^ -~\t\n\r]/;
const MARKS = /[\u0300-\u036f]/g;
const TO_PLAIN = /[œæßøłđ\u2018\u2019\u02bc`´\u2010-\u2015\u2212]/g;

/**
 * French accent and case folding for search and sorting: "Châteaubriant" →
 * "chateaubriant", "Cœur" → "coeur"; typographic apostrophes and dashes become
 * plain ones. Runs on every word of a 10,000-partner directory: ASCII text skips
 * the Unicode decomposition, and the replacements are one pass.
 */
export function foldText(s: string): string {
  const lower = NOT_PLAIN_ASCII.test(s) ? s.normalize('NFD').replace(MARKS, '').toLowerCase() : s.toLowerCase();
  return lower.replace(TO_PLAIN, (c) => PLAIN[c]!);
}

/** Compares two strings the French way (accents after base letters, case-insensitive). */
export const compareFrench = new Intl.Collator('fr', { sensitivity: 'base', numeric: true }).compare;

export const PARIS = 'Europe/Paris';

const dayKeyFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: PARIS,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day (`YYYY-MM-DD`) of an instant, in Europe/Paris. */
export function parisDayKey(instant: Date): string {
  const parts = Object.fromEntries(dayKeyFormat.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** Whole days from day `a` to day `b` (both `YYYY-MM-DD`); DST-proof since it counts calendar days. */
export function daysBetween(a: string, b: string): number {
  const toUtc = (k: string) => Date.UTC(+k.slice(0, 4), +k.slice(5, 7) - 1, +k.slice(8, 10));
  return Math.round((toUtc(b) - toUtc(a)) / 86_400_000);
}

/** A feed date or date-time, as the instant it starts and whether it is a whole day. */
export interface FeedDate {
  /** For an all-day value: midday UTC of that day, a safe instant to format in Paris time. */
  instant: Date;
  allDay: boolean;
  /** The calendar day in Europe/Paris. */
  day: string;
}

/** Reads a feed date (`2024-10-02`) or date-time (`2021-03-12T18:00:00+01:00`); `undefined` if invalid. */
export function readFeedDate(value: string | undefined): FeedDate | undefined {
  if (!value) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const instant = new Date(value + 'T12:00:00Z');
    return isNaN(+instant) ? undefined : { instant, allDay: true, day: value };
  }
  const instant = new Date(value);
  return isNaN(+instant) ? undefined : { instant, allDay: false, day: parisDayKey(instant) };
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = lang + JSON.stringify(options);
  let f = formatters.get(key);
  if (!f)
    formatters.set(
      key,
      (f = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'fr-FR', { timeZone: PARIS, ...options })),
    );
  return f;
}

const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
const DAY_TIME: Intl.DateTimeFormatOptions = { ...DAY, hour: '2-digit', minute: '2-digit' };

/** "12 mars 2021" / "12 March 2021", with the time when the value has one ("12 mars 2021, 18:00"). */
export function formatFeedDate(value: string | undefined, lang: Lang, withTime = true): string {
  const d = readFeedDate(value);
  if (!d) return '';
  return dateFormat(lang, d.allDay || !withTime ? DAY : DAY_TIME).format(d.instant);
}

/**
 * A date range the way people write it: "2–3 octobre 2024", "30 sept. – 2 oct. 2024",
 * "12 mars 2021, 09:00–12:30"; a single date when start and end are the same day.
 */
export function formatFeedRange(start: string, end: string | undefined, lang: Lang): string {
  const a = readFeedDate(start);
  if (!a) return '';
  const b = readFeedDate(end);
  if (!b || +b.instant < +a.instant) return formatFeedDate(start, lang);
  if (a.allDay && b.allDay)
    return a.day === b.day ? formatFeedDate(start, lang) : dateFormat(lang, DAY).formatRange(a.instant, b.instant);
  if (a.day === b.day && !a.allDay && !b.allDay) return dateFormat(lang, DAY_TIME).formatRange(a.instant, b.instant);
  return dateFormat(lang, a.allDay || b.allDay ? DAY : DAY_TIME).formatRange(a.instant, b.instant);
}

/** "dans 12 jours", "hier", "in 3 days": calendar days between Paris today and the day. */
export function formatRelativeDay(day: string, now: Date, lang: Lang): string {
  const diff = daysBetween(parisDayKey(now), day);
  return new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }).format(diff, 'day');
}

/** Integer with the language's grouping: "482 000" / "482,000". */
export const formatNumber = (n: number, lang: Lang): string =>
  new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'fr-FR').format(n);
