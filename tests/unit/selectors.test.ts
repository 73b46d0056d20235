import { describe, expect, it } from 'vitest';
import {
  eventsInRange,
  eventsOfTerritory,
  labelHolders,
  labelState,
  membersOf,
  openRequests,
  parseFeed,
  partnersOfTerritory,
  requestsOfTerritory,
  territoriesContainingPoint,
  themesOf,
} from '../../src/feed/index.js';

const square = (x: number, y: number, size = 1) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [x, y],
      [x + size, y],
      [x + size, y + size],
      [x, y + size],
      [x, y],
    ],
  ],
});

const { feed } = parseFeed({
  version: '1.0',
  network: { id: 'n', name: 'N' },
  themes: [
    { id: 'mobilite', label: 'Mobilité' },
    { id: 'eau', label: 'Eau' },
  ],
  brands: [{ id: 'marque-mayenne', name: 'Marque Mayenne' }],
  territories: [
    { id: 'dep', kind: 'departement', name: 'Dép', members: ['epci-a'] },
    { id: 'epci-a', kind: 'epci', name: 'A', geometry: square(0, 0, 2) },
    { id: 'epci-b', kind: 'epci', name: 'B', geometry: square(5, 5) },
    { id: 'c1', kind: 'commune', name: 'C1', parents: ['epci-a'] },
    { id: 'c2', kind: 'commune', name: 'C2', parents: ['epci-b'] },
    { id: 'loop', kind: 'pays', name: 'Loop', members: ['loop'] },
  ],
  organisations: [
    {
      id: 'o1',
      name: 'O1',
      kind: 'association',
      territories: ['c1'],
      labels: [{ brand: 'marque-mayenne', since: '2018-03-01' }],
    },
    {
      id: 'o2',
      name: 'O2',
      kind: 'entreprise',
      territories: ['c2'],
      labels: [{ brand: 'marque-mayenne', since: '2018-03-01', until: '2019-12-31' }],
    },
    {
      id: 'o3',
      name: 'O3',
      kind: 'entreprise',
      territories: ['epci-a'],
      labels: [{ brand: 'marque-mayenne', status: 'revoked' }],
    },
    { id: 'o4', name: 'O4', kind: 'entreprise', labels: [{ brand: 'marque-mayenne', since: '2030-01-01' }] },
  ],
  cooperationRequests: [
    {
      id: 'r1',
      organisation: 'o1',
      lookingFor: ['project'],
      explanation: 'x',
      themes: ['mobilite'],
      published: '2024-01-01',
      expires: '2024-12-31',
    },
    { id: 'r2', organisation: 'o2', lookingFor: ['topic'], explanation: 'y', themes: ['eau'], published: '2024-02-01' },
    { id: 'r3', organisation: 'o1', lookingFor: ['partners'], explanation: 'z', status: 'closed' },
  ],
  events: [
    { id: 'e2', title: 'AG', start: '2021-06-24T18:00:00+02:00', territories: ['c1'] },
    { id: 'e1', title: 'Bureau', start: '2021-03-12' },
    { id: 'e3', title: 'Séminaire', start: '2021-09-30', end: '2021-10-01', location: { territory: 'epci-b' } },
  ],
});

describe('selectors', () => {
  it('finds members and partners of a territory, however deep', () => {
    expect(membersOf(feed, 'epci-a').map((t) => t.id)).toEqual(['c1']);
    expect(membersOf(feed, 'dep').map((t) => t.id)).toEqual(['epci-a']);
    expect(partnersOfTerritory(feed, 'dep').map((o) => o.id)).toEqual(['o1', 'o3']);
    expect(partnersOfTerritory(feed, 'epci-b').map((o) => o.id)).toEqual(['o2']);
    expect(partnersOfTerritory(feed, 'loop')).toEqual([]);
    expect(requestsOfTerritory(feed, 'epci-a').map((r) => r.id)).toEqual(['r1', 'r3']);
    expect(eventsOfTerritory(feed, 'epci-b').map((e) => e.id)).toEqual(['e3']);
  });

  it('finds the territories containing a point', () => {
    expect(territoriesContainingPoint(feed, 1, 1).map((t) => t.id)).toEqual(['epci-a']);
    expect(territoriesContainingPoint(feed, 5.5, 5.5).map((t) => t.id)).toEqual(['epci-b']);
    expect(territoriesContainingPoint(feed, 40, 40)).toEqual([]);
  });

  it('lists events in a range, in time order', () => {
    expect(eventsInRange(feed).map((e) => e.id)).toEqual(['e1', 'e2', 'e3']);
    expect(eventsInRange(feed, '2021-04-01').map((e) => e.id)).toEqual(['e2', 'e3']);
    expect(eventsInRange(feed, '2021-10-01', '2021-12-31').map((e) => e.id)).toEqual(['e3']);
    expect(eventsInRange(feed, undefined, '2021-03-12').map((e) => e.id)).toEqual(['e1']);
  });

  it('lists open requests by theme, newest first', () => {
    const now = new Date('2024-06-01T10:00:00Z');
    expect(openRequests(feed, { now }).map((r) => r.id)).toEqual(['r2', 'r1']);
    expect(openRequests(feed, { now, theme: 'mobilite' }).map((r) => r.id)).toEqual(['r1']);
    expect(openRequests(feed, { now: new Date('2025-01-01T10:00:00Z') }).map((r) => r.id)).toEqual(['r2']);
  });

  it('tells who holds a brand label on a date', () => {
    expect(labelHolders(feed, 'marque-mayenne', '2019-06-01').map((o) => o.id)).toEqual(['o1', 'o2']);
    expect(labelHolders(feed, 'marque-mayenne', '2026-01-01').map((o) => o.id)).toEqual(['o1']);
    const org = (id: string) => feed.organisations.find((o) => o.id === id);
    expect(labelState(org('o2'), 'marque-mayenne', '2026-01-01').state).toBe('expired');
    expect(labelState(org('o3'), 'marque-mayenne', '2026-01-01').state).toBe('revoked');
    expect(labelState(org('o4'), 'marque-mayenne', '2026-01-01').state).toBe('future');
    expect(labelState(undefined, 'marque-mayenne', '2026-01-01').state).toBe('none');
  });

  it('omits unknown theme ids', () => {
    expect(themesOf(feed, ['eau', 'inconnu']).map((t) => t.id)).toEqual(['eau']);
  });
});
