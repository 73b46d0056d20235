import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildEventIcs, escapeText, foldLine, icsFileName } from '../../src/components/cooperation-card/ics.js';
import { icsCanStart } from '../../src/components/cooperation-card/request.js';

const stamp = new Date('2026-03-01T09:30:00Z');
const octets = (s: string) => new TextEncoder().encode(s).length;

describe('cooperation card: one-event .ics', () => {
  it('writes an all-day event with an exclusive end the day after the last day', () => {
    const ics = buildEventIcs({
      uid: 'congres-leader-europeen-2024@pays-du-mans.maillage',
      title: 'Congrès LEADER européen 2024',
      start: '2024-10-02',
      end: '2024-10-03',
      location: 'Futuroscope, Poitiers (France)',
      url: 'https://leadercongress.com/',
      stamp,
    })!;
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics).toContain('\r\nDTSTART;VALUE=DATE:20241002\r\n');
    expect(ics).toContain('\r\nDTEND;VALUE=DATE:20241004\r\n');
    expect(ics).toContain('\r\nDTSTAMP:20260301T093000Z\r\n');
    expect(ics).toContain('\r\nUID:congres-leader-europeen-2024@pays-du-mans.maillage\r\n');
    expect(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
    // A real iCalendar parser reads it back the same.
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe('Congrès LEADER européen 2024');
    expect(event.location).toBe('Futuroscope, Poitiers (France)');
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2024-10-02');
    expect(event.endDate.toString()).toBe('2024-10-04');
  });

  it('a one-day event ends the next day; a month end rolls over', () => {
    expect(buildEventIcs({ uid: 'a', title: 'A', start: '2024-12-31', stamp })).toContain('DTEND;VALUE=DATE:20250101');
    expect(buildEventIcs({ uid: 'a', title: 'A', start: '2024-02-28', end: '2024-02-29', stamp })).toContain(
      'DTEND;VALUE=DATE:20240301',
    );
    // An end before the start is ignored.
    expect(buildEventIcs({ uid: 'a', title: 'A', start: '2024-05-10', end: '2024-05-01', stamp })).toContain(
      'DTEND;VALUE=DATE:20240511',
    );
  });

  it('writes timed events in UTC', () => {
    const ics = buildEventIcs({
      uid: 'ag',
      title: 'Assemblée',
      start: '2021-03-12T18:00:00+01:00',
      end: '2021-03-12T20:30:00+01:00',
      stamp,
    })!;
    expect(ics).toContain('\r\nDTSTART:20210312T170000Z\r\n');
    expect(ics).toContain('\r\nDTEND:20210312T193000Z\r\n');
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
    expect(event.startDate.toJSDate().toISOString()).toBe('2021-03-12T17:00:00.000Z');
    expect(
      buildEventIcs({
        uid: 'x',
        title: 'x',
        start: '2021-03-12T18:00:00+01:00',
        end: '2021-03-12T17:00:00+01:00',
        stamp,
      }),
    ).not.toContain('DTEND');
  });

  it('escapes text: backslash, semicolon, comma, newlines; drops control characters', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\u0007g')).toBe('a\\\\b\\;c\\,d\\ne\\nfg');
    const hostile = '<script>window.__maillageHacked = true</script>;\nBEGIN:VEVENT';
    const ics = buildEventIcs({ uid: 'h', title: hostile, start: '2026-03-12', stamp })!;
    expect(ics.match(/^BEGIN:VEVENT/gm)).toHaveLength(1);
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe(hostile);
  });

  it('folds lines at 75 octets without splitting a UTF-8 character', () => {
    const long = 'DESCRIPTION:' + 'Très long texte avec œ et 🦊 '.repeat(20);
    const folded = foldLine(long);
    for (const line of folded.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(
      folded
        .split('\r\n')
        .slice(1)
        .every((l) => l.startsWith(' ')),
    ).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(long);
    expect(foldLine('SUMMARY:court')).toBe('SUMMARY:court');
    const ics = buildEventIcs({ uid: 'l', title: 'x', start: '2026-01-01', description: 'é'.repeat(5000), stamp })!;
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('refuses an unreadable start, keeps only http(s) URLs, marks cancelled events', () => {
    expect(buildEventIcs({ uid: 'x', title: 'x', start: 'demain', stamp })).toBeUndefined();
    expect(
      buildEventIcs({ uid: 'x', title: 'x', start: '2026-01-01', url: 'javascript:alert(1)', stamp }),
    ).not.toContain('URL:');
    expect(buildEventIcs({ uid: 'x', title: 'x', start: '2026-01-01', cancelled: true, stamp })).toContain(
      'STATUS:CANCELLED',
    );
  });

  it('names the organiser with its address, and leaves ORGANIZER out without one', () => {
    const ics = buildEventIcs({
      uid: 'x',
      title: 'Congrès',
      start: '2026-01-01',
      organizer: { name: 'GAL "Pays" de Redon; Bretagne', email: 'contact@example.org' },
      stamp,
    })!;
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
    const organizer = event.component.getFirstProperty('organizer')!;
    expect(organizer.getFirstValue()).toBe('mailto:contact@example.org');
    expect(organizer.getParameter('cn')).toBe('GAL  Pays  de Redon; Bretagne');
    expect(
      buildEventIcs({ uid: 'x', title: 'x', start: '2026-01-01', organizer: { name: 'GAL' }, stamp }),
    ).not.toContain('ORGANIZER');
    expect(
      buildEventIcs({
        uid: 'x',
        title: 'x',
        start: '2026-01-01',
        organizer: { name: 'GAL', email: 'a@b.c\r\nX:1' },
        stamp,
      }),
    ).not.toContain('ORGANIZER');
  });

  it('the card offers the file exactly when the writer can write it (icsCanStart)', () => {
    for (const start of ['2026-01-01', '2026-13-45', '2026-03-12T18:00:00+01:00', '2026-03-12T18:00Z', 'demain', ''])
      expect(icsCanStart(start), start).toBe(buildEventIcs({ uid: 'x', title: 'x', start, stamp }) !== undefined);
  });

  it('names the file after the event', () => {
    expect(icsFileName('Congrès LEADER européen 2024')).toBe('congres-leader-europeen-2024.ics');
    expect(icsFileName('<script>')).toBe('script.ics');
    expect(icsFileName('中文')).toBe('evenement.ics');
  });
});
