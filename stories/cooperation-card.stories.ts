import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/define/cooperation-card.js';
import type { MaillageCooperationCard } from '../src/components/cooperation-card/cooperation-card.js';
import { feedNow, feedUrl } from '../.storybook/feeds';
import { frameArgTypes, intro } from './docs';

const LEADER = 'feeds/leader-2024.json';
const HOSTILE = 'fixtures/hostile-feed.json';
/** Addresses held back or failing on purpose, to show the loading and error states. */
const NEVER = 'feeds/leader-2024.json?story=never-answers';
const FAILS = 'feeds/leader-2024.json?story=server-error';
const BIO = 'leader-2024-pays-du-mans-biodiversite';
const MOBILITY = 'leader-2024-pole-metropolitain-mobilite';

const realFetch = window.fetch.bind(window);
window.fetch = (input, init) =>
  String(input).includes('never-answers')
    ? new Promise<Response>(() => {})
    : String(input).includes('server-error')
      ? Promise.resolve(new Response('error', { status: 503, statusText: 'Service Unavailable' }))
      : realFetch(input, init);

/** Requests in the states the sample feed does not hold. */
const STATES_FEED = {
  version: '1.0',
  network: { id: 'stories', name: 'Réseau des histoires' },
  organisations: [{ id: 'cc', name: 'Communauté de communes du Bocage', kind: 'epci', website: 'https://cc.example/' }],
  themes: [{ id: 'mobilite', label: { fr: 'Mobilité', en: 'Mobility' } }],
  cooperationRequests: [
    {
      id: 'matched',
      organisation: 'cc',
      keyword: { fr: 'Covoiturage rural', en: 'Rural carpooling' },
      themes: ['mobilite'],
      contact: { givenName: 'Anne', familyName: 'Martin', email: 'anne.martin@example.org' },
      lookingFor: ['project', 'partners'],
      explanation: { fr: 'Nous avons trouvé un partenaire en Flandre.' },
      published: '2025-05-01',
      status: 'matched',
    },
    {
      id: 'closed',
      organisation: 'cc',
      keyword: 'Tiers-lieux',
      lookingFor: ['topic'],
      explanation: 'Demande close par le GAL.',
      published: '2024-01-15',
      expires: '2024-12-31',
      status: 'closed',
    },
    {
      id: 'no-contact',
      organisation: 'cc',
      keyword: 'Circuits courts',
      lookingFor: ['partners'],
      explanation: 'Sans contact publié.',
    },
  ],
};

interface Args {
  src?: string;
  request: string;
  variant: 'full' | 'compact';
  now: string;
  colorScheme: 'light' | 'dark' | 'auto';
  lang?: string;
  width?: number;
}

const render = (a: Args) =>
  html`<div lang=${a.lang ?? 'fr'} style="max-width: ${a.width ?? 720}px">
    <maillage-cooperation-card
      src=${a.src ?? ''}
      request=${a.request}
      variant=${a.variant}
      now=${a.now}
      color-scheme=${a.colorScheme}
    ></maillage-cooperation-card>
  </div>`;

async function settled(canvas: HTMLElement): Promise<MaillageCooperationCard> {
  const el = canvas.querySelector('maillage-cooperation-card')!;
  await waitFor(() => expect(el.shadowRoot?.querySelector('article, .state--empty, .state--error')).toBeTruthy(), {
    timeout: 5000,
  });
  return el;
}

