import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import '../../src/define/event-timeline.js';
import type { MaillageEventTimeline } from '../../src/components/event-timeline/event-timeline.js';
import type { MaillageSelectDetail } from '../../src/core/events.js';
import { expectNoAxeViolations } from './helpers/axe.js';

const uid = () => Math.random().toString(36).slice(2);
const AILB_NOW = new Date('2021-03-10T10:00:00+01:00');
const serve = (file: string) => `/__feed/serve/${file}?k=${uid()}`;

const root = (el: MaillageEventTimeline) => el.shadowRoot!;
const all = <T extends Element = HTMLElement>(el: MaillageEventTimeline, selector: string) =>
  [...root(el).querySelectorAll<T>(selector)] as T[];
const texts = (el: MaillageEventTimeline, selector: string) =>
  all(el, selector).map((n) => n.textContent!.replace(/\s+/g, ' ').trim());

async function ready(el: MaillageEventTimeline) {
  await waitUntil(
    () => root(el).querySelector('.list, .timeline, .state--empty'),
    'the timeline never showed its events',
    { timeout: 8000 },
  );
  await el.updateComplete;
  return el;
}

async function make(template: ReturnType<typeof html>, now?: Date) {
  const el = await fixture<MaillageEventTimeline>(template);
  if (now) el.now = now;
  return ready(el);
}

const vevents = (text: string) =>
  new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));

