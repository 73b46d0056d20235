/**
 * Questions the elements ask of a feed, as pure functions. A reference to an
 * unknown id is ignored, never an error: the validator already warned.
 */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { daysBetween, parisDayKey, readFeedDate } from './text.js';
import type {
  Brand,
  BrandLabel,
  CooperationRequest,
  Feed,
  FeedEvent,
  Organisation,
  Territory,
  Theme,
} from './types.js';

interface FeedIndex {
  territories: Map<string, Territory>;
  organisations: Map<string, Organisation>;
  cooperationRequests: Map<string, CooperationRequest>;
  events: Map<string, FeedEvent>;
  brands: Map<string, Brand>;
  themes: Map<string, Theme>;
  /** Territory id → ids of the territories directly inside it (from `members` and `parents`). */
  children: Map<string, Set<string>>;
}

const indexes = new WeakMap<Feed, FeedIndex>();

const byIdMap = <T extends { id: string }>(items: T[]) => new Map(items.map((i) => [i.id, i]));

/** Lookup tables for a feed, built once per feed object. */
export function feedIndex(feed: Feed): FeedIndex {
  let index = indexes.get(feed);
  if (index) return index;
  const children = new Map<string, Set<string>>();
  const link = (parent: string, child: string) => {
    if (parent === child) return;
    let set = children.get(parent);
    if (!set) children.set(parent, (set = new Set()));
    set.add(child);
  };
  for (const t of feed.territories) {
    for (const m of t.members ?? []) link(t.id, m);
    for (const p of t.parents ?? []) link(p, t.id);
  }
  index = {
    territories: byIdMap(feed.territories),
    organisations: byIdMap(feed.organisations),
    cooperationRequests: byIdMap(feed.cooperationRequests),
    events: byIdMap(feed.events),
    brands: byIdMap(feed.brands),
    themes: byIdMap(feed.themes),
    children,
  };
  indexes.set(feed, index);
  return index;
}

export const territoryById = (feed: Feed, id: string) => feedIndex(feed).territories.get(id);
export const organisationById = (feed: Feed, id: string) => feedIndex(feed).organisations.get(id);
export const requestById = (feed: Feed, id: string) => feedIndex(feed).cooperationRequests.get(id);
export const eventById = (feed: Feed, id: string) => feedIndex(feed).events.get(id);
export const brandById = (feed: Feed, id: string) => feedIndex(feed).brands.get(id);
export const themeById = (feed: Feed, id: string) => feedIndex(feed).themes.get(id);

/** The known themes among `ids` (unknown ids omitted). */
export const themesOf = (feed: Feed, ids: readonly string[] | undefined): Theme[] =>
  (ids ?? []).map((id) => themeById(feed, id)).filter((t): t is Theme => !!t);

/** Territories directly inside `territoryId` (an EPCI's communes), from `members` and `parents`. */
export function membersOf(feed: Feed, territoryId: string): Territory[] {
  const { children, territories } = feedIndex(feed);
  return [...(children.get(territoryId) ?? [])].map((id) => territories.get(id)).filter((t): t is Territory => !!t);
}

/** `territoryId` and every territory inside it, however deep (cycles are safe). */
export function territoryAndDescendants(feed: Feed, territoryId: string): Set<string> {
  const { children } = feedIndex(feed);
  const seen = new Set<string>([territoryId]);
  const queue = [territoryId];
  while (queue.length) {
    for (const child of children.get(queue.pop()!) ?? []) {
      if (seen.has(child)) continue;
      seen.add(child);
      queue.push(child);
    }
  }
  return seen;
}

const touches = (ids: readonly string[] | undefined, set: Set<string>) => !!ids?.some((id) => set.has(id));

/** Organisations located in a territory or in any territory inside it. */
export function partnersOfTerritory(feed: Feed, territoryId: string): Organisation[] {
  const area = territoryAndDescendants(feed, territoryId);
  return feed.organisations.filter((o) => touches(o.territories, area));
}

/** Cooperation requests attached to a territory (directly, or through their organisation). */
export function requestsOfTerritory(feed: Feed, territoryId: string): CooperationRequest[] {
  const area = territoryAndDescendants(feed, territoryId);
  return feed.cooperationRequests.filter(
    (r) => touches(r.territories, area) || touches(organisationById(feed, r.organisation)?.territories, area),
  );
}

