/**
 * Which events the timeline shows, in which order and groups: pure functions
 * over a validated feed, with "today" taken in Europe/Paris.
 */
import { eventsOfTerritory } from '../../feed/selectors.js';
import { formatFeedRange, parisDayKey, readFeedDate, type FeedDate, type Lang } from '../../feed/text.js';
import type { Feed, FeedEvent } from '../../feed/types.js';

export type When = 'upcoming' | 'past' | 'all';

export interface AgendaQuery {
  when?: When;
  /** First day shown (`YYYY-MM-DD`, inclusive). */
  from?: string;
  /** Last day shown (`YYYY-MM-DD`, inclusive). */
  to?: string;
  kind?: string;
  theme?: string;
  /** Territory ids or EPCI SIRENs; an event must be in every one (the page's own, and one chosen on a map). */
  territories?: string[];
  organiser?: string;
  /** The present instant; today is its calendar day in Paris. */
  now: Date;
  limit?: number;
}

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

/** The territory id a `territory` attribute names: the id itself, or the territory with that SIREN. */
export function resolveTerritory(feed: Feed, value: string): string {
  if (/^\d{9}$/.test(value)) {
    const bySiren = feed.territories.find((t) => t.codes?.siren === value);
    if (bySiren) return bySiren.id;
  }
  return value;
}

/** What the timeline needs to know of an event's dates, read once per event object. */
export interface EventDates {
  start: FeedDate;
  /** The end, when valid and not before the start. */
  end?: FeedDate;
  /** First and last calendar days in Paris. */
  first: string;
  last: string;
}

const datesCache = new WeakMap<FeedEvent, EventDates | null>();

/** The event's dates, or `undefined` when its start cannot be read; cached, so sorting 2,000 events stays cheap. */
export function eventDates(event: FeedEvent): EventDates | undefined {
  let dates = datesCache.get(event);
  if (dates === undefined) {
    const start = readFeedDate(event.start);
    const given = readFeedDate(event.end);
    const end = start && given && +given.instant >= +start.instant ? given : undefined;
    dates = start ? { start, end, first: start.day, last: end && end.day > start.day ? end.day : start.day } : null;
    datesCache.set(event, dates);
  }
  return dates ?? undefined;
}

/** True when the event's last day (Paris) is today or later: an event of today stays "upcoming" all day. */
export function isUpcoming(event: FeedEvent, today: string): boolean {
  const dates = eventDates(event);
  return !!dates && dates.last >= today;
}

/** Events in time order (start instant, then end, then feed order). */
export function chronological(events: FeedEvent[]): FeedEvent[] {
  const keyed = events.map((e, i) => {
    const d = eventDates(e)!;
    return { e, i, start: +d.start.instant, end: d.end ? +d.end.instant : +d.start.instant };
  });
  keyed.sort((a, b) => a.start - b.start || a.end - b.end || a.i - b.i);
  return keyed.map((k) => k.e);
}

/**
 * The events a query selects: time order (newest first for `past`, so a
 * `limit` keeps the most recent ones), at most `limit`.
 */
export function selectEvents(feed: Feed, query: AgendaQuery): FeedEvent[] {
  const today = parisDayKey(query.now);
  const from = query.from && DAY_RE.test(query.from) ? query.from : undefined;
  const to = query.to && DAY_RE.test(query.to) ? query.to : undefined;
  let pool = feed.events;
  for (const territory of query.territories ?? []) {
    const inside = new Set(eventsOfTerritory(feed, resolveTerritory(feed, territory)));
    pool = pool.filter((e) => inside.has(e));
  }
  const when = query.when ?? 'upcoming';
  const kept = pool.filter((e) => {
    const days = eventDates(e);
    if (!days) return false;
    if (when === 'upcoming' && days.last < today) return false;
    if (when === 'past' && days.last >= today) return false;
    if (from && days.last < from) return false;
    if (to && days.first > to) return false;
    if (query.kind && e.kind !== query.kind) return false;
    if (query.theme && !e.themes?.includes(query.theme)) return false;
    if (query.organiser && e.organiser !== query.organiser) return false;
    return true;
  });
  const sorted = chronological(kept);
  if (when === 'past') sorted.reverse();
  const limit = query.limit !== undefined && query.limit > 0 ? Math.floor(query.limit) : undefined;
  return limit ? sorted.slice(0, limit) : sorted;
}

