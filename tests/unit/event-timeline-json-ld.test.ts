import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { agendaJsonLd, eventJsonLd, serializeJsonLd } from '../../src/components/event-timeline/json-ld.js';
import { parseFeed } from '../../src/feed/index.js';

const load = (path: string) => parseFeed(JSON.parse(readFileSync(path, 'utf8'))).feed;

describe('event-timeline JSON-LD', () => {
  it('describes an event as a schema.org Event with its place, organiser and status', () => {
    const feed = parseFeed({
      version: '1.0',
      network: { id: 'n', name: 'N' },
      organisations: [{ id: 'org', name: 'Redon Agglomération', kind: 'epci', website: 'https://redon.example' }],
      events: [
        {
          id: 'forum',
          title: { fr: 'Forum', en: 'Forum EN' },
          start: '2026-05-02T09:00:00+02:00',
          end: '2026-05-02T12:00:00+02:00',
          location: { name: 'Salle des fêtes', address: '1 rue de la Mairie, Redon', lat: 47.65, lon: -2.08 },
          organiser: 'org',
          url: 'https://example.org/forum',
          description: 'Ordre du jour',
          status: 'cancelled',
        },
        { id: 'visio', title: 'Visio', start: '2026-05-03', online: 'https://visio.example/x' },
        { id: 'bad-end', title: 'Fin fausse', start: '2026-05-10', end: '2026-05-01' },
      ],
    }).feed;
    const [forum, visio, badEnd] = feed.events;
    expect(JSON.parse(JSON.stringify(eventJsonLd(feed, forum!, 'fr')))).toEqual({
      '@type': 'Event',
      name: 'Forum',
      startDate: '2026-05-02T09:00:00+02:00',
      endDate: '2026-05-02T12:00:00+02:00',
      eventStatus: 'https://schema.org/EventCancelled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'Salle des fêtes',
        address: '1 rue de la Mairie, Redon',
        geo: { '@type': 'GeoCoordinates', latitude: 47.65, longitude: -2.08 },
      },
      organizer: { '@type': 'Organization', name: 'Redon Agglomération', url: 'https://redon.example/' },
      url: 'https://example.org/forum',
      description: 'Ordre du jour',
      inLanguage: 'fr',
    });
    expect(eventJsonLd(feed, forum!, 'en').name).toBe('Forum EN');
    const online = eventJsonLd(feed, visio!, 'fr');
    expect(online.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
    expect(online.location).toEqual({ '@type': 'VirtualLocation', url: 'https://visio.example/x' });
    expect(online.eventStatus).toBe('https://schema.org/EventScheduled');
    expect(eventJsonLd(feed, badEnd!, 'fr').endDate).toBeUndefined();
  });

  it('the AILB agenda: a @graph with every event and the required fields', () => {
    const feed = load('demo/feeds/ailb.json');
    const doc = JSON.parse(serializeJsonLd(agendaJsonLd(feed, feed.events, 'fr')));
    expect(doc['@context']).toBe('https://schema.org');
    expect(doc['@graph']).toHaveLength(feed.events.length);
    for (const e of doc['@graph']) {
      expect(e['@type']).toBe('Event');
      expect(typeof e.name).toBe('string');
      expect(e.startDate).toMatch(/^\d{4}-\d{2}-\d{2}/);
      expect(e.eventStatus).toMatch(/^https:\/\/schema\.org\/Event/);
      expect(e.eventAttendanceMode).toMatch(/^https:\/\/schema\.org\/\w+EventAttendanceMode$/);
    }
  });

  it('hostile text can never close the script element, and parses back unchanged', () => {
    const { feed } = parseFeed(JSON.parse(readFileSync('tests/fixtures/hostile-feed.json', 'utf8')));
    const value = agendaJsonLd(feed, feed.events, 'fr');
    const text = serializeJsonLd(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
    expect(text).not.toMatch(/javascript:|data:text/i);
    const description = (value['@graph'] as { description?: string }[])[0]!.description!;
    expect(description.length).toBeLessThanOrEqual(5000);
  });
});
