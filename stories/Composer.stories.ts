import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/define/epci-map.js';
import '../src/define/partner-search.js';
import '../src/define/event-timeline.js';
import '../src/define/cooperation-list.js';
import type { MaillageEpciMap } from '../src/components/epci-map/epci-map.js';
import type { MaillagePartnerSearch } from '../src/components/partner-search/partner-search.js';
import { feedNow, feedUrl } from '../.storybook/feeds';

interface Args {
  colorScheme: 'light' | 'dark' | 'auto';
}

/**
 * One page, four elements, one feed: the feed chosen in the toolbar. Nothing wires them together but the
 * `maillage-select` events they send and follow on the document.
 */
const composer = (a: Args, globals: Record<string, unknown>) => {
  const src = feedUrl(globals);
  const now = feedNow(globals);
  const scheme = a.colorScheme;
  return html`<div
    style="display:grid;gap:24px;max-width:1280px;${scheme === 'dark' ? 'background:#121316;padding:16px' : ''}"
  >
    <maillage-epci-map src=${src} now=${now} color-by="partners" color-scheme=${scheme}></maillage-epci-map>
    <div style="display:grid;gap:24px;grid-template-columns:repeat(auto-fit,minmax(min(100%,420px),1fr))">
      <maillage-partner-search src=${src} now=${now} page-size="5" color-scheme=${scheme}></maillage-partner-search>
      <maillage-event-timeline
        src=${src}
        .now=${new Date(`${now}T10:00:00+01:00`)}
        when="all"
        limit="5"
        color-scheme=${scheme}
      ></maillage-event-timeline>
    </div>
    <maillage-cooperation-list src=${src} now=${now} status="all" color-scheme=${scheme}></maillage-cooperation-list>
  </div>`;
};

const meta: Meta<Args> = {
  title: 'Composer',
  render: (a, { globals }) => composer(a, globals),
  args: { colorScheme: 'light' },
  argTypes: { colorScheme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] } },
  // A page of stories, not an element: no generated docs page.
  tags: ['!autodocs'],
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component: `**FR —** Une carte, un annuaire, un agenda et une liste de demandes sur une même page : choisir un
territoire sur la carte (ou dans sa liste des territoires) filtre les trois autres, par le seul événement
\`maillage-select\`. Changez de flux avec le menu « Feed » de la barre d’outils.

**EN —** A map, a directory, an agenda and a list of requests on one page: choosing a territory on the map (or in
its list of territories) narrows the other three, through nothing but the \`maillage-select\` event. Switch feeds
with the "Feed" menu of the toolbar.

\`\`\`html
<script type="module" src="https://your-site.example/maillage/maillage.js"></script>
<maillage-epci-map src="/feeds/reseau.json" color-by="partners"></maillage-epci-map>
<maillage-partner-search src="/feeds/reseau.json"></maillage-partner-search>
<maillage-event-timeline src="/feeds/reseau.json" limit="5"></maillage-event-timeline>
<maillage-cooperation-list src="/feeds/reseau.json"></maillage-cooperation-list>
\`\`\``,
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

const shadow = (canvas: HTMLElement, tag: string) => canvas.querySelector(tag)!.shadowRoot!;
/** The number at the start of an element's count line ("12 partenaires", "3 événements"…), 0 when it says none. */
const countOf = (root: ShadowRoot, selector: string) => {
  const text = root.querySelector(selector)?.textContent ?? '';
  const match = /\d[\d\s\u202f\u00a0]*/.exec(text);
  return match ? Number(match[0].replace(/\D/g, '')) : 0;
};
const timelineCount = (canvas: HTMLElement) =>
  shadow(canvas, 'maillage-event-timeline').querySelectorAll('article').length;

async function ready(canvas: HTMLElement) {
  const map = canvas.querySelector<MaillageEpciMap>('maillage-epci-map')!;
  const search = canvas.querySelector<MaillagePartnerSearch>('maillage-partner-search')!;
  await waitFor(() => expect(map.activeRenderer).toBeTruthy(), { timeout: 15_000 });
  await map.whenIdle();
  await waitFor(() => expect(search.shadowRoot?.querySelector('.count, .state--empty')).toBeTruthy(), {
    timeout: 8000,
  });
  await search.whenIndexed();
  await waitFor(
    () => expect(shadow(canvas, 'maillage-event-timeline').querySelector('.list, .timeline')).toBeTruthy(),
    {
      timeout: 8000,
    },
  );
  await waitFor(
    () => expect(shadow(canvas, 'maillage-cooperation-list').querySelector('.count, .state--empty')).toBeTruthy(),
    {
      timeout: 8000,
    },
  );
  return map;
}

