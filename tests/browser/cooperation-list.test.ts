import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/cooperation-list.js';
import type { MaillageCooperationCard } from '../../src/components/cooperation-card/cooperation-card.js';
import type { MaillageCooperationList } from '../../src/components/cooperation-list/cooperation-list.js';
import type { MaillageSelectDetail } from '../../src/core/events.js';
import { expectNoAxeViolations } from './helpers/axe.js';

const NOW = new Date('2026-03-01T09:00:00Z');
const LEADER = '/__feed/serve/leader-2024.json';
const HOSTILE = '/__feed/serve/hostile-feed.json';
const BIO = 'leader-2024-pays-du-mans-biodiversite';
const MOBILITY = 'leader-2024-pole-metropolitain-mobilite';
const QUALITY = 'leader-2024-pays-du-mans-qualite-de-vie';

type Json = Record<string, unknown> & { cooperationRequests: Record<string, unknown>[] };
const leader = (await (await fetch(LEADER)).json()) as Json;
/** The LEADER feed plus requests in other states, countries and needs. */
const varied: Json = {
  ...leader,
  organisations: [...(leader.organisations as object[]), { id: 'gal-be', name: 'GAL Pays des Collines', kind: 'gal' }],
  cooperationRequests: [
    ...leader.cooperationRequests,
    {
      id: 'be-project',
      organisation: 'gal-be',
      country: 'BE',
      keyword: 'Tourisme',
      lookingFor: ['project'],
      explanation: 'Projet de tourisme rural.',
      themes: ['cooperation-leader'],
      published: '2026-02-01',
      expires: '2026-03-10',
    },
    { id: 'matched', organisation: 'gal-be', lookingFor: ['topic'], explanation: 'x', status: 'matched' },
    { id: 'expired', organisation: 'gal-be', lookingFor: ['partners'], explanation: 'x', expires: '2025-12-31' },
  ],
};

const shadow = (el: Element) => el.shadowRoot!;
const ready = (el: MaillageCooperationList) =>
  waitUntil(() => shadow(el).querySelector('.count, .state--empty, .state--error'), 'list never rendered', {
    timeout: 5000,
  });
const list = async (template: ReturnType<typeof html>) => {
  const el = await fixture<MaillageCooperationList>(template);
  await ready(el);
  await el.updateComplete;
  return el;
};
const cards = (el: MaillageCooperationList) =>
  [...shadow(el).querySelectorAll<MaillageCooperationCard>('maillage-cooperation-card')].map((c) =>
    c.getAttribute('request'),
  );
const count = (el: MaillageCooperationList) =>
  shadow(el).querySelector('.count')!.textContent!.replace(/\s+/g, ' ').trim();
const select = (el: MaillageCooperationList, key: string) =>
  shadow(el).querySelector<HTMLSelectElement>(`#filter-${key}`)!;
const choose = async (el: MaillageCooperationList, key: string, value: string) => {
  const s = select(el, key);
  s.value = value;
  s.dispatchEvent(new Event('change'));
  await el.updateComplete;
};
const allCardsReady = (el: MaillageCooperationList) =>
  waitUntil(
    () =>
      [...shadow(el).querySelectorAll('maillage-cooperation-card')].every((c) =>
        c.shadowRoot?.querySelector('article'),
      ),
    'cards never rendered',
    { timeout: 5000 },
  );
const deepActive = (): Element | null => {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};

