import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/marque-badge.js';
import type { MaillageMarqueBadge } from '../../src/components/marque-badge/marque-badge.js';
import { expectNoAxeViolations } from './helpers/axe.js';

/** 15 March 2026, 11:00 in Paris. */
const NOW = new Date('2026-03-15T10:00:00Z');
const TODAY = '2026-03-15';

const FEED = {
  version: '1.0',
  network: { id: 'n', name: 'Réseau test' },
  brands: [
    {
      id: 'marque-mayenne',
      name: { fr: 'Marque Mayenne', en: 'Mayenne brand' },
      partnerLabel: { fr: 'Partenaire Marque Mayenne', en: 'Marque Mayenne partner' },
      url: 'https://marque.example/',
      partnerUrl: 'https://marque.example/partenaires/{id}',
      values: [
        { fr: 'Entreprendre sa vie', en: 'Taking charge of one’s life' },
        { fr: 'Jouer collectif' },
        'Confiance',
      ],
      colours: { primary: '#1f4e5f', secondary: '#f2efe8', text: '#ffffff' },
    },
    {
      id: 'marque-jaune',
      name: 'Marque Jaune',
      colours: { primary: '#ffd23f', text: '#ffffff' },
      logo: { url: '/__feed/serve/no-such-logo.png' },
    },
    { id: 'marque-http', name: 'Marque HTTP', logo: { url: 'http://example.org/logo.png' } },
  ],
  organisations: [
    {
      id: 'ok',
      name: 'Scierie du Bocage',
      kind: 'entreprise',
      labels: [{ brand: 'marque-mayenne', since: '2020-01-01' }],
    },
    { id: 'last-day', name: 'Dernier Jour', kind: 'entreprise', labels: [{ brand: 'marque-mayenne', until: TODAY }] },
    {
      id: 'tomorrow',
      name: 'Fromagerie',
      kind: 'entreprise',
      labels: [{ brand: 'marque-mayenne', since: '2026-03-16' }],
    },
    {
      id: 'old',
      name: 'Ancienne Maison',
      kind: 'entreprise',
      labels: [{ brand: 'marque-mayenne', until: '2026-03-14' }],
    },
    { id: 'gone', name: 'Club Retiré', kind: 'association', labels: [{ brand: 'marque-mayenne', status: 'revoked' }] },
    { id: 'paused', name: 'Atelier', kind: 'entreprise', labels: [{ brand: 'marque-mayenne', status: 'suspended' }] },
    { id: 'none', name: 'Sans Label', kind: 'association' },
    { id: 'jaune', name: 'Jaune SA', kind: 'entreprise', labels: [{ brand: 'marque-jaune', since: '2020-01-01' }] },
    { id: 'http', name: 'HTTP SA', kind: 'entreprise', labels: [{ brand: 'marque-http', since: '2020-01-01' }] },
  ],
};

const uid = () => Math.random().toString(36).slice(2);
const feedUrl = (extra = '') => `/__feed/text?body=${encodeURIComponent(JSON.stringify(FEED))}&k=${uid()}${extra}`;
const hits = async (key: string) => ((await (await fetch(`/__feed/hits?key=${key}`)).json()) as unknown[]).length;
const box = (el: MaillageMarqueBadge) => el.shadowRoot!.querySelector<HTMLElement>('[part=badge]')!;
/** The accessible name: `aria-label`, else (a link) its text content. */
const nameOf = (el: MaillageMarqueBadge) =>
  box(el).getAttribute('aria-label') ?? box(el).textContent!.replace(/\s+/g, ' ').trim();
const settled = (el: MaillageMarqueBadge) =>
  waitUntil(() => box(el) && !box(el).classList.contains('loading'), 'badge never settled', { timeout: 5000 });

