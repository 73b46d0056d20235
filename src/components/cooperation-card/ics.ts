/**
 * One event as an iCalendar file (RFC 5545), small and self-contained so the
 * card does not pull in a calendar library: escaping, 75-octet line folding,
 * UID, DTSTAMP, all-day dates with an exclusive end, UTC times otherwise.
 */

/** What goes into the file; text is plain (already localised), links already checked. */
export interface IcsEventInput {
  /** Globally unique and stable, so importing twice updates rather than duplicates. */
  uid: string;
  title: string;
  /** `YYYY-MM-DD` (all day) or an ISO date-time with its offset. */
  start: string;
  end?: string;
  description?: string;
  location?: string;
  /** An http(s) link, already passed through `safeHref`. */
  url?: string;
  cancelled?: boolean;
  /** When the file is made (DTSTAMP). */
  stamp: Date;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Long feed text stays readable in a calendar and keeps the file small. */
const MAX_TEXT = 10_000;

/** RFC 5545 §3.3.11 TEXT escaping; control characters other than newlines are dropped. */
export function escapeText(value: string): string {
  return (
    value
      .slice(0, MAX_TEXT)
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/[\\;,]/g, (c) => '\\' + c)
      .replace(/\n/g, '\\n')
  );
}

const encoder = new TextEncoder();

/** RFC 5545 §3.1: lines of at most 75 octets, continued with CRLF + space, never splitting a UTF-8 character. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // the leading space of a continuation line counts
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `20241002T160000Z`. */
export function utcStamp(date: Date): string {
  return (
    `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
  );
}

/** `2024-10-03` → `20241004`: the day after, as DTEND of an all-day event is exclusive. */
function nextDay(day: string): string {
  const m = DATE_RE.exec(day)!;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]! + 1));
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
}

const compactDay = (day: string) => day.replace(/-/g, '');

/** The calendar day of a date-time in the offset it was written with (`2024-10-03T18:00:00+02:00` → `2024-10-03`). */
const writtenDay = (value: string) => value.slice(0, 10);

/** The DTSTART and DTEND lines, or `undefined` when the start is not a date. */
function timeLines(start: string, end: string | undefined): string[] | undefined {
  if (DATE_RE.test(start)) {
    // An end written as a date-time still ends on its own day.
    const last = end && DATE_RE.test(writtenDay(end)) && writtenDay(end) >= start ? writtenDay(end) : start;
    return [`DTSTART;VALUE=DATE:${compactDay(start)}`, `DTEND;VALUE=DATE:${nextDay(last)}`];
  }
  const from = new Date(start);
  if (isNaN(+from)) return undefined;
  const lines = [`DTSTART:${utcStamp(from)}`];
  // An all-day end after a timed start has no time to give; a calendar then shows the start alone.
  const to = end && !DATE_RE.test(end) ? new Date(end) : undefined;
  if (to && !isNaN(+to) && +to > +from) lines.push(`DTEND:${utcStamp(to)}`);
  return lines;
}

/** The whole `.ics` document (CRLF line ends), or `undefined` when the event's start cannot be read. */
export function buildEventIcs(input: IcsEventInput): string | undefined {
  const times = timeLines(input.start, input.end);
  if (!times) return undefined;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//maillage//cooperation-card//FR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(input.uid)}`,
    `DTSTAMP:${utcStamp(input.stamp)}`,
    ...times,
    `SUMMARY:${escapeText(input.title)}`,
  ];
  if (input.location) lines.push(`LOCATION:${escapeText(input.location)}`);
  if (input.description) lines.push(`DESCRIPTION:${escapeText(input.description)}`);
  if (input.url && /^https?:\/\/[^\s"<>\\]+$/.test(input.url)) lines.push(`URL:${input.url}`);
  if (input.cancelled) lines.push('STATUS:CANCELLED');
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** A file name people recognise: `congres-leader-europeen-2024.ics`. */
export function icsFileName(title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'evenement'}.ics`;
}