/** Events whose end is before their start: shown with their start only. */
export const endsBeforeStart = (event: FeedEvent): boolean => !!event.end && !eventDates(event)?.end;

export interface MonthGroup {
  /** `YYYY-MM`. */
  key: string;
  year: string;
  events: FeedEvent[];
}

export interface YearGroup {
  year: string;
  months: MonthGroup[];
}

/** Events (already in the order to show) grouped by the year and month of their first day in Paris. */
export function groupByYearAndMonth(events: FeedEvent[]): YearGroup[] {
  const years: YearGroup[] = [];
  for (const event of events) {
    const days = eventDates(event);
    if (!days) continue;
    const key = days.first.slice(0, 7);
    const year = key.slice(0, 4);
    let y = years[years.length - 1];
    if (!y || y.year !== year) years.push((y = { year, months: [] }));
    let m = y.months[y.months.length - 1];
    if (!m || m.key !== key) y.months.push((m = { key, year, events: [] }));
    m.events.push(event);
  }
  return years;
}

/** Where an event stands relative to today. */
export type Moment = 'past' | 'today' | 'ongoing' | 'upcoming';

export function momentOf(event: FeedEvent, today: string): Moment | undefined {
  const days = eventDates(event);
  if (!days) return undefined;
  if (days.last < today) return 'past';
  if (days.first > today) return 'upcoming';
  return days.first === today && days.last === today ? 'today' : 'ongoing';
}

/**
 * Where the "today" line goes among events in time order: the index of the
 * first event that starts after today (events of today and ongoing ones
 * stay before the line).
 */
export function todayIndex(events: FeedEvent[], today: string): number {
  const i = events.findIndex((e) => (eventDates(e)?.first ?? '') > today);
  return i === -1 ? events.length : i;
}

/** Values present among events, most frequent first, for the visitor's filters. */
export function facetValues(events: FeedEvent[], pick: (e: FeedEvent) => readonly string[] | undefined): string[] {
  const counts = new Map<string, number>();
  for (const e of events) for (const v of new Set(pick(e) ?? [])) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([v]) => v);
}

/** A readable label for an event kind missing from the catalogue: "visite-de-terrain" → "Visite de terrain". */
export function humanizeKind(kind: string): string {
  const words = kind.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Text cut to `max` characters (whole code points), with an ellipsis. */
export function clampText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = Array.from(text.slice(0, max + 1))
    .slice(0, -1)
    .join('');
  return cut.replace(/\s+\S*$/, '').slice(0, max) + '…';
}

/** How precisely the source dated an event: the feed may say `"datePrecision": "month"` (a planning that gives only months). */
export function datePrecision(event: FeedEvent): 'day' | 'month' | 'year' {
  const value = (event as { datePrecision?: unknown }).datePrecision;
  return value === 'month' || value === 'year' ? value : 'day';
}

const periodFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The event's date as people write it: "2–3 octobre 2024", "12 mars 2021, 18:00–20:00",
 * and for month-precise milestones "octobre 2018" or "mars – septembre 2018".
 */
export function formatEventDate(event: FeedEvent, lang: Lang): string {
  const dates = eventDates(event);
  if (!dates) return '';
  const precision = datePrecision(event);
  if (precision === 'day') return formatFeedRange(event.start, dates.end ? event.end : undefined, lang);
  const options: Intl.DateTimeFormatOptions =
    precision === 'month' ? { month: 'long', year: 'numeric', timeZone: 'UTC' } : { year: 'numeric', timeZone: 'UTC' };
  let f = periodFormats.get(lang + precision);
  if (!f)
    periodFormats.set(lang + precision, (f = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'fr-FR', options)));
  const at = (day: string) => new Date(`${day}T12:00:00Z`);
  return f.formatRange(at(dates.first), at(dates.last));
}
