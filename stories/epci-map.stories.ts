import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/define/epci-map.js';
import type { MaillageEpciMap } from '../src/components/epci-map/epci-map.js';

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
    colorScheme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
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

export const Narrow: Story = { args: { width: '360px', selected: 'epci-200072726' } };
