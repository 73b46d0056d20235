import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/define/event-timeline.js';
import type { MaillageEventTimeline } from '../src/components/event-timeline/event-timeline.js';
import { FEEDS, feedNow, feedUrl } from '../.storybook/feeds';
import { intro } from './docs';

const AILB = 'feeds/ailb.json';
const MAYENNE = 'feeds/mayenne.json';
const LEADER = 'feeds/leader-2024.json';
const HOSTILE = 'fixtures/hostile-feed.json';
/** A feed address that never answers, to show the loading state. */
const NEVER = 'feeds/ailb.json?story=never-answers';

const realFetch = window.fetch.bind(window);
window.fetch = (input, init) =>
  String(input).includes('never-answers') ? new Promise<Response>(() => {}) : realFetch(input, init);

/** "Today" for the sample feeds, so the stories always show the same thing. */
const AILB_NOW = new Date('2021-03-10T10:00:00+01:00');
const MAYENNE_NOW = new Date('2019-01-15T10:00:00+01:00');

interface Args {
  src?: string;
  layout: 'list' | 'timeline';
  when: 'upcoming' | 'past' | 'all';
  limit?: number;
  kind?: string;
  theme?: string;
  territory?: string;
  colorScheme: 'light' | 'dark' | 'auto';
  now?: Date;
  feed?: object;
}

const timeline = (a: Args) =>
  html`<maillage-event-timeline
    src=${a.src ?? ''}
    layout=${a.layout}
    when=${a.when}
    limit=${a.limit ?? ''}
    kind=${a.kind ?? ''}
    theme=${a.theme ?? ''}
    territory=${a.territory ?? ''}
    color-scheme=${a.colorScheme}
    .now=${a.now}
    .feed=${a.feed}
  ></maillage-event-timeline>`;

async function settled(canvas: HTMLElement): Promise<MaillageEventTimeline> {
  const el = canvas.querySelector('maillage-event-timeline')!;
  await waitFor(
    () => expect(el.shadowRoot?.querySelector('.list, .timeline, .state--empty, .state--error')).toBeTruthy(),
    {
      timeout: 5000,
    },
  );
  return el;
}
const titles = (el: MaillageEventTimeline) =>
  [...el.shadowRoot!.querySelectorAll('.event__toggle, .milestone__title')].map((n) => n.textContent!.trim());

const meta: Meta<Args> = {
  title: 'Elements/maillage-event-timeline',
  component: 'maillage-event-timeline',
  render: timeline,
  args: { src: AILB, layout: 'list', when: 'upcoming', colorScheme: 'light', now: AILB_NOW },
  argTypes: {
    layout: { control: 'inline-radio', options: ['list', 'timeline'] },
    when: { control: 'inline-radio', options: ['upcoming', 'past', 'all'] },
    colorScheme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    now: { control: false },
    feed: { control: false },
  },
  parameters: {
    docs: {
      description: {
        component: intro(
          `L’agenda du réseau : les événements dans l’ordre, en liste par année et par mois, ou en frise horizontale
de jalons avec le jour marqué. Filtres par période, type et thème ; un événement ou toute la liste s’ajoute à
l’agenda du visiteur (.ics). Suit un territoire choisi sur une carte.`,
          `The network's agenda: events in time order, as a list grouped by year and month, or as a horizontal
milestone timeline with today marked. Filters by period, kind and theme; one event or the whole list goes into the
visitor's calendar (.ics). Follows a territory chosen on a map.`,
          `<maillage-event-timeline src="/feeds/reseau.json" limit="3"></maillage-event-timeline>`,
        ),
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Agenda: Story = {
  name: 'Agenda (AILB 2021, today = 10 March 2021)',
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    await expect(titles(el)[0]).toBe('Création de la SAS MHOOVE');
  },
};

export const EventOpen: Story = {
  name: 'Agenda, an event opened (keyboard)',
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    const toggle = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.event__toggle')[1]!;
    toggle.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(toggle.getAttribute('aria-expanded')).toBe('true'));
  },
};

export const Timeline: Story = {
  name: 'Timeline (Mayenne 2018–2019, today = 15 January 2019)',
  args: { src: MAYENNE, layout: 'timeline', when: 'all', now: MAYENNE_NOW },
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    el.shadowRoot!.querySelector<HTMLElement>('[role=region]')!.focus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    await waitFor(() => expect((el.shadowRoot!.activeElement as HTMLElement).textContent).toContain('Forum Terre d'));
    await expect(el.shadowRoot!.querySelector('.today')!.textContent).toContain('15 janvier 2019');
  },
};

export const NextThree: Story = {
  name: 'Next 3 events (limit="3")',
  args: { limit: 3 },
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    await expect(el.shadowRoot!.querySelectorAll('article').length).toBe(3);
  },
};

