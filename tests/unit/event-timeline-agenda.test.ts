import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  clampText,
  eventDates,
  facetValues,
  formatEventDate,
  groupByYearAndMonth,
  humanizeKind,
  momentOf,
  resolveTerritory,
  selectEvents,
  todayIndex,
} from '../../src/components/event-timeline/agenda.js';
import { parisDayKey, parseFeed, type Feed, type FeedInput } from '../../src/feed/index.js';

const load = (path: string) => parseFeed(JSON.parse(readFileSync(path, 'utf8'))).feed;
const AILB = load('demo/feeds/ailb.json');
const MAYENNE = load('demo/feeds/mayenne.json');
const ids = (events: { id: string }[]) => events.map((e) => e.id);
const feedOf = (events: object[]): Feed =>
  parseFeed({ version: '1.0', network: { id: 'n', name: 'N' }, events } as FeedInput).feed;

describe('event-timeline agenda: which events, in which order', () => {
  const now = new Date('2021-03-10T10:00:00+01:00');

  it('upcoming: events whose last day is today or later, in time order; an ongoing month-long event included', () => {
    const upcoming = selectEvents(AILB, { now });
    expect(upcoming[0]!.id).toBe('ailb-2021-03-creation-mhoove');
    expect(upcoming.every((e) => eventDates(e)!.last >= '2021-03-10')).toBe(true);
    const starts = upcoming.map((e) => +eventDates(e)!.start.instant);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(upcoming.length + selectEvents(AILB, { now, when: 'past' }).length).toBe(AILB.events.length);
  });

  it('past: newest first, so "limit" keeps the most recent; all: everything in order', () => {
    const past = selectEvents(AILB, { now, when: 'past', limit: 2 });
    expect(ids(past)).toEqual([
      'ailb-immersion-cc-region-de-blain',
      'ailb-immersion-cc-pontchateau-saint-gildas-des-bois',
    ]);
    expect(selectEvents(AILB, { now, when: 'all' })).toHaveLength(AILB.events.length);
    expect(ids(selectEvents(AILB, { now, limit: 3 }))).toEqual([
      'ailb-2021-03-creation-mhoove',
      'ailb-2021-03-11-bureau',
      'ailb-immersion-arc-sud-bretagne',
    ]);
  });

  it('from/to keep events overlapping the range; bad dates in them are ignored', () => {
    const april = selectEvents(AILB, { now, when: 'all', from: '2021-04-01', to: '2021-04-30' });
    expect(ids(april)).toContain('ailb-2021-04-15-rencontres-campus');
    expect(april.every((e) => eventDates(e)!.last >= '2021-04-01' && eventDates(e)!.first <= '2021-04-30')).toBe(true);
    expect(selectEvents(AILB, { now, when: 'all', from: 'hier' })).toHaveLength(AILB.events.length);
  });

  it('filters by kind, theme, organiser and territory (id, SIREN, or a territory containing it)', () => {
    const all = { now, when: 'all' as const };
    expect(selectEvents(AILB, { ...all, kind: 'bureau' }).every((e) => e.kind === 'bureau')).toBe(true);
    expect(selectEvents(AILB, { ...all, kind: 'bureau' }).length).toBeGreaterThan(3);
    const mob = selectEvents(AILB, { ...all, theme: 'mobilites-decarbonees' });
    expect(mob.length).toBeGreaterThan(0);
    expect(mob.every((e) => e.themes?.includes('mobilites-decarbonees'))).toBe(true);
    expect(ids(selectEvents(AILB, { ...all, organiser: 'mhoove' }))).toEqual(['ailb-2021-03-creation-mhoove']);
    expect(resolveTerritory(AILB, '243500741')).toBe('epci-243500741');
    const redon = selectEvents(AILB, { ...all, territories: ['243500741'] });
    expect(ids(redon)).toContain('ailb-immersion-redon-agglomeration');
    expect(ids(redon)).toEqual(ids(selectEvents(AILB, { ...all, territories: ['epci-243500741'] })));
    // Two territories: an event must be in both.
    const both = selectEvents(AILB, { ...all, territories: ['243500741', 'epci-200066777'] });
    expect(ids(both)).toEqual(['ailb-2021-05-14-mission-formation']);
  });

  it('groups the Mayenne 2018–2019 milestones by year then month, in order', () => {
    const groups = groupByYearAndMonth(selectEvents(MAYENNE, { now, when: 'all' }));
    expect(groups.map((y) => y.year)).toEqual(['2018', '2019']);
    expect(groups[0]!.months.map((m) => m.key)).toEqual(['2018-03', '2018-09', '2018-10', '2018-11', '2018-12']);
    expect(groups[0]!.months[2]!.events).toHaveLength(4);
    expect(groups.flatMap((y) => y.months.flatMap((m) => m.events))).toHaveLength(MAYENNE.events.length);
  });

  it('facets: values present, most frequent first', () => {
    const kinds = facetValues(AILB.events, (e) => (e.kind ? [e.kind] : []));
    expect(kinds[0]).toBe('immersion');
    expect(new Set(kinds).size).toBe(kinds.length);
  });
});