/** Events held in a territory or attached to it. */
export function eventsOfTerritory(feed: Feed, territoryId: string): FeedEvent[] {
  const area = territoryAndDescendants(feed, territoryId);
  return feed.events.filter(
    (e) => touches(e.territories, area) || (e.location?.territory !== undefined && area.has(e.location.territory)),
  );
}

/** Territories whose outline contains the point (lon, lat), in feed order. */
export function territoriesContainingPoint(feed: Feed, lon: number, lat: number): Territory[] {
  return feed.territories.filter((t) => {
    if (!t.geometry) return false;
    if (t.bbox && (lon < t.bbox[0] || lat < t.bbox[1] || lon > t.bbox[2] || lat > t.bbox[3])) return false;
    try {
      return booleanPointInPolygon([lon, lat], t.geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon);
    } catch {
      return false;
    }
  });
}

/** An event's first and last calendar day in Paris (the end defaults to the start; an end before the start is ignored). */
export function eventDays(event: FeedEvent): { first: string; last: string } | undefined {
  const start = readFeedDate(event.start);
  if (!start) return undefined;
  const end = readFeedDate(event.end);
  const last = end && daysBetween(start.day, end.day) >= 0 ? end.day : start.day;
  return { first: start.day, last };
}

/** Events that overlap the days `from`–`to` (inclusive, `YYYY-MM-DD`, either open), in time order. */
export function eventsInRange(feed: Feed, from?: string, to?: string): FeedEvent[] {
  return sortEvents(
    feed.events.filter((e) => {
      const days = eventDays(e);
      return !!days && (!from || days.last >= from) && (!to || days.first <= to);
    }),
  );
}

/** Events in time order (start, then end, then title). */
export function sortEvents(events: FeedEvent[]): FeedEvent[] {
  const key = (e: FeedEvent) => readFeedDate(e.start)?.instant.getTime() ?? Infinity;
  return [...events].sort(
    (a, b) =>
      key(a) - key(b) || (readFeedDate(a.end)?.instant.getTime() ?? 0) - (readFeedDate(b.end)?.instant.getTime() ?? 0),
  );
}

/** Whether a request can still be answered on `day` (Paris): status open and not past its expiry date. */
export function isRequestOpen(request: CooperationRequest, day: string): boolean {
  return (request.status ?? 'open') === 'open' && (!request.expires || request.expires >= day);
}

/** Open requests, optionally only those about a theme, newest first. */
export function openRequests(feed: Feed, options: { theme?: string; now?: Date } = {}): CooperationRequest[] {
  const day = parisDayKey(options.now ?? new Date());
  return feed.cooperationRequests
    .filter((r) => isRequestOpen(r, day) && (!options.theme || r.themes?.includes(options.theme)))
    .sort((a, b) => (b.published ?? '').localeCompare(a.published ?? ''));
}

/** Where an organisation stands with a brand on a day. */
export type LabelState = 'active' | 'future' | 'expired' | 'suspended' | 'revoked' | 'none';

/** The state of `organisation`'s label for `brandId` on `day` (`YYYY-MM-DD`), and the label itself. */
export function labelState(
  organisation: Organisation | undefined,
  brandId: string,
  day: string,
): { state: LabelState; label?: BrandLabel } {
  const labels = (organisation?.labels ?? []).filter((l) => l.brand === brandId);
  if (!labels.length) return { state: 'none' };
  const rank = (l: BrandLabel): [LabelState, number] => {
    if (l.status === 'revoked') return ['revoked', 1];
    if (l.status === 'suspended') return ['suspended', 2];
    if (l.since && l.since > day) return ['future', 3];
    if (l.until && l.until < day) return ['expired', 4];
    return ['active', 5];
  };
  // The most favourable label wins (a renewed label after an expired one).
  const best = labels.map((l) => ({ label: l, r: rank(l) })).sort((a, b) => b.r[1] - a.r[1])[0]!;
  return { state: best.r[0], label: best.label };
}

/** Organisations holding the brand's label on `day`. */
export function labelHolders(feed: Feed, brandId: string, day: string): Organisation[] {
  return feed.organisations.filter((o) => labelState(o, brandId, day).state === 'active');
}
