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

/** A maplibre map showing the model, with hover, selection, partner clusters and HTML labels. */
export class GlMapView {
  readonly map: MaplibreMap;
  private model: MapModel;
  private selectedIndex: number | undefined;
  private hoverIndex: number | undefined;
  private readonly tooltip: Popup;
  private readonly basemap?: Basemap;
  private readonly labelElements = new Map<string, HTMLElement>();
  private frame = 0;
  private moved = false;
  private placed = new Map<string, readonly [number, number]>();
  private clusters: { element: HTMLElement; at: [number, number] }[] = [];

  constructor(private readonly options: GlMapOptions) {
    const { model, colours } = options;
    const basemap = readBasemap(options.basemap, options.basemapAttribution);
    this.basemap = basemap;
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
    if (basemap) this.map.addControl(new AttributionControl({ compact: true }), 'bottom-right');
    this.map.getCanvas().setAttribute('aria-describedby', options.describedBy);
    this.tooltip = new Popup({ closeButton: false, closeOnClick: false, className: 'maillage-tooltip', offset: 12 });
    this.wire();
  }

  private wire() {
    const { map, options } = this;
    map.once('idle', () => {
      this.setSelected(options.selected ?? null, false);
      options.onFirstIdle();
    });
    map.on('error', (e) => options.onError(e.error instanceof Error ? e.error : new Error(String(e.error?.message))));
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

function project(map: MaplibreMap, lngLat: [number, number]): [number, number] {
  const p = map.project(lngLat);
  return [p.x, p.y];
}
