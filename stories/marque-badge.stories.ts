import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/define/marque-badge.js';
import type { MaillageMarqueBadge } from '../src/components/marque-badge/marque-badge.js';
import { feedUrl } from '../.storybook/feeds';
import { intro } from './docs';

const MAYENNE = 'feeds/mayenne.json';
const HOSTILE = 'fixtures/hostile-feed.json';
/** A feed address that never answers, to show the loading state. */
const NEVER = 'feeds/mayenne.json?story=never-answers';

// Only the NEVER address is held back; every other request goes through.
const realFetch = window.fetch.bind(window);
window.fetch = (input, init) =>
  String(input).includes('never-answers') ? new Promise<Response>(() => {}) : realFetch(input, init);

interface Args {
  partner?: string;
  brand: string;
  variant: 'full' | 'compact' | 'mark';
  size: 's' | 'm' | 'l';
  colorScheme: 'light' | 'dark' | 'auto';
  src?: string;
}

const badge = (a: Args) =>
  html`<maillage-marque-badge
    partner=${a.partner ?? ''}
    brand=${a.brand}
    variant=${a.variant}
    size=${a.size}
    color-scheme=${a.colorScheme}
    src=${a.src ?? ''}
    .now=${NOW}
  ></maillage-marque-badge>`;

/** A fixed "today" for the check, so the badge reads the same every day. */
const NOW = new Date('2026-01-15T10:00:00+01:00');

/** The badge inside the story, once it has left its loading state. */
async function settled(canvas: HTMLElement): Promise<MaillageMarqueBadge> {
  const el = canvas.querySelector('maillage-marque-badge')!;
  await waitFor(() => expect(el.shadowRoot?.querySelector('[part=badge]:not(.loading)')).toBeTruthy(), {
    timeout: 5000,
  });
  return el;
}
const nameOf = (el: MaillageMarqueBadge) => {
  const box = el.shadowRoot!.querySelector('[part=badge]')!;
  return box.getAttribute('aria-label') ?? box.textContent!.replace(/\s+/g, ' ').trim();
};

const meta: Meta<Args> = {
  title: 'Elements/maillage-marque-badge',
  component: 'maillage-marque-badge',
  render: badge,
  args: {
    partner: 'laval-eco',
    brand: 'marque-mayenne',
    variant: 'full',
    size: 'm',
    colorScheme: 'light',
    src: MAYENNE,
  },
  argTypes: {
    variant: { control: 'inline-radio', options: ['full', 'compact', 'mark'] },
    size: { control: 'inline-radio', options: ['s', 'm', 'l'] },
    colorScheme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  parameters: {
    docs: {
      description: {
        component: intro(
          `Le badge « Partenaire Marque Mayenne » qui se prouve : il vérifie dans le flux du réseau que le
partenaire détient le label aujourd’hui, et le dit — ou dit honnêtement que non (label expiré, retiré, partenaire
inconnu). Trois formes : \`full\`, \`compact\`, \`mark\`.`,
          `The "Marque Mayenne partner" badge that proves itself: it checks in the network's feed that the partner
holds the label today, and says so — or says honestly that it does not (expired, withdrawn, unknown partner).
Three shapes: \`full\`, \`compact\`, \`mark\`.`,
          `<maillage-marque-badge
  src="/feeds/mayenne.json"
  brand="marque-mayenne"
  partner="laval-eco"
></maillage-marque-badge>`,
        ),
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Verified: Story = {
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    await expect(nameOf(el)).toMatch(/^Partenaire Marque Mayenne, Laval Eco, Vérifié le /);
  },
};

export const ValuesOpen: Story = {
  name: 'Verified, values open (keyboard)',
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=values-button]')!;
    button.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(button.getAttribute('aria-expanded')).toBe('true'));
    const region = el.shadowRoot!.querySelector<HTMLElement>('[part=values]')!;
    await expect(region.hidden).toBe(false);
    await expect(region.querySelectorAll('li').length).toBe(10);
  },
};

export const Expired: Story = {
  args: { partner: 'village-by-ca' },
  play: async ({ canvasElement }) =>
    expect(nameOf(await settled(canvasElement))).toBe('Marque Mayenne, Le Village by CA, Label expiré le 30 juin 2021'),
};

export const Revoked: Story = {
  args: { partner: 'club-lgv' },
  play: async ({ canvasElement }) =>
    expect(nameOf(await settled(canvasElement))).toBe('Marque Mayenne, Club LGV, Label retiré'),
};

export const UnknownPartner: Story = {
  args: { partner: 'inconnu' },
  play: async ({ canvasElement }) =>
    expect(nameOf(await settled(canvasElement))).toBe('Marque Mayenne, Partenaire inconnu de la marque'),
};

export const UnknownBrand: Story = { args: { brand: 'marque-absente' } };

export const NoFeed: Story = {
  name: 'No feed (plain mark, no claim)',
  args: { src: undefined },
  play: async ({ canvasElement }) => expect(nameOf(await settled(canvasElement))).toBe('Marque Mayenne'),
};

export const Loading: Story = { args: { src: NEVER } };

export const ErrorWithRetry: Story = {
  args: { src: 'feeds/does-not-exist.json' },
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    await expect(nameOf(el)).toContain('Vérification impossible');
    await expect(el.shadowRoot!.querySelector('.actions button')).toBeTruthy();
  },
};

