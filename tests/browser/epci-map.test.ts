import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
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

/** The AILB map drawn in SVG (call it inside withoutWebGL()). */
async function svgAilbMap(): Promise<MaillageEpciMap> {
  const el = await shown(
    await fixture<MaillageEpciMap>(html`<maillage-epci-map src=${AILB} now="2021-03-01"></maillage-epci-map>`),
  );
  expect(el.activeRenderer).to.equal('svg');
  return el;
}

/** A 256 px magenta tile, served as is by the test server: the query keeps each tile's address apart. */
const TILE_COLOUR = [255, 0, 204] as const;
const tileTemplate = () => `${location.origin}/tests/fixtures/basemap-tile.png?z={z}&x={x}&y={y}`;
/** Tiles a basemap asks for look like `…/z/x/y.png`, `…?z=&x=&y=`, or any image or vector tile. */
const TILE_REQUEST = /\.(png|jpe?g|webp|pbf|mvt)(\?|$)|[?&]z=\d|\/\d+\/\d+\/\d+/;

/** Every resource the page requests from now on (the timing buffer may be full after earlier tests). */
function watchRequests() {
  const seen: string[] = [];
  const observer = new PerformanceObserver((list) => seen.push(...list.getEntries().map((e) => e.name)));
  observer.observe({ type: 'resource' });
  return {
    urls: () => [...seen, ...observer.takeRecords().map((e) => e.name)],
    stop: () => observer.disconnect(),
  };
}