async function badge(partner: string | undefined, attrs: Record<string, string> = {}): Promise<MaillageMarqueBadge> {
  const el = await fixture<MaillageMarqueBadge>(html`<maillage-marque-badge .now=${NOW}></maillage-marque-badge>`);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (partner) el.partner = partner;
  if (!('src' in attrs)) el.feed = FEED;
  await el.updateComplete;
  await settled(el);
  return el;
}

/** The verified look: the brand's colour on the mark, a solid border and the check seal. */
function looksVerified(el: MaillageMarqueBadge): boolean {
  const tile = el.shadowRoot!.querySelector<HTMLElement>('.tile')!;
  return (
    box(el).classList.contains('verified') &&
    getComputedStyle(tile).backgroundColor === 'rgb(31, 78, 95)' &&
    getComputedStyle(box(el)).borderTopStyle === 'solid'
  );
}

describe('maillage-marque-badge: states', () => {
  it('verified: says "Vérifié le <today>", with the partner, in the brand colours, with a check', async () => {
    const el = await badge('ok');
    expect(nameOf(el)).to.equal('Partenaire Marque Mayenne, Scierie du Bocage, Vérifié le 15 mars 2026');
    expect(box(el).getAttribute('role')).to.equal('group');
    expect(el.shadowRoot!.textContent).to.contain('Vérifié le 15 mars 2026');
    expect(looksVerified(el)).to.equal(true);
    expect(el.shadowRoot!.querySelector('.seal')).not.to.equal(null);
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part=link]')!;
    expect(link.href).to.equal('https://marque.example/partenaires/ok');
    expect(link.textContent!.trim()).to.equal('Fiche partenaire');
    await expectNoAxeViolations(el);
  });

  const honest: [string, string, RegExp][] = [
    ['old', 'expired', /^Marque Mayenne, Ancienne Maison, Label expiré le 14 mars 2026$/],
    ['gone', 'revoked', /^Marque Mayenne, Club Retiré, Label retiré$/],
    ['paused', 'suspended', /^Marque Mayenne, Atelier, Label suspendu$/],
    ['tomorrow', 'future', /^Marque Mayenne, Fromagerie, Label à compter du 16 mars 2026$/],
    ['none', 'no-label', /^Marque Mayenne, Sans Label, Ne détient pas le label Marque Mayenne$/],
    ['nobody', 'unknown-partner', /^Marque Mayenne, Partenaire inconnu de la marque$/],
  ];
  for (const [partner, status, name] of honest)
    it(`${status}: an honest name, never the verified look or the brand's colours`, async () => {
      const el = await badge(partner);
      expect(nameOf(el)).to.match(name);
      expect(nameOf(el)).not.to.match(/vérifié le|partenaire marque/i);
      expect(box(el).classList.contains(status)).to.equal(true);
      expect(looksVerified(el)).to.equal(false);
      expect(getComputedStyle(box(el)).borderTopStyle).to.equal('dashed');
      expect(getComputedStyle(el.shadowRoot!.querySelector('.tile')!).backgroundColor).not.to.equal('rgb(31, 78, 95)');
      await expectNoAxeViolations(el);
    });

  it('unknown brand: says so', async () => {
    const el = await badge('ok', { brand: 'marque-absente' });
    expect(nameOf(el)).to.equal('Marque de territoire, Marque introuvable dans les données');
    expect(looksVerified(el)).to.equal(false);
    await expectNoAxeViolations(el);
  });

  it('no feed at all: the plain mark and the brand name, no claim and no error', async () => {
    const el = await fixture<MaillageMarqueBadge>(
      html`<maillage-marque-badge partner="ok"
        ><a href="https://marque.example/">Marque Mayenne</a></maillage-marque-badge
      >`,
    );
    expect(nameOf(el)).to.equal('Marque Mayenne');
    expect(el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
    expect(el.shadowRoot!.textContent).not.to.match(/vérifi|source/i);
    expect(box(el).classList.contains('plain')).to.equal(true);
    expect(el.shadowRoot!.querySelector('.seal')).to.equal(null);
    // The light-DOM fallback link is for pages without JavaScript only.
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
    await expectNoAxeViolations(el);
  });

  it('dates around today: a label ending today holds, one starting tomorrow does not yet', async () => {
    expect((await badge('last-day')).shadowRoot!.querySelector('.verified')).not.to.equal(null);
    expect((await badge('tomorrow')).shadowRoot!.querySelector('.future')).not.to.equal(null);
    // 23:30 UTC on the 15th is already the 16th in Paris: the label that ended on the 15th has expired.
    const late = await badge('last-day');
    late.now = new Date('2026-03-15T23:30:00Z');
    await late.updateComplete;
    expect(nameOf(late)).to.equal('Marque Mayenne, Dernier Jour, Label expiré le 15 mars 2026');
    // And a label starting on the 16th is valid from the first minute of that day in Paris.
    const early = await badge('tomorrow');
    early.now = new Date('2026-03-15T23:05:00Z');
    await early.updateComplete;
    expect(nameOf(early)).to.equal('Partenaire Marque Mayenne, Fromagerie, Vérifié le 16 mars 2026');
  });

  it('on a page left open past midnight, checks again: a label ending today is no longer verified', async () => {
    const realNow = Date.now;
    Date.now = () => new Date('2026-03-15T22:30:00Z').getTime(); // 23:30 in Paris
    try {
      const el = await fixture<MaillageMarqueBadge>(
        html`<maillage-marque-badge partner="last-day" .feed=${FEED}></maillage-marque-badge>`,
      );
      expect(nameOf(el)).to.equal('Partenaire Marque Mayenne, Dernier Jour, Vérifié le 15 mars 2026');
      Date.now = () => new Date('2026-03-15T23:00:30Z').getTime(); // 00:00:30 in Paris, the next day
      (el as unknown as { checkDay(): void }).checkDay();
      await el.updateComplete;
      expect(nameOf(el)).to.equal('Marque Mayenne, Dernier Jour, Label expiré le 15 mars 2026');
    } finally {
      Date.now = realNow;
    }
  });

  it('speaks English with the page', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en"><maillage-marque-badge partner="ok" .now=${NOW} .feed=${FEED}></maillage-marque-badge></div>`,
    );
    const el = wrapper.querySelector('maillage-marque-badge')!;
    await el.updateComplete;
    expect(nameOf(el)).to.equal('Marque Mayenne partner, Scierie du Bocage, Verified on 15 March 2026');
  });

  it('loading, then an error with a retry that asks the network again', async () => {
    const key = uid();
    const src = `/__feed/serve/nope.json?key=${key}&delay=200`;
    const el = await fixture<MaillageMarqueBadge>(
      html`<maillage-marque-badge partner="ok" src=${src}></maillage-marque-badge>`,
    );
    expect(box(el).classList.contains('loading')).to.equal(true);
    expect(box(el).getAttribute('aria-busy')).to.equal('true');
    expect(nameOf(el)).to.equal('Marque Mayenne, Vérification en cours…');
    await expectNoAxeViolations(el);
    await settled(el);
    expect(nameOf(el)).to.equal('Marque Mayenne, Vérification impossible : données indisponibles');
    expect(looksVerified(el)).to.equal(false);
    await expectNoAxeViolations(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.actions button')!.click();
    await waitUntil(async () => (await hits(key)) === 2, 'retry made no request');
  });

  it('with the feed already loaded on the page, the first frame is already verified', async () => {
    const src = feedUrl();
    await settled(
      await fixture<MaillageMarqueBadge>(html`<maillage-marque-badge partner="ok" src=${src}></maillage-marque-badge>`),
    );
    const times: number[] = [];
    for (let i = 0; i < 15; i++) {
      const start = performance.now();
      const el = document.createElement('maillage-marque-badge');
      Object.assign(el, { partner: 'ok', now: NOW, src });
      document.body.append(el);
      while (!box(el)?.classList.contains('verified') && performance.now() - start < 1000) await el.updateComplete;
      times.push(performance.now() - start);
      // No loading flash: verified before the browser paints its first frame.
      await new Promise(requestAnimationFrame);
      expect(box(el).classList.contains('verified')).to.equal(true);
      el.remove();
    }
    const median = times.sort((a, b) => a - b)[7]!;
    // The timing itself is the benchmark's to judge; logged here for whoever reads the test output.
    console.log(
      `marque-badge: time to verified render, feed cached: median ${median.toFixed(2)} ms, max ${times[14]!.toFixed(2)} ms`,
    );
  });

  it('many badges with one src make one request', async () => {
    const key = uid();
    const src = feedUrl(`&key=${key}&delay=50`);
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        ${['ok', 'old', 'gone', 'none'].map((p) => html`<maillage-marque-badge partner=${p} src=${src}></maillage-marque-badge>`)}
      </div>`,
    );
    await Promise.all([...wrapper.querySelectorAll('maillage-marque-badge')].map(settled));
    expect(await hits(key)).to.equal(1);
  });
});

describe('maillage-marque-badge: variants and sizes', () => {
  it('compact: mark and short text in one link named with the full state', async () => {
    const el = await badge('ok', { variant: 'compact' });
    const link = box(el) as HTMLAnchorElement;
    expect(link.tagName).to.equal('A');
    expect(link.href).to.equal('https://marque.example/partenaires/ok');
    expect(nameOf(el)).to.equal(
      'Partenaire Marque Mayenne, Scierie du Bocage, Vérifié le 15/03/2026 (voir la fiche partenaire)',
    );
    expect(link.textContent).to.contain('Vérifié le 15/03/2026');
    await expectNoAxeViolations(el);
  });

  it('mark only: the mark with an accessible name, a link when there is a page, an image otherwise', async () => {
    const linked = await badge('gone', { variant: 'mark' });
    expect(box(linked).tagName).to.equal('A');
    expect(nameOf(linked)).to.equal('Marque Mayenne, Club Retiré, Label retiré (voir la fiche partenaire)');
    // Nothing written but the mark: the name is for assistive technologies only.
    expect(box(linked).querySelectorAll(':not(.visually-hidden, svg, svg *, .tile)').length).to.equal(0);
    await expectNoAxeViolations(linked);
    const plain = await fixture<MaillageMarqueBadge>(
      html`<maillage-marque-badge variant="mark"></maillage-marque-badge>`,
    );
    expect(box(plain).getAttribute('role')).to.equal('img');
    expect(nameOf(plain)).to.equal('Marque Mayenne');
    await expectNoAxeViolations(plain);
  });

  it('sizes s, m and l grow the mark; an unknown variant or size falls back to full, m', async () => {
    const sizes: number[] = [];
    for (const size of ['s', 'm', 'l']) {
      const el = await badge('ok', { variant: 'mark', size });
      sizes.push(el.shadowRoot!.querySelector('.tile')!.getBoundingClientRect().width);
    }
    expect(sizes).to.deep.equal([36, 48, 60]);
    const odd = await badge('ok', { variant: 'huge', size: 'xxl' });
    expect(box(odd).className).to.contain('full').and.to.contain(' m ');
  });

  for (const variant of ['full', 'compact', 'mark'])
    it(`${variant}: no layout shift, the same box before and after the feed arrives`, async () => {
      for (const size of ['s', 'm', 'l']) {
        const el = await fixture<MaillageMarqueBadge>(
          html`<maillage-marque-badge
            partner="ok"
            variant=${variant}
            size=${size}
            .now=${NOW}
            src=${feedUrl('&delay=300')}
          ></maillage-marque-badge>`,
        );
        expect(box(el).classList.contains('loading')).to.equal(true);
        const before = el.getBoundingClientRect();
        await settled(el);
        expect(box(el).classList.contains('verified')).to.equal(true);
        const after = el.getBoundingClientRect();
        expect([after.width, after.height], `${variant} ${size}`).to.deep.equal([before.width, before.height]);
        // Every other state keeps that box too.
        for (const partner of ['old', 'nobody', 'none']) {
          el.partner = partner;
          await el.updateComplete;
          const other = el.getBoundingClientRect();
          expect([other.width, other.height], `${variant} ${size} ${partner}`).to.deep.equal([
            before.width,
            before.height,
          ]);
        }
      }
    });

  it('in a narrow column the full badge writes the short state, so the check date is never cut off', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 200px">
        <maillage-marque-badge partner="ok" .now=${NOW} .feed=${FEED}></maillage-marque-badge>
      </div>`,
    );
    const el = wrapper.querySelector('maillage-marque-badge')!;
    await el.updateComplete;
    expect(el.getBoundingClientRect().width).to.equal(200);
    const [long, short] = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.status .long, .status .short')];
    expect(long!.offsetParent).to.equal(null);
    expect(short!.textContent).to.equal('Vérifié le 15/03/2026');
    expect(short!.getBoundingClientRect().width).to.be.greaterThan(0);
    const wide = await badge('ok');
    expect(wide.shadowRoot!.querySelector<HTMLElement>('.status .short')!.offsetParent).to.equal(null);
  });

  it('a long partner name is clamped to its line, the box does not grow', async () => {
    const feed = structuredClone(FEED);
    feed.organisations[0]!.name = 'Très longue raison sociale '.repeat(40);
    const short = await badge('ok');
    const el = await badge('ok');
    el.feed = feed;
    await el.updateComplete;
    expect(el.getBoundingClientRect().height).to.equal(short.getBoundingClientRect().height);
  });
});

