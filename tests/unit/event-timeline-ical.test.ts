import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  buildICalendar,
  escapeText,
  foldLine,
  formatUtc,
  icsFileName,
  nextDay,
  parisMidnight,
  type CalendarLabels,
} from '../../src/components/event-timeline/ical.js';
import { parseFeed, type Feed, type FeedEvent, type FeedInput } from '../../src/feed/index.js';

const labels: CalendarLabels = {
  cancelled: 'Annulé',
  postponed: 'Reporté',
  online: 'En ligne',
  organisedBy: (n) => `Organisé par ${n}`,
  registration: (u) => `Inscription : ${u}`,
  kind: (k) => k,
};
const NOW = new Date('2026-11-24T10:00:00Z');
const load = (path: string) => parseFeed(JSON.parse(readFileSync(path, 'utf8'))).feed;
const feedOf = (events: object[], network: object = { id: 'reseau', name: 'Réseau' }): Feed =>
  parseFeed({ version: '1.0', network, events } as FeedInput).feed;
const ics = (feed: Feed, events: FeedEvent[] = feed.events, lang: 'fr' | 'en' = 'fr') =>
  buildICalendar({ feed, events, lang, now: NOW, labels, name: 'Agenda' });
const vevents = (text: string) =>
  new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));

describe('event-timeline .ics: RFC 5545 form', () => {
  it('escapes backslash, semicolon, comma and newlines, and the parser reads them back', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
    const title = 'Réunion; ordre du jour, « points » \\ divers\nsuite';
    const feed = feedOf([{ id: 'e', title, start: '2026-05-02' }]);
    expect(vevents(ics(feed))[0]!.summary).toBe(title);
  });

  it('ends every line with CRLF and folds at 75 octets without splitting a UTF-8 character', () => {
    const long = 'é€😀a'.repeat(200);
    const feed = feedOf([{ id: 'e', title: long, start: '2026-05-02', description: long }]);
    const text = ics(feed);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n').slice(0, -1)) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(/[\uD800-\uDBFF]$|^ ?[\uDC00-\uDFFF]/);
    }
    const event = vevents(text)[0]!;
    expect(event.summary).toBe(long.slice(0, 500));
    expect(event.description).toBe(long);
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe('x'.repeat(75) + '\r\n x');
    expect(foldLine('é'.repeat(38)).split('\r\n')[0]).toBe('é'.repeat(37));
  });

  it('drops control characters and lone surrogates, keeps tabs', () => {
    expect(escapeText('a\u0000b\u0007c\td\uD800e')).toBe('abc\td\uFFFDe');
  });

  it('writes UTC date-times, exclusive all-day ends and Paris midnights across daylight saving', () => {
    expect(formatUtc(new Date('2021-03-12T18:00:00+01:00'))).toBe('20210312T170000Z');
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
    expect(nextDay('2021-12-31')).toBe('2022-01-01');
    expect(parisMidnight('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(parisMidnight('2026-03-30').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(parisMidnight('2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(parisMidnight('2026-10-26').toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });
});

describe('event-timeline .ics: organiser', () => {
  it('writes ORGANIZER with the organisation’s name and address, only when it has one', () => {
    const feed = parseFeed({
      version: '1.0',
      network: { id: 'reseau', name: 'Réseau' },
      organisations: [
        { id: 'gal', name: 'GAL du Pays de Redon', kind: 'gal', contact: { email: 'leader@example.org' } },
        { id: 'anon', name: 'Sans adresse', kind: 'association' },
      ],
      events: [
        { id: 'a', title: 'Forum', start: '2026-05-02', organiser: 'gal' },
        { id: 'b', title: 'Atelier', start: '2026-05-03', organiser: 'anon' },
      ],
    } as FeedInput).feed;
    const [a, b] = vevents(ics(feed));
    const organizer = a!.component.getFirstProperty('organizer')!;
    expect(organizer.getFirstValue()).toBe('mailto:leader@example.org');
    expect(organizer.getParameter('cn')).toBe('GAL du Pays de Redon');
    expect(b!.component.getFirstProperty('organizer')).toBeNull();
  });
});

describe('event-timeline .ics: the events parse back to what the feed says', () => {
  it('the AILB 2021 calendar: one VEVENT per event, same ids, titles and days', () => {
    const feed = load('demo/feeds/ailb.json');
    const text = ics(feed);
    const parsed = vevents(text);
    expect(parsed).toHaveLength(feed.events.length);
    const cal = new ICAL.Component(ICAL.parse(text));
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(cal.getFirstPropertyValue('prodid')).toContain('maillage');
    feed.events.forEach((e, i) => {
      const p = parsed[i]!;
      expect(p.uid).toBe(`${e.id}@ailb`);
      expect(p.summary).toBe(typeof e.title === 'string' ? e.title : e.title.fr);
      expect(p.startDate.isDate).toBe(true);
      expect(p.startDate.toString()).toBe(e.start);
      expect(p.endDate.toString()).toBe(nextDay(e.end ?? e.start));
      expect(p.component.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-11-24T10:00:00Z');
    });
    const redon = parsed.find((p) => p.uid.startsWith('ailb-immersion-redon-agglomeration@'))!;
    expect([redon.startDate.toString(), redon.endDate.toString()]).toEqual(['2021-02-03', '2021-02-06']);
  });

  it('uses English text when asked, and the network web site as UID domain', () => {
    const feed = feedOf([{ id: 'ag', title: { fr: 'Assemblée', en: 'Assembly' }, start: '2026-05-02' }], {
      id: 'n',
      name: 'N',
      url: 'https://www.reseau.example/agenda',
    });
    const [p] = vevents(ics(feed, feed.events, 'en'));
    expect(p!.summary).toBe('Assembly');
    expect(p!.uid).toBe('ag@www.reseau.example');
  });

  it('timed events: exact instants in UTC, including the night clocks go forward and a New York time', () => {
    const feed = feedOf([
      { id: 'dst', title: 'Nuit du changement', start: '2026-03-29T00:30:00+01:00', end: '2026-03-29T04:00:00+02:00' },
      { id: 'ny', title: 'New York', start: '2026-06-01T09:00:00-04:00' },
      { id: 'mixed', title: 'Jusqu’au soir', start: '2026-07-01T09:00:00+02:00', end: '2026-07-02' },
    ]);
    const text = ics(feed);
    expect(text).toContain('DTSTART:20260328T233000Z\r\nDTEND:20260329T020000Z');
    expect(text).toContain('DTSTART:20260601T130000Z');
    // A timed start with an all-day end lasts until the end of that day in Paris.
    expect(text).toContain('DTSTART:20260701T070000Z\r\nDTEND:20260702T220000Z');
    const [dst, ny] = vevents(text);
    expect(dst!.startDate.toJSDate().toISOString()).toBe('2026-03-28T23:30:00.000Z');
    expect(dst!.endDate.toJSDate().toISOString()).toBe('2026-03-29T02:00:00.000Z');
    expect(ny!.startDate.toJSDate().toISOString()).toBe('2026-06-01T13:00:00.000Z');
  });

  it('an end before the start is ignored; cancelled and postponed events say so', () => {
    const feed = feedOf([
      { id: 'a', title: 'Fin avant le début', start: '2026-05-10', end: '2026-05-01', status: 'cancelled' },
      { id: 'b', title: 'Heure de fin fausse', start: '2026-05-10T18:00:00+02:00', end: '2026-05-10T17:00:00+02:00' },
      { id: 'c', title: 'Reporté', start: '2026-05-11', status: 'postponed' },
    ]);
    const text = ics(feed);
    const [a, b, c] = vevents(text);
    expect([a!.startDate.toString(), a!.endDate.toString()]).toEqual(['2026-05-10', '2026-05-11']);
    expect(a!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(a!.summary).toBe('[Annulé] Fin avant le début');
    expect(b!.component.hasProperty('dtend')).toBe(false);
    expect(c!.component.getFirstPropertyValue('status')).toBe('TENTATIVE');
  });

  it('location, online link, geo, categories, description with organiser and registration', () => {
    const feed = parseFeed({
      version: '1.0',
      network: { id: 'n', name: 'N' },
      organisations: [{ id: 'org', name: 'Pays de Redon', kind: 'epci' }],
      themes: [{ id: 'mob', label: { fr: 'Mobilités', en: 'Mobility' } }],
      events: [
        {
          id: 'e',
          title: 'Forum',
          start: '2026-05-02T09:00:00+02:00',
          end: '2026-05-02T12:00:00+02:00',
          kind: 'forum',
          location: { name: 'Salle des fêtes', address: '1 rue de la Mairie, 35600 Redon', lat: 47.65, lon: -2.08 },
          online: 'https://visio.example/forum',
          organiser: 'org',
          themes: ['mob'],
          url: 'https://example.org/forum',
          registrationUrl: 'https://example.org/inscription',
          description: 'Ordre du jour',
        },
      ],
    }).feed;
    const [p] = vevents(ics(feed));
    expect(p!.location).toBe('Salle des fêtes, 1 rue de la Mairie, 35600 Redon');
    expect(p!.description).toBe(
      'Ordre du jour\n\nOrganisé par Pays de Redon\n\nInscription : https://example.org/inscription\n\nhttps://visio.example/forum',
    );
    expect(p!.component.getFirstPropertyValue('url')).toBe('https://example.org/forum');
    expect(p!.component.getFirstPropertyValue('geo')).toEqual([47.65, -2.08]);
    expect(p!.component.getFirstProperty('categories')!.getValues()).toEqual(['forum', 'Mobilités']);
  });

  it('the hostile fixture: still a valid calendar, no unsafe link, huge text cut', () => {
    const { feed } = parseFeed(JSON.parse(readFileSync('tests/fixtures/hostile-feed.json', 'utf8')));
    const text = ics(feed);
    const parsed = vevents(text);
    expect(parsed.map((p) => p.uid)).toEqual(feed.events.map((e) => `${e.id}@hostile`));
    expect(text).not.toMatch(/javascript:|data:text/i);
    expect(text.length).toBeLessThan(40_000);
    const hostile = parsed[0]!;
    expect(hostile.summary).toBe('Assemblée <script>window.__maillageHacked = true</script>');
    expect(hostile.description.length).toBeLessThanOrEqual(8000);
    expect(hostile.component.hasProperty('url')).toBe(false);
  });

  it('file names are safe', () => {
    expect(icsFileName('agenda-réseau/../x')).toBe('agenda-reseau-x.ics');
    expect(icsFileName('***')).toBe('agenda.ics');
  });
});
