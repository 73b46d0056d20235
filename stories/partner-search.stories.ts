import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/define/partner-search.js';
import type { MaillagePartnerSearch } from '../src/components/partner-search/partner-search.js';
import { FEEDS, feedUrl } from '../.storybook/feeds';
import { intro } from './docs';

const RESEAU = 'feeds/reseau.json';
const MAYENNE = 'feeds/mayenne.json';
const HOSTILE = 'fixtures/hostile-feed.json';
/** A feed address that never answers, to show the loading state. */
const NEVER = 'feeds/mayenne.json?story=never-answers-search';

// Only the NEVER address is held back; every other request goes through.
const realFetch = window.fetch.bind(window);
window.fetch = (input, init) =>
  String(input).includes('never-answers') ? new Promise<Response>(() => {}) : realFetch(input, init);

interface Args {
  src?: string;
  theme?: string;
  kind?: string;
  territory?: string;
  brand?: string;
  near?: string;
  radius?: number;
  pageSize: number;
  colorScheme: 'light' | 'dark' | 'auto';
  now: string;
}

const search = (a: Args) =>
  html`<maillage-partner-search
    src=${a.src ?? ''}
    theme=${a.theme ?? ''}
    kind=${a.kind ?? ''}
    territory=${a.territory ?? ''}
    brand=${a.brand ?? ''}
    near=${a.near ?? ''}
    radius=${a.radius ?? 20}
    page-size=${a.pageSize}
    color-scheme=${a.colorScheme}
    now=${a.now}
  ></maillage-partner-search>`;

/** The element inside the story, once its results are shown. */
async function settled(canvas: HTMLElement): Promise<MaillagePartnerSearch> {
  const el = canvas.querySelector('maillage-partner-search')!;
  await waitFor(() => expect(el.shadowRoot?.querySelector('#count')).toBeTruthy(), { timeout: 8000 });
  await el.whenIndexed();
  return el;
}
const shadow = (el: MaillagePartnerSearch) => el.shadowRoot!;
const names = (el: MaillagePartnerSearch) =>
  [...shadow(el).querySelectorAll('.card__select')].map((b) => b.textContent!.trim());

const meta: Meta<Args> = {
  title: 'Elements/maillage-partner-search',
  component: 'maillage-partner-search',
  render: search,
  args: { src: RESEAU, pageSize: 10, colorScheme: 'light', now: '2026-01-15' },
  argTypes: {
    colorScheme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    pageSize: { control: { type: 'number', min: 1, max: 100 } },
  },
  parameters: {
    a11y: { test: 'error' },
    docs: {
      description: {
        component: intro(
          `L’annuaire des partenaires du réseau : recherche qui connaît le français (accents et majuscules ignorés,
préfixes pendant la frappe, petites fautes pardonnées), facettes avec leurs nombres (thème, type, territoire, label,
distance), lien à partager. Des attributs fixent le périmètre : \`brand="marque-mayenne"\` sur le portail de la
marque ne montre que les partenaires labellisés aujourd’hui.`,
          `The network's partner directory: French-aware search (accents and case ignored, prefixes while typing,
small typos forgiven), facets with live counts (theme, kind, territory, label, distance), a link to share. Preset
attributes fix the scope: \`brand="marque-mayenne"\` on the brand's portal shows only today's label holders.`,
          `<maillage-partner-search src="/feeds/mayenne.json" brand="marque-mayenne"></maillage-partner-search>`,
        ),
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Ready: Story = {
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    await expect(shadow(el).querySelector('#count')!.textContent).toContain('92 partenaires');
  },
};

export const TypedQueryWithHighlights: Story = {
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    const input = shadow(el).querySelector<HTMLInputElement>('#q')!;
    await userEvent.type(input, 'mobilite durabel');
    await waitFor(() => expect(shadow(el).querySelector('.card mark')).toBeTruthy());
    await expect(shadow(el).querySelector('#count')!.textContent).toContain('« mobilite durabel »');
  },
};

export const FacetsApplied: Story = {
  args: { src: MAYENNE },
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    const labels = [...shadow(el).querySelectorAll<HTMLLabelElement>('.facet__value')];
    const health = labels.find((l) => l.textContent!.includes('Accès à la santé'))!;
    await userEvent.click(health.querySelector('input')!);
    await waitFor(() => expect(shadow(el).querySelectorAll('.chip')).toHaveLength(1));
    await expect(names(el)).toContain('Polyclinique du Maine');
  },
};

export const NoResults: Story = {
  args: { src: MAYENNE },
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    await userEvent.type(shadow(el).querySelector<HTMLInputElement>('#q')!, 'qqqzzzkkk');
    await waitFor(() => expect(shadow(el).querySelector('.no-results button')).toBeTruthy());
  },
};