describe('maillage-marque-badge: values, colours, logo', () => {
  it('the charte des valeurs opens and closes from the keyboard (Enter, Escape, Space)', async () => {
    const el = await badge('ok');
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=values-button]')!;
    const region = el.shadowRoot!.querySelector<HTMLElement>('[part=values]')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-controls')).to.equal(region.id);
    expect(region.hidden).to.equal(true);
    expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Valeurs de la marque');
    // Tab order: the partner link, then the values button.
    el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part=link]')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(button);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(region.hidden).to.equal(false);
    expect(region.getAttribute('role')).to.equal('region');
    const title = el.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!)!;
    expect(title.textContent).to.equal('Charte des valeurs de Marque Mayenne');
    expect([...region.querySelectorAll('li')].map((li) => li.textContent!.trim())).to.deep.equal([
      'Entreprendre sa vie',
      'Jouer collectif',
      'Confiance',
    ]);
    await expectNoAxeViolations(el);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(region);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(region.hidden).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(button);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(region.hidden).to.equal(true);
  });

  it('values in the page language, marked with their own language when the feed lacks a translation', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en"><maillage-marque-badge partner="ok" .now=${NOW} .feed=${FEED}></maillage-marque-badge></div>`,
    );
    const el = wrapper.querySelector('maillage-marque-badge')!;
    await el.updateComplete;
    const items = [...el.shadowRoot!.querySelectorAll('[part=values] li')];
    expect(items.map((li) => [li.textContent!.trim(), li.getAttribute('lang')])).to.deep.equal([
      ['Taking charge of one’s life', null],
      ['Jouer collectif', 'fr'],
      ['Confiance', null],
    ]);
  });

  it('chooses readable text on the brand colour (white asked on yellow becomes black)', async () => {
    const el = await badge('jaune', { brand: 'marque-jaune' });
    const pill = el.shadowRoot!.querySelector<HTMLElement>('.status span')!;
    expect(getComputedStyle(pill).backgroundColor).to.equal('rgb(255, 210, 63)');
    expect(getComputedStyle(pill).color).to.equal('rgb(0, 0, 0)');
    await expectNoAxeViolations(el);
  });

  it('custom properties override the brand colours', async () => {
    const el = await badge('ok');
    el.style.setProperty('--maillage-marque-badge-primary', '#6b2d8f');
    const tile = el.shadowRoot!.querySelector<HTMLElement>('.tile')!;
    expect(getComputedStyle(tile).backgroundColor).to.equal('rgb(107, 45, 143)');
  });

  it('a logo URL that fails falls back to the original mark; an http logo is never used', async () => {
    const el = await badge('jaune', { brand: 'marque-jaune' });
    expect(el.shadowRoot!.querySelector('.tile img')).not.to.equal(null);
    await waitUntil(() => el.shadowRoot!.querySelector('.tile svg.mark'), 'no fallback to the original mark');
    expect(el.shadowRoot!.querySelector('.tile img')).to.equal(null);
    const http = await badge('http', { brand: 'marque-http' });
    expect(http.shadowRoot!.querySelector('.tile img')).to.equal(null);
    expect(http.shadowRoot!.querySelector('.tile svg.mark')).not.to.equal(null);
  });

  it('dark colour scheme: no axe violation in each state', async () => {
    for (const partner of ['ok', 'old', 'gone', 'nobody']) {
      const el = await badge(partner, { 'color-scheme': 'dark' });
      expect(getComputedStyle(box(el)).backgroundColor).to.equal('rgb(23, 24, 28)');
      await expectNoAxeViolations(el);
    }
  });
});

