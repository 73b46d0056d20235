/**
 * schema.org `Event` descriptions (JSON-LD) of the events shown, so search
 * engines can read a commune page's agenda.
 */
import { organisationById, territoryById } from '../../feed/selectors.js';
import { localize, readFeedDate, type Lang } from '../../feed/text.js';
import { safeHref } from '../../feed/url.js';
import type { Feed, FeedEvent } from '../../feed/types.js';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined };
export type JsonLdObject = { [key: string]: Json | undefined };

const MAX_TEXT = 5000;
const STATUS = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
} as const;

const text = (value: string | undefined) => {
  const s = value?.trim();
  return s ? s.slice(0, MAX_TEXT) : undefined;
};

const webLink = (value: unknown, base?: string) => {
  const href = safeHref(value, base);
  return href && /^https?:/.test(href) ? href : undefined;
};

/** One event as a schema.org `Event`. */
export function eventJsonLd(feed: Feed, event: FeedEvent, lang: Lang, base?: string): JsonLdObject {
  const start = readFeedDate(event.start);
  const end = readFeedDate(event.end);
  const organiser = event.organiser ? organisationById(feed, event.organiser) : undefined;
  const onlineUrl = typeof event.online === 'string' ? webLink(event.online, base) : undefined;
  const placeName =
    text(localize(event.location?.name, lang)) ??
    text(localize(territoryById(feed, event.location?.territory ?? '')?.name, lang));
  const hasPlace = !!(placeName || event.location?.address);
  const { lat, lon } = event.location ?? {};
  const place: JsonLdObject | undefined = hasPlace
    ? {
        '@type': 'Place',
        name: placeName,
        address: text(event.location?.address),
        geo:
          lat !== undefined && lon !== undefined
            ? { '@type': 'GeoCoordinates', latitude: lat, longitude: lon }
            : undefined,
      }
    : undefined;
  const virtual: JsonLdObject | undefined = event.online
    ? { '@type': 'VirtualLocation', url: onlineUrl ?? webLink(event.url, base) }
    : undefined;
  const mode = event.online
    ? hasPlace
      ? 'MixedEventAttendanceMode'
      : 'OnlineEventAttendanceMode'
    : 'OfflineEventAttendanceMode';
  return {
    '@type': 'Event',
    name: text(localize(event.title, lang)),
    startDate: event.start,
    // An end before the start is left out rather than published wrong.
    endDate: end && start && +end.instant >= +start.instant ? event.end : undefined,
    eventStatus: STATUS[event.status ?? 'scheduled'],
    eventAttendanceMode: `https://schema.org/${mode}`,
    location: place && virtual ? [place, virtual] : (place ?? virtual),
    organizer: organiser
      ? {
          '@type': 'Organization',
          name: text(localize(organiser.name, lang)),
          url: webLink(organiser.website, base),
        }
      : undefined,
    url: webLink(event.url, base),
    description: text(localize(event.description, lang)),
    inLanguage: lang,
  };
}

/** The JSON-LD document for a list of events (a `@graph` of `Event`s). */
export function agendaJsonLd(feed: Feed, events: FeedEvent[], lang: Lang, base?: string): JsonLdObject {
  return { '@context': 'https://schema.org', '@graph': events.map((e) => eventJsonLd(feed, e, lang, base)) };
}

/**
 * JSON text safe inside a `<script>` element: `<`, `>` and `&` become `\u003c`…,
 * so feed text such as `</script>` can never end the script; JSON.parse reads them back.
 */
export function serializeJsonLd(value: JsonLdObject): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
