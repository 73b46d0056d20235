/** Showcase of <maillage-cooperation-card> and <maillage-cooperation-list>: variants, states and bad input. */
import '../../src/define/cooperation-card.js';
import '../../src/define/cooperation-list.js';
import { FeedStore } from '../../src/feed/index.js';

// "?lent" feeds never answer, so the loading state stays on screen for a look.
(globalThis as Record<symbol, unknown>)[Symbol.for('maillage.feed-store')] = new FeedStore({
  fetch: (input, init) =>
    String(input).includes('lent')
      ? new Promise<Response>(() => {})
      : String(input).includes('panne')
        ? Promise.resolve(new Response('panne', { status: 503, statusText: 'Service Unavailable' }))
        : fetch(input, init),
});

const LEADER = '../feeds/leader-2024.json';
const HOSTILE = '../../tests/fixtures/hostile-feed.json';
const BIODIVERSITY = 'leader-2024-pays-du-mans-biodiversite';
const now = new Date();
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

const only = new URLSearchParams(location.search).get('only');
if (only) document.querySelectorAll<HTMLElement>('[data-part]').forEach((s) => (s.hidden = s.dataset.part !== only));

/** Adds an element to a row, optionally inside a wrapper with a `lang`. */
function place(
  row: string,
  tag: string,
  attrs: Record<string, string>,
  props: Record<string, unknown> = {},
  lang?: string,
) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  Object.assign(el, props);
  let node: HTMLElement = el;
  if (lang) {
    node = document.createElement('div');
    node.lang = lang;
    node.append(el);
  }
  document.getElementById(row)!.append(node);
  return el;
}

type Json = Record<string, unknown> & { cooperationRequests: Record<string, unknown>[] };

/** The LEADER feed with requests in the states it does not hold. */
function variations(feed: Json): Json {
  const [bio, mobility, quality] = feed.cooperationRequests as Record<string, unknown>[];
  const copy = (base: Record<string, unknown> | undefined, id: string, changes: Record<string, unknown>) => ({
    ...base,
    id,
    ...changes,
  });
  return {
    ...feed,
    cooperationRequests: [
      ...feed.cooperationRequests,
      copy(mobility, 'demo-soon', { expires: day(12), published: day(-20) }),
      copy(quality, 'demo-matched', { status: 'matched', published: day(-200) }),
      copy(bio, 'demo-closed', { status: 'closed', published: day(-400) }),
      copy(bio, 'demo-expired', {
        expires: day(-45),
        published: day(-300),
        explanation: (bio?.explanation as Record<string, string>).fr,
        title: undefined,
        contact: undefined,
        url: undefined,
        event: undefined,
      }),
      copy(mobility, 'demo-be', {
        country: 'BE',
        organisation: 'elard',
        contact: { givenName: 'Anne', familyName: 'Peeters', url: 'https://example.org/contact' },
        published: day(-3),
        expires: day(90),
        lookingFor: ['project'],
        event: undefined,
      }),
    ],
  };
}

const leader = (await (await fetch(LEADER)).json()) as Json;
const varied = variations(leader);

place('full', 'maillage-cooperation-card', { src: LEADER, request: BIODIVERSITY });
place('full', 'maillage-cooperation-card', { src: LEADER, request: BIODIVERSITY }, {}, 'en');

for (const id of [
  'leader-2024-pole-metropolitain-mobilite',
  'demo-soon',
  'demo-matched',
  'demo-closed',
  'demo-expired',
])
  place('compact', 'maillage-cooperation-card', { request: id, variant: 'compact' }, { feed: varied, now });

place(
  'compact',
  'maillage-cooperation-card',
  { request: 'demo-soon', variant: 'compact' },
  { feed: varied, now },
  'en',
);

const narrow = place('expired', 'maillage-cooperation-card', { request: 'demo-expired' }, { feed: varied, now });
narrow.classList.add('narrow');
place('expired', 'maillage-cooperation-card', { request: 'demo-be' }, { feed: varied, now }, 'en');

place('list', 'maillage-cooperation-list', { status: 'all', limit: '6' }, { feed: varied, now });

place('states', 'maillage-cooperation-card', { src: `${LEADER}?lent`, request: BIODIVERSITY });
place('states', 'maillage-cooperation-card', { src: `${LEADER}?panne`, request: BIODIVERSITY });
place('states', 'maillage-cooperation-card', { src: LEADER, request: 'demande-retiree' });
place('states', 'maillage-cooperation-list', { src: LEADER, theme: 'theme-sans-demande', 'hide-filters': '' });

place('hostile', 'maillage-cooperation-card', { src: HOSTILE, request: 'req-hostile' });
place('hostile', 'maillage-cooperation-card', { src: HOSTILE, request: 'req-missing-org', variant: 'compact' });
place('hostile', 'maillage-cooperation-list', { src: HOSTILE, status: 'all' });

place('dark', 'maillage-cooperation-card', { src: LEADER, request: BIODIVERSITY, 'color-scheme': 'dark' });
place(
  'dark',
  'maillage-cooperation-list',
  { 'color-scheme': 'dark', status: 'all', limit: '2' },
  { feed: varied, now },
);
