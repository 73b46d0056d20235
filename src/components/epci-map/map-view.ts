/**
 * The WebGL map: maplibre-gl wired to the model. The element imports this
 * module dynamically, only when a map is actually shown, so pages that use the
 * other elements (or browsers without WebGL) never download maplibre.
 */
import {
  AttributionControl,
  getWorkerUrl,
  Map as MaplibreMap,
  NavigationControl,
  Popup,
  setWorkerUrl,
  type GeoJSONSource,
  type MapGeoJSONFeature,
  type MapMouseEvent,
} from 'maplibre-gl';
import type { AllPaintProperties } from '@maplibre/maplibre-gl-style-spec';
import { safeHref } from '../../feed/url.js';
import type { MapColours } from './classes.js';
import type { BBox } from './geometry.js';
import { LABEL_LINE_HEIGHT, labelSize, placeLabels, wrapLabel, type LabelCandidate } from './labels.js';
import { buildStyle, LAYER, overlay, readBasemap, SOURCE, type Basemap } from './map-style.js';
import type { MapModel, MapTerritory } from './model.js';

/**
 * Where maplibre's worker script is by default: the file beside maplibre in node_modules, which dev servers
 * (Web Test Runner, Vite) serve as is and which Vite builds emit as an asset. A bundle that moves this module
 * elsewhere sets the element's `worker-url` (or calls maplibre's `setWorkerUrl` before the first map).
 */
export const DEFAULT_WORKER_URL = new URL(
  '../../../node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs',
  import.meta.url,
).href;

let sheet: CSSStyleSheet | undefined;
/**
 * maplibre's rules for controls, attribution and popups (`MAPLIBRE_CSS`, which the element loads beside
 * maplibre-gl), made once into a sheet that every map's shadow root shares.
 */
export function maplibreSheet(css: string): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  }
  return sheet;
}

export interface GlMapOptions {
  container: HTMLElement;
  /** Where territory names and cluster counts are written (an element over the map). */
  labels: HTMLElement;
  model: MapModel;
  colours: MapColours;
  /** The `basemap` and `basemap-attribution` attributes, as the page author wrote them. */
  basemap?: string;
  basemapAttribution?: string;
  /** maplibre's control labels in the page's language. */
  locale: Record<string, string>;
  /** The canvas's accessible name and the id of the element that explains the keys. */
  ariaLabel: string;
  describedBy: string;
  workerUrl?: string;
  /** Keeps the drawing buffer so a test can read the pixels back. */
  preserveDrawingBuffer?: boolean;
  selected?: string | null;
  /** A territory was clicked. */
  onSelect(id: string): void;
  /** The content of a partner's popup. */
  partnerContent(id: string): Node;
  /** The text of a cluster's popup ("12 partners"). */
  clusterLabel(count: number): string;
  /** The map drew everything for the first time. */
  onFirstIdle(): void;
  /** The map hit an error it cannot draw through (e.g. the basemap failed). */
  onError(error: Error): void;
}

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/** How long a basemap may keep the map from its first full drawing before the map is shown without waiting. */
const BASEMAP_PATIENCE_MS = 8000;

/** A maplibre map showing the model, with hover, selection, partner clusters and HTML labels. */
export class GlMapView {
  readonly map: MaplibreMap;
  private model: MapModel;
  private selectedIndex: number | undefined;
  private hoverIndex: number | undefined;
  private readonly tooltip: Popup;
  private basemap?: Basemap;
  private colours: MapColours;
  private attribution?: AttributionControl;
  private firstIdle = false;
  private styleLoaded = false;
  private basemapWarned = false;
  private watch = 0;
  private readonly labelElements = new Map<string, HTMLElement>();
  private frame = 0;
  private moved = false;
  private placed = new Map<string, readonly [number, number]>();
  private clusters: { element: HTMLElement; at: [number, number] }[] = [];