/** The brand portal's fixed directory: only today's Marque Mayenne label holders. */
export const PresetBrandDirectory: Story = {
  args: { src: MAYENNE, brand: 'marque-mayenne' },
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    await expect(shadow(el).querySelector('.scope')!.textContent).toContain('Marque Mayenne');
    await expect(names(el)).not.toContain('Club LGV');
  },
};

/** An EPCI's directory, by its SIREN code. */
export const PresetTerritoryBySiren: Story = {
  args: { src: MAYENNE, territory: '200083392' },
};

export const NearAPlace: Story = {
  args: { src: RESEAU, near: 'epci-200083392', radius: 50 },
};

/** A visitor types part of a name in "Autour de" and chooses the suggestion with the keyboard. */
export const NearAPlaceTyped: Story = {
  args: { src: MAYENNE },
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    const place = shadow(el).querySelector<HTMLInputElement>('#near-place')!;
    await userEvent.type(place, 'laval');
    await waitFor(() => expect(shadow(el).querySelector('[role=option]')).toBeTruthy());
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => expect(place.value).toContain('Laval'));
    await waitFor(() => expect(shadow(el).querySelector('.chip')?.textContent).toContain('Laval'));
  },
};

export const Loading: Story = { args: { src: NEVER } };

export const ErrorWithRetry: Story = {
  args: { src: 'feeds/does-not-exist.json' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('maillage-partner-search')!;
    await waitFor(() => expect(el.shadowRoot?.querySelector('[part=retry]')).toBeTruthy(), { timeout: 5000 });
  },
};

export const EmptyFeed: Story = {
  render: (a) =>
    html`<maillage-partner-search
      .feed=${{ version: '1.0', network: { id: 'n', name: 'Réseau vide' } }}
      color-scheme=${a.colorScheme}
    ></maillage-partner-search>`,
};

export const HostileContent: Story = {
  args: { src: HOSTILE, pageSize: 3 },
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    await expect((window as { __maillageHacked?: boolean }).__maillageHacked).toBeUndefined();
    await expect(shadow(el).querySelector('a[href^="javascript:"]')).toBeNull();
  },
};

export const English: Story = {
  render: (a) => html`<div lang="en">${search(a)}</div>`,
  args: { src: MAYENNE },
};

export const Dark: Story = {
  args: { colorScheme: 'dark', src: MAYENNE },
  decorators: [(story) => html`<div style="background:#121316;padding:16px">${story()}</div>`],
};

/** The feed chosen in the toolbar ("Feed"). */
export const FromToolbarFeed: Story = {
  name: 'Feed from the toolbar',
  render: (a, { globals }) => search({ ...a, src: feedUrl(globals) }),
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
  },
};

export const LongContent: Story = {
  name: 'Long content (national feed, 2,000 partners)',
  // A scrolling frame of its own on the docs page, which would otherwise be many screens long.
  parameters: { docs: { story: { inline: false, iframeHeight: 640 } } },
  args: { src: FEEDS.national },
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    await expect(shadow(el).querySelector('#count')!.textContent).toMatch(/^2[\s\u202f]?000 partenaires/);
    await userEvent.type(shadow(el).querySelector<HTMLInputElement>('#q')!, 'laval');
    await waitFor(() => expect(shadow(el).querySelector('.card mark')).toBeTruthy());
  },
};

export const Wide: Story = {
  name: 'Wide (1600 px)',
  args: { src: MAYENNE },
  decorators: [(story) => html`<div style="width:1600px">${story()}</div>`],
};

export const Narrow: Story = {
  args: { src: MAYENNE, pageSize: 3 },
  decorators: [(story) => html`<div style="width:320px">${story()}</div>`],
};
