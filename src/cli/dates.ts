/**
 * Dates as people type them in spreadsheets (`31/12/2021`, `12/03/2021 18h30`)
 * turned into the feed's ISO form, and corrections for dates that are wrong.
 */
import { isIsoDate, isIsoDateTime } from '../feed/schema.js';
import { PARIS } from '../feed/text.js';

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOfMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

const parisParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: PARIS,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Minutes Paris time is ahead of UTC at an instant (60 in winter, 120 in summer). */
function parisOffsetAt(utcMs: number): number {
  const p = Object.fromEntries(parisParts.formatToParts(new Date(utcMs)).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!);
  return Math.round((asUtc - utcMs) / 60_000);
}

/** `+01:00` or `+02:00`: the Paris offset for a wall-clock time on a day. */
export function parisOffset(day: string, hour = 12, minute = 0): string {
  const local = Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10), hour, minute);
  let offset = parisOffsetAt(local - 60 * 60_000);
  offset = parisOffsetAt(local - offset * 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** `2021-03-12T18:00:00+01:00`: a Paris wall-clock time with its offset. */
export const parisDateTime = (day: string, hour: number, minute: number): string =>
  `${day}T${pad(hour)}:${pad(minute)}:00${parisOffset(day, hour, minute)}`;

/** What a date typed by a person means, or how it is wrong. */
export type DateReading =
  | { ok: true; value: string }
  | { ok: false; reason: 'no-such-day' | 'year-out-of-range' | 'no-offset' | 'unreadable'; suggestion?: string };

const TIME = String.raw`(?:[ T]+(\d{1,2})\s*[:hH]\s*(\d{2})?(?::\d{2})?)?`;
const FRENCH = new RegExp(String.raw`^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})${TIME}$`);
const ISO_LOOSE = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${TIME}$`);

/** Reads a time written `18:00`, `18h`, `18h30`, `18 h 30`. */
export function readTime(text: string): { hour: number; minute: number } | undefined {
  const m = /^(\d{1,2})\s*[:hH]\s*(\d{2})?(?::\d{2})?$/.exec(text.trim());
  if (!m) return undefined;
  const hour = +m[1]!;
  const minute = m[2] ? +m[2] : 0;
  return hour < 24 && minute < 60 ? { hour, minute } : undefined;
}

function fromParts(y: number, m: number, d: number, hour?: string, minute?: string): DateReading {
  if (y < 100) y += 2000;
  if (m < 1 || m > 12) {
    // 03/25/2021: a month-first date from an English spreadsheet.
    if (d >= 1 && d <= 12 && m <= 31) return fromParts(y, d, m, hour, minute);
    return { ok: false, reason: 'unreadable' };
  }
  const time = hour !== undefined ? { hour: +hour, minute: minute ? +minute : 0 } : undefined;
  const render = (day: string) => (time ? parisDateTime(day, time.hour, time.minute) : day);
  if (y < 1900 || y > 2200) return { ok: false, reason: 'year-out-of-range' };
  const last = lastDayOfMonth(y, m);
  if (d < 1 || d > last)
    return {
      ok: false,
      reason: 'no-such-day',
      suggestion: render(`${y}-${pad(m)}-${pad(Math.min(Math.max(d, 1), last))}`),
    };
  if (time && (time.hour > 23 || time.minute > 59)) return { ok: false, reason: 'unreadable' };
  return { ok: true, value: render(`${y}-${pad(m)}-${pad(d)}`) };
}

/**
 * Reads a date the way French spreadsheets hold it (`JJ/MM/AAAA`, optionally
 * with a time, which is taken as Paris time) or already in ISO form.
 */
export function readHumanDate(text: string): DateReading {
  const value = text.trim();
  if (isIsoDate(value) || isIsoDateTime(value)) return { ok: true, value };
  // An ISO date-time without its offset: Paris time is the likely meaning.
  const noOffset = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(:\d{2}(\.\d+)?)?$/.exec(value);
  if (noOffset && isIsoDate(noOffset[1]!) && +noOffset[2]! < 24 && +noOffset[3]! < 60)
    return { ok: false, reason: 'no-offset', suggestion: parisDateTime(noOffset[1]!, +noOffset[2]!, +noOffset[3]!) };
  let m = FRENCH.exec(value);
  if (m) return fromParts(+m[3]!, +m[2]!, +m[1]!, m[4], m[5]);
  m = ISO_LOOSE.exec(value);
  if (m) return fromParts(+m[1]!, +m[2]!, +m[3]!, m[4], m[5]);
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (iso) {
    const reading = fromParts(+iso[1]!, +iso[2]!, +iso[3]!);
    if (!reading.ok) return reading;
  }
  return { ok: false, reason: 'unreadable' };
}