/** Errors that reach the page (uncaught, unhandled rejections) until `stop()`. */
function watchPageErrors() {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(String(e.message));
  const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** The colour of the WebGL map's canvas at a CSS pixel (the map needs `preserve-drawing-buffer`). */
async function pixelAt(el: MaillageEpciMap, [x, y]: [number, number]): Promise<[number, number, number]> {
  const source = el.map!.getCanvas();
  const image = await imageData(source.toDataURL('image/png'));
  const ratio = image.width / source.clientWidth;
  const at = (Math.round(y * ratio) * image.width + Math.round(x * ratio)) * 4;
  return [image.data[at]!, image.data[at + 1]!, image.data[at + 2]!];
}

/** The pixels of an image (a data: or same-site URL). */
async function imageData(src: string): Promise<ImageData> {
  const img = new Image();
  img.src = src;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = img.width;
  canvas.height = img.height;
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(img, 0, 0);
  return ctx.getImageData(0, 0, img.width, img.height);
}

const closeTo = (actual: readonly number[], expected: readonly number[], tolerance = 24) =>
  actual.every((v, i) => Math.abs(v - expected[i]!) <= tolerance);
const hexColour = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/** The squares map with a basemap, at a fixed size, drawn. */
async function squaresWithBasemap(basemap?: string, attribution?: string): Promise<MaillageEpciMap> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: 400px; --maillage-epci-map-height: 300px">
      <maillage-epci-map
        preserve-drawing-buffer
        basemap=${basemap ?? nothing}
        basemap-attribution=${attribution ?? nothing}
        .feed=${squaresFeed()}
      ></maillage-epci-map>
    </div>`,
  );
  return shown(wrapper.querySelector<MaillageEpciMap>('maillage-epci-map')!);
}

/** The map shows the three squares, WebGL, no spinner, no failure note. */
function expectOutlinesWorking(el: MaillageEpciMap) {
  expect(el.activeRenderer).to.equal('webgl');
  expect(renderedIds(el)).to.deep.equal(new Set(['a', 'b', 'c']));
  expect(el.shadowRoot!.querySelector('.map-state')).to.equal(null);
  expect(el.shadowRoot!.querySelector('[part=notes]')?.textContent ?? '').not.to.contain('carte interactive');
}

/** The SVG map's parts. */
const svgOf = (el: MaillageEpciMap) => el.shadowRoot!.querySelector<SVGSVGElement>('svg.svg-map')!;
const frameOf = (el: MaillageEpciMap) => el.shadowRoot!.querySelector<HTMLElement>('.svg-frame')!;
const zoomButton = (el: MaillageEpciMap, label: string) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>(`.svg-zoom button[aria-label="${label}"]`)!;
/** The SVG's view box, and how much closer than the whole map it is. */
function viewBoxOf(el: MaillageEpciMap) {
  const [x, y, width, height] = svgOf(el).getAttribute('viewBox')!.split(' ').map(Number) as [
    number,
    number,
    number,
    number,
  ];
  return { x, y, width, height, zoom: Number(svgOf(el).getAttribute('width')) / width };
}
/** The screen point at the middle of an element's box. */
function middleOf(node: Element): [number, number] {
  const r = node.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
}
/** Pointer events as a finger or pen would send them (Playwright's mouse is a mouse). */
function pointer(target: Element, type: string, id: number, [clientX, clientY]: [number, number]) {
  target.dispatchEvent(
    new PointerEvent(type, { pointerId: id, pointerType: 'touch', clientX, clientY, bubbles: true, composed: true }),
  );
}

async function svgMap(width = 700, feed: unknown = squaresFeed()): Promise<MaillageEpciMap> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style=${`width: ${width}px`}><maillage-epci-map renderer="svg" .feed=${feed}></maillage-epci-map></div>`,
  );
  return shown(wrapper.querySelector<MaillageEpciMap>('maillage-epci-map')!);
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
      const el = await svgAilbMap();
      const svg = el.shadowRoot!.querySelector('svg[role=listbox]')!;
      const options = svg.querySelectorAll<SVGPathElement>('[role=option]');
      expect(options.length).to.equal(13);
      expect(el.shadowRoot!.querySelector('[part=notes]')!.textContent).to.contain('WebGL');
      const first = options[0]!;
      expect(first.getAttribute('tabindex')).to.equal('0');
      const clicked = oneEvent(el, 'maillage-select');
      options[3]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      expect((await clicked).detail.id).to.equal(options[3]!.dataset.id);
      // The second click of a double click (which zooms) chooses nothing new: the page is not told again.
      let told = 0;
      const count = () => told++;
      el.addEventListener('maillage-select', count);
      options[3]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      options[3]!.dispatchEvent(new MouseEvent('dblclick', { bubbles: true }));
      await el.updateComplete;
      expect(told).to.equal(0);
      // Once another element has spoken, choosing it again is news.
      document.body.dispatchEvent(
        new CustomEvent('maillage-select', { detail: { kind: 'territory', id: null }, bubbles: true, composed: true }),
      );
      options[3]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      expect(told).to.equal(1);
      // So is it once the page has selected another territory itself.
      el.selected = options[5]!.dataset.id!;
      await el.updateComplete;
      options[3]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      el.removeEventListener('maillage-select', count);
      expect(told).to.equal(2);
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

  describe('SVG map zoom', () => {
    it('zooms in and out with labelled buttons, within limits, and resets to the whole network', async () => {
      const el = await svgMap();
      const whole = viewBoxOf(el);
      expect([whole.x, whole.y, whole.zoom]).to.deep.equal([0, 0, 1]);
      const [zoomIn, zoomOut, reset] = ['Zoomer', 'Dézoomer', 'Revenir à la vue d’ensemble'].map((l) =>
        zoomButton(el, l),
      );
      expect(zoomOut!.getAttribute('aria-disabled')).to.equal('true');
      expect(reset!.getAttribute('aria-disabled')).to.equal('true');
      zoomIn!.click();
      await el.updateComplete;
      const closer = viewBoxOf(el);
      expect(closer.zoom).to.be.closeTo(2, 1e-6);
      // About the centre.
      expect(closer.x + closer.width / 2).to.be.closeTo(whole.width / 2, 0.5);
      expect(zoomOut!.getAttribute('aria-disabled')).to.equal('false');
      // Names keep their size on screen, and strokes do not scale.
      const label = svgOf(el).querySelector<SVGTextElement>('.label')!;
      expect(label.getBoundingClientRect().height).to.be.within(10, 20);
      expect(getComputedStyle(svgOf(el).querySelector('.territory')!).vectorEffect).to.equal('non-scaling-stroke');
      for (let i = 0; i < 5; i++) zoomIn!.click();
      await el.updateComplete;
      expect(viewBoxOf(el).zoom).to.be.closeTo(8, 1e-6);
      expect(zoomIn!.getAttribute('aria-disabled')).to.equal('true');
      zoomOut!.click();
      await el.updateComplete;
      expect(viewBoxOf(el).zoom).to.be.closeTo(4, 1e-6);
      await expectNoAxeViolations(el);
      reset!.click();
      await el.updateComplete;
      expect(viewBoxOf(el)).to.deep.equal(whole);
      // The button keeps the focus even once it cannot do more.
      reset!.focus();
      reset!.click();
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(reset);
    });

    it('zooms and pans with the keyboard like the WebGL map, and brings a territory reached by keys into view', async () => {
      const restore = withoutWebGL();
      try {
        const el = await svgAilbMap();
        const frame = frameOf(el);
        expect(frame.getAttribute('role')).to.equal('region');
        expect(frame.getAttribute('aria-describedby')).to.equal('map-keys');
        expect(el.shadowRoot!.getElementById('map-keys')!.textContent).to.contain('+ et −');
        frame.focus();
        await sendKeys({ press: '+' });
        await el.updateComplete;
        const closer = viewBoxOf(el);
        expect(closer.zoom).to.be.closeTo(2, 1e-6);
        await sendKeys({ press: 'ArrowRight' });
        await el.updateComplete;
        expect(viewBoxOf(el).x).to.be.closeTo(closer.x + 50, 0.5);
        await sendKeys({ press: 'ArrowDown' });
        await el.updateComplete;
        expect(viewBoxOf(el).y).to.be.closeTo(closer.y + 50, 0.5);
        await sendKeys({ press: '-' });
        await el.updateComplete;
        expect(viewBoxOf(el).zoom).to.equal(1);
        await sendKeys({ press: '=' });
        await el.updateComplete;
        expect(viewBoxOf(el).zoom).to.be.closeTo(2, 1e-6);

        // Tab reaches the territories; there arrows move between them, + zooms about the focused one.
        await sendKeys({ press: 'Tab' });
        const options = [...svgOf(el).querySelectorAll<SVGPathElement>('[role=option]')];
        expect(el.shadowRoot!.activeElement).to.equal(options[0]);
        for (let i = 0; i < 2; i++) await sendKeys({ press: '+' });
        await el.updateComplete;
        const onFirst = viewBoxOf(el);
        expect(onFirst.zoom).to.be.closeTo(8, 1e-6);
        const inView = (path: SVGPathElement) => {
          const box = path.getBBox();
          const v = viewBoxOf(el);
          const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
          return cx >= v.x && cx <= v.x + v.width && cy >= v.y && cy <= v.y + v.height;
        };
        expect(inView(options[0]!)).to.equal(true);
        const far = options.find((o) => !inView(o))!;
        expect(far, 'a territory out of view').not.to.equal(undefined);
        const steps = options.indexOf(far);
        for (let i = 0; i < steps; i++) await sendKeys({ press: 'ArrowDown' });
        await el.updateComplete;
        expect(el.shadowRoot!.activeElement).to.equal(far);
        expect(inView(far)).to.equal(true);
        expect(viewBoxOf(el).zoom).to.be.closeTo(8, 1e-6);
        // Enter still chooses it.
        const event = oneEvent(el, 'maillage-select');
        await sendKeys({ press: 'Enter' });
        expect((await event).detail.id).to.equal(far.dataset.id);
        await el.updateComplete;
        await expectNoAxeViolations(el);
      } finally {
        restore();
      }
    });

    it('zooms with Ctrl + wheel (the wheel alone scrolls the page and says how), double click, and drags with the mouse', async () => {
      const el = await svgMap();
      const svg = svgOf(el);
      const [cx, cy] = middleOf(svg);
      const wheel = (init: WheelEventInit) =>
        svg.dispatchEvent(
          new WheelEvent('wheel', {
            clientX: cx,
            clientY: cy,
            bubbles: true,
            cancelable: true,
            composed: true,
            ...init,
          }),
        );
      expect(wheel({ deltaY: -200 })).to.equal(true);
      await el.updateComplete;
      expect(viewBoxOf(el).zoom).to.equal(1);
      expect(el.shadowRoot!.querySelector('.svg-hint')!.classList.contains('svg-hint--shown')).to.equal(true);
      expect(el.shadowRoot!.querySelector('.svg-hint')!.textContent).to.contain('Ctrl + molette');
      expect(wheel({ deltaY: -300, ctrlKey: true })).to.equal(false);
      await el.updateComplete;
      expect(viewBoxOf(el).zoom).to.be.closeTo(2, 1e-6);
      wheel({ deltaY: 300, ctrlKey: true });
      await el.updateComplete;
      expect(viewBoxOf(el).zoom).to.be.closeTo(1, 1e-6);

      // Double click zooms in about the point; Shift + double click out.
      svg.dispatchEvent(new MouseEvent('dblclick', { clientX: cx, clientY: cy, bubbles: true, composed: true }));
      await el.updateComplete;
      const closer = viewBoxOf(el);
      expect(closer.zoom).to.be.closeTo(2, 1e-6);

      // A drag moves the map with the mouse, and does not select what is under it.
      let selected = 0;
      const count = () => selected++;
      el.addEventListener('maillage-select', count);
      await sendMouse({ type: 'move', position: [cx, cy] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [cx + 60, cy + 40] });
      await sendMouse({ type: 'up' });
      await el.updateComplete;
      const dragged = viewBoxOf(el);
      const scale = closer.width / svg.getBoundingClientRect().width;
      expect(dragged.x).to.be.closeTo(closer.x - 60 * scale, 0.5);
      expect(dragged.y).to.be.closeTo(closer.y - 40 * scale, 0.5);
      expect(selected).to.equal(0);
      // A click without a drag still selects.
      await sendMouse({ type: 'click', position: [cx + 60, cy + 40] });
      await el.updateComplete;
      expect(selected).to.equal(1);
      el.removeEventListener('maillage-select', count);
    });

    it('pans and pinches with fingers (pointer events)', async () => {
      const el = await svgMap();
      const frame = frameOf(el);
      expect(getComputedStyle(frame).touchAction).to.equal('pan-x pan-y');
      const [cx, cy] = middleOf(svgOf(el));
      pointer(frame, 'pointerdown', 1, [cx - 40, cy]);
      pointer(frame, 'pointerdown', 2, [cx + 40, cy]);
      pointer(frame, 'pointermove', 1, [cx - 80, cy]);
      pointer(frame, 'pointermove', 2, [cx + 80, cy]);
      pointer(frame, 'pointerup', 1, [cx - 80, cy]);
      pointer(frame, 'pointerup', 2, [cx + 80, cy]);
      await el.updateComplete;
      const pinched = viewBoxOf(el);
      expect(pinched.zoom).to.be.closeTo(2, 0.01);
      // Zoomed in, one finger moves the map (and the page does not scroll under it).
      expect(getComputedStyle(frame).touchAction).to.equal('none');
      pointer(frame, 'pointerdown', 3, [cx, cy]);
      pointer(frame, 'pointermove', 3, [cx - 50, cy]);
      pointer(frame, 'pointerup', 3, [cx - 50, cy]);
      await el.updateComplete;
      const scale = pinched.width / svgOf(el).getBoundingClientRect().width;
      expect(viewBoxOf(el).x).to.be.closeTo(pinched.x + 50 * scale, 0.5);
    });

    it('keeps selecting territories after zooming, and keeps the zoom when the panel opens', async () => {
      const el = await svgMap(900);
      zoomButton(el, 'Zoomer').click();
      await el.updateComplete;
      const before = viewBoxOf(el);
      const squareB = svgOf(el).querySelector<SVGPathElement>('[data-id=b]')!;
      const event = oneEvent(el, 'maillage-select');
      await sendMouse({ type: 'click', position: middleOf(squareB) });
      expect((await event).detail.id).to.equal('b');
      await el.updateComplete;
      expect(panel(el)).not.to.equal(null);
      expect(svgOf(el).querySelector('[aria-selected=true]')!.getAttribute('data-id')).to.equal('b');
      // The panel took room beside the map: a new drawing, the same zoom about the same place.
      await waitUntil(() => viewBoxOf(el).width !== before.width, 'the map did not narrow', { timeout: 5000 });
      expect(viewBoxOf(el).zoom).to.be.closeTo(2, 1e-6);
      const middle = middleOf(svgOf(el));
      const under = el.shadowRoot!.elementFromPoint(...middle) as SVGElement;
      expect(under.dataset.id).to.equal('b');
      // Chosen in the picker, a territory out of view comes into it.
      for (let i = 0; i < 2; i++) zoomButton(el, 'Zoomer').click();
      await el.updateComplete;
      const picker = el.shadowRoot!.querySelector<HTMLSelectElement>('#picker')!;
      picker.value = 'c';
      picker.dispatchEvent(new Event('change'));
      await el.updateComplete;
      const c = svgOf(el).querySelector<SVGPathElement>('[data-id=c]')!;
      const box = c.getBBox();
      const v = viewBoxOf(el);
      expect(box.x + box.width / 2).to.be.within(v.x, v.x + v.width);
      expect(v.zoom).to.be.closeTo(8, 1e-6);
      await expectNoAxeViolations(el);
    });
  });

  describe('basemap', () => {
    it('requests no tile at all without a basemap', async () => {
      const requests = watchRequests();
      try {
        const el = await squaresWithBasemap();
        expectOutlinesWorking(el);
        const sources = Object.values(el.map!.getStyle().sources);
        expect(sources.map((s) => s.type)).to.deep.equal(['geojson', 'geojson', 'geojson', 'geojson']);
        expect(el.map!.getStyle().glyphs).to.equal(undefined);
        expect(el.map!.getStyle().sprite).to.equal(undefined);
        expect(el.shadowRoot!.querySelector('.maplibregl-ctrl-attrib')).to.equal(null);
        // The background is the style's own colour, not a picture.
        expect(closeTo(await pixelAt(el, [8, 8]), TILE_COLOUR)).to.equal(false);
        const urls = requests.urls();
        expect(urls.filter((u) => TILE_REQUEST.test(u))).to.deep.equal([]);
        expect(urls.filter((u) => !u.startsWith(location.origin) && !/^(data|blob):/.test(u))).to.deep.equal([]);
      } finally {
        requests.stop();
      }
    });

    it("draws raster tiles from the template under the outlines, with the author's attribution", async () => {
      const requests = watchRequests();
      try {
        const el = await squaresWithBasemap(tileTemplate(), '© Tuiles de <a href="https://example.org/">test</a>');
        expectOutlinesWorking(el);
        const tiles = requests.urls().filter((u) => u.includes('/tests/fixtures/basemap-tile.png?'));
        expect(tiles.length).to.be.greaterThan(0);
        for (const url of tiles) expect(url).to.match(/\?z=\d+&x=\d+&y=\d+$/);
        expect(requests.urls().filter((u) => !u.startsWith(location.origin) && !/^(data|blob):/.test(u))).to.deep.equal(
          [],
        );
        const layers = el.map!.getStyle().layers.map((l) => l.id);
        expect(layers.indexOf('maillage-basemap')).to.be.within(0, layers.indexOf('maillage-territories-fill') - 1);
        // Outside the squares: the tile. Inside a square: its fill over the tile.
        expect(await pixelAt(el, [8, 8])).to.satisfy((c: number[]) => closeTo(c, TILE_COLOUR));
        const inside = el.map!.project([-1.9, 47.55]);
        const fill = hexColour(
          el.map!.queryRenderedFeatures([inside.x, inside.y], { layers: ['maillage-territories-fill'] })[0]!.properties
            .fill as string,
        );
        const blended = fill.map((v, i) => 0.6 * v + 0.4 * TILE_COLOUR[i]!);
        expect(await pixelAt(el, [inside.x, inside.y])).to.satisfy((c: number[]) => closeTo(c, blended));
        const attribution = el.shadowRoot!.querySelector<HTMLElement>('.maplibregl-ctrl-attrib-inner')!;
        expect(attribution.textContent).to.contain('© Tuiles de test');
        expect(attribution.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/');
        expect(attribution.getBoundingClientRect().width).to.be.greaterThan(0);
        await expectNoAxeViolations(el);
      } finally {
        requests.stop();
      }
    });

    it('keeps only the text and the http(s) links of an attribution typed with markup or scripts', async () => {
      const w = window as unknown as { __attributionHacked?: boolean };
      const el = await squaresWithBasemap(
        tileTemplate(),
        '© <b>Tuiles</b> <a href="javascript:window.__attributionHacked=true">piège</a>' +
          '<img src=x onerror="window.__attributionHacked=true"><script>window.__attributionHacked=true</script>' +
          ' <a href="https://example.org/" onclick="window.__attributionHacked=true" style="color:red">source</a>',
      );
      expectOutlinesWorking(el);
      const attribution = el.shadowRoot!.querySelector<HTMLElement>('.maplibregl-ctrl-attrib-inner')!;
      expect(attribution.textContent).to.contain('© Tuiles piège');
      expect(attribution.querySelectorAll('img, script, b, [onclick], [onerror], [style]')).to.have.length(0);
      expect([...attribution.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
        'https://example.org/',
      ]);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(w.__attributionHacked).to.equal(undefined);
    });

    it('loads a style URL and draws the outlines over it', async () => {
      const style = {
        version: 8,
        sources: {
          'test-tiles': { type: 'raster', tiles: [tileTemplate()], tileSize: 256, attribution: 'Style de test' },
        },
        layers: [
          { id: 'test-background', type: 'background', paint: { 'background-color': '#00ff66' } },
          { id: 'test-tiles', type: 'raster', source: 'test-tiles' },
        ],
      };
      const url = `${location.origin}/__feed/text?k=${uid()}&body=${encodeURIComponent(JSON.stringify(style))}`;
      const requests = watchRequests();
      try {
        const el = await squaresWithBasemap(url, 'Crédit de la page');
        expectOutlinesWorking(el);
        expect(requests.urls()).to.include(url);
        expect(requests.urls().some((u) => u.includes('/tests/fixtures/basemap-tile.png?'))).to.equal(true);
        const layers = el.map!.getStyle().layers.map((l) => l.id);
        expect(layers.slice(0, 2)).to.deep.equal(['test-background', 'test-tiles']);
        expect(layers.indexOf('maillage-territories-fill')).to.be.greaterThan(1);
        expect(await pixelAt(el, [8, 8])).to.satisfy((c: number[]) => closeTo(c, TILE_COLOUR));
        const attribution = el.shadowRoot!.querySelector('.maplibregl-ctrl-attrib-inner')!.textContent;
        expect(attribution).to.contain('Style de test');
        expect(attribution).to.contain('Crédit de la page');
      } finally {
        requests.stop();
      }
    });

    it('follows a basemap set or removed after the map is drawn (a path on this site works too)', async () => {
      const el = await squaresWithBasemap();
      const hasBasemap = () => !!el.map?.getStyle()?.sources['maillage-basemap'];
      expect(hasBasemap()).to.equal(false);
      el.basemap = '/tests/fixtures/basemap-tile.png?z={z}&x={x}&y={y}';
      await waitUntil(() => el.activeRenderer === 'webgl' && hasBasemap(), 'the basemap was not added', {
        timeout: 10_000,
      });
      await el.whenIdle();
      expectOutlinesWorking(el);
      expect(await pixelAt(el, [8, 8])).to.satisfy((c: number[]) => closeTo(c, TILE_COLOUR));
      el.basemap = undefined;
      await waitUntil(() => el.activeRenderer === 'webgl' && el.map!.isStyleLoaded() && !hasBasemap(), 'still there', {
        timeout: 10_000,
      });
      await el.whenIdle();
      expectOutlinesWorking(el);
      expect(closeTo(await pixelAt(el, [8, 8]), TILE_COLOUR)).to.equal(false);
    });

    it('does not wait for ever for tiles or a style that never answer', async function () {
      this.timeout(40_000);
      const hanging = await fixture<HTMLDivElement>(
        html`<div style="width: 400px">
          <maillage-epci-map
            basemap=${`${location.origin}/__feed/serve/slow/{z}/{x}/{y}.png?status=404&delay=30000&k=${uid()}`}
            .feed=${squaresFeed()}
          ></maillage-epci-map>
          <maillage-epci-map
            basemap=${`${location.origin}/__feed/serve/slow-style.json?status=404&delay=30000&k=${uid()}`}
            .feed=${squaresFeed()}
          ></maillage-epci-map>
        </div>`,
      );
      const [tiles, style] = [...hanging.querySelectorAll<MaillageEpciMap>('maillage-epci-map')];
      // Both are loading at first (checked before waiting for either: they give up after the same 8 s).
      for (const el of [tiles!, style!]) expect(el.shadowRoot!.querySelector('.map-state')).not.to.equal(null);
      for (const el of [tiles!, style!]) {
        await waitUntil(() => el.activeRenderer === 'webgl', 'still loading', { timeout: 15_000 });
        expectOutlinesWorking(el);
      }
      expect(tiles!.map!.getStyle().sources['maillage-basemap']).not.to.equal(undefined);
      expect(style!.shadowRoot!.querySelector('.maplibregl-ctrl-attrib')).to.equal(null);
    });

    for (const [name, basemap] of [
      ['404 tiles', () => `${location.origin}/__feed/serve/no-tiles/{z}/{x}/{y}.png?status=404`],
      ['500 tiles', () => `${location.origin}/__feed/serve/no-tiles/{z}/{x}/{y}.png?status=500`],
      ['tiles that are not images', () => `${location.origin}/__feed/text?z={z}&x={x}&y={y}&body=nope`],
      ['an unreachable tile server', () => 'http://127.0.0.1:9/tiles/{z}/{x}/{y}.png'],
      ['a style URL that answers 404', () => `${location.origin}/__feed/serve/no-style.json?k=${uid()}`],
      ['a style URL that is not JSON', () => `${location.origin}/__feed/text?k=${uid()}&body=nope`],
      ['a style that is not a style', () => `${location.origin}/__feed/text?k=${uid()}&body=%7B%22a%22%3A1%7D`],
      ['an unreachable style server', () => 'http://127.0.0.1:9/style.json'],
      ['a javascript: URL', () => 'javascript:window.__maillageHacked=true//{z}/{x}/{y}.png'],
      ['a data: URL', () => 'data:text/html,<script>window.__maillageHacked=true</script>'],
    ] as const)
      it(`keeps the outlines working with a broken basemap: ${name}`, async () => {
        const page = watchPageErrors();
        try {
          const el = await squaresWithBasemap(basemap(), 'Fond cassé');
          await el.whenIdle();
          expectOutlinesWorking(el);
          expect((window as { __maillageHacked?: boolean }).__maillageHacked).to.equal(undefined);
          // The outlines stay selectable.
          const event = oneEvent(el, 'maillage-select');
          await clickAt(el, [-1.7, 47.6]);
          expect((await event).detail.id).to.equal('b');
          expect(page.errors).to.deep.equal([]);
        } finally {
          page.stop();
        }
      });
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
  const [x, y] = await Promise.all([imageData(a), imageData(b)]);
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