describe('<maillage-event-timeline> list layout', () => {
  it('renders the AILB calendar in time order, grouped by year (h3) and month (h4) with <time datetime>', async () => {
    const el = await make(
      html`<maillage-event-timeline src=${serve('ailb.json')} when="all" .now=${AILB_NOW}></maillage-event-timeline>`,
    );
    expect(texts(el, 'h3.year__title')).to.deep.equal(['2019', '2020', '2021', '2022']);
    expect(texts(el, 'h4.month__title').slice(0, 3)).to.deep.equal(['avril 2019', 'mai 2019', 'décembre 2019']);
    const times = all<HTMLTimeElement>(el, '.event time').map((t) => t.dateTime);
    expect(times).to.have.length(45);
    expect(times).to.deep.equal([...times].sort());
    const redon = all(el, 'article').find((a) => a.textContent!.includes('Redon Agglomération'))!;
    expect(redon.querySelector('time')!.textContent).to.equal('3–5 février 2021');
    expect(texts(el, '.count')).to.deep.equal(['45 événements']);
    await expectNoAxeViolations(el);
  });

  it('upcoming (default) and past around a fixed now, with relative days', async () => {
    const el = await make(
      html`<maillage-event-timeline src=${serve('ailb.json')} .now=${AILB_NOW}></maillage-event-timeline>`,
    );
    const titles = texts(el, '.event__toggle');
    expect(titles[0]).to.equal('Création de la SAS MHOOVE');
    expect(texts(el, '.event__when')[0]).to.contain('En cours');
    expect(texts(el, '.event__when')[1]).to.contain('demain');
    expect(texts(el, '.count')[0]).to.equal('26 événements à venir');
    el.when = 'past';
    await el.updateComplete;
    expect(texts(el, '.event__toggle')[0]).to.equal("Journée d'immersion – CC de la Région de Blain");
    expect(texts(el, 'h3.year__title')).to.deep.equal(['2021', '2020', '2019']);
    expect(texts(el, '.count')[0]).to.equal('19 événements passés');
  });

  it('"today" is the Paris day, right across the daylight-saving change', async () => {
    const feed = {
      version: '1.0',
      network: { id: 'n', name: 'N' },
      events: [
        { id: 'before', title: 'La veille au soir', start: '2026-03-28T23:30:00+01:00' },
        { id: 'night', title: 'Nuit du changement d’heure', start: '2026-03-28T23:30:00Z' },
        { id: 'later', title: 'Plus tard', start: '2026-04-02T10:00:00+02:00' },
      ],
    };
    const el = await make(
      html`<maillage-event-timeline
        .feed=${feed}
        .now=${new Date('2026-03-29T00:10:00+01:00')}
      ></maillage-event-timeline>`,
    );
    expect(texts(el, '.event__toggle')).to.deep.equal(['Nuit du changement d’heure', 'Plus tard']);
    const night = all(el, 'article')[0]!;
    expect(night.querySelector('time')!.dateTime).to.equal('2026-03-28T23:30:00Z');
    expect(night.querySelector('time')!.textContent).to.equal('29 mars 2026 à 00:30');
    expect(night.querySelector('.event__relative')!.textContent).to.contain('aujourd’hui');
    expect(texts(el, 'h4.month__title')).to.deep.equal(['mars 2026', 'avril 2026']);
    el.now = new Date('2026-03-28T22:50:00Z'); // 23:50 on the 28th in Paris
    await el.updateComplete;
    expect(texts(el, '.event__toggle')[0]).to.equal('La veille au soir');
    expect(all(el, '.event__relative')[1]!.textContent).to.contain('demain');
  });

  it('filters by attribute: kind, theme, territory (SIREN), organiser, from/to and limit', async () => {
    const base = serve('ailb.json');
    const kind = await make(
      html`<maillage-event-timeline src=${base} when="all" kind="bureau" .now=${AILB_NOW}></maillage-event-timeline>`,
    );
    expect(texts(kind, '.event__tags')).to.satisfy((t: string[]) => t.length > 3 && t.every((s) => s === 'Bureau'));
    const siren = await make(
      html`<maillage-event-timeline
        src=${base}
        when="all"
        territory="243500741"
        .now=${AILB_NOW}
      ></maillage-event-timeline>`,
    );
    expect(texts(siren, '.event__toggle')).to.include("Journée d'immersion – Redon Agglomération");
    expect(texts(siren, '.event__toggle')).not.to.include("Journée d'immersion – CC de Nozay");
    const themed = await make(
      html`<maillage-event-timeline
        src=${base}
        when="all"
        theme="dechets"
        organiser="ailb"
        .now=${AILB_NOW}
      ></maillage-event-timeline>`,
    );
    expect(texts(themed, '.event__toggle')).to.deep.equal([
      "Assemblée générale élargie de l'AILB",
      'Temps fort « Déchets »',
    ]);
    const range = await make(
      html`<maillage-event-timeline
        src=${base}
        when="all"
        from="2021-06-01"
        to="2021-06-30"
      ></maillage-event-timeline>`,
    );
    expect(all(range, 'article')).to.have.length(3);
    const box = await make(
      html`<maillage-event-timeline src=${base} limit="3" .now=${AILB_NOW}></maillage-event-timeline>`,
    );
    expect(all(box, 'article')).to.have.length(3);
    expect(root(box).querySelector('.toolbar')).to.equal(null);
    await expectNoAxeViolations(box);
    const bare = await make(
      html`<maillage-event-timeline src=${base} hide-filters .now=${AILB_NOW}></maillage-event-timeline>`,
    );
    expect(root(bare).querySelector('select')).to.equal(null);
    expect(all(bare, 'article')).to.have.length(26);
  });

  it('the visitor filters by period, kind and theme, and can clear the filters', async () => {
    const el = await make(
      html`<maillage-event-timeline src=${serve('ailb.json')} when="all" .now=${AILB_NOW}></maillage-event-timeline>`,
    );
    const [period, kind, theme] = all<HTMLSelectElement>(el, 'select');
    expect(all(el, 'select')).to.have.length(3);
    kind!.value = 'immersion';
    kind!.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(all(el, 'article')).to.have.length(13);
    theme!.value = 'dechets';
    theme!.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(root(el).querySelector('.state--empty')!.textContent).to.contain('Aucun événement ne correspond');
    await expectNoAxeViolations(el);
    root(el).querySelector<HTMLButtonElement>('.state--empty button')!.click();
    await el.updateComplete;
    expect(all(el, 'article')).to.have.length(45);
    period!.value = 'upcoming';
    period!.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(all(el, 'article')).to.have.length(26);
  });

  it('follows a territory chosen elsewhere, shows a chip to clear it, and ignores its own events', async () => {
    const el = await make(
      html`<maillage-event-timeline src=${serve('ailb.json')} when="all" .now=${AILB_NOW}></maillage-event-timeline>`,
    );
    const map = document.createElement('div');
    document.body.append(map);
    map.dispatchEvent(
      new CustomEvent('maillage-select', {
        detail: { kind: 'territory', id: 'epci-243500741' },
        bubbles: true,
        composed: true,
      }),
    );
    await el.updateComplete;
    const titles = texts(el, '.event__toggle');
    expect(titles).to.include("Journée d'immersion – Redon Agglomération");
    expect(titles.length).to.be.lessThan(10);
    const chip = root(el).querySelector('.chip')!;
    expect(chip.textContent).to.contain('Territoire : Redon Agglomération');
    await expectNoAxeViolations(el);
    chip.querySelector('button')!.click();
    await el.updateComplete;
    expect(all(el, 'article')).to.have.length(45);
    map.remove();
  });

  it('opening an event emits maillage-select { kind: event }, shows details; closing emits null', async () => {
    const el = await make(
      html`<maillage-event-timeline src=${serve('ailb.json')} .now=${AILB_NOW}></maillage-event-timeline>`,
    );
    const toggle = all<HTMLButtonElement>(el, '.event__toggle')[1]!;
    setTimeout(() => toggle.click());
    const opened = (await oneEvent(el, 'maillage-select')) as CustomEvent<MaillageSelectDetail>;
    expect(opened.detail).to.deep.equal({ kind: 'event', id: 'ailb-2021-03-11-bureau' });
    expect(opened.bubbles && opened.composed).to.equal(true);
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const details = root(el).getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(details.hidden).to.equal(false);
    expect(details.textContent).to.contain('Ordre du jour');
    expect(details.querySelector('button')!.textContent).to.contain('Ajouter à mon agenda');
    await expectNoAxeViolations(el);
    setTimeout(() => toggle.click());
    const closed = (await oneEvent(el, 'maillage-select')) as CustomEvent<MaillageSelectDetail>;
    expect(closed.detail).to.deep.equal({ kind: 'event', id: null });
  });

  it('opens an event chosen in another element, without echoing the choice', async () => {
    const el = await make(
      html`<maillage-event-timeline src=${serve('ailb.json')} .now=${AILB_NOW}></maillage-event-timeline>`,
    );
    const echoes: unknown[] = [];
    el.addEventListener('maillage-select', (e) => echoes.push(e));
    document.body.dispatchEvent(
      new CustomEvent('maillage-select', {
        detail: { kind: 'event', id: 'ailb-2021-03-19-assemblee-generale' },
        bubbles: true,
        composed: true,
      }),
    );
    await el.updateComplete;
    const open = all(el, '.event__toggle[aria-expanded="true"]');
    expect(open.map((b) => b.textContent!.trim())).to.deep.equal(["Assemblée générale de l'AILB"]);
    expect(echoes).to.have.length(0);
  });

  it('the .ics of one event and of the filtered list parse back to the same events', async () => {
    const el = await make(
      html`<maillage-event-timeline src=${serve('ailb.json')} kind="immersion" when="all"></maillage-event-timeline>`,
    );
    const one = vevents(await el.toICalendar('ailb-immersion-redon-agglomeration'));
    expect(one).to.have.length(1);
    expect(one[0]!.uid).to.equal('ailb-immersion-redon-agglomeration@ailb');
    expect(one[0]!.summary).to.equal("Journée d'immersion – Redon Agglomération");
    expect([one[0]!.startDate.toString(), one[0]!.endDate.toString()]).to.deep.equal(['2021-02-03', '2021-02-06']);
    const list = vevents(await el.toICalendar());
    expect(list.map((e) => e.uid)).to.deep.equal(el.shownEvents.map((e) => `${e.id}@ailb`));
    expect(list).to.have.length(13);
    // The button hands the same text to the browser as a Blob download.
    const original = URL.createObjectURL;
    let blob: Blob | undefined;
    URL.createObjectURL = (b: Blob | MediaSource) => ((blob = b as Blob), 'blob:test');
    try {
      root(el).querySelector<HTMLButtonElement>('.toolbar .button')!.click();
      await waitUntil(() => blob, 'no download');
    } finally {
      URL.createObjectURL = original;
    }
    expect(blob!.type).to.equal('text/calendar;charset=utf-8');
    expect(vevents(await blob!.text()).map((e) => e.uid)).to.deep.equal(list.map((e) => e.uid));
  });

  it('publishes schema.org Event JSON-LD in a light-DOM script, kept up to date and removed on disconnect', async () => {
    const el = await make(
      html`<maillage-event-timeline src=${serve('ailb.json')} json-ld .now=${AILB_NOW}></maillage-event-timeline>`,
    );
    const script = () => el.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"]');
    await waitUntil(script, 'no JSON-LD script');
    const doc = JSON.parse(script()!.textContent!);
    expect(doc['@context']).to.equal('https://schema.org');
    expect(doc['@graph']).to.have.length(26);
    const first = doc['@graph'][0];
    expect(first).to.include({ '@type': 'Event', name: 'Création de la SAS MHOOVE', startDate: '2021-03-01' });
    expect(first.eventStatus).to.equal('https://schema.org/EventScheduled');
    expect(first.organizer['@type']).to.equal('Organization');
    el.limit = 2;
    await waitUntil(() => JSON.parse(script()!.textContent!)['@graph'].length === 2, 'JSON-LD not updated');
    el.jsonLd = false;
    await el.updateComplete;
    expect(script()).to.equal(null);
    el.jsonLd = true;
    await waitUntil(script, 'JSON-LD not restored');
    el.remove();
    expect(script()).to.equal(null);
  });

  it('follows the page language', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en">
        <maillage-event-timeline src=${serve('ailb.json')} .now=${AILB_NOW}></maillage-event-timeline>
      </div>`,
    );
    const el = await ready(wrapper.querySelector('maillage-event-timeline')!);
    expect(texts(el, '.count')[0]).to.equal('26 upcoming events');
    expect(texts(el, 'h4.month__title')[0]).to.equal('March 2021');
    expect(texts(el, '.event__toggle')[1]).to.equal('AILB bureau');
    expect(texts(el, '.event__when')[1]).to.contain('tomorrow');
    await expectNoAxeViolations(el);
  });
});

describe('<maillage-event-timeline> timeline layout', () => {
  const MAYENNE_NOW = new Date('2019-01-15T10:00:00+01:00');
  /** The Mayenne 2018–2019 milestones on a timeline, seen on 15 January 2019. */
  const mayenneTimeline = () =>
    make(
      html`<maillage-event-timeline
        src=${serve('mayenne.json')}
        layout="timeline"
        when="all"
        .now=${MAYENNE_NOW}
      ></maillage-event-timeline>`,
    );

  it('shows the Mayenne 2018–2019 milestones in order, with today marked by a line and text', async () => {
    const el = await mayenneTimeline();
    const region = root(el).querySelector<HTMLElement>('[role=region]')!;
    expect(region.tabIndex).to.equal(0);
    expect(region.getAttribute('aria-label')).to.equal('Frise chronologique des événements');
    const milestones = all(el, '.milestone__button');
    expect(milestones).to.have.length(23);
    const times = milestones.map((m) => m.querySelector('time')!.dateTime);
    expect(times).to.deep.equal([...times].sort());
    expect(milestones[0]!.querySelector('time')!.textContent!.replace(/\s/g, ' ')).to.equal('mars – septembre 2018');
    expect(texts(el, '.milestone__year').filter(Boolean)).to.deep.equal(['2018', '2019']);
    const items = [...region.querySelectorAll('ol > li')];
    const today = items.findIndex((li) => li.classList.contains('today'));
    expect(items[today]!.textContent!.trim()).to.equal('Aujourd’hui, 15 janvier 2019');
    expect(items[today - 1]!.textContent).to.contain('janvier 2019');
    expect(items[today + 1]!.textContent).to.contain('février 2019');
    const line = items[today]!.querySelector<HTMLElement>('.today__line')!;
    expect(line.getBoundingClientRect().height).to.be.greaterThan(50);
    // The scroller starts with today in view.
    const box = region.getBoundingClientRect();
    const mark = items[today]!.getBoundingClientRect();
    expect(mark.left >= box.left && mark.right <= box.right).to.equal(true);
    await expectNoAxeViolations(el);
  });

  it('is usable with the keyboard: arrows, Home, End and Enter', async () => {
    const el = await mayenneTimeline();
    const region = root(el).querySelector<HTMLElement>('[role=region]')!;
    const focused = () => root(el).activeElement as HTMLElement | null;
    const focusedTitle = () => focused()?.querySelector('.milestone__title')?.textContent;
    region.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focusedTitle()).to.equal('Début des tournées en territoires');
    expect(all(el, '.milestone__button[tabindex="0"]')).to.have.length(1);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focusedTitle()).to.equal("Forum Terre d'entrepreneurs et de savoir-faire");
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(focusedTitle()).to.equal('MayMag / supplément présentation');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(focusedTitle()).to.equal('Rencontre avec les principaux acteurs de la Mayenne');
    const scroller = region;
    await waitUntil(() => scroller.scrollLeft < 50, 'Home did not scroll to the start');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(focusedTitle()).to.equal('Assises de clôture');
    const selected = oneEvent(el, 'maillage-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = (await selected) as CustomEvent<MaillageSelectDetail>;
    expect(detail).to.deep.equal({ kind: 'event', id: 'mayenne-2019-12-assises-cloture' });
    await el.updateComplete;
    expect(focused()!.getAttribute('aria-pressed')).to.equal('true');
    expect(root(el).querySelector('.timeline__details h3')!.textContent!.trim()).to.equal('Assises de clôture');
    await expectNoAxeViolations(el);
  });

  it('scrolls by touch-friendly native overflow, and its buttons page through', async () => {
    const el = await make(
      html`<maillage-event-timeline
        src=${serve('mayenne.json')}
        layout="timeline"
        when="all"
        style="width: 320px"
        .now=${new Date('2018-01-01T10:00:00+01:00')}
      ></maillage-event-timeline>`,
    );
    const scroller = root(el).querySelector<HTMLElement>('.timeline__scroller')!;
    expect(getComputedStyle(scroller).overflowX).to.equal('auto');
    expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth * 5);
    const before = scroller.scrollLeft;
    all<HTMLButtonElement>(el, '.timeline__nav button')[1]!.click();
    await waitUntil(() => scroller.scrollLeft > before + 100, 'the "later" button did not scroll');
    await expectNoAxeViolations(el);
  });
});

describe('<maillage-event-timeline> states and bad input', () => {
  it('loading, error with retry, and empty states are accessible sentences', async () => {
    const loading = await fixture<MaillageEventTimeline>(
      html`<maillage-event-timeline src=${`${serve('ailb.json')}&delay=3000`}></maillage-event-timeline>`,
    );
    await loading.updateComplete;
    expect(root(loading).querySelector('.state--loading')).to.not.equal(null);
    await expectNoAxeViolations(loading);
    const error = await fixture<MaillageEventTimeline>(
      html`<maillage-event-timeline src="/__feed/serve/absent.json?k=${uid()}"></maillage-event-timeline>`,
    );
    await waitUntil(() => root(error).querySelector('[role=alert] button'), 'no retry button', { timeout: 5000 });
    await expectNoAxeViolations(error);
    const empty = await make(
      html`<maillage-event-timeline
        src=${serve('mayenne.json')}
        .now=${new Date('2026-11-24T10:00:00+01:00')}
      ></maillage-event-timeline>`,
    );
    expect(root(empty).querySelector('.state--empty')!.textContent).to.contain('Aucun événement à venir');
    await expectNoAxeViolations(empty);
    const emptyTimeline = await make(
      html`<maillage-event-timeline
        src=${serve('mayenne.json')}
        layout="timeline"
        .now=${new Date('2026-11-24T10:00:00+01:00')}
      ></maillage-event-timeline>`,
    );
    await expectNoAxeViolations(emptyTimeline);
  });

  for (const layout of ['list', 'timeline'] as const)
    it(`renders the hostile fixture safely (${layout})`, async () => {
      const warnings: unknown[][] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      let el: MaillageEventTimeline;
      try {
        // On a dark page, in the dark colour scheme.
        const page = await fixture<HTMLDivElement>(
          html`<div style="background: #121316">
            <maillage-event-timeline
              src=${serve('hostile-feed.json')}
              layout=${layout}
              when="all"
              json-ld
              color-scheme="dark"
              .now=${new Date('2026-03-01T10:00:00+01:00')}
            ></maillage-event-timeline>
          </div>`,
        );
        el = await ready(page.querySelector('maillage-event-timeline')!);
      } finally {
        console.warn = original;
      }
      expect(warnings.some((w) => String(w[0]).includes('event-end-before-start'))).to.equal(true);
      expect(getComputedStyle(el).color).to.equal('rgb(236, 236, 240)');
      for (const button of all<HTMLButtonElement>(el, '.event__toggle, .milestone__button')) button.click();
      await el.updateComplete;
      expect((window as { __maillageHacked?: boolean }).__maillageHacked).to.equal(undefined);
      const hrefs = all<HTMLAnchorElement>(el, 'a').map((a) => a.getAttribute('href') ?? '');
      expect(hrefs.filter((h) => !/^https?:/.test(h))).to.deep.equal([]);
      expect(root(el).innerHTML).not.to.match(/href="(javascript|data):/i);
      expect(root(el).textContent).to.contain('<script>window.__maillageHacked = true</script>');
      // The New York event is shown in Paris time.
      expect(root(el).textContent).to.contain('1 juin 2026 à 15:00');
      // End before start: shown with its start only.
      expect(root(el).textContent).to.contain('10 mai 2026');
      await waitUntil(() => el.querySelector('script[type="application/ld+json"]'), 'no JSON-LD');
      const script = el.querySelector('script[type="application/ld+json"]')!;
      expect(script.textContent).not.to.match(/<\/script/i);
      expect(JSON.parse(script.textContent!)['@graph']).to.have.length(3);
      const ics = await el.toICalendar();
      expect(vevents(ics)).to.have.length(3);
      expect(ics).not.to.match(/javascript:/i);
      await expectNoAxeViolations(el);
    });

  it('renders 2,000 events (log the time), showing 100 at first with "show more"', async () => {
    const events = Array.from({ length: 2000 }, (_, i) => {
      const day = new Date(Date.UTC(2027, 0, 1) + Math.floor(i / 3) * 86_400_000).toISOString().slice(0, 10);
      return {
        id: `e${i}`,
        title: { fr: `Événement ${i}`, en: `Event ${i}` },
        start: i % 2 ? day : `${day}T${String(8 + (i % 10)).padStart(2, '0')}:00:00+01:00`,
        kind: ['bureau', 'forum', 'seminaire'][i % 3],
        location: { name: `Salle ${i}` },
        organiser: 'org',
        themes: ['t'],
      };
    });
    const feed = {
      version: '1.0',
      network: { id: 'n', name: 'N' },
      organisations: [{ id: 'org', name: 'Org', kind: 'association' }],
      themes: [{ id: 't', label: 'Thème' }],
      events,
    };
    const el = document.createElement('maillage-event-timeline');
    el.now = new Date('2026-12-01T10:00:00+01:00');
    const t0 = performance.now();
    el.feed = feed;
    document.body.append(el);
    await el.updateComplete;
    const list = performance.now() - t0;
    expect(all(el, 'article')).to.have.length(100);
    const t1 = performance.now();
    el.layout = 'timeline';
    await el.updateComplete;
    const timeline = performance.now() - t1;
    // A window of 200 milestones follows the visitor: End reaches the last one.
    expect(all(el, '.milestone__button')).to.have.length(200);
    root(el).querySelector<HTMLElement>('[role=region]')!.focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    await waitUntil(() => (root(el).activeElement as HTMLElement | null)?.dataset.index === '1999', 'End missed');
    const last = el.shownEvents[1999]!.title as { fr: string };
    expect(root(el).activeElement!.textContent).to.contain(last.fr);
    const earlier = root(el).querySelector<HTMLButtonElement>('.timeline__edge button')!;
    expect(earlier.textContent).to.match(/1\s800 de plus/);
    earlier.click();
    await el.updateComplete;
    await waitUntil(() => (root(el).activeElement as HTMLElement | null)?.dataset.index === '1799', 'no reveal');
    el.layout = 'list';
    await el.updateComplete;
    const more = root(el).querySelector<HTMLButtonElement>('.more')!;
    expect(more.textContent).to.contain('Afficher 100 événements de plus');
    const t2 = performance.now();
    more.click();
    await el.updateComplete;
    const showMore = performance.now() - t2;
    expect(all(el, 'article')).to.have.length(200);
    expect(root(el).activeElement!.id).to.equal('event-100-title');
    console.log(
      `event-timeline, 2,000 events: list (validate + select + first 100) ${list.toFixed(0)} ms; timeline (first 200 of 2,000 milestones) ${timeline.toFixed(0)} ms; "show more" ${showMore.toFixed(0)} ms`,
    );
    el.remove();
  });
});
