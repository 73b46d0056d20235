import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/define/epci-map.js';
import type { MaillageEpciMap } from '../src/components/epci-map/epci-map.js';
import { FEEDS, feedNow, feedUrl } from '../.storybook/feeds';
import { intro } from './docs';

const AILB = 'feeds/ailb.json';
const RESEAU = 'feeds/reseau.json';
const HOSTILE = 'fixtures/hostile-feed.json';
/** A feed address that never answers, to show the loading state. */
const NEVER = 'feeds/ailb.json?story=epci-map-never-answers';

const realFetch = window.fetch.bind(window);
window.fetch = (input, init) =>
  String(input).includes('epci-map-never-answers') ? new Promise<Response>(() => {}) : realFetch(input, init);

interface Args {
  src: string;
  colorBy: 'network' | 'population' | 'partners' | 'requests' | 'events';
  classification: 'quantile' | 'jenks';
  renderer: 'auto' | 'svg';
  colorScheme: 'light' | 'dark' | 'auto';
  selected: string;
  now: string;
  width: string;
}

const map = (a: Args) =>
  html`<div style="max-width:${a.width}">
    <maillage-epci-map
      src=${a.src}
      color-by=${a.colorBy}
      classification=${a.classification}
      renderer=${a.renderer}
      color-scheme=${a.colorScheme}
      selected=${a.selected || ''}
      now=${a.now}
    ></maillage-epci-map>
  </div>`;

/** The map inside the story, once drawn. */
async function drawn(canvas: HTMLElement): Promise<MaillageEpciMap> {
  const el = canvas.querySelector('maillage-epci-map')!;
  await waitFor(() => expect(el.activeRenderer).toBeTruthy(), { timeout: 15_000 });
  await el.whenIdle();
  return el;
}

