/**
 * Which requests the list shows, and in which order, as pure functions of the
 * feed, the filters and the day.
 */
import { LOOKING_FOR } from '../../feed/formats.js';
import { feedIndex, organisationById, requestsOfTerritory, themesOf } from '../../feed/selectors.js';
import type { CooperationRequest, Feed, LookingFor, Theme } from '../../feed/types.js';
import { effectiveStatus, type EffectiveStatus } from '../cooperation-card/request.js';

/** `open` keeps requests that can still be answered (open and not expired); `all` keeps every one. */
export type StatusFilter = EffectiveStatus | 'all';
export const STATUS_FILTERS: readonly StatusFilter[] = ['open', 'matched', 'closed', 'expired', 'all'];

/** `newest` first published first; `expiry` soonest closing date first (open-ended last). */
export type SortOrder = 'newest' | 'expiry';
export const SORT_ORDERS: readonly SortOrder[] = ['newest', 'expiry'];

export interface RequestFilter {
  theme?: string;
  lookingFor?: string;
  /** ISO 3166 code, any case. */
  country?: string;
  status?: string;
  /** A territory id: requests of that territory or of any territory inside it. */
  territory?: string;
  sort?: string;
}

/** A status filter as written in an attribute; anything unknown means `open`. */
export const toStatusFilter = (value: string | undefined): StatusFilter =>
  STATUS_FILTERS.find((s) => s === value?.trim().toLowerCase()) ?? 'open';

export const toSortOrder = (value: string | undefined): SortOrder =>
  value?.trim().toLowerCase() === 'expiry' ? 'expiry' : 'newest';

export const toLookingFor = (value: string | undefined): LookingFor | '' =>
  LOOKING_FOR.find((k) => k === value?.trim().toLowerCase()) ?? '';

const byNewest = (a: CooperationRequest, b: CooperationRequest) =>
  (b.published ?? '').localeCompare(a.published ?? '') || a.id.localeCompare(b.id);

const byExpiry = (a: CooperationRequest, b: CooperationRequest) =>
  (a.expires ?? '9999').localeCompare(b.expires ?? '9999') || byNewest(a, b);

/** Territories that contain `territoryId`, however far up (its Pays, département, région…). */
function ancestorsOf(feed: Feed, territoryId: string): Set<string> {
  const parents = new Map<string, string[]>();
  for (const [parent, children] of feedIndex(feed).children)
    for (const child of children) parents.set(child, [...(parents.get(child) ?? []), parent]);
  const seen = new Set<string>();
  const queue = [territoryId];
  while (queue.length)
    for (const parent of parents.get(queue.pop()!) ?? [])
      if (!seen.has(parent)) {
        seen.add(parent);
        queue.push(parent);
      }
  seen.delete(territoryId);
  return seen;
}

/**
 * Requests that concern a territory: those of the territory and of the territories inside it
 * (`requestsOfTerritory`), and those made for a whole area that contains it (an EPCI chosen on
 * the map shows its Pays's requests).
 */
export function requestsConcerning(feed: Feed, territoryId: string): CooperationRequest[] {
  const inside = new Set(requestsOfTerritory(feed, territoryId));
  const above = ancestorsOf(feed, territoryId);
  const covers = (r: CooperationRequest) => {
    const ids = r.territories?.length ? r.territories : organisationById(feed, r.organisation)?.territories;
    return !!ids?.some((id) => above.has(id));
  };
  return feed.cooperationRequests.filter((r) => inside.has(r) || covers(r));
}

/** The requests matching every filter, on `today` (`YYYY-MM-DD`, Paris), sorted. */
export function filterRequests(feed: Feed, filter: RequestFilter, today: string): CooperationRequest[] {
  const status = toStatusFilter(filter.status);
  const lookingFor = toLookingFor(filter.lookingFor);
  const theme = filter.theme?.trim();
  const country = filter.country?.trim().toUpperCase();
  const pool = filter.territory ? requestsConcerning(feed, filter.territory) : feed.cooperationRequests;
  return pool
    .filter(
      (r) =>
        (status === 'all' || effectiveStatus(r, today) === status) &&
        (!theme || !!r.themes?.includes(theme)) &&
        (!lookingFor || r.lookingFor.includes(lookingFor)) &&
        (!country || r.country === country),
    )
    .sort(toSortOrder(filter.sort) === 'expiry' ? byExpiry : byNewest);
}

/** What the visitor can filter on: the themes, needs and countries the feed's requests actually use. */
export function filterChoices(feed: Feed): { themes: Theme[]; lookingFor: LookingFor[]; countries: string[] } {
  const themeIds = new Set<string>();
  const needs = new Set<LookingFor>();
  const countries = new Set<string>();
  for (const r of feed.cooperationRequests) {
    r.themes?.forEach((id) => themeIds.add(id));
    r.lookingFor.forEach((k) => needs.add(k));
    if (r.country) countries.add(r.country);
  }
  return {
    themes: themesOf(feed, [...themeIds]),
    lookingFor: LOOKING_FOR.filter((k) => needs.has(k)),
    countries: [...countries].sort(),
  };
}
