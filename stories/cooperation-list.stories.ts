import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/define/cooperation-list.js';
import type { MaillageCooperationList } from '../src/components/cooperation-list/cooperation-list.js';
import { FEEDS, feedNow, feedUrl } from '../.storybook/feeds';
import { frameArgTypes, intro } from './docs';

const LEADER = 'feeds/leader-2024.json';
const HOSTILE = 'fixtures/hostile-feed.json';
const NEVER = 'feeds/leader-2024.json?story=list-never-answers';
const FAILS = 'feeds/leader-2024.json?story=list-server-error';

const realFetch = window.fetch.bind(window);
window.fetch = (input, init) =>
  String(input).includes('list-never-answers')
    ? new Promise<Response>(() => {})
    : String(input).includes('list-server-error')
      ? Promise.resolve(new Response('error', { status: 503, statusText: 'Service Unavailable' }))
      : realFetch(input, init);

interface Args {
  src: string;
  theme?: string;
  lookingFor?: string;
  country?: string;
  status?: string;
  sort?: string;
  limit?: number;
  now: string;
  colorScheme: 'light' | 'dark' | 'auto';
  hideFilters?: boolean;
  lang?: string;
  width?: number;
}

const render = (a: Args) =>
  html`<div lang=${a.lang ?? 'fr'} style="max-width: ${a.width ?? 1200}px">
    <maillage-cooperation-list
      src=${a.src}
      theme=${a.theme ?? ''}
      looking-for=${a.lookingFor ?? ''}
      country=${a.country ?? ''}
      status=${a.status ?? 'open'}
      sort=${a.sort ?? 'newest'}
      limit=${a.limit ?? 12}
      now=${a.now}
      color-scheme=${a.colorScheme}
      ?hide-filters=${a.hideFilters}
    ></maillage-cooperation-list>
  </div>`;

async function settled(canvas: HTMLElement): Promise<MaillageCooperationList> {
  const el = canvas.querySelector('maillage-cooperation-list')!;
  await waitFor(() => expect(el.shadowRoot?.querySelector('.count, .state--empty, .state--error')).toBeTruthy(), {
    timeout: 5000,
  });
  return el;
}
const count = (el: MaillageCooperationList) => el.shadowRoot!.querySelector('.count')!.textContent!.trim();

const meta: Meta<Args> = {
  title: 'Elements/maillage-cooperation-list',
  component: 'maillage-cooperation-list',
  render,
  args: { src: LEADER, now: '2026-03-01', colorScheme: 'light' },
  argTypes: {
    status: { control: 'select', options: ['open', 'matched', 'closed', 'expired', 'all'] },
    sort: { control: 'inline-radio', options: ['newest', 'expiry'] },
    lookingFor: { control: 'select', options: ['', 'project', 'partners', 'topic'] },
    colorScheme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    ...frameArgTypes(280, 1600),
  },
  parameters: {
    docs: {
      description: {
        component: intro(
          `Les demandes de coopération du réseau en cartes compactes, filtrables par thème, par ce qui est cherché et
par pays, triées par date ou par échéance. Les filtres sont aussi des attributs : « les demandes sur la mobilité »
tiennent en une ligne. Un territoire choisi sur une carte de la même page resserre la liste.`,
          `The network's cooperation requests as compact cards, filtered by theme, by what is sought and by country,
sorted by newest or soonest expiry. The filters are attributes too: "requests about mobility" is one line. A
territory chosen on a map of the same page narrows the list.`,
          `<maillage-cooperation-list src="/feeds/reseau.json" theme="mobilite-durable"></maillage-cooperation-list>`,
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
    await expect(count(el)).toBe('3 demandes de coopération');
  },
};

export const MobilityOnly: Story = {
  name: 'Filtered by attribute (theme="mobilite-durable")',
  args: { theme: 'mobilite-durable', hideFilters: true },
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    await expect(count(el)).toBe('1 demande de coopération');
  },
};

export const TerritoryChosen: Story = {
  name: 'Narrowed by a territory chosen on a map',
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    canvasElement.dispatchEvent(
      new CustomEvent('maillage-select', {
        detail: { kind: 'territory', id: 'pole-metropolitain-le-mans-sarthe' },
        bubbles: true,
        composed: true,
      }),
    );
    await waitFor(() => expect(count(el)).toBe('1 demande de coopération'));
  },
};

export const NoMatch: Story = { name: 'No match', args: { theme: 'inexistant' } };

export const English: Story = { args: { lang: 'en' } };

/** Every request of the feed chosen in the toolbar ("Feed"). */
export const FromToolbarFeed: Story = {
  name: 'Feed from the toolbar',
  render: (a, { globals }) => render({ ...a, src: feedUrl(globals), now: feedNow(globals), status: 'all' }),
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
  },
};

export const LongContent: Story = {
  name: 'Long content (national feed, 120 requests)',
  // A scrolling frame of its own on the docs page, which would otherwise be many screens long.
  parameters: { docs: { story: { inline: false, iframeHeight: 640 } } },
  args: { src: FEEDS.national, status: 'all', now: '2026-01-15' },
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    await expect(count(el)).toMatch(/^120 demandes de coopération, 12 affich/);
    await expect(el.shadowRoot!.querySelectorAll('maillage-cooperation-card').length).toBe(12);
  },
};

export const Wide: Story = { name: 'Wide (1600 px)', args: { width: 1600 } };

export const Narrow: Story = { name: 'Narrow (320 px)', args: { width: 320 } };

export const Dark: Story = {
  args: { colorScheme: 'dark' },
  decorators: [(story) => html`<div style="background: #121316; color: #ececf0; padding: 16px">${story()}</div>`],
};

export const Loading: Story = { args: { src: NEVER } };

export const ErrorWithRetry: Story = { name: 'Error with retry', args: { src: FAILS } };

export const Hostile: Story = {
  name: 'Hostile content',
  args: { src: HOSTILE, status: 'all' },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    await expect((window as { __maillageHacked?: boolean }).__maillageHacked).toBeUndefined();
  },
};