const meta: Meta<Args> = {
  title: 'Elements/maillage-epci-map',
  component: 'maillage-epci-map',
  render: map,
  args: {
    src: AILB,
    colorBy: 'network',
    classification: 'quantile',
    renderer: 'auto',
    colorScheme: 'light',
    selected: '',
    now: '2021-03-01',
    width: '1100px',
  },
  argTypes: {
    colorBy: { control: 'select', options: ['network', 'population', 'partners', 'requests', 'events'] },
    classification: { control: 'inline-radio', options: ['quantile', 'jenks'] },
    renderer: { control: 'inline-radio', options: ['auto', 'svg'] },
    width: { description: 'CSS max-width of the frame around the map (story only).', control: 'text' },
    colorScheme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  parameters: {
    docs: {
      description: {
        component: intro(
          `Les intercommunalités (EPCI) et autres territoires du réseau sur une carte, sans tuile ni police venues
d’ailleurs : contours du flux, noms, couleurs par réseau ou par chiffre avec sa légende, et un panneau pour le
territoire choisi. Sans WebGL, la même carte en SVG ; un tableau triable de tous les territoires est à un bouton.
Choisir un territoire filtre les autres éléments maillage de la page.`,
          `The network's intercommunalities (EPCI) and other territories on a map, with no tile or font from
elsewhere: outlines from the feed, names, colours by network or by a figure with its legend, and a panel for the
chosen territory. Without WebGL the same map in SVG; a sortable table of every territory is one button away.
Choosing a territory filters the other maillage elements of the page.`,
          `<maillage-epci-map src="/feeds/ailb.json" color-by="population"></maillage-epci-map>`,
        ),
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Ready: Story = {
  play: async ({ canvasElement }) => {
    const el = await drawn(canvasElement);
    expect(el.shadowRoot!.querySelector('[part=attribution]')!.textContent).toContain('Licence Ouverte');
  },
};

export const ByPopulation: Story = {
  args: { colorBy: 'population', classification: 'jenks' },
  play: async ({ canvasElement }) => {
    const el = await drawn(canvasElement);
    expect(el.shadowRoot!.querySelector('[part=legend]')!.textContent).toContain('Jenks');
  },
};

export const ByPartnersWholeNetwork: Story = { args: { src: RESEAU, colorBy: 'partners', now: '2024-09-01' } };

export const Selected: Story = {
  args: { selected: 'epci-243500741' },
  play: async ({ canvasElement }) => {
    const el = await drawn(canvasElement);
    expect(el.shadowRoot!.querySelector('[part=panel]')!.textContent).toContain('Redon Agglomération');
  },
};

export const ListOfTerritories: Story = {
  play: async ({ canvasElement }) => {
    const el = await drawn(canvasElement);
    await userEvent.click(el.shadowRoot!.querySelector<HTMLButtonElement>('[aria-controls=territory-list]')!);
    await waitFor(() => expect(el.shadowRoot!.querySelectorAll('[part=list] tbody tr').length).toBe(13));
    const row = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=list] tbody button')!;
    await userEvent.click(row);
    await waitFor(() => expect(el.shadowRoot!.querySelector('[part=panel]')).toBeTruthy());
  },
};

export const SvgWithoutWebGL: Story = {
  args: { renderer: 'svg', colorBy: 'population' },
  play: async ({ canvasElement }) => {
    const el = await drawn(canvasElement);
    expect(el.shadowRoot!.querySelectorAll('svg [role=option]').length).toBe(13);
  },
};

/** The SVG map zoomed in with its buttons (keys, Ctrl + wheel, dragging and pinching zoom and pan it too). */
export const SvgZoomedIn: Story = {
  name: 'SVG zoomed in',
  args: { renderer: 'svg', colorBy: 'population' },
  play: async ({ canvasElement }) => {
    const el = await drawn(canvasElement);
    const zoomIn = el.shadowRoot!.querySelector<HTMLButtonElement>('.svg-zoom button[aria-label="Zoomer"]')!;
    await userEvent.click(zoomIn);
    await userEvent.click(zoomIn);
    const svg = el.shadowRoot!.querySelector('svg.svg-map')!;
    await waitFor(() =>
      expect(Number(svg.getAttribute('width')) / Number(svg.getAttribute('viewBox')!.split(' ')[2])).toBeCloseTo(4),
    );
  },
};

export const Loading: Story = { args: { src: NEVER } };

export const ErrorWithRetry: Story = {
  args: { src: 'feeds/missing.json' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('maillage-epci-map')!;
    await waitFor(() => expect(el.shadowRoot!.querySelector('[part=retry]')).toBeTruthy(), { timeout: 5000 });
  },
};

export const Empty: Story = {
  render: () =>
    html`<maillage-epci-map
      .feed=${{ version: '1.0', network: { id: 'n', name: 'Réseau vide' } }}
    ></maillage-epci-map>`,
};

export const HostileContent: Story = {
  args: { src: HOSTILE, now: '2026-01-01' },
  play: async ({ canvasElement }) => {
    const el = await drawn(canvasElement);
    await waitFor(() => expect(el.shadowRoot!.querySelector('.note--error')).toBeTruthy(), { timeout: 10_000 });
    expect((window as { __maillageHacked?: boolean }).__maillageHacked).toBeUndefined();
  },
};

export const English: Story = {
  render: (a) => html`<div lang="en">${map({ ...a, selected: 'epci-244400552' })}</div>`,
};

export const Dark: Story = {
  args: { colorScheme: 'dark', colorBy: 'population' },
  render: (a) => html`<div style="background:#121316;padding:16px">${map(a)}</div>`,
};

/** The feed chosen in the toolbar ("Feed"). */
export const FromToolbarFeed: Story = {
  name: 'Feed from the toolbar',
  render: (a, { globals }) => map({ ...a, src: feedUrl(globals), now: feedNow(globals), colorBy: 'partners' }),
  play: async ({ canvasElement }) => {
    await drawn(canvasElement);
  },
};

export const LongContent: Story = {
  name: 'Long content (national feed, 1,232 EPCI)',
  args: { src: FEEDS.national, colorBy: 'population', now: '2026-01-15' },
  play: async ({ canvasElement }) => {
    const el = await drawn(canvasElement);
    await expect(el.shadowRoot!.querySelector('[part=legend]')).toBeTruthy();
  },
};

export const Wide: Story = { name: 'Wide (1600 px)', args: { width: '1600px' } };

export const Narrow: Story = { args: { width: '360px', selected: 'epci-200072726' } };