describe('<maillage-cooperation-list>', () => {
  it('lays out the open requests as compact cards, newest first, and says how many', async () => {
    const el = await list(html`<maillage-cooperation-list src=${LEADER} .now=${NOW}></maillage-cooperation-list>`);
    expect(cards(el)).to.have.members([BIO, MOBILITY, QUALITY]);
    expect(count(el)).to.equal('3 demandes de coopération');
    const live = shadow(el).querySelector('.count')!;
    expect(live.getAttribute('role')).to.equal('status');
    expect(live.getAttribute('aria-live')).to.equal('polite');
    const first = shadow(el).querySelector<MaillageCooperationCard>('maillage-cooperation-card')!;
    expect(first.variant).to.equal('compact');
    await allCardsReady(el);
    await expectNoAxeViolations(el);
  });

  it('filters with attributes: theme, looking-for, country, status, sort, limit', async () => {
    const byTheme = await list(
      html`<maillage-cooperation-list src=${LEADER} theme="mobilite-durable" .now=${NOW}></maillage-cooperation-list>`,
    );
    expect(cards(byTheme)).to.deep.equal([MOBILITY]);
    expect(count(byTheme)).to.equal('1 demande de coopération');
    expect(select(byTheme, 'theme').value).to.equal('mobilite-durable');
    const need = await list(
      html`<maillage-cooperation-list .feed=${varied} looking-for="project" .now=${NOW}></maillage-cooperation-list>`,
    );
    expect(cards(need)).to.deep.equal(['be-project']);
    const country = await list(
      html`<maillage-cooperation-list .feed=${varied} country="FR" .now=${NOW}></maillage-cooperation-list>`,
    );
    expect(cards(country)).to.have.members([BIO, MOBILITY, QUALITY]);
    const all = await list(
      html`<maillage-cooperation-list .feed=${varied} status="all" .now=${NOW}></maillage-cooperation-list>`,
    );
    expect(cards(all)).to.have.length(6);
    const expired = await list(
      html`<maillage-cooperation-list .feed=${varied} status="expired" .now=${NOW}></maillage-cooperation-list>`,
    );
    expect(cards(expired)).to.deep.equal(['expired']);
    const newest = await list(
      html`<maillage-cooperation-list .feed=${varied} .now=${NOW}></maillage-cooperation-list>`,
    );
    expect(cards(newest)[0]).to.equal('be-project');
    const soonest = await list(
      html`<maillage-cooperation-list .feed=${varied} sort="expiry" .now=${NOW}></maillage-cooperation-list>`,
    );
    expect(cards(soonest)[0]).to.equal('be-project');
    const limited = await list(
      html`<maillage-cooperation-list .feed=${varied} status="all" limit="2" .now=${NOW}></maillage-cooperation-list>`,
    );
    expect(cards(limited)).to.have.length(2);
    expect(count(limited)).to.equal('6 demandes de coopération, 2 affichées');
  });

  it('visitors filter with labelled selects; the count is announced; reset returns to the attributes', async () => {
    const el = await list(html`<maillage-cooperation-list .feed=${varied} .now=${NOW}></maillage-cooperation-list>`);
    for (const key of ['theme', 'lookingFor', 'country', 'status', 'sort'])
      expect(shadow(el).querySelector(`label[for=filter-${key}]`), key).to.not.equal(null);
    await choose(el, 'country', 'BE');
    expect(cards(el)).to.deep.equal(['be-project']);
    expect(count(el)).to.equal('1 demande de coopération');
    await choose(el, 'lookingFor', 'topic');
    expect(cards(el)).to.deep.equal([]);
    expect(count(el)).to.equal('Aucune demande de coopération ne correspond à ces critères.');
    await expectNoAxeViolations(el);
    const reset = [...shadow(el).querySelectorAll<HTMLButtonElement>('button')].find((b) =>
      b.textContent!.includes('Réinitialiser'),
    )!;
    reset.click();
    await el.updateComplete;
    expect(cards(el)).to.have.length(4);
    expect(select(el, 'country').value).to.equal('');
    // The attribute stays the page author's choice.
    expect(el.hasAttribute('country')).to.equal(false);
  });

  it('keyboard only: a filter changes with the arrow keys', async () => {
    const el = await list(html`<maillage-cooperation-list .feed=${varied} .now=${NOW}></maillage-cooperation-list>`);
    select(el, 'status').focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(select(el, 'status').value).to.equal('matched');
    expect(cards(el)).to.deep.equal(['matched']);
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(select(el, 'sort'));
  });

  it('narrows to a territory chosen elsewhere (maillage-select), and "show all" removes it', async () => {
    const el = await list(html`<maillage-cooperation-list src=${LEADER} .now=${NOW}></maillage-cooperation-list>`);
    const map = document.createElement('div');
    document.body.append(map);
    map.dispatchEvent(
      new CustomEvent('maillage-select', {
        detail: { kind: 'territory', id: 'pole-metropolitain-le-mans-sarthe' },
        bubbles: true,
        composed: true,
      }),
    );
    await el.updateComplete;
    expect(cards(el)).to.deep.equal([MOBILITY]);
    expect(shadow(el).querySelector('.territory')!.textContent).to.contain('Pôle métropolitain Le Mans-Sarthe');
    expect(count(el)).to.equal('1 demande de coopération');
    // An EPCI of the Pays du Mans sees the Pays's requests.
    map.dispatchEvent(
      new CustomEvent('maillage-select', {
        detail: { kind: 'territory', id: 'epci-247200132' },
        bubbles: true,
        composed: true,
      }),
    );
    await el.updateComplete;
    expect(cards(el)).to.have.members([BIO, QUALITY]);
    // Other kinds of selection leave the list alone.
    map.dispatchEvent(
      new CustomEvent('maillage-select', {
        detail: { kind: 'organisation', id: 'ademe' },
        bubbles: true,
        composed: true,
      }),
    );
    await el.updateComplete;
    expect(cards(el)).to.have.members([BIO, QUALITY]);
    await allCardsReady(el);
    await expectNoAxeViolations(el);
    const showAll = shadow(el).querySelector<HTMLButtonElement>('.territory button')!;
    expect(showAll.textContent).to.contain('Afficher toutes les demandes');
    showAll.click();
    await el.updateComplete;
    expect(cards(el)).to.have.length(3);
    expect(shadow(el).querySelector('.territory')).to.equal(null);
    // A cleared selection (id null) also shows everything.
    map.dispatchEvent(
      new CustomEvent('maillage-select', {
        detail: { kind: 'territory', id: 'pays-du-mans' },
        bubbles: true,
        composed: true,
      }),
    );
    await el.updateComplete;
    expect(cards(el)).to.have.length(2);
    map.dispatchEvent(
      new CustomEvent('maillage-select', { detail: { kind: 'territory', id: null }, bubbles: true, composed: true }),
    );
    await el.updateComplete;
    expect(cards(el)).to.have.length(3);
    map.remove();
  });

  it('the territory attribute narrows too; it stops listening once removed from the page', async () => {
    const el = await list(
      html`<maillage-cooperation-list src=${LEADER} territory="pays-du-mans" .now=${NOW}></maillage-cooperation-list>`,
    );
    expect(cards(el)).to.have.members([BIO, QUALITY]);
    el.remove();
    document.dispatchEvent(
      new CustomEvent('maillage-select', { detail: { kind: 'territory', id: 'pole-metropolitain-le-mans-sarthe' } }),
    );
    expect(el.territory).to.equal('pays-du-mans');
  });

  it('emits maillage-select {kind: request} when a visitor opens a card, and ignores it itself', async () => {
    const el = await list(html`<maillage-cooperation-list src=${LEADER} .now=${NOW}></maillage-cooperation-list>`);
    await allCardsReady(el);
    const card = shadow(el).querySelector<MaillageCooperationCard>(`maillage-cooperation-card[request=${MOBILITY}]`)!;
    const toggle = card.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-controls=details]')!;
    setTimeout(() => toggle.click());
    const event = (await oneEvent(document, 'maillage-select')) as CustomEvent<MaillageSelectDetail>;
    expect(event.detail).to.deep.equal({ kind: 'request', id: MOBILITY });
    expect(event.target).to.equal(el);
    await el.updateComplete;
    expect(cards(el)).to.have.length(3);
    await card.updateComplete;
    // The opened card is reflected as [open] and takes the whole row.
    expect(card.hasAttribute('open')).to.equal(true);
    expect(getComputedStyle(card.parentElement!).gridColumnEnd).to.equal('-1');
    await expectNoAxeViolations(el);
  });

  it('"show more" reveals the next cards and moves focus to the first new one', async () => {
    const el = await list(
      html`<maillage-cooperation-list .feed=${varied} status="all" limit="4" .now=${NOW}></maillage-cooperation-list>`,
    );
    const more = shadow(el).querySelector<HTMLButtonElement>('.more')!;
    expect(more.textContent).to.contain('Afficher 2 demandes de plus');
    more.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(cards(el)).to.have.length(6);
    expect(shadow(el).querySelector('.more')).to.equal(null);
    expect(shadow(el).activeElement).to.equal(shadow(el).querySelectorAll('.grid > li')[4]!);
  });

  it('says so when the feed has no request, or the filters match none', async () => {
    const empty = await list(
      html`<maillage-cooperation-list
        .feed=${{ version: '1.0', network: { id: 'n', name: 'N' } }}
      ></maillage-cooperation-list>`,
    );
    expect(shadow(empty).querySelector('.state--empty')!.textContent).to.contain(
      'Aucune demande de coopération n’est publiée',
    );
    await expectNoAxeViolations(empty);
    const none = await list(
      html`<maillage-cooperation-list
        src=${LEADER}
        theme="inexistant"
        hide-filters
        .now=${NOW}
      ></maillage-cooperation-list>`,
    );
    expect(count(none)).to.equal('Aucune demande de coopération ne correspond à ces critères.');
    expect(shadow(none).querySelector('fieldset')).to.equal(null);
    await expectNoAxeViolations(none);
  });

  it('shows loading and error states with no axe violation', async () => {
    const slow = `${LEADER}?delay=2000&k=${Math.random()}`;
    const failing = `${LEADER}?status=503&k=${Math.random()}`;
    const loading = await fixture<MaillageCooperationList>(
      html`<maillage-cooperation-list src=${slow}></maillage-cooperation-list>`,
    );
    await waitUntil(() => shadow(loading).querySelector('.state--loading'));
    await expectNoAxeViolations(loading);
    const broken = await list(html`<maillage-cooperation-list src=${failing}></maillage-cooperation-list>`);
    expect(shadow(broken).querySelector('.state--error')!.textContent).to.contain('erreur (503)');
    await expectNoAxeViolations(broken);
  });

  it('in English, and in the dark (on a dark page)', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en" style="background: #121316; color: #ececf0">
        <maillage-cooperation-list src=${LEADER} color-scheme="dark" .now=${NOW}></maillage-cooperation-list>
      </div>`,
    );
    const el = wrapper.querySelector('maillage-cooperation-list')!;
    await ready(el);
    expect(count(el)).to.equal('3 cooperation requests');
    expect(shadow(el).querySelector('legend')!.textContent).to.equal('Filter the cooperation requests');
    await allCardsReady(el);
    const card = shadow(el).querySelector('maillage-cooperation-card')!;
    expect(card.getAttribute('color-scheme')).to.equal('dark');
    expect(card.shadowRoot!.textContent).to.contain('Looking for partners and a topic');
    await expectNoAxeViolations(el);
  });

  it('renders the hostile fixture with no script run and no javascript: link', async () => {
    const el = await list(
      html`<maillage-cooperation-list src=${HOSTILE} status="all" .now=${NOW}></maillage-cooperation-list>`,
    );
    await allCardsReady(el);
    expect((window as { __maillageHacked?: boolean }).__maillageHacked).to.equal(undefined);
    const roots = [
      shadow(el),
      ...[...shadow(el).querySelectorAll('maillage-cooperation-card')].map((c) => c.shadowRoot!),
    ];
    for (const root of roots) {
      expect(root.querySelector('script, img')).to.equal(null);
      for (const a of root.querySelectorAll('[href]'))
        expect(a.getAttribute('href')).to.not.match(/^\s*(javascript|data|vbscript):/i);
    }
    expect(cards(el)).to.include('req-hostile');
    await expectNoAxeViolations(el);
  });
});