describe('event-timeline agenda: today in Paris, across daylight saving', () => {
  // 00:30 in Paris on the day clocks go forward is still the 28th in UTC.
  const spring = feedOf([
    { id: 'before', title: 'Veille', start: '2026-03-28T23:30:00+01:00' },
    { id: 'night', title: 'Nuit', start: '2026-03-28T23:30:00Z' },
    { id: 'autumn', title: 'Automne', start: '2026-10-25T00:30:00+02:00' },
  ]);

  it('an event at 00:30 Paris time on the day clocks change belongs to that day', () => {
    expect(eventDates(spring.events[1]!)!.first).toBe('2026-03-29');
    expect(eventDates(spring.events[2]!)!.first).toBe('2026-10-25');
    const now = new Date('2026-03-29T00:10:00+01:00');
    expect(parisDayKey(now)).toBe('2026-03-29');
    expect(ids(selectEvents(spring, { now }))).toEqual(['night', 'autumn']);
    expect(momentOf(spring.events[1]!, parisDayKey(now))).toBe('today');
    expect(momentOf(spring.events[0]!, parisDayKey(now))).toBe('past');
    // At 23:30 UTC on 24 October it is already the 25th in Paris (summer time, +02:00).
    const autumnNow = new Date('2026-10-24T22:10:00Z');
    expect(momentOf(spring.events[2]!, parisDayKey(autumnNow))).toBe('today');
  });

  it('the today line goes after today’s and ongoing events', () => {
    const events = selectEvents(AILB, { now: new Date('2021-03-11T08:00:00+01:00'), when: 'all' });
    const i = todayIndex(events, '2021-03-11');
    expect(eventDates(events[i - 1]!)!.first <= '2021-03-11').toBe(true);
    expect(eventDates(events[i]!)!.first > '2021-03-11').toBe(true);
    expect(todayIndex(events, '2030-01-01')).toBe(events.length);
    expect(todayIndex(events, '2000-01-01')).toBe(0);
  });
});

describe('event-timeline agenda: text', () => {
  it('dates: ranges, times in Paris, month-precise milestones', () => {
    const feed = feedOf([
      { id: 'a', title: 'A', start: '2024-10-02', end: '2024-10-03' },
      { id: 'b', title: 'B', start: '2026-06-01T09:00:00-04:00' },
      { id: 'c', title: 'C', start: '2018-10-01', end: '2018-10-31', datePrecision: 'month' },
      { id: 'd', title: 'D', start: '2018-03-01', end: '2018-09-30', datePrecision: 'month' },
      { id: 'e', title: 'E', start: '2026-05-10', end: '2026-05-01' },
    ]);
    const [a, b, c, d, e] = feed.events;
    expect(formatEventDate(a!, 'fr')).toBe('2–3 octobre 2024');
    expect(formatEventDate(b!, 'fr')).toBe('1 juin 2026 à 15:00');
    expect(formatEventDate(c!, 'fr')).toBe('octobre 2018');
    expect(formatEventDate(c!, 'en')).toBe('October 2018');
    expect(formatEventDate(d!, 'fr').replace(/\s/g, ' ')).toBe('mars – septembre 2018');
    expect(formatEventDate(e!, 'fr')).toBe('10 mai 2026');
    expect(eventDates(e!)!.end).toBeUndefined();
  });

  it('clamps text on whole code points, and names unknown kinds', () => {
    expect(clampText('court', 10)).toBe('court');
    expect(clampText('un deux trois quatre', 10)).toBe('un deux…');
    const emoji = '😀'.repeat(10);
    expect(clampText(emoji, 5)).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(humanizeKind('visite-de-terrain')).toBe('Visite de terrain');
  });
});