export const Past: Story = {
  name: 'Past events (LEADER Congress 2024)',
  args: { src: LEADER, when: 'past', now: undefined },
};

export const ByTerritory: Story = {
  name: 'Events of one EPCI (territory = SIREN)',
  args: { territory: '243500741', when: 'all' },
};

export const Loading: Story = { args: { src: NEVER } };

export const Error: Story = {
  name: 'Error with retry',
  args: { src: 'feeds/absent.json' },
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    await expect(el.shadowRoot!.querySelector('[role=alert] button')).toBeTruthy();
  },
};

export const Empty: Story = {
  name: 'Empty (no upcoming events)',
  args: { src: MAYENNE, now: new Date('2026-11-24T10:00:00+01:00') },
};

export const Hostile: Story = {
  name: 'Hostile content (list)',
  // A scrolling frame of its own on the docs page, which would otherwise be many screens long.
  parameters: { docs: { story: { inline: false, iframeHeight: 640 } } },
  args: { src: HOSTILE, when: 'all', now: new Date('2026-03-01T10:00:00+01:00') },
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    for (const b of el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.event__toggle')) b.click();
    await expect((window as { __maillageHacked?: boolean }).__maillageHacked).toBeUndefined();
  },
};

export const HostileTimeline: Story = {
  name: 'Hostile content (timeline)',
  args: { ...Hostile.args, layout: 'timeline' },
};

const longFeed = {
  version: '1.0',
  network: { id: 'long', name: 'Réseau' },
  events: Array.from({ length: 400 }, (_, i) => ({
    id: `e${i}`,
    title: `Réunion ${i + 1} : un titre assez long pour passer sur plusieurs lignes dans une colonne étroite`,
    start: new Date(Date.UTC(2027, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
    kind: ['bureau', 'forum', 'seminaire', 'visite-de-terrain'][i % 4],
  })),
};

export const LongContent: Story = {
  name: 'Long content (400 events, show more)',
  // A scrolling frame of its own on the docs page, which would otherwise be many screens long.
  parameters: { docs: { story: { inline: false, iframeHeight: 640 } } },
  args: { src: undefined, feed: longFeed, now: new Date('2026-12-01T10:00:00+01:00') },
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.more')!.click();
    await waitFor(() => expect(el.shadowRoot!.querySelectorAll('article').length).toBe(200));
  },
};

export const English: Story = {
  render: (a) => html`<div lang="en">${timeline(a)}</div>`,
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    await expect(el.shadowRoot!.querySelector('.count')!.textContent).toContain('upcoming events');
  },
};

export const EnglishTimeline: Story = {
  name: 'English timeline',
  args: { src: MAYENNE, layout: 'timeline', when: 'all', now: MAYENNE_NOW },
  render: (a) => html`<div lang="en">${timeline(a)}</div>`,
};

export const Dark: Story = {
  args: { colorScheme: 'dark' },
  render: (a) => html`<div style="background:#121316;padding:16px">${timeline(a)}</div>`,
};

export const DarkTimeline: Story = {
  name: 'Dark timeline',
  args: { colorScheme: 'dark', src: MAYENNE, layout: 'timeline', when: 'all', now: MAYENNE_NOW },
  render: (a) => html`<div style="background:#121316;padding:16px">${timeline(a)}</div>`,
};

/** The feed chosen in the toolbar ("Feed"), every event. */
export const FromToolbarFeed: Story = {
  name: 'Feed from the toolbar',
  render: (a, { globals }) =>
    timeline({ ...a, src: feedUrl(globals), when: 'all', now: new Date(`${feedNow(globals)}T10:00:00+01:00`) }),
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
  },
};

export const National: Story = {
  name: 'Long content (national feed, 300 events, timeline)',
  // A scrolling frame of its own on the docs page, which would otherwise be many screens long.
  parameters: { docs: { story: { inline: false, iframeHeight: 640 } } },
  args: { src: FEEDS.national, layout: 'timeline', when: 'all', now: new Date('2026-01-15T10:00:00+01:00') },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
  },
};

export const Wide: Story = {
  name: 'Wide timeline (1600 px)',
  args: { src: MAYENNE, layout: 'timeline', when: 'all', now: MAYENNE_NOW },
  render: (a) => html`<div style="width:1600px">${timeline(a)}</div>`,
};

export const Narrow: Story = {
  name: 'Narrow (320 px)',
  render: (a) => html`<div style="width:320px">${timeline(a)}</div>`,
};

export const NarrowTimeline: Story = {
  name: 'Narrow timeline (320 px)',
  args: { src: MAYENNE, layout: 'timeline', when: 'all', now: MAYENNE_NOW },
  render: (a) => html`<div style="width:320px">${timeline(a)}</div>`,
};
