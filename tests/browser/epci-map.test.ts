import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { readFile, sendKeys, sendMouse, writeFile } from '@web/test-runner-commands';
import type { MaillageEpciMap } from '../../src/components/epci-map/epci-map.js';
import '../../src/define/epci-map.js';
import { expectNoAxeViolations } from './helpers/axe.js';

const AILB = '/__feed/serve/ailb.json';
const HOSTILE = '/__feed/serve/hostile-feed.json';
const uid = () => Math.random().toString(36).slice(2);

const square = (x: number, y: number, size = 0.2) => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + size, y],
      [x + size, y + size],
      [x, y + size],
      [x, y],
    ],
  ],
});

/** Three squares side by side in Brittany, one outside the network, one partner with a location only. */
const squaresFeed = () => ({
  version: '1.0',
  network: { id: 'n', name: 'Réseau des carrés', territories: ['a', 'b'] },
  territories: [
    { id: 'a', kind: 'epci', name: 'Carré A', population: { value: 1000, year: 2023 }, geometry: square(-2, 47.5) },
    { id: 'b', kind: 'epci', name: 'Carré B', population: { value: 5000, year: 2023 }, geometry: square(-1.8, 47.5) },
    { id: 'c', kind: 'epci', name: 'Carré C', population: { value: 9000, year: 2023 }, geometry: square(-1.6, 47.5) },
  ],
  organisations: [{ id: 'p', name: 'Partenaire placé', kind: 'association', location: { lon: -1.9, lat: 47.6 } }],
  attributions: [{ text: 'Carrés de test', scope: 'geometry' }],
});

async function shown(el: MaillageEpciMap): Promise<MaillageEpciMap> {
  await waitUntil(() => el.activeRenderer, 'the map never showed', { timeout: 15_000 });
  await el.whenIdle();
  return el;
}

const panel = (el: MaillageEpciMap) => el.shadowRoot!.querySelector<HTMLElement>('[part=panel]');
const renderedIds = (el: MaillageEpciMap) =>
  new Set(
    el.map!.queryRenderedFeatures({ layers: ['maillage-territories-fill'] }).map((f) => f.properties.tid as string),
  );

/** Clicks the page where a lon/lat is on the WebGL map. */
async function clickAt(el: MaillageEpciMap, lonLat: [number, number]) {
  const point = el.map!.project(lonLat);
  const rect = el.map!.getCanvas().getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(rect.left + point.x), Math.round(rect.top + point.y)] });
}

/** Makes the page look like a browser without WebGL until `restore()`. */
function withoutWebGL() {
  const original = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
    return /webgl/.test(type) ? null : (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
  } as typeof original;
  return () => (HTMLCanvasElement.prototype.getContext = original);
}