describe('maillage-marque-badge: hostile feed', () => {
  it('renders the hostile fixture inert: SVG logo only as a data: image, no script, no javascript: link', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        ${['full', 'compact', 'mark'].map(
          (variant) =>
            html`<maillage-marque-badge
              partner="org-script"
              variant=${variant}
              src="/__feed/serve/hostile-feed.json?k=${uid()}"
            ></maillage-marque-badge>`,
        )}
        <maillage-marque-badge partner="org-rtl" src="/__feed/serve/hostile-feed.json"></maillage-marque-badge>
      </div>`,
    );
    const badges = [...wrapper.querySelectorAll('maillage-marque-badge')];
    await Promise.all(badges.map(settled));
    await new Promise((r) => setTimeout(r, 300));
    window.removeEventListener('error', onError);
    for (const el of badges) {
      const root = el.shadowRoot!;
      expect(root.querySelector('script')).to.equal(null);
      expect(root.querySelector('[onload], [onerror]')).to.equal(null);
      for (const a of root.querySelectorAll('a'))
        expect(a.getAttribute('href') ?? '').not.to.match(/^\s*(javascript|data):/i);
    }
    const [full, , , rtl] = badges as MaillageMarqueBadge[];
    const img = full!.shadowRoot!.querySelector<HTMLImageElement>('.tile img')!;
    expect(img.getAttribute('src')).to.match(/^data:image\/svg\+xml;charset=utf-8,/);
    expect(full!.shadowRoot!.querySelectorAll('svg').length).to.be.lessThan(4);
    // The brand name is text, with its markup visible as characters.
    expect(nameOf(full!)).to.contain('Partenaire <img src=x onerror=');
    expect(full!.shadowRoot!.querySelector('.name')!.textContent).to.contain('<script>');
    // The label of org-rtl is for another brand: not a partner of this one; bidi overrides are dropped.
    expect(nameOf(rtl!)).to.contain('Ne détient pas le label');
    expect(nameOf(rtl!)).not.to.match(/[\u202a-\u202e]/);
    expect((window as { __maillageHacked?: boolean }).__maillageHacked).to.equal(undefined);
    expect(errors).to.deep.equal([]);
    await expectNoAxeViolations(wrapper);
    full!.shadowRoot!.querySelector<HTMLButtonElement>('[part=values-button]')!.click();
    await full!.updateComplete;
    await expectNoAxeViolations(full!);
    expect((window as { __maillageHacked?: boolean }).__maillageHacked).to.equal(undefined);
  });
});
