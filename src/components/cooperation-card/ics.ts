/**
 * One event as an iCalendar file (RFC 5545) on the shared building blocks of
 * `feed/ical.ts`: UID, DTSTAMP, all-day dates with an exclusive end, UTC
 * times otherwise.
 */
import {
  calendarDocument,
  compactDay,
  escapeText as escapeIcsText,
  foldLine,
  formatUtc,
  nextDay,
  organizerLine,
} from '../../feed/ical.js';

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
  /** Who organises it; written only with an e-mail address (RFC 5545 wants one). */
  organizer?: { name: string; email?: string };
  /** When the file is made (DTSTAMP). */
  stamp: Date;
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
/** Long feed text stays readable in a calendar and keeps the file small. */
const MAX_TEXT = 10_000;

/** RFC 5545 TEXT escaping of at most 10,000 characters of feed text. */
export const escapeText = (value: string): string => escapeIcsText(value.slice(0, MAX_TEXT));
export { foldLine };

/** The calendar day of a date-time in the offset it was written with (`2024-10-03T18:00:00+02:00` → `2024-10-03`). */
const writtenDay = (value: string) => value.slice(0, 10);

/** The DTSTART and DTEND lines, or `undefined` when the start is not a date. */
function timeLines(start: string, end: string | undefined): string[] | undefined {
  if (DATE_RE.test(start)) {
    // An end written as a date-time still ends on its own day.
    const last = end && DATE_RE.test(writtenDay(end)) && writtenDay(end) >= start ? writtenDay(end) : start;
    return [`DTSTART;VALUE=DATE:${compactDay(start)}`, `DTEND;VALUE=DATE:${compactDay(nextDay(last))}`];
  }
  const from = new Date(start);
  if (isNaN(+from)) return undefined;
  const lines = [`DTSTART:${formatUtc(from)}`];
  // An all-day end after a timed start has no time to give; a calendar then shows the start alone.
  const to = end && !DATE_RE.test(end) ? new Date(end) : undefined;
  if (to && !isNaN(+to) && +to > +from) lines.push(`DTEND:${formatUtc(to)}`);
  return lines;
}

/** The whole `.ics` document (CRLF line ends), or `undefined` when the event's start cannot be read. */
export function buildEventIcs(input: IcsEventInput): string | undefined {
  const times = timeLines(input.start, input.end);
  if (!times) return undefined;
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(input.uid)}`,
    `DTSTAMP:${formatUtc(input.stamp)}`,
    ...times,
    `SUMMARY:${escapeText(input.title)}`,
  ];
  if (input.location) lines.push(`LOCATION:${escapeText(input.location)}`);
  if (input.description) lines.push(`DESCRIPTION:${escapeText(input.description)}`);
  if (input.url && /^https?:\/\/[^\s"<>\\]+$/.test(input.url)) lines.push(`URL:${input.url}`);
  const organizer = input.organizer && organizerLine(input.organizer.name, input.organizer.email);
  if (organizer) lines.push(organizer);
  if (input.cancelled) lines.push('STATUS:CANCELLED');
  lines.push('END:VEVENT');
  return calendarDocument('-//maillage//cooperation-card//FR', lines);
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