const meta: Meta<Args> = {
  title: 'Elements/maillage-cooperation-card',
  component: 'maillage-cooperation-card',
  render,
  args: { src: LEADER, request: BIO, variant: 'full', now: '2026-03-01', colorScheme: 'light' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    colorScheme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    ...frameArgTypes(240, 1280),
  },
  parameters: {
    docs: {
      description: {
        component: intro(
          `Une demande de coopération (LEADER, réseau) : qui la porte, d’où, ce qu’elle cherche, jusqu’à quand et comment
répondre, avec l’explication en français et en anglais. \`variant="compact"\` pour une grille de cartes.`,
          `One cooperation request (LEADER, network): who asks, from where, what they seek, until when and how to
answer, with the explanation in French and English. \`variant="compact"\` for a grid of cards.`,
          `<maillage-cooperation-card
  src="/feeds/reseau.json"
  request="leader-2024-pays-du-mans-biodiversite"
></maillage-cooperation-card>`,
        ),
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Full: Story = {
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    await expect(el.shadowRoot!.textContent).toContain('Clémentine ALLANOU');
    await expect(el.shadowRoot!.querySelector('.actions a')!.getAttribute('href')).toMatch(/^mailto:.+\?subject=/);
  },
};

export const English: Story = { args: { lang: 'en' } };

/** The first request of the feed chosen in the toolbar ("Feed"). */
export const FromToolbarFeed: Story = {
  name: 'Feed from the toolbar',
  loaders: [
    async ({ globals }) => {
      const feed = (await (await fetch(feedUrl(globals))).json()) as { cooperationRequests?: { id?: unknown }[] };
      const first = feed.cooperationRequests?.find((r) => typeof r.id === 'string');
      return { request: (first?.id as string | undefined) ?? '' };
    },
  ],
  render: (a, { globals, loaded }) =>
    render({ ...a, src: feedUrl(globals), request: loaded.request as string, now: feedNow(globals) }),
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
  },
};

export const Wide: Story = { name: 'Wide (1280 px)', args: { width: 1280 } };

export const LanguageToggle: Story = {
  name: 'FR/EN toggle (keyboard)',
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    const en = el.shadowRoot!.querySelector<HTMLButtonElement>('.langs button[lang=en]')!;
    en.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(el.shadowRoot!.querySelector('#explanation')!.getAttribute('lang')).toBe('en'));
    await expect(en.getAttribute('aria-pressed')).toBe('true');
  },
};

export const LongTextOpen: Story = {
  name: 'Long text, read more opened',
  args: { request: 'leader-2024-pays-du-mans-qualite-de-vie' },
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    const more = el.shadowRoot!.querySelector<HTMLButtonElement>('.link-button')!;
    more.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(more.getAttribute('aria-expanded')).toBe('true'));
    await expect(el.shadowRoot!.activeElement).toBe(more);
  },
};

export const Compact: Story = { args: { variant: 'compact', request: MOBILITY, width: 360 } };

export const CompactOpened: Story = {
  name: 'Compact, details opened',
  args: { variant: 'compact', request: MOBILITY, width: 360 },
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-controls=details]')!.click();
    await waitFor(() => expect(el.shadowRoot!.querySelector('.sought')).toBeTruthy());
  },
};

export const ExpiresSoon: Story = { args: { now: '2027-12-19' } };

export const Expired: Story = {
  args: { now: '2028-02-01' },
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    await expect(el.shadowRoot!.querySelector('.badge')!.textContent).toContain('Expirée');
  },
};

export const PartnerFoundAndClosed: Story = {
  name: 'Partner found, closed, no contact',
  render: (a) =>
    html`<div style="display: grid; gap: 16px; grid-template-columns: repeat(auto-fill, minmax(280px, 1fr))">
      ${['matched', 'closed', 'no-contact'].map(
        (id) =>
          html`<maillage-cooperation-card
            .feed=${STATES_FEED}
            request=${id}
            variant="compact"
            now=${a.now}
          ></maillage-cooperation-card>`,
      )}
    </div>`,
};

export const Narrow: Story = { name: 'Narrow (280 px)', args: { width: 280 } };

export const Dark: Story = {
  args: { colorScheme: 'dark' },
  decorators: [(story) => html`<div style="background: #121316; padding: 16px">${story()}</div>`],
};

export const Loading: Story = { args: { src: NEVER } };

export const ErrorWithRetry: Story = {
  name: 'Error with retry',
  args: { src: FAILS },
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    await expect(el.shadowRoot!.querySelector('[part=retry]')).toBeTruthy();
  },
};

export const NoLongerPublished: Story = {
  args: { request: 'demande-retiree' },
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    await expect(el.shadowRoot!.textContent).toContain('n’est plus publiée');
  },
};

export const Hostile: Story = {
  name: 'Hostile content',
  args: { src: HOSTILE, request: 'req-hostile' },
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    await expect((window as { __maillageHacked?: boolean }).__maillageHacked).toBeUndefined();
    for (const a of el.shadowRoot!.querySelectorAll('[href]'))
      await expect(a.getAttribute('href')).not.toMatch(/^\s*javascript:/i);
  },
};