export const Compact: Story = { args: { variant: 'compact' } };
export const MarkOnly: Story = { args: { variant: 'mark' } };
export const CompactExpired: Story = { args: { variant: 'compact', partner: 'village-by-ca' } };
export const MarkRevoked: Story = { args: { variant: 'mark', partner: 'club-lgv' } };

export const Sizes: Story = {
  render: (a) =>
    html`<div style="display:grid;gap:16px;justify-items:start">
      ${(['s', 'm', 'l'] as const).map(
        (size) =>
          html`<div style="display:flex;gap:16px;align-items:center">
            ${(['full', 'compact', 'mark'] as const).map((variant) => badge({ ...a, size, variant }))}
          </div>`,
      )}
    </div>`,
};

export const Dark: Story = {
  args: { colorScheme: 'dark' },
  render: (a) =>
    html`<div style="background:#121316;padding:16px;display:flex;gap:16px;align-items:center;flex-wrap:wrap">
      ${badge(a)} ${badge({ ...a, partner: 'club-lgv' })} ${badge({ ...a, variant: 'compact' })}
      ${badge({ ...a, variant: 'mark', partner: 'village-by-ca' })}
    </div>`,
};

export const English: Story = {
  render: (a) => html`<div lang="en">${badge(a)} ${badge({ ...a, variant: 'compact' })}</div>`,
  play: async ({ canvasElement }) =>
    expect(nameOf(await settled(canvasElement))).toMatch(/^Marque Mayenne partner, Laval Eco, Verified on /),
};

/** Every label holder of the feed chosen in the toolbar ("Feed"), verified against it. */
export const FromToolbarFeed: Story = {
  name: 'Feed from the toolbar',
  loaders: [
    async ({ globals }) => {
      type Org = { id?: unknown; labels?: { brand?: unknown }[] };
      const feed = (await (await fetch(feedUrl(globals))).json()) as { organisations?: Org[] };
      const holders = (feed.organisations ?? []).flatMap((o) =>
        typeof o.id === 'string'
          ? (o.labels ?? []).flatMap((l) => (typeof l.brand === 'string' ? [{ partner: o.id, brand: l.brand }] : []))
          : [],
      );
      return { holders: holders.slice(0, 12) };
    },
  ],
  render: (a, { globals, loaded }) => {
    const holders = loaded.holders as { partner: string; brand: string }[];
    return holders.length
      ? html`<div style="display:flex;gap:12px;flex-wrap:wrap;align-items:center">
          ${holders.map((h) => badge({ ...a, ...h, variant: 'full', size: 's', src: feedUrl(globals) }))}
        </div>`
      : badge({ ...a, partner: 'inconnu', src: feedUrl(globals) });
  },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
  },
};

export const Narrow: Story = {
  render: (a) => html`<div style="width:200px;border:1px dashed #999">${badge(a)}</div>`,
};

export const LongContent: Story = {
  render: () =>
    html`<maillage-marque-badge
      partner="long"
      .feed=${{
        version: '1.0',
        network: { id: 'n', name: 'Réseau' },
        brands: [
          {
            id: 'marque-mayenne',
            name: 'Marque Mayenne',
            partnerLabel: 'Partenaire Marque Mayenne '.repeat(6),
            values: ['Une valeur très longue qui ne finit jamais. '.repeat(40), 'Confiance'],
            colours: { primary: '#1f4e5f', text: '#ffffff' },
          },
        ],
        organisations: [
          {
            id: 'long',
            name: 'Société coopérative d’intérêt collectif des producteurs du bocage '.repeat(8),
            kind: 'entreprise',
            labels: [{ brand: 'marque-mayenne', since: '2020-01-01' }],
          },
        ],
      }}
    ></maillage-marque-badge>`,
};

export const Hostile: Story = {
  name: 'Hostile content',
  args: { src: HOSTILE, partner: 'org-script' },
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    const img = el.shadowRoot!.querySelector('.tile img');
    await expect(img?.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    await expect(el.shadowRoot!.querySelector('script, [onload], [onerror]')).toBeNull();
    await expect((window as { __maillageHacked?: boolean }).__maillageHacked).toBeUndefined();
  },
};
