/**
 * What the panel shows about one territory: its members, partners, open requests and events, from the feed's
 * selectors plus what the map model placed in it by coordinates. Pure, no DOM; loaded with the panel.
 */
import {
  eventsOfTerritory,
  isRequestOpen,
  membersOf,
  partnersOfTerritory,
  requestsOfTerritory,
  sortEvents,
} from '../../feed/selectors.js';
import { compareFrench, localize, readFeedDate, type Lang } from '../../feed/text.js';
import type { CooperationRequest, Feed, FeedEvent, Organisation, Territory } from '../../feed/types.js';
import type { MapModel } from './model.js';

/** What the panel shows about one territory. */
export interface TerritoryDetails {
  members: Territory[];
  partners: Organisation[];
  openRequests: CooperationRequest[];
  upcomingEvents: FeedEvent[];
  /** The latest past events, newest first, when none is upcoming. */
  pastEvents: FeedEvent[];
}

/**
 * The panel's lists, from the feed's selectors plus the partners and events the model placed in the
 * territory by their coordinates.
 */
export function territoryDetails(
  feed: Feed,
  model: MapModel,
  id: string,
  { day, now, lang }: { day: string; now: Date; lang: Lang },
): TerritoryDetails {
  const placedPartners = new Set(model.partners.filter((p) => p.placedIn === id).map((p) => p.id));
  const partners = [
    ...partnersOfTerritory(feed, id),
    ...feed.organisations.filter((o) => placedPartners.has(o.id)),
  ].filter((o, i, all) => all.indexOf(o) === i);
  const partnerIds = new Set(partners.map((p) => p.id));
  const openRequests = [
    ...requestsOfTerritory(feed, id),
    ...feed.cooperationRequests.filter((r) => partnerIds.has(r.organisation)),
  ].filter((r, i, all) => all.indexOf(r) === i && isRequestOpen(r, day));
  const events = sortEvents([
    ...new Set([...eventsOfTerritory(feed, id), ...feed.events.filter((e) => model.placedEvents.get(e.id) === id)]),
  ]);
  const nowMs = now.getTime();
  const byName = (a: { name: Territory['name'] }, b: { name: Territory['name'] }) =>
    compareFrench(localize(a.name, lang), localize(b.name, lang));
  const ends = (e: FeedEvent) => (readFeedDate(e.end) ?? readFeedDate(e.start))!;
  const upcomingEvents = events.filter((e) => {
    const end = ends(e);
    return end.allDay ? end.day >= day : end.instant.getTime() >= nowMs;
  });
  return {
    members: membersOf(feed, id).sort(byName),
    partners: partners.sort(byName),
    openRequests,
    upcomingEvents,
    pastEvents: upcomingEvents.length ? [] : events.reverse().slice(0, 3),
  };
}