  constructor(private readonly options: GlMapOptions) {
    const { model, colours } = options;
    const credits = attributionHtml(options.basemapAttribution);
    const basemap = readBasemap(options.basemap, credits);
    if (options.basemap?.trim() && !basemap)
      console.warn('maillage-epci-map: basemap ignored: it must be an http(s) URL or a path on this site.');
    this.basemap = basemap;
    this.colours = colours;
    const url = options.workerUrl ?? (getWorkerUrl() || DEFAULT_WORKER_URL);
    if (url !== getWorkerUrl()) setWorkerUrl(url);
    this.model = model;
    const ours = overlay(model, colours, !!basemap);
    this.map = new MaplibreMap({
      container: options.container,
      style: basemap?.kind === 'style' ? basemap.url : buildStyle(model, colours, basemap),
      ...(basemap?.kind === 'style'
        ? {
            transformStyle: (_previous, next) => ({
              ...next,
              sources: { ...next.sources, ...ours.sources },
              layers: [...next.layers, ...ours.layers],
            }),
          }
        : {}),
      ...(model.bbox ? { bounds: model.bbox, fitBoundsOptions: { padding: 24 } } : { center: [2.5, 46.6], zoom: 4.5 }),
      attributionControl: false,
      locale: { ...options.locale, 'Map.Title': options.ariaLabel },
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      cooperativeGestures: true,
      maxZoom: 16,
      canvasContextAttributes: { preserveDrawingBuffer: !!options.preserveDrawingBuffer },
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.keyboard.disableRotation();
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    if (basemap) {
      // A style brings its sources' credits; the page's `basemap-attribution` is added to them.
      const custom = basemap.kind === 'style' ? credits : undefined;
      this.attribution = new AttributionControl({ compact: true, ...(custom ? { customAttribution: custom } : {}) });
      this.map.addControl(this.attribution, 'bottom-right');
    }
    this.map.getCanvas().setAttribute('aria-describedby', options.describedBy);
    this.tooltip = new Popup({ closeButton: false, closeOnClick: false, className: 'maillage-tooltip', offset: 12 });
    this.wire();
  }

  private wire() {
    const { map, options } = this;
    map.once('idle', () => this.onFirstIdle());
    map.once('style.load', () => (this.styleLoaded = true));
    map.on('error', (e: { error?: { message?: string }; sourceId?: string }) => this.onError(e));
    this.watchFirstIdle();
    map.on('mousemove', LAYER.fill, (e) => this.hover(e.features?.[0]));
    map.on('mouseleave', LAYER.fill, () => this.hover(undefined));
    map.on('click', LAYER.fill, (e) => {
      const onPoint = map.queryRenderedFeatures(e.point, { layers: [LAYER.partnerPoints, LAYER.partnerClusters] });
      const tid = e.features?.[0]?.properties.tid;
      if (!onPoint.length && typeof tid === 'string') options.onSelect(tid);
    });
    map.on('click', LAYER.partnerClusters, (e) => void this.openCluster(e));
    map.on('click', LAYER.partnerPoints, (e) => {
      const feature = e.features?.[0];
      const pid = feature?.properties.pid;
      if (typeof pid !== 'string' || feature?.geometry.type !== 'Point') return;
      new Popup({ offset: 10, maxWidth: '280px' })
        .setLngLat(feature.geometry.coordinates as [number, number])
        .setDOMContent(options.partnerContent(pid))
        .addTo(map);
    });
    for (const layer of [LAYER.partnerPoints, LAYER.partnerClusters]) {
      map.on('mouseenter', layer, () => (map.getCanvas().style.cursor = 'pointer'));
      map.on('mouseleave', layer, () => (map.getCanvas().style.cursor = ''));
    }
    map.on('move', () => this.schedule(false));
    map.on('moveend', () => this.schedule(true));
    // Until the visitor moves the map, a new size keeps the whole network in view.
    map.on('movestart', (e) => {
      if (e.originalEvent) this.moved = true;
    });
    map.on('resize', () => {
      if (!this.moved && this.model.bbox) map.fitBounds(this.model.bbox, { padding: 24, duration: 0 });
      this.schedule(true);
    });
    map.on('idle', () => this.schedule(true));
  }

  private onFirstIdle() {
    if (this.firstIdle) return;
    this.firstIdle = true;
    clearInterval(this.watch);
    this.setSelected(this.options.selected ?? null, false);
    this.options.onFirstIdle();
  }

  /**
   * A basemap must not keep the map in its loading state: after a tile's 404 maplibre draws no further frame, so
   * its `idle` never comes (a frame is asked for once everything is loaded); tiles or a style that never answer
   * are waited for `BASEMAP_PATIENCE_MS`, then the map shows without them (and a style is dropped).
   */
  private watchFirstIdle() {
    if (!this.basemap) return;
    const started = performance.now();
    this.watch = window.setInterval(() => {
      const { map } = this;
      if (map.loaded()) {
        map.triggerRepaint();
        return;
      }
      if (performance.now() - started < BASEMAP_PATIENCE_MS) return;
      if (!this.styleLoaded) this.dropBasemap(new Error('the style did not load in time'));
      else if (map.getSource(SOURCE.territories) && map.isSourceLoaded(SOURCE.territories)) this.onFirstIdle();
    }, 250);
  }

  private onError(e: { error?: { message?: string }; sourceId?: string }) {
    const error = e.error instanceof Error ? e.error : new Error(String(e.error?.message));
    const ours = (Object.values(SOURCE) as string[]).includes(e.sourceId ?? '');
    if (this.basemap && !this.styleLoaded && !e.sourceId && this.basemap.kind === 'style') this.dropBasemap(error);
    else if (this.basemap && e.sourceId && !ours) {
      // A basemap's tiles fail one by one: say it once.
      if (!this.basemapWarned) console.warn('maillage-epci-map: the basemap could not be loaded:', error.message);
      this.basemapWarned = true;
    } else this.options.onError(error);
  }

  /** The basemap's style failed: the map goes on with the plain style, and without the basemap's credits. */
  private dropBasemap(error: Error) {
    if (!this.basemap || this.basemap.kind !== 'style') return;
    console.warn(
      'maillage-epci-map: the basemap style could not be loaded; the map is shown without it:',
      error.message,
    );
    this.basemap = undefined;
    if (this.attribution) this.map.removeControl(this.attribution);
    this.attribution = undefined;
    this.map.once('style.load', () => (this.styleLoaded = true));
    // Without the first style's `transformStyle`: maplibre would wait for that style to load, and add our layers again.
    this.map.setStyle(buildStyle(this.model, this.colours), { diff: false, transformStyle: undefined });
  }

  private hover(feature: MapGeoJSONFeature | undefined) {
    const { map } = this;
    const index = typeof feature?.id === 'number' ? feature.id : undefined;
    if (index === this.hoverIndex) return;
    if (this.hoverIndex !== undefined)
      map.setFeatureState({ source: SOURCE.territories, id: this.hoverIndex }, { hover: false });
    this.hoverIndex = index;
    map.getCanvas().style.cursor = index === undefined ? '' : 'pointer';
    if (index === undefined) {
      this.tooltip.remove();
      return;
    }
    map.setFeatureState({ source: SOURCE.territories, id: index }, { hover: true });
    const t = this.model.territories[index];
    if (t) this.tooltip.setLngLat(t.label!).setText(t.name).addTo(map);
  }

  private async openCluster(e: MapMouseEvent & { features?: MapGeoJSONFeature[] }) {
    const feature = e.features?.[0];
    const clusterId = feature?.properties.cluster_id;
    if (typeof clusterId !== 'number' || feature?.geometry.type !== 'Point') return;
    const source = this.map.getSource<GeoJSONSource>(SOURCE.partners);
    const zoom = await source?.getClusterExpansionZoom(clusterId);
    if (zoom !== undefined)
      this.map.easeTo({
        center: feature.geometry.coordinates as [number, number],
        zoom,
        duration: reducedMotion() ? 0 : 500,
      });
  }

  /** The model on the map now. */
  get modelShown(): MapModel {
    return this.model;
  }

  /** Shows a new model (other feed, colours, outlines fetched later) without moving the view. */
  update(model: MapModel, colours: MapColours) {
    this.model = model;
    this.colours = colours;
    // The same sources and paint as the first style, so a theme or colour change follows map-style.ts exactly.
    const { sources, layers } = overlay(model, colours, !!this.basemap);
    for (const [id, spec] of Object.entries(sources))
      if (spec.type === 'geojson') this.map.getSource<GeoJSONSource>(id)?.setData(spec.data as GeoJSON.GeoJSON);
    for (const layer of layers)
      for (const [name, value] of Object.entries(layer.paint ?? {}))
        this.map.setPaintProperty(layer.id, name as keyof AllPaintProperties, value);
    if (this.map.getLayer('maillage-background'))
      this.map.setPaintProperty('maillage-background', 'background-color', colours.background);
    for (const el of this.labelElements.values()) el.remove();
    this.labelElements.clear();
    const selected = this.selectedIndex !== undefined ? this.model.territories[this.selectedIndex]?.id : null;
    this.selectedIndex = undefined;
    this.setSelected(selected ?? null, false);
    this.schedule(true);
  }

  /** Outlines the territory (and brings it into view when `fly`). */
  setSelected(id: string | null, fly: boolean) {
    const { map } = this;
    if (!map.isStyleLoaded() && !map.getSource(SOURCE.territories)) return;
    if (this.selectedIndex !== undefined)
      map.setFeatureState({ source: SOURCE.territories, id: this.selectedIndex }, { selected: false });
    const t = id ? this.model.territories.find((x) => x.id === id) : undefined;
    this.selectedIndex = t?.geometry ? t.index : undefined;
    if (this.selectedIndex !== undefined)
      map.setFeatureState({ source: SOURCE.territories, id: this.selectedIndex }, { selected: true });
    if (fly && t?.bbox) this.fitTo(t.bbox, 12);
    this.schedule(true);
  }

  /** Frames a box, without going past `maxZoom`. */
  fitTo(bbox: BBox, maxZoom = 16) {
    this.moved = true;
    this.map.fitBounds(bbox, { padding: 40, maxZoom, duration: reducedMotion() ? 0 : 600 });
  }

  /** Resolves the next time the map has drawn everything. */
  whenIdle(): Promise<void> {
    return new Promise((resolve) => {
      this.map.once('idle', () => resolve());
      this.map.triggerRepaint();
    });
  }

  destroy() {
    cancelAnimationFrame(this.frame);
    clearInterval(this.watch);
    this.map.remove();
    this.options.labels.replaceChildren();
    this.labelElements.clear();
    this.clusters = [];
  }

  /** Labels follow the map every frame while it moves; which ones fit is decided when it stops. */
  private schedule(replace: boolean) {
    if (replace) {
      this.placed = this.choose();
      this.countClusters();
    }
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.drawLabels());
  }

  private choose(): Map<string, readonly [number, number]> {
    const { map } = this;
    const canvas = map.getCanvas();
    const width = canvas.clientWidth;
    const height = canvas.clientHeight;
    const selectedId = this.selectedIndex !== undefined ? this.model.territories[this.selectedIndex]?.id : undefined;
    const candidates: LabelCandidate[] = [];
    for (const t of this.model.territories) {
      if (!t.label || !t.bbox) continue;
      const [x, y] = project(map, t.label);
      if (x < -200 || y < -200 || x > width + 200 || y > height + 200) continue;
      const [x0, y1] = project(map, [t.bbox[0], t.bbox[1]]);
      const [x1, y0] = project(map, [t.bbox[2], t.bbox[3]]);
      const shapeWidth = x1 - x0;
      const size = labelSize(wrapLabel(t.name));
      // A name much wider than its territory would cover its neighbours: wait for a closer zoom.
      if (t.id !== selectedId && size.width > shapeWidth * 1.6) continue;
      candidates.push({
        id: t.id,
        x,
        y,
        ...size,
        priority: t.id === selectedId ? Infinity : shapeWidth * (y1 - y0),
      });
    }
    const points = map.getLayer(LAYER.partnerPoints)
      ? map.queryRenderedFeatures({ layers: [LAYER.partnerPoints, LAYER.partnerClusters] })
      : [];
    const obstacles = points.map((f) => {
      const [x, y] = project(map, (f.geometry as GeoJSON.Point).coordinates as [number, number]);
      const size = f.properties.point_count ? 34 : 14;
      return { x, y, width: size, height: size };
    });
    return placeLabels(candidates, width, height, obstacles);
  }

  private drawLabels() {
    const { map } = this;
    const keep = new Set<string>();
    for (const t of this.model.territories) {
      if (!this.placed.has(t.id) || !t.label) continue;
      keep.add(t.id);
      const el = this.labelElement(t);
      const [x, y] = project(map, t.label);
      const [dx, dy] = this.placed.get(t.id)!;
      el.style.transform = `translate(${Math.round(x + dx)}px, ${Math.round(y + dy)}px) translate(-50%, -50%)`;
      el.classList.toggle('label--selected', t.index === this.selectedIndex);
    }
    for (const [id, el] of this.labelElements)
      if (!keep.has(id)) {
        el.remove();
        this.labelElements.delete(id);
      }
    for (const { element, at } of this.clusters) {
      const [x, y] = project(map, at);
      element.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px) translate(-50%, -50%)`;
    }
  }

  /** Cluster circles get their count written over them (no glyph server for a symbol layer). */
  private countClusters() {
    const { map, options } = this;
    for (const { element } of this.clusters) element.remove();
    const features = map.getLayer(LAYER.partnerClusters)
      ? map.queryRenderedFeatures({ layers: [LAYER.partnerClusters] })
      : [];
    this.clusters = features.map((f) => {
      const element = document.createElement('span');
      element.className = 'cluster-count';
      const n = Number(f.properties.point_count);
      element.textContent = String(n);
      element.title = options.clusterLabel(n);
      options.labels.append(element);
      return { element, at: (f.geometry as GeoJSON.Point).coordinates as [number, number] };
    });
  }

  private labelElement(t: MapTerritory): HTMLElement {
    let el = this.labelElements.get(t.id);
    if (el) return el;
    el = document.createElement('span');
    el.className = 'label';
    el.style.lineHeight = `${LABEL_LINE_HEIGHT}px`;
    // Feed names go in as text nodes only, one line per span.
    for (const line of wrapLabel(t.name)) {
      const span = document.createElement('span');
      span.textContent = line;
      el.append(span);
    }
    this.labelElements.set(t.id, el);
    this.options.labels.append(el);
    return el;
  }
}

/**
 * The `basemap-attribution` HTML reduced to what credits need, text and http(s) links: maplibre inserts it as
 * HTML, and in a CMS the attribute may be typed by an editor. Parsed inert (a template runs no script and
 * loads nothing), then written again from its text and links only. '' when nothing is left.
 */
export function attributionHtml(markup: string | undefined): string {
  if (!markup?.trim()) return '';
  const template = document.createElement('template');
  template.innerHTML = markup.slice(0, 2000);
  const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`).replace(/\s+/g, ' ');
  const write = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return escape(node.textContent ?? '');
    if (!(node instanceof Element)) return '';
    const inner = [...node.childNodes].map(write).join('');
    const href = node.localName === 'a' ? safeHref(node.getAttribute('href') ?? '', location.href) : undefined;
    return href && /^https?:/.test(href)
      ? `<a href="${escape(href)}" target="_blank" rel="noopener">${inner}</a>`
      : inner;
  };
  return [...template.content.childNodes].map(write).join('').trim();
}

function project(map: MaplibreMap, lngLat: [number, number]): [number, number] {
  const p = map.project(lngLat);
  return [p.x, p.y];
}
