/** Showcase of <maillage-event-timeline>: both layouts on the sample feeds, its states, a dark host page. */
import '../../src/define/event-timeline.js';
import type { MaillageEventTimeline } from '../../src/components/event-timeline/event-timeline.js';
import { FeedStore } from '../../src/feed/index.js';

// "?lent" feeds never answer, so the loading state stays on screen for a look.
(globalThis as Record<symbol, unknown>)[Symbol.for('maillage.feed-store')] = new FeedStore({
  fetch: (input, init) => (String(input).includes('lent') ? new Promise<Response>(() => {}) : fetch(input, init)),
});

// `?lang=en` or an English browser shows the page in English (the elements follow <html lang>).
const lang = new URLSearchParams(location.search).get('lang') ?? (navigator.language.startsWith('en') ? 'en' : 'fr');
document.documentElement.lang = lang === 'en' ? 'en' : 'fr';
for (const el of document.querySelectorAll<HTMLElement>('[data-fr]'))
  el.textContent = (lang === 'en' ? el.dataset.en : el.dataset.fr) ?? '';

const AILB = '../feeds/ailb.json';
const MAYENNE = '../feeds/mayenne.json';

function timeline(attrs: Record<string, string>, now?: string): MaillageEventTimeline {
  const el = document.createElement('maillage-event-timeline');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (now) el.now = new Date(now);
  return el;
}

function titled(title: string, el: HTMLElement): HTMLElement {
  const box = document.createElement('div');
  box.className = 'box';
  const h = document.createElement('h3');
  h.textContent = title;
  box.append(h, el);
  return box;
}

document
  .querySelector('#timeline')!
  .append(timeline({ src: MAYENNE, layout: 'timeline', when: 'all' }, '2019-01-15T10:00:00+01:00'));
const agenda = timeline({ src: AILB, 'json-ld': '' }, '2021-03-10T10:00:00+01:00');
document.querySelector('#agenda')!.append(agenda);
// Another element (a map) choosing an event opens it here: shows an event's details on the page.
agenda.addEventListener(
  'maillage-feed-load',
  () =>
    requestAnimationFrame(() =>
      document.body.dispatchEvent(
        new CustomEvent('maillage-select', {
          detail: { kind: 'event', id: 'ailb-2021-03-11-bureau' },
          bubbles: true,
          composed: true,
        }),
      ),
    ),
  { once: true },
);
document.querySelector('#next')!.append(timeline({ src: AILB, limit: '3' }, '2021-03-10T10:00:00+01:00'));

const map = document.querySelector('#map')!;
for (const [id, fr, en] of [
  ['epci-243500741', 'Choisir Redon Agglomération', 'Choose Redon Agglomération'],
  ['epci-200066777', 'Choisir Ploërmel Communauté', 'Choose Ploërmel Communauté'],
  [null, 'Effacer le choix', 'Clear the choice'],
] as const) {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = lang === 'en' ? en : fr;
  button.addEventListener('click', () =>
    map.dispatchEvent(
      new CustomEvent('maillage-select', { detail: { kind: 'territory', id }, bubbles: true, composed: true }),
    ),
  );
  map.append(button);
}

const states = document.querySelector('#states')!;
const fr = lang !== 'en';
states.append(
  titled(fr ? 'Chargement' : 'Loading', timeline({ src: AILB + '?lent' })),
  titled(fr ? 'Erreur (404)' : 'Error (404)', timeline({ src: '../feeds/absent.json' })),
  titled(
    fr ? 'Aucun événement à venir' : 'No upcoming events',
    timeline({ src: MAYENNE }, '2026-11-24T10:00:00+01:00'),
  ),
  titled(
    fr ? 'Flux hostile (tous)' : 'Hostile feed (all)',
    timeline({ src: '../../tests/fixtures/hostile-feed.json', when: 'all' }, '2026-03-01T10:00:00+01:00'),
  ),
  titled(
    fr ? 'Flux hostile, frise' : 'Hostile feed, timeline',
    timeline(
      { src: '../../tests/fixtures/hostile-feed.json', when: 'all', layout: 'timeline' },
      '2026-03-01T10:00:00+01:00',
    ),
  ),
  titled(
    fr ? 'Congrès LEADER 2024 (passé)' : 'LEADER Congress 2024 (past)',
    timeline({ src: '../feeds/leader-2024.json', when: 'past' }),
  ),
);

const dark = document.querySelector('#dark')!;
dark.append(
  timeline({ src: AILB, 'color-scheme': 'dark', limit: '4' }, '2021-03-10T10:00:00+01:00'),
  timeline({ src: MAYENNE, 'color-scheme': 'dark', layout: 'timeline', when: 'all' }, '2019-06-15T10:00:00+02:00'),
);
