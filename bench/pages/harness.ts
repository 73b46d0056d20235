/**
 * The browser half of the benchmark. Each scenario runs in the page and
 * returns raw timings in milliseconds; Node computes medians and ratios.
 */
import * as L from 'leaflet';
import { pageFeedStore, parseFeed } from '../../src/feed/index.js';

interface FeedElement extends HTMLElement {
  feedController?: { state: string };
  updateComplete?: Promise<boolean>;
  feed?: unknown;
}

const stage = () => document.querySelector<HTMLElement>('#stage')!;
const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
/** Resolves after the browser has painted the current frame. */
const painted = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    }),
  );

/** Waits until an element shows its data (not the loading state) and the frame is painted. */
async function untilReady(el: FeedElement, extra?: (el: FeedElement) => Promise<void>, timeout = 60_000) {
  const start = performance.now();
  while (el.feedController?.state !== 'ready') {
    if (el.feedController?.state === 'error') throw new Error(`${el.tagName}: feed error`);
    if (performance.now() - start > timeout) throw new Error(`${el.tagName}: not ready after ${timeout} ms`);
    await frame();
  }
  await el.updateComplete;
  if (extra) await extra(el);
  await painted();
}

/** Map elements are ready when maplibre says `idle` (or the SVG fallback is drawn). */
export const mapIdle = (el: FeedElement) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('map never idle')), 60_000);
    const done = () => (clearTimeout(timer), resolve());
    if (el.hasAttribute('data-idle')) return done();
    el.addEventListener('maillage-map-idle', done, { once: true });
  });

const EXTRA: Record<string, (el: FeedElement) => Promise<void>> = { 'maillage-epci-map': mapIdle };

export interface RenderOptions {
  tag: string;
  src: string;
  attrs?: Record<string, string>;
  cached: boolean;
  runs: number;
}

/** Time from connecting the element to its first meaningful paint, feed cached in memory or fetched cold. */
async function firstRender({ tag, src, attrs = {}, cached, runs }: RenderOptions): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const url = cached ? src : `${src}${src.includes('?') ? '&' : '?'}cold=${i}-${Math.random().toString(36).slice(2)}`;
    if (cached) await pageFeedStore().load(url, parseFeed);
    const el = document.createElement(tag) as FeedElement;
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    el.setAttribute('src', url);
    await painted();
    const t0 = performance.now();
    stage().append(el);
    await untilReady(el, EXTRA[tag]);
    times.push(performance.now() - t0);
    el.remove();
  }
  return times;
}

/** The same for a feed given as an object (large generated feeds). */
async function renderInline({ tag, feedUrl, attrs = {}, runs }: { tag: string; feedUrl: string; attrs?: Record<string, string>; runs: number }) {
  const feed = await (await fetch(feedUrl)).json();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const el = document.createElement(tag) as FeedElement;
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    el.feed = structuredClone(feed);
    await painted();
    const t0 = performance.now();
    stage().append(el);
    await untilReady(el, EXTRA[tag]);
    times.push(performance.now() - t0);
    el.remove();
  }
  return times;
}

/** Feed parse + validation against bare JSON.parse (the floor), on the same text. */
async function parseValidate({ url, runs }: { url: string; runs: number }) {
  const text = await (await fetch(url)).text();
  const jsonParse: number[] = [];
  const validate: number[] = [];
  let warnings = 0;
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    JSON.parse(text);
    jsonParse.push(performance.now() - t0);
    t0 = performance.now();
    warnings = parseFeed(text).warnings.length;
    validate.push(performance.now() - t0);
  }
  return { jsonParse, validate, bytes: text.length, warnings };
}

/** A plain Leaflet map loading the same GeoJSON (the uMap / GoGoCarto approach): first render and idle. */
async function leafletMap({ geojsonUrl, runs }: { geojsonUrl: string; runs: number }) {
  const firstRenders: number[] = [];
  const idles: number[] = [];
  for (let i = 0; i < runs; i++) {
    const div = document.createElement('div');
    div.style.cssText = 'width:800px;height:600px';
    stage().append(div);
    await painted();
    const t0 = performance.now();
    const data = await (await fetch(`${geojsonUrl}?leaflet=${i}-${Math.random()}`)).json();
    const map = L.map(div, { zoomControl: true, attributionControl: true });
    const layer = L.geoJSON(data, { style: { color: '#1d4f91', weight: 1, fillOpacity: 0.3 } }).addTo(map);
    map.fitBounds(layer.getBounds());
    await painted();
    firstRenders.push(performance.now() - t0);
    await new Promise<void>((r) => (map.once('moveend', () => r()), setTimeout(r, 0)));
    await painted();
    idles.push(performance.now() - t0);
    map.remove();
    div.remove();
  }
  return { firstRenders, idles };
}

/** JS heap in use after a forced garbage collection (Chromium with --expose-gc). */
async function heapAfter({ tag, feedUrl, attrs = {} }: { tag: string; feedUrl: string; attrs?: Record<string, string> }) {
  const gc = (window as unknown as { gc?: () => void }).gc;
  gc?.();
  const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
  const before = memory?.usedJSHeapSize ?? NaN;
  const el = document.createElement(tag) as FeedElement;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.setAttribute('src', feedUrl);
  stage().append(el);
  await untilReady(el, EXTRA[tag]);
  gc?.();
  await painted();
  const after = memory?.usedJSHeapSize ?? NaN;
  el.remove();
  return { before, after };
}

const w = window as unknown as Record<string, unknown>;
w.bench = { firstRender, renderInline, parseValidate, leafletMap, heapAfter, painted };
w.benchReady = true;