describe('<maillage-epci-map>', () => {
  it('does not download maplibre-gl when no WebGL map is shown', async () => {
    const el = await fixture<MaillageEpciMap>(html`<maillage-epci-map renderer="svg" src=${AILB}></maillage-epci-map>`);
    await shown(el);
    expect(el.activeRenderer).to.equal('svg');
    expect(el.shadowRoot!.querySelectorAll('svg [role=option]').length).to.equal(13);
    const urls = performance.getEntriesByType('resource').map((e) => e.name);
    expect(urls.filter((u) => u.includes('maplibre'))).to.deep.equal([]);
  });

  it('draws the 13 AILB EPCI from the sample feed, labels them, and fetches nothing off the machine', async () => {
    const el = await shown(
      await fixture<MaillageEpciMap>(html`<maillage-epci-map src=${AILB} now="2021-03-01"></maillage-epci-map>`),
    );
    expect(el.activeRenderer).to.equal('webgl');
    const ids = renderedIds(el);
    expect(ids.size).to.equal(13);
    for (const id of ['epci-243500741', 'epci-244400552', 'epci-244400537']) expect(ids.has(id)).to.equal(true);
    const labels = el.shadowRoot!.querySelectorAll('.labels .label');
    expect(labels.length).to.be.greaterThan(8);
    expect(el.shadowRoot!.querySelector('[part=attribution]')!.textContent).to.contain('Licence Ouverte');
    expect(el.map!.getCanvas().getAttribute('aria-label')).to.contain('Alliance Intermétropolitaine');
    // No request of the page went anywhere but this server (data: and blob: stay in the page).
    const offsite = performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((u) => !u.startsWith(location.origin) && !/^(data|blob):/.test(u));
    expect(offsite).to.deep.equal([]);
    await expectNoAxeViolations(el);
  });

  it('renders three squares as the reviewed picture (render test)', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 400px; --maillage-epci-map-height: 300px">
        <maillage-epci-map preserve-drawing-buffer .feed=${squaresFeed()}></maillage-epci-map>
      </div>`,
    );
    const el = await shown(wrapper.querySelector<MaillageEpciMap>('maillage-epci-map')!);
    await el.whenIdle();
    const actual = el.map!.getCanvas().toDataURL('image/png');
    const expectedPath = 'expected/epci-map-squares.png';
    let expected: string | undefined;
    try {
      expected = await readFile({ path: expectedPath, encoding: 'base64' });
    } catch {
      expected = undefined;
    }
    const differing = expected ? await differingPixels(actual, `data:image/png;base64,${expected}`) : 1;
    if (differing > 0.005) {
      await writeFile({
        path: 'expected/epci-map-squares.new.png',
        content: actual.split(',')[1]!,
        encoding: 'base64',
      });
    }
    expect(differing, 'share of differing pixels; see expected/epci-map-squares.new.png').to.be.at.most(0.005);
  });

  it('opens the panel and emits maillage-select when a territory is clicked', async () => {
    const el = await shown(
      await fixture<MaillageEpciMap>(html`<maillage-epci-map src=${AILB} now="2021-03-01"></maillage-epci-map>`),
    );
    const redon = el
      .map!.queryRenderedFeatures({ layers: ['maillage-territories-fill'] })
      .find((f) => f.properties.tid === 'epci-243500741')!;
    expect(redon).not.to.equal(undefined);
    const event = oneEvent(el, 'maillage-select');
    await clickAt(el, [-2.0, 47.72]);
    const { detail } = await event;
    expect(detail).to.deep.equal({ kind: 'territory', id: 'epci-243500741' });
    await el.updateComplete;
    const box = panel(el)!;
    expect(box.textContent).to.contain('Redon Agglomération');
    expect(box.textContent).to.contain('243500741');
    expect(box.textContent).to.match(/Partenaires \(\d+\)/);
    expect(el.selected).to.equal('epci-243500741');
    expect(el.shadowRoot!.querySelector('[role=status][aria-live]')!.textContent).to.contain('Redon');
    await expectNoAxeViolations(el);
    // Escape closes it and says so to the page.
    const cleared = oneEvent(el, 'maillage-select');
    box.querySelector('button')!.focus();
    await sendKeys({ press: 'Escape' });
    expect((await cleared).detail).to.deep.equal({ kind: 'territory', id: null });
    await el.updateComplete;
    expect(panel(el)).to.equal(null);
  });

  it('places a partner with only a location in the territory that contains it', async () => {
    const el = await shown(
      await fixture<MaillageEpciMap>(
        html`<maillage-epci-map .feed=${squaresFeed()} color-by="partners"></maillage-epci-map>`,
      ),
    );
    el.selected = 'a';
    await el.updateComplete;
    expect(panel(el)!.textContent).to.contain('Partenaire placé');
    expect(panel(el)!.textContent).to.contain('placé d’après sa position');
  });

  it('selects with the keyboard: the picker, then the list of territories', async () => {
    const el = await shown(
      await fixture<MaillageEpciMap>(html`<maillage-epci-map src=${AILB} now="2021-03-01"></maillage-epci-map>`),
    );
    const picker = el.shadowRoot!.querySelector<HTMLSelectElement>('#picker')!;
    picker.focus();
    const event = oneEvent(el, 'maillage-select');
    await sendKeys({ press: 'ArrowDown' });
    const { detail } = await event;
    expect(detail.id).to.equal(picker.value);
    await el.updateComplete;
    expect(panel(el)).not.to.equal(null);

    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement!.textContent).to.contain('Liste des territoires');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const rows = el.shadowRoot!.querySelectorAll('[part=list] tbody tr');
    expect(rows.length).to.equal(13);
    const last = rows[12]!.querySelector('button')!;
    last.focus();
    const second = oneEvent(el, 'maillage-select');
    await sendKeys({ press: 'Enter' });
    expect((await second).detail.id).to.equal(el.selected);
    expect(panel(el)!.textContent).to.contain(last.textContent!.trim());
    await expectNoAxeViolations(el);
  });

  it('lists every territory in a sortable table, drawn or not', async () => {
    const el = await shown(
      await fixture<MaillageEpciMap>(html`<maillage-epci-map src=${HOSTILE}></maillage-epci-map>`),
    );
    el.shadowRoot!.querySelector<HTMLButtonElement>('[aria-controls=territory-list]')!.click();
    await el.updateComplete;
    const names = () =>
      [...el.shadowRoot!.querySelectorAll('[part=list] tbody th .row-button')].map((b) => b.textContent!.trim());
    expect(names()).to.have.length(7);
    expect(names().join('|')).to.contain('EPCI sans contour');
    const table = el.shadowRoot!.querySelector('[part=list]')!;
    expect(table.textContent).to.contain('pas de contour dans les données');
    expect(table.textContent).to.contain('latitude et longitude inversées');
    const population = [...table.querySelectorAll('thead button')][2] as HTMLButtonElement;
    population.click();
    await el.updateComplete;
    expect(population.closest('th')!.getAttribute('aria-sort')).to.equal('descending');
    expect(names()[0]).to.contain('EPCI');
    await expectNoAxeViolations(el);
  });

  it('follows selections made by other elements, territories and organisations', async () => {
    const el = await shown(
      await fixture<MaillageEpciMap>(html`<maillage-epci-map src=${AILB} now="2021-03-01"></maillage-epci-map>`),
    );
    const other = document.createElement('div');
    document.body.append(other);
    other.dispatchEvent(
      new CustomEvent('maillage-select', {
        detail: { kind: 'territory', id: 'epci-244400537' },
        bubbles: true,
        composed: true,
      }),
    );
    await el.updateComplete;
    expect(el.selected).to.equal('epci-244400537');
    other.dispatchEvent(
      new CustomEvent('maillage-select', {
        detail: { kind: 'organisation', id: 'compa' },
        bubbles: true,
        composed: true,
      }),
    );
    await el.updateComplete;
    expect(el.selected).to.equal('epci-244400552');
    other.remove();
  });

  it('falls back to an SVG map without WebGL, with the same selection by mouse and keyboard', async () => {
    const restore = withoutWebGL();
    try {
      const el = await shown(
        await fixture<MaillageEpciMap>(html`<maillage-epci-map src=${AILB} now="2021-03-01"></maillage-epci-map>`),
      );
      expect(el.activeRenderer).to.equal('svg');
      const svg = el.shadowRoot!.querySelector('svg[role=listbox]')!;
      const options = svg.querySelectorAll<SVGPathElement>('[role=option]');
      expect(options.length).to.equal(13);
      expect(el.shadowRoot!.querySelector('[part=notes]')!.textContent).to.contain('WebGL');
      const first = options[0]!;
      expect(first.getAttribute('tabindex')).to.equal('0');
      const clicked = oneEvent(el, 'maillage-select');
      options[3]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      expect((await clicked).detail.id).to.equal(options[3]!.dataset.id);
      first.focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      const focused = el.shadowRoot!.activeElement as SVGPathElement;
      expect(focused.dataset.id).to.equal(options[1]!.dataset.id);
      const keyed = oneEvent(el, 'maillage-select');
      await sendKeys({ press: 'Enter' });
      expect((await keyed).detail.id).to.equal(options[1]!.dataset.id);
      await el.updateComplete;
      expect(svg.querySelector('[aria-selected=true]')!.getAttribute('data-id')).to.equal(options[1]!.dataset.id);
      await expectNoAxeViolations(el);
    } finally {
      restore();
    }
  });

  it('renders the hostile fixture as text, leaves bad outlines out with notes, and shows the failed outline URL', async () => {
    const el = await shown(
      await fixture<MaillageEpciMap>(html`<maillage-epci-map src=${HOSTILE}></maillage-epci-map>`),
    );
    await waitUntil(() => el.shadowRoot!.querySelector('.note--error'), 'no error for the outline URL', {
      timeout: 10_000,
    });
    const notes = el.shadowRoot!.querySelector('[part=notes]')!.textContent!;
    expect(notes).to.contain('1 territoire n’a pas de contour');
    expect(notes).to.contain('3 contours invalides');
    expect(notes).to.contain('EPCI au contour introuvable');
    expect(renderedIds(el)).to.deep.equal(new Set(['epci-hostile', 'epci-huge']));
    el.selected = 'epci-hostile';
    await el.updateComplete;
    expect(panel(el)!.textContent).to.contain('<img src=x onerror');
    expect((window as { __maillageHacked?: boolean }).__maillageHacked).to.equal(undefined);
    const hrefs = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.filter((h) => !/^(https?|mailto):/.test(h))).to.deep.equal([]);
    await expectNoAxeViolations(el);
  });

  it('shows the loading, error and empty states accessibly', async () => {
    const loading = await fixture<MaillageEpciMap>(
      html`<maillage-epci-map src=${`/__feed/serve/ailb.json?delay=2000&k=${uid()}`}></maillage-epci-map>`,
    );
    expect(loading.shadowRoot!.textContent).to.contain('Chargement');
    await expectNoAxeViolations(loading);
    const error = await fixture<MaillageEpciMap>(
      html`<maillage-epci-map src="/__feed/serve/nope.json?k=${uid()}"></maillage-epci-map>`,
    );
    await waitUntil(() => error.shadowRoot!.querySelector('[role=alert]'), 'no error shown');
    await expectNoAxeViolations(error);
    const empty = await fixture<MaillageEpciMap>(
      html`<maillage-epci-map .feed=${{ version: '1.0', network: { id: 'n', name: 'Vide' } }}></maillage-epci-map>`,
    );
    await waitUntil(() => empty.shadowRoot!.querySelector('.state--empty'), 'no empty state');
    await expectNoAxeViolations(empty);
  });

  it('colours by population with a legend that states the classes', async () => {
    const el = await shown(
      await fixture<MaillageEpciMap>(
        html`<maillage-epci-map src=${AILB} color-by="population" classification="jenks"></maillage-epci-map>`,
      ),
    );
    const legend = el.shadowRoot!.querySelector('[part=legend]')!;
    expect(legend.textContent).to.contain('Population');
    expect(legend.querySelectorAll('.swatch:not(.swatch--point):not(.swatch--line)').length).to.equal(5);
    expect(legend.textContent).to.contain('Jenks');
    const fills = new Set(
      el.map!.queryRenderedFeatures({ layers: ['maillage-territories-fill'] }).map((f) => f.properties.fill),
    );
    expect(fills.size).to.equal(5);
  });

  it('resizes with its container', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 600px"><maillage-epci-map .feed=${squaresFeed()}></maillage-epci-map></div>`,
    );
    const el = await shown(wrapper.querySelector<MaillageEpciMap>('maillage-epci-map')!);
    const before = el.map!.getCanvas().clientWidth;
    wrapper.style.width = '360px';
    await waitUntil(() => el.map!.getCanvas().clientWidth !== before, 'the map did not resize', { timeout: 5000 });
    expect(el.map!.getCanvas().clientWidth).to.be.below(360);
  });

  it('fits a height the page gives it, and keeps its own height otherwise', async () => {
    const root = (el: MaillageEpciMap) => el.shadowRoot!.querySelector<HTMLElement>('.root')!;
    const frame = (el: MaillageEpciMap) => el.shadowRoot!.querySelector<HTMLElement>('.map')!;
    const free = await shown(
      await fixture<MaillageEpciMap>(
        html`<maillage-epci-map renderer="svg" .feed=${squaresFeed()}></maillage-epci-map>`,
      ),
    );
    expect(frame(free).offsetHeight).to.equal(480);

    const el = await shown(
      await fixture<MaillageEpciMap>(
        html`<maillage-epci-map renderer="svg" style="height: 420px" .feed=${squaresFeed()}></maillage-epci-map>`,
      ),
    );
    const fits = () => Math.abs(root(el).offsetHeight - el.clientHeight) <= 1;
    await waitUntil(fits, 'the map did not shrink into 420px', { timeout: 5000 });
    expect(frame(el).offsetHeight).to.be.below(420).and.at.least(240);

    el.style.height = '900px';
    await waitUntil(fits, 'the map did not grow into 900px', { timeout: 5000 });
    expect(frame(el).offsetHeight).to.be.above(480);

    // Too small for the toolbar and 240px of map: the map keeps 240px.
    el.style.height = '150px';
    await waitUntil(() => frame(el).offsetHeight === 240, 'the map went under 240px', { timeout: 5000 });

    // The page's height removed: back to the map's own height.
    el.style.height = '';
    await waitUntil(() => frame(el).offsetHeight === 480, 'the map kept a fitted height', { timeout: 5000 });
    await expectNoAxeViolations(el);
  });

  it('stays usable with the 1,232 EPCI of metropolitan France', async function () {
    this.timeout(60_000);
    const collection = (await (await fetch('/data/epci-metropole.geojson')).json()) as {
      features: { properties: { siren: string; nom: string; type: string; population: number }; geometry: unknown }[];
    };
    const feed = {
      version: '1.0',
      network: { id: 'france', name: 'France' },
      territories: collection.features.map((f) => ({
        id: `epci-${f.properties.siren}`,
        kind: 'epci',
        name: f.properties.nom,
        codes: { siren: f.properties.siren },
        population: { value: f.properties.population, year: 2023 },
        geometry: f.geometry,
      })),
    };
    const started = performance.now();
    const el = await fixture<MaillageEpciMap>(
      html`<maillage-epci-map color-by="population" .feed=${feed}></maillage-epci-map>`,
    );
    await waitUntil(() => el.dataset.idleMs, 'never idle', { timeout: 30_000 });
    const elapsed = performance.now() - started;
    console.log(
      `epci-map: 1,232 EPCI, connected → idle ${el.dataset.idleMs} ms (fixture → idle ${Math.round(elapsed)} ms)`,
    );
    expect(el.activeRenderer).to.equal('webgl');
    expect(renderedIds(el).size).to.be.greaterThan(1200);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[aria-controls=territory-list]')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part=list] tbody tr').length).to.equal(1232);
  });
});

/** Share of pixels whose colour differs by more than 24 (of 255) on any channel. */
async function differingPixels(a: string, b: string): Promise<number> {
  const pixels = async (src: string) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    return ctx.getImageData(0, 0, img.width, img.height);
  };
  const [x, y] = await Promise.all([pixels(a), pixels(b)]);
  if (x.width !== y.width || x.height !== y.height) return 1;
  let differing = 0;
  for (let i = 0; i < x.data.length; i += 4)
    if (
      Math.abs(x.data[i]! - y.data[i]!) > 24 ||
      Math.abs(x.data[i + 1]! - y.data[i + 1]!) > 24 ||
      Math.abs(x.data[i + 2]! - y.data[i + 2]!) > 24
    )
      differing++;
  return differing / (x.width * x.height);
}
