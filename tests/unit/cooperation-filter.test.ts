import { describe, expect, it } from 'vitest';
import { filterChoices, filterRequests } from '../../src/components/cooperation-list/filter.js';
import { parseFeed } from '../../src/feed/index.js';

const { feed } = parseFeed({
  version: '1.0',
  network: { id: 'n', name: 'N' },
  territories: [
    { id: 'pays', kind: 'pays', name: 'Pays du Mans', members: ['epci-a'] },
    { id: 'epci-a', kind: 'epci', name: 'EPCI A' },
    { id: 'pole', kind: 'pole-metropolitain', name: 'Pôle' },
  ],
  organisations: [
    { id: 'org-a', name: 'A', kind: 'epci', territories: ['epci-a'] },
    { id: 'org-b', name: 'B', kind: 'association' },
  ],
  themes: [
    { id: 'mobilite', label: 'Mobilité' },
    { id: 'biodiversite', label: 'Biodiversité' },
    { id: 'inutilise', label: 'Inutilisé' },
  ],
  cooperationRequests: [
    {
      id: 'old',
      organisation: 'org-a',
      lookingFor: ['project'],
      explanation: 'x',
      themes: ['mobilite'],
      country: 'FR',
      published: '2024-01-01',
      expires: '2026-06-01',
    },
    {
      id: 'new',
      organisation: 'org-b',
      lookingFor: ['partners', 'topic'],
      explanation: 'x',
      themes: ['biodiversite'],
      country: 'BE',
      published: '2025-05-01',
      expires: '2026-04-01',
      territories: ['pole'],
    },
    { id: 'no-expiry', organisation: 'org-b', lookingFor: ['partners'], explanation: 'x', published: '2025-01-01' },
    {
      id: 'expired',
      organisation: 'org-a',
      lookingFor: ['partners'],
      explanation: 'x',
      themes: ['mobilite'],
      expires: '2026-01-01',
      published: '2023-01-01',
    },
    { id: 'matched', organisation: 'org-a', lookingFor: ['topic'], explanation: 'x', status: 'matched' },
    { id: 'closed', organisation: 'org-b', lookingFor: ['topic'], explanation: 'x', status: 'closed' },
    {
      id: 'pays-wide',
      organisation: 'org-b',
      lookingFor: ['topic'],
      explanation: 'x',
      status: 'closed',
      territories: ['pays'],
    },
  ],
});
const today = '2026-03-01';
const ids = (filter: Parameters<typeof filterRequests>[1]) => filterRequests(feed, filter, today).map((r) => r.id);

describe('cooperation list: filters', () => {
  it('shows open, unexpired requests by default, newest first', () => {
    expect(ids({})).toEqual(['new', 'no-expiry', 'old']);
    expect(ids({ status: 'nonsense' })).toEqual(['new', 'no-expiry', 'old']);
  });

  it('sorts by soonest expiry, open-ended last', () => {
    expect(ids({ sort: 'expiry' })).toEqual(['new', 'old', 'no-expiry']);
  });

  it('filters by status, theme, need and country (any case)', () => {
    expect(ids({ status: 'expired' })).toEqual(['expired']);
    expect(ids({ status: 'matched' })).toEqual(['matched']);
    expect(ids({ status: 'closed' })).toEqual(['closed', 'pays-wide']);
    expect(ids({ status: 'all' })).toHaveLength(7);
    expect(ids({ theme: 'mobilite' })).toEqual(['old']);
    expect(ids({ theme: 'mobilite', status: 'all' })).toEqual(['old', 'expired']);
    expect(ids({ lookingFor: 'partners' })).toEqual(['new', 'no-expiry']);
    expect(ids({ lookingFor: 'PROJECT' })).toEqual(['old']);
    expect(ids({ country: 'be' })).toEqual(['new']);
    expect(ids({ theme: 'inconnu' })).toEqual([]);
  });

  it('narrows to a territory, its sub-territories and its organisations', () => {
    expect(ids({ territory: 'pays' })).toEqual(['old']);
    expect(ids({ territory: 'pays', status: 'all' })).toEqual(['old', 'expired', 'matched', 'pays-wide']);
    // An EPCI inside the Pays also sees the requests made for the whole Pays.
    expect(ids({ territory: 'epci-a', status: 'closed' })).toEqual(['pays-wide']);
    expect(ids({ territory: 'pole', status: 'closed' })).toEqual([]);
    expect(ids({ territory: 'pole' })).toEqual(['new']);
    expect(ids({ territory: 'inconnu' })).toEqual([]);
  });

  it('offers only the choices the requests use', () => {
    const choices = filterChoices(feed);
    expect(choices.themes.map((t) => t.id).sort()).toEqual(['biodiversite', 'mobilite']);
    expect(choices.lookingFor).toEqual(['project', 'partners', 'topic']);
    expect(choices.countries).toEqual(['BE', 'FR']);
  });
});
