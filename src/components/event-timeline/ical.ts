/**
 * iCalendar (RFC 5545) text for "add to my calendar": one event or a list.
 *
 * Timed events are written in UTC (`DTSTART:20210312T170000Z`): feed
 * date-times carry their offset, so the instant is exact, every calendar
 * shows it in its user's zone, and we avoid shipping (and keeping right) a
 * VTIMEZONE with Paris's daylight-saving rules. All-day events are
 * `VALUE=DATE` with the exclusive end RFC 5545 asks for (last day + 1).
 */
import { localize, PARIS, readFeedDate, type Lang } from '../../feed/text.js';
import { organisationById, themesOf } from '../../feed/selectors.js';
import { safeHref } from '../../feed/url.js';
import {
  calendarDocument,
  cleanText,
  compactDay,
  escapeText,
  formatUtc,
  nextDay,
  organizerLine,
} from '../../feed/ical.js';
import type { Feed, FeedEvent } from '../../feed/types.js';

export { escapeText, foldLine, formatUtc, nextDay } from '../../feed/ical.js';

/** Words the calendar text needs, in the visitor's language. */
export interface CalendarLabels {
  cancelled: string;
  postponed: string;
  online: string;
  organisedBy: (name: string) => string;
  registration: (url: string) => string;
  kind: (kind: string) => string;
}

export interface CalendarOptions {
  feed: Feed;
  events: FeedEvent[];
  lang: Lang;
  /** DTSTAMP: when the file is made. */
  now: Date;
  labels: CalendarLabels;
  /** Calendar name shown by some apps (`X-WR-CALNAME`). */
  name?: string;
  /** Base URL for relative links in the feed. */
  base?: string;
}

/** Descriptions are cut here: calendar apps choke on 100 kB notes, and the event's page has the rest. */
const MAX_DESCRIPTION = 8000;
const MAX_SUMMARY = 500;

const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: PARIS, timeZoneName: 'longOffset' });

/** Paris's offset from UTC at an instant, in minutes (60 in winter, 120 in summer). */
function parisOffsetMinutes(instant: Date): number {
  const name = offsetFormat.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? '';
  const m = /([+-])(\d{2}):?(\d{2})?/.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (+m[2]! * 60 + +(m[3] ?? 0)) : 0;
}

/** The instant a day starts in Paris (clocks change at 02:00–03:00, so midnight's offset is the day's first one). */
export function parisMidnight(day: string): Date {
  const utcMidnight = Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10));
  return new Date(utcMidnight - parisOffsetMinutes(new Date(utcMidnight)) * 60_000);
}

/** DTSTART/DTEND lines for an event; an end before the start is ignored. */
function dateLines(event: FeedEvent): string[] {
  const start = readFeedDate(event.start);
  if (!start) return [];
  const given = readFeedDate(event.end);
  const end = given && +given.instant >= +start.instant ? given : undefined;
  if (start.allDay) {
    const last = end && end.day >= start.day ? end.day : start.day;
    return [`DTSTART;VALUE=DATE:${compactDay(start.day)}`, `DTEND;VALUE=DATE:${compactDay(nextDay(last))}`];
  }
  const lines = [`DTSTART:${formatUtc(start.instant)}`];
  // A timed start with an all-day end lasts until the end of that day in Paris.
  const endInstant = end ? (end.allDay ? parisMidnight(nextDay(end.day)) : end.instant) : undefined;
  if (endInstant && +endInstant > +start.instant) lines.push(`DTEND:${formatUtc(endInstant)}`);
  return lines;
}

/** A host name for UIDs: the network's web site, else its id. */
function uidDomain(feed: Feed): string {
  const href = safeHref(feed.network.url);
  if (href && /^https?:/.test(href)) return new URL(href).hostname;
  return feed.network.id.replace(/[^A-Za-z0-9.-]+/g, '-') || 'maillage';
}

const textLine = (name: string, value: string) => `${name}:${escapeText(value)}`;

function eventLines(event: FeedEvent, options: CalendarOptions, stamp: string, domain: string): string[] {
  const { feed, lang, labels, base } = options;
  const dates = dateLines(event);
  if (!dates.length) return [];
  const title = cleanText(localize(event.title, lang)).slice(0, MAX_SUMMARY);
  const prefix =
    event.status === 'cancelled'
      ? `[${labels.cancelled}] `
      : event.status === 'postponed'
        ? `[${labels.postponed}] `
        : '';
  const link = (value: unknown) => {
    const href = safeHref(value, base);
    return href && /^https?:/.test(href) ? href : undefined;
  };
  const organiser = event.organiser ? organisationById(feed, event.organiser) : undefined;
  const onlineUrl = typeof event.online === 'string' ? link(event.online) : undefined;
  const registration = link(event.registrationUrl);
  const description = [
    cleanText(localize(event.description, lang)).slice(0, MAX_DESCRIPTION),
    organiser ? labels.organisedBy(localize(organiser.name, lang)) : '',
    registration ? labels.registration(registration) : '',
    onlineUrl ?? '',
  ]
    .filter((s) => s.trim() !== '')
    .join('\n\n');
  const place = [localize(event.location?.name, lang), event.location?.address ?? '']
    .map((s) => s.trim())
    .filter(Boolean);
  if (event.online && !place.length) place.push(onlineUrl ?? labels.online);
  const categories = [
    ...(event.kind ? [labels.kind(event.kind)] : []),
    ...themesOf(feed, event.themes).map((t) => localize(t.label, lang)),
  ].filter((s) => s.trim() !== '');
  const url = link(event.url);
  const { lat, lon } = event.location ?? {};
  const status = event.status === 'cancelled' ? 'CANCELLED' : event.status === 'postponed' ? 'TENTATIVE' : 'CONFIRMED';
  return [
    'BEGIN:VEVENT',
    textLine('UID', `${event.id}@${domain}`),
    `DTSTAMP:${stamp}`,
    ...dates,
    textLine('SUMMARY', prefix + title),
    ...(description ? [textLine('DESCRIPTION', description)] : []),
    ...(place.length ? [textLine('LOCATION', place.join(', '))] : []),
    ...(lat !== undefined && lon !== undefined ? [`GEO:${lat};${lon}`] : []),
    ...(url ? [`URL:${url}`] : []),
    ...(categories.length ? [`CATEGORIES:${categories.map(escapeText).join(',')}`] : []),
    ...[organiser && organizerLine(localize(organiser.name, lang), organiser.contact?.email)].filter(
      (line): line is string => !!line,
    ),
    `STATUS:${status}`,
    'END:VEVENT',
  ];
}

/** The whole `.ics` file: CRLF line endings, folded lines, one VEVENT per event with a readable date. */
export function buildICalendar(options: CalendarOptions): string {
  const stamp = formatUtc(options.now);
  const domain = uidDomain(options.feed);
  return calendarDocument(
    '-//maillage//event-timeline//FR',
    options.events.flatMap((e) => eventLines(e, options, stamp, domain)),
    options.name ? [textLine('X-WR-CALNAME', options.name.slice(0, MAX_SUMMARY))] : [],
  );
}

/** A file name made of safe characters (`agenda-ailb.ics`). */
export const icsFileName = (base: string): string =>
  (base
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80) || 'agenda') + '.ics';