/** The whole network, every element on the same feed. Use the toolbar's "Feed" menu to change it. */
export const Network: Story = {
  name: 'Network (follows the feed switcher)',
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
  },
};

/**
 * A territory chosen through the map's keyboard-accessible list of territories narrows the directory, the
 * agenda and the list of requests; closing its panel widens them again.
 */
export const ChooseATerritory: Story = {
  name: 'Choosing Redon Agglomération narrows everything',
  globals: { feed: 'reseau' },
  play: async ({ canvasElement }) => {
    const map = await ready(canvasElement);
    const search = shadow(canvasElement, 'maillage-partner-search');
    const list = shadow(canvasElement, 'maillage-cooperation-list');
    const partnersBefore = countOf(search, '#count');
    const requestsBefore = countOf(list, '.count');
    await expect(partnersBefore).toBeGreaterThan(20);
    await expect(requestsBefore).toBe(3);
    const timelineBefore = timelineCount(canvasElement);

    const root = map.shadowRoot!;
    await userEvent.click(root.querySelector<HTMLButtonElement>('[aria-controls=territory-list]')!);
    const redon = await waitFor(() => {
      const b = [...root.querySelectorAll<HTMLButtonElement>('[part=list] tbody button')].find((x) =>
        x.textContent!.includes('Redon Agglomération'),
      );
      expect(b).toBeTruthy();
      return b!;
    });
    redon.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(root.querySelector('[part=panel]')?.textContent).toContain('Redon Agglomération'));

    // The directory keeps Redon's partners only, the list has no request there, the agenda shows Redon's events.
    await waitFor(() => expect(countOf(search, '#count')).toBeLessThan(partnersBefore));
    await expect(countOf(search, '#count')).toBeGreaterThan(0);
    await waitFor(() => expect(countOf(list, '.count')).toBe(0));
    await waitFor(() => {
      const titles = [...shadow(canvasElement, 'maillage-event-timeline').querySelectorAll('article')].map(
        (a) => a.textContent!,
      );
      expect(titles.length).toBeGreaterThan(0);
      expect(titles.join(' ')).not.toContain('Pays du Mans');
    });
    await expect(timelineCount(canvasElement)).toBeLessThanOrEqual(timelineBefore);

    // Closing the panel clears the selection: everything widens again.
    await userEvent.click(root.querySelector<HTMLButtonElement>('[part=panel] .panel__close')!);
    await waitFor(() => expect(countOf(search, '#count')).toBe(partnersBefore));
    await waitFor(() => expect(countOf(list, '.count')).toBe(requestsBefore));
    await waitFor(() => expect(timelineCount(canvasElement)).toBe(timelineBefore));
  },
};

/** The AILB's 13 EPCI and its 2021 calendar: choosing an EPCI keeps its immersion day. */
export const Ailb: Story = {
  name: 'AILB: choosing an EPCI keeps its immersion day',
  globals: { feed: 'ailb' },
  play: async ({ canvasElement }) => {
    const map = await ready(canvasElement);
    const search = shadow(canvasElement, 'maillage-partner-search');
    const partnersBefore = countOf(search, '#count');
    const root = map.shadowRoot!;
    await userEvent.click(root.querySelector<HTMLButtonElement>('[aria-controls=territory-list]')!);
    const nozay = await waitFor(() => {
      const b = [...root.querySelectorAll<HTMLButtonElement>('[part=list] tbody button')].find((x) =>
        x.textContent!.includes('Nozay'),
      );
      expect(b).toBeTruthy();
      return b!;
    });
    await userEvent.click(nozay);
    await waitFor(() => expect(countOf(search, '#count')).toBeLessThan(partnersBefore));
    await waitFor(() => expect(shadow(canvasElement, 'maillage-event-timeline').textContent).toContain('Nozay'));
  },
};

export const Dark: Story = {
  args: { colorScheme: 'dark' },
  globals: { feed: 'ailb' },
};

/** The hostile feed in all four elements at once: nothing runs, no `javascript:` link is left. */
export const Hostile: Story = {
  name: 'Hostile feed',
  globals: { feed: 'hostile' },
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await expect((window as { __maillageHacked?: boolean }).__maillageHacked).toBeUndefined();
    for (const tag of ['maillage-epci-map', 'maillage-partner-search', 'maillage-event-timeline'])
      for (const a of shadow(canvasElement, tag).querySelectorAll('[href]'))
        await expect(a.getAttribute('href')).not.toMatch(/^\s*(javascript|data|vbscript):/i);
  },
};

/** National scale: 1,232 EPCI, 2,000 partners, 300 events, 120 requests on one page. */
export const National: Story = {
  name: 'National feed',
  globals: { feed: 'national' },
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await expect(countOf(shadow(canvasElement, 'maillage-partner-search'), '#count')).toBe(2000);
  },
};
