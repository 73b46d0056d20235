/** Showcase of <maillage-marque-badge>: every state and variant, on a light and a dark host page. */
import '../../src/define/marque-badge.js';
import { FeedStore } from '../../src/feed/index.js';
import type { MaillageMarqueBadge } from '../../src/components/marque-badge/marque-badge.js';

// "?lent" feeds never answer, so the loading state stays on screen for a look.
(globalThis as Record<symbol, unknown>)[Symbol.for('maillage.feed-store')] = new FeedStore({
  fetch: (input, init) => (String(input).includes('lent') ? new Promise<Response>(() => {}) : fetch(input, init)),
});

const MAYENNE = '../feeds/mayenne.json';
const today = new Date().toISOString().slice(0, 10);
const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

/** A feed made on the page for the states the sample feed does not hold. */
const sampleFeed = {
  version: '1.0',
  network: { id: 'demo', name: 'Démonstration' },
  brands: [
    {
      id: 'marque-mayenne',
      name: 'Marque Mayenne',
      partnerLabel: { fr: 'Partenaire Marque Mayenne', en: 'Marque Mayenne partner' },
      url: 'https://example.org/marque',
      partnerUrl: 'https://example.org/marque/partenaires/{id}',
      values: [{ fr: 'Entreprendre sa vie', en: 'Taking charge of one’s life' }, { fr: 'Jouer collectif' }],
      colours: { primary: '#1f4e5f', secondary: '#f2efe8', text: '#ffffff' },
    },
    {
      id: 'marque-exemple',
      name: 'Marque Exemple',
      partnerLabel: 'Partenaire Marque Exemple',
      url: 'https://example.org/exemple',
      colours: { primary: '#ffd23f', text: '#ffffff' },
      logo: {
        svg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#ffd23f"/><circle cx="5" cy="5" r="3" fill="#6b2d8f"/></svg>',
      },
    },
  ],
  organisations: [
    {
      id: 'fin-aujourdhui',
      name: 'Scierie du Bocage',
      kind: 'entreprise',
      labels: [{ brand: 'marque-mayenne', since: '2020-01-01', until: today }],
    },
    {
      id: 'demain',
      name: 'Fromagerie de l’Ernée',
      kind: 'entreprise',
      labels: [{ brand: 'marque-mayenne', since: tomorrow }],
    },
    {
      id: 'suspendu',
      name: 'Atelier des Coëvrons',
      kind: 'entreprise',
      labels: [{ brand: 'marque-mayenne', since: '2019-01-01', status: 'suspended' }],
    },
    { id: 'sans-label', name: 'Association des Trois Rivières', kind: 'association' },
    {
      id: 'exemple',
      name: 'Coopérative Exemple',
      kind: 'entreprise',
      labels: [{ brand: 'marque-exemple', since: '2024-01-01' }],
    },
  ],
};

interface Row {
  title: string;
  attrs: Record<string, string>;
  feed?: object;
}

const ROWS: Row[] = [
  { title: 'Vérifié', attrs: { src: MAYENNE, partner: 'laval-eco' } },
  { title: 'Vérifié (label jusqu’à aujourd’hui)', attrs: { partner: 'fin-aujourdhui' }, feed: sampleFeed },
  { title: 'Label expiré', attrs: { src: MAYENNE, partner: 'village-by-ca' } },
  { title: 'Label retiré', attrs: { src: MAYENNE, partner: 'club-lgv' } },
  { title: 'Label suspendu', attrs: { partner: 'suspendu' }, feed: sampleFeed },
  { title: 'Label à venir (demain)', attrs: { partner: 'demain' }, feed: sampleFeed },
  { title: 'Sans label', attrs: { partner: 'sans-label' }, feed: sampleFeed },
  { title: 'Partenaire inconnu', attrs: { src: MAYENNE, partner: 'inconnu' } },
  { title: 'Marque inconnue', attrs: { src: MAYENNE, partner: 'laval-eco', brand: 'marque-absente' } },
  { title: 'Sans flux (marque seule)', attrs: { partner: 'laval-eco' } },
  { title: 'Chargement', attrs: { src: MAYENNE + '?lent', partner: 'laval-eco' } },
  { title: 'Flux illisible', attrs: { src: '../demo.css', partner: 'laval-eco' } },
  { title: 'Autre marque, logo du flux', attrs: { partner: 'exemple', brand: 'marque-exemple' }, feed: sampleFeed },
  { title: 'Flux hostile', attrs: { src: '../../tests/fixtures/hostile-feed.json', partner: 'org-script' } },
];

function badge(attrs: Record<string, string>, feed?: object): MaillageMarqueBadge {
  const el = document.createElement('maillage-marque-badge');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (feed) el.feed = feed;
  return el;
}

function addRow(grid: Element, title: string, badges: HTMLElement[]) {
  const heading = document.createElement('h3');
  heading.textContent = title;
  grid.append(heading, ...badges);
}

for (const grid of document.querySelectorAll<HTMLElement>('[data-scheme]')) {
  const scheme = grid.dataset.scheme!;
  for (const row of ROWS)
    addRow(
      grid,
      row.title,
      ['full', 'compact', 'mark'].map((variant) => badge({ ...row.attrs, variant, 'color-scheme': scheme }, row.feed)),
    );
}

const extra = document.querySelector('[data-extra]')!;
for (const size of ['s', 'm', 'l'])
  addRow(
    extra,
    `Taille ${size}`,
    ['full', 'compact', 'mark'].map((variant) => badge({ src: MAYENNE, partner: 'laval-eco', variant, size })),
  );
const english = ['full', 'compact', 'mark'].map((variant) =>
  badge({ src: MAYENNE, partner: 'laval-eco', variant, lang: 'en' }),
);
addRow(extra, 'English', english);
const custom = ['full', 'compact', 'mark'].map((variant) => {
  const el = badge({ src: MAYENNE, partner: 'cci-mayenne', variant });
  el.style.setProperty('--maillage-marque-badge-primary', '#6b2d8f');
  el.style.setProperty('--maillage-marque-badge-text', '#ffffff');
  return el;
});
addRow(extra, 'Couleurs surchargées', custom);

const narrow = document.createElement('div');
narrow.style.cssText = 'width: 200px; outline: 1px dashed #999';
narrow.append(badge({ src: MAYENNE, partner: 'laval-eco' }));
addRow(extra, 'Conteneur de 200 px', [narrow, document.createElement('span'), document.createElement('span')]);

const longFeed = {
  ...sampleFeed,
  organisations: [
    {
      id: 'long',
      name: 'Société coopérative d’intérêt collectif des producteurs du bocage mayennais '.repeat(6),
      kind: 'entreprise',
      labels: [{ brand: 'marque-mayenne', since: '2020-01-01' }],
    },
  ],
};
addRow(
  extra,
  'Nom très long',
  ['full', 'compact', 'mark'].map((variant) => badge({ partner: 'long', variant }, longFeed)),
);
