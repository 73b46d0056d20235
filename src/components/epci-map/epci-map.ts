import { styleProps } from '../../core/style-props.js';
import { html, nothing, type CSSResult, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { MaillageBase } from '../../core/element-base.js';
import type { MaillageSelectDetail } from '../../core/events.js';
import { renderEmpty, renderFeedState, renderStaleNotice } from '../../core/states.js';
import { baseStyles } from '../../core/tokens.js';
import { organisationById, territoryById } from '../../feed/selectors.js';
import { compareFrench, formatNumber, localize, parisDayKey } from '../../feed/text.js';
import type { Feed } from '../../feed/types.js';
import { safeHref } from '../../feed/url.js';
import { COLOURS, type Classification, type Scheme } from './classes.js';
import type { GlMapView } from './map-view.js';
import { epciMapMessages, maplibreLocale, type EpciMapMessages } from './messages.js';
import { buildMapModel, COLOR_BY, type ColorBy, type MapModel, type MapTerritory } from './model.js';
import { parseEpciMapFeed } from './feed-profile.js';
import { styles } from './styles.js';
import type { SvgDrawing, SvgGestures, SvgZoom } from './svg-view.js';
import type { SortKey } from './table.js';

type Renderer = 'webgl' | 'svg';

/** Outline URLs fetched on this page (several maps on one page share them). */
const outlineRequests = new Map<string, Promise<unknown>>();

function fetchOutline(url: string): Promise<unknown> {
  let pending = outlineRequests.get(url);
  if (!pending) {
    pending = fetch(url, { credentials: 'omit', signal: AbortSignal.timeout(15_000) })
      .then((r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        return r.json() as Promise<unknown>;
      })
      .then((json) => {
        // A Feature, a FeatureCollection (its first feature) or a bare geometry.
        const o = json as { type?: string; geometry?: unknown; features?: { geometry?: unknown }[] };
        return o.type === 'Feature' ? o.geometry : o.type === 'FeatureCollection' ? o.features?.[0]?.geometry : o;
      });
    pending.catch(() => outlineRequests.delete(url));
    outlineRequests.set(url, pending);
  }
  return pending;
}

const warnedOutlines = new WeakMap<Feed, Set<string>>();

const parseList = (value: string | undefined) =>
  (value ?? '')
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** WebGL2 is what maplibre-gl 6 needs. */
function canUseWebGL2(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return !!gl;
  } catch {
    return false;
  }
}

/**
 * The network's territories (EPCI and others) on a map: outlines from the feed on a plain background, names
 * inside each shape, colours by network or by a figure with a stated legend, and a panel with the selected
 * territory's members, partners, open cooperation requests and upcoming events. Selecting a territory tells
 * the other maillage elements on the page, and the map follows their selections. Without WebGL it draws the
 * same outlines in SVG, which zooms and pans the same way (buttons, + − and arrow keys, Ctrl + wheel, dragging,
 * pinching); a sortable table of every territory is one button away.
 *
 * The default style fetches nothing from outside the page's site: no tiles, no fonts. maplibre-gl is loaded
 * only when a map is shown. For measurements, the element marks `maillage-epci-map:connected` and
 * `maillage-epci-map:idle` with the Performance API and writes the time between them in `data-idle-ms`.
 *
 * @tagname maillage-epci-map
 * @summary Intercommunalities and other territories of the network on a map, with details on selection.
 *
 * @fires maillage-select - `{ kind: 'territory', id }` when the visitor chooses a territory (`id: null` when they close its panel).
 * @fires maillage-feed-load - when the feed is loaded (from the core).
 * @fires maillage-feed-error - when the feed cannot be loaded (from the core).
 *
 * @csspart toolbar - The bar with the territory picker, the list and full-screen buttons.
 * @csspart map - The map's frame.
 * @csspart svg-map - The SVG map shown without WebGL.
 * @csspart panel - The selected territory's details.
 * @csspart legend - The colour legend.
 * @csspart attribution - The sources of the outlines.
 * @csspart notes - Notes on territories not drawn or outlines that failed.
 * @csspart list - The table of territories.
 * @csspart state - Loading, error and empty messages.
 * @csspart retry - The retry button of the error state.
 * @csspart stale-notice - The notice shown when the data is an older saved copy.
 *
 * @cssprop --maillage-epci-map-height - Height of the map (default 480px, 380px in narrow containers). When the page gives the element itself a height (`style="height: 600px"`, a CMS block's fixed height), the map grows or shrinks (down to 240px) so the whole element fits it.
 * @cssprop --maillage-epci-map-panel-width - Width of the details panel beside the map (default 340px).
 * @cssprop --maillage-epci-map-label-color - Colour of the territory names on the map.
 * @cssprop --maillage-epci-map-label-halo - Halo behind the territory names.
 *
 * @slot - Shown until the element upgrades (e.g. a link to the network's page or a static map image).
 */
export class MaillageEpciMap extends MaillageBase {
  static override styles = [baseStyles, styles];
  static override feedParser = parseEpciMapFeed;

  /** What the colours say: `network` (members in one colour), `population`, `partners`, `requests` (open) or `events`. */
  @property({ attribute: 'color-by' }) colorBy: ColorBy = 'network';

  /** How figures are cut into classes: `quantile` (equal counts) or `jenks` (natural breaks). */
  @property() classification: Classification = 'quantile';

  /** Number of colour classes (2–7). */
  @property({ type: Number }) classes = 5;

  /** Kinds of territories drawn and selectable, separated by spaces (default: `epci` when the feed has EPCI, else all). */
  @property() kinds?: string;

  /** Kinds drawn as thin context outlines, e.g. `departement commune` (default none). */
  @property() context?: string;

  /**
   * A basemap under the outlines, off by default (it sends requests to its server): a raster tile URL with
   * `{z}`, `{x}` and `{y}`, or a maplibre style URL (http, https or a path on this site). Its attribution shows on
   * the map. If it fails (tiles or style missing, server unreachable) the outlines show on the plain background.
   */
  @property() basemap?: string;

  /** Credits of the `basemap`, shown in the map's credits: text and http(s) links (`<a href>`); any other markup is dropped. */
  @property({ attribute: 'basemap-attribution' }) basemapAttribution?: string;

  /** URL of maplibre-gl's worker script, for pages whose bundle moves it (see the README). */
  @property({ attribute: 'worker-url' }) workerUrl?: string;

  /** `auto` (WebGL map, SVG when WebGL is missing) or `svg` (always the light SVG map, e.g. for print). */
  @property() renderer: 'auto' | 'svg' = 'auto';

  /** Id of the selected territory; set it to select one without an event. */
  @property({ reflect: true }) selected: string | null = null;

  /** "Today" for open requests and upcoming events (ISO date; default: now). */
  @property({
    converter: { fromAttribute: (v: string | null) => (v && !isNaN(Date.parse(v)) ? new Date(v) : undefined) },
  })
  now?: Date;

  /** Keeps the WebGL drawing buffer so the canvas can be read back (screenshots, tests); a little slower. */
  @property({ type: Boolean, attribute: 'preserve-drawing-buffer' }) preserveDrawingBuffer = false;

  /** Level of the panel's heading (2–6), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private listOpen = false;
  @state() private sortKey: SortKey = 'name';
  @state() private sortAscending = true;
  @state() private announcement = '';
  @state() private fullscreen = false;
  @state() private mapState: 'off' | 'loading' | 'ready' = 'off';
  @state() private fallback?: 'no-webgl' | 'failed' | 'forced';
  @state() private svgSize?: { width: number; height: number };
  @state() private svgFocus?: string;
  /** Where the SVG map looks (`undefined`: the whole network); kept as a place, so resizing keeps it. */
  @state() private svgZoom?: SvgZoom;
  @state() private fetched = new Map<string, unknown>();
  @state() private failed = new Set<string>();

  private model?: MapModel;
  private modelKey = '';
  private drawing?: SvgDrawing;
  private svgGestures?: SvgGestures;
  private namesSorted?: { from: readonly MapTerritory[]; list: MapTerritory[] };
  // Parts loaded the first time they are shown: the SVG map (without WebGL), the selected territory's panel,
  // the table of territories.
  private svgView?: typeof import('./svg-view.js');
  private panel?: typeof import('./panel.js');
  private territoryList?: typeof import('./territory-list.js');
  private loadingParts = new Map<string, Promise<void>>();
  private view?: GlMapView;
  private starting = false;
  private connectedAt = 0;
  private idleResolvers: (() => void)[] = [];
  private lastTrigger?: HTMLElement | SVGElement;
  private resizeObserver?: ResizeObserver;
  /** Watches the element and its content, to fit the map into a height the page gave the element. */
  private fitObserver?: ResizeObserver;
  private fitFrame = 0;
  private observedFrame?: HTMLElement;
  private fetching = new Set<string>();

  /** The maplibre-gl map, once shown (for page authors who add their own layers). */
  get map() {
    return this.view?.map;
  }

  /** What draws the territories now: `webgl`, `svg`, or nothing yet. */
  get activeRenderer(): Renderer | undefined {
    if (this.view && this.mapState === 'ready') return 'webgl';
    return this.fallback ? 'svg' : undefined;
  }

  /**
   * Resolves when the map has drawn everything (the WebGL map's `idle`, or the SVG's first paint), and the
   * panel or table being loaded, if any, has rendered.
   */
  whenIdle(): Promise<void> {
    const drawn: Promise<unknown> = this.view
      ? this.view.whenIdle()
      : this.fallback && this.svgDrawn
        ? Promise.resolve()
        : new Promise<void>((resolve) => this.idleResolvers.push(resolve));
    return drawn.then(() => this.updateComplete).then(() => undefined);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.connectedAt = performance.now();
    performance.mark?.('maillage-epci-map:connected');
    document.addEventListener('maillage-select', this.onExternalSelect);
    document.addEventListener('fullscreenchange', this.onFullscreenChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('maillage-select', this.onExternalSelect);
    document.removeEventListener('fullscreenchange', this.onFullscreenChange);
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.fitObserver?.disconnect();
    this.fitObserver = undefined;
    cancelAnimationFrame(this.fitFrame);
    this.observedFrame = undefined;
    this.view?.destroy();
    this.view = undefined;
    this.mapState = 'off';
  }

  private get t(): EpciMapMessages {
    return epciMapMessages[this.language];
  }

  private get scheme(): Scheme {
    if (this.colorScheme === 'dark') return 'dark';
    return this.colorScheme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }

  private get today(): { now: Date; day: string } {
    const now = this.now ?? new Date();
    return { now, day: parisDayKey(now) };
  }

  // The model is computed in update(), after the feed controller's hostUpdate: an inline feed set after
  // connection becomes ready there, and willUpdate() would still see the previous state.
  protected override update(changed: PropertyValues<this>): void {
    // The page (or the map, unasked) chose something else: the map's next choice is news again.
    if (changed.has('selected') && this.selected !== this.told) this.told = undefined;
    this.syncModel(changed);
    // Another basemap restarts the WebGL map (in updated()): its loading state shows in this render.
    if (this.view && (changed.has('basemap') || changed.has('basemapAttribution'))) this.mapState = 'loading';
    this.chooseRenderer();
    this.loadParts();
    super.update(changed);
  }

  /**
   * Before the first render with territories: the SVG map where WebGL is missing, else the WebGL map's loading
   * state. Decided here rather than once rendered (in startMap), which would render the element twice.
   */
  private chooseRenderer() {
    if (!this.model?.territories.length || this.fallback || this.view || this.starting || this.mapState !== 'off')
      return;
    if (canUseWebGL2()) this.mapState = 'loading';
    else this.fallback = 'no-webgl';
  }

  /** Also waits for a part being loaded (SVG map, panel, table) and its render: `updateComplete` means shown. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.loadingParts.size) {
      await Promise.all(this.loadingParts.values());
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  private loadParts() {
    if (!this.model) return;
    if (this.fallback && !this.svgView)
      this.loadPart('svg', () => import('./svg-view.js').then((m) => ((this.svgView = m), m.svgStyles)));
    if (this.selected && !this.panel)
      this.loadPart('panel', () => import('./panel.js').then((m) => ((this.panel = m), m.panelStyles)));
    if (this.listOpen && !this.territoryList)
      this.loadPart('list', () =>
        import('./territory-list.js').then((m) => ((this.territoryList = m), m.territoryListStyles)),
      );
  }

  /** Loads a part once, adds its styles to the shadow root, and renders again. */
  private loadPart(name: string, load: () => Promise<CSSResult>) {
    if (this.loadingParts.has(name)) return;
    const loading = load()
      .then((styles) => {
        const root = this.renderRoot as ShadowRoot;
        const sheet = styles.styleSheet;
        if (sheet) {
          if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
        } else root.append(Object.assign(document.createElement('style'), { textContent: styles.cssText }));
        this.requestUpdate();
      })
      .catch((error: unknown) => console.warn(`maillage-epci-map: the ${name} part could not be loaded.`, error))
      .finally(() => this.loadingParts.delete(name));
    this.loadingParts.set(name, loading);
  }

  private syncModel(changed: PropertyValues<this>): void {
    if (changed.has('renderer')) this.fallback = this.renderer === 'svg' ? 'forced' : undefined;
    const feed = this.feedController.feed;
    if (!feed) {
      this.model = undefined;
      this.modelKey = '';
      return;
    }
    const colorBy = (COLOR_BY as readonly string[]).includes(this.colorBy) ? this.colorBy : 'network';
    const key = [
      this.language,
      colorBy,
      this.classification,
      this.classes,
      this.kinds,
      this.context,
      this.scheme,
      this.today.day,
      this.fetched.size,
      this.failed.size,
    ].join('|');
    const feedChanged = this.model === undefined || this.modelFeed !== feed;
    if (feedChanged || key !== this.modelKey) {
      const { model, warnings } = buildMapModel(feed, {
        lang: this.language,
        day: this.today.day,
        kinds: parseList(this.kinds),
        context: parseList(this.context),
        colorBy,
        classification: this.classification === 'jenks' ? 'jenks' : 'quantile',
        classes: Math.max(2, Math.min(7, Math.round(this.classes) || 5)),
        scheme: this.scheme,
        fetched: this.fetched,
        failed: this.failed,
      });
      this.warnOutlines(feed, warnings, model);
      this.model = model;
      this.modelFeed = feed;
      this.modelKey = key;
      this.drawing = undefined;
      if (feedChanged) this.fetchOutlines(feed, model);
    }
    if (this.selected && !this.model?.territories.some((t) => t.id === this.selected)) this.selected = null;
  }

  private modelFeed?: Feed;

  private warnOutlines(feed: Feed, warnings: { id: string; problem: string }[], model: MapModel) {
    let seen = warnedOutlines.get(feed);
    if (!seen) warnedOutlines.set(feed, (seen = new Set()));
    for (const w of warnings) {
      if (seen.has(w.id)) continue;
      seen.add(w.id);
      const name = model.territories.find((t) => t.id === w.id)?.name ?? w.id;
      console.warn(`maillage-epci-map: outline of "${name.slice(0, 80)}" (${w.id}) left out: ${w.problem}.`);
    }
  }

  /** Outlines given by URL are fetched (relative to the feed), six at a time; failures are shown, the rest draws. */
  private fetchOutlines(feed: Feed, model: MapModel) {
    const base = this.feedController.snapshot?.url;
    const queue = model.territories
      .map((t) => t.territory)
      .filter((t) => !t.geometry && t.geometryUrl && !this.fetching.has(t.id));
    const next = async (): Promise<void> => {
      const t = queue.shift();
      if (!t) return;
      this.fetching.add(t.id);
      const url = safeHref(t.geometryUrl, base?.startsWith('http') ? base : document.baseURI);
      try {
        if (!url) throw new Error('unsafe URL');
        const geometry = await fetchOutline(url);
        if (this.feedController.feed !== feed) return;
        this.fetched = new Map(this.fetched).set(t.id, geometry);
      } catch (error) {
        if (this.feedController.feed !== feed) return;
        console.warn(`maillage-epci-map: outline of ${t.id} could not be loaded from ${url}: ${String(error)}`);
        this.failed = new Set(this.failed).add(t.id);
      }
      return next();
    };
    for (let i = 0; i < 6; i++) void next();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!this.model) return;
    this.observeSize();
    if (this.fallback) {
      this.view?.destroy();
      this.view = undefined;
      if (this.svgDrawn) this.flushIdle();
      return;
    }
    if (this.view && (changed.has('basemap') || changed.has('basemapAttribution'))) {
      // Another basemap is another style: the map starts again with it.
      this.view.destroy();
      this.view = undefined;
    }
    if (this.view) {
      if (this.view.modelShown !== this.model) this.view.update(this.model, COLOURS[this.scheme]);
      return;
    }
    void this.startMap();
  }

  private async startMap() {
    if (this.starting || !this.model?.territories.length) return;
    const container = this.renderRoot.querySelector<HTMLElement>('.gl');
    const labels = this.renderRoot.querySelector<HTMLElement>('.labels');
    if (!container || !labels) return;
    // Where WebGL is missing, chooseRenderer() has chosen the SVG map already.
    this.starting = true;
    this.mapState = 'loading';
    try {
      // maplibre-gl and its CSS, in one lazy step.
      const [{ GlMapView, maplibreSheet }, { MAPLIBRE_CSS }] = await Promise.all([
        import('./map-view.js'),
        import('./maplibre-css.js'),
      ]);
      if (!this.isConnected || this.fallback || !this.model) return;
      const root = this.renderRoot as ShadowRoot;
      const sheet = maplibreSheet(MAPLIBRE_CSS);
      if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [sheet, ...root.adoptedStyleSheets];
      const t = this.t;
      this.view = new GlMapView({
        container,
        labels,
        model: this.model,
        colours: COLOURS[this.scheme],
        basemap: this.basemap,
        basemapAttribution: this.basemapAttribution,
        locale: maplibreLocale[this.language],
        ariaLabel: t.mapLabel(this.networkName),
        describedBy: 'map-keys',
        workerUrl: this.workerUrl,
        preserveDrawingBuffer: this.preserveDrawingBuffer,
        selected: this.selected,
        onSelect: (id) => this.choose(id, 'map'),
        partnerContent: (id) => this.partnerPopup(id),
        clusterLabel: (n) => t.partnersCount(n),
        onFirstIdle: () => {
          this.mapState = 'ready';
          performance.mark?.('maillage-epci-map:idle');
          this.dataset.idleMs = String(Math.round(performance.now() - this.connectedAt));
          this.flushIdle();
        },
        onError: (error) => console.warn('maillage-epci-map:', error.message),
      });
    } catch (error) {
      console.warn('maillage-epci-map: the WebGL map could not start; showing the SVG map.', error);
      this.view?.destroy();
      this.view = undefined;
      this.fallback = 'failed';
      this.mapState = 'off';
    } finally {
      this.starting = false;
    }
  }

  private flushIdle() {
    const resolvers = this.idleResolvers;
    this.idleResolvers = [];
    resolvers.forEach((r) => r());
  }

  /** The frame's size drives the SVG drawing and the WebGL map's size (it may change before maplibre watches). */
  private observeSize() {
    const frame = this.renderRoot.querySelector<HTMLElement>('.map');
    if (!frame || frame === this.observedFrame) return;
    this.observedFrame = frame;
    this.resizeObserver?.disconnect();
    this.resizeObserver = new ResizeObserver(([entry]) => {
      const width = Math.round(entry!.contentRect.width);
      const height = Math.round(entry!.contentRect.height);
      this.view?.map.resize();
      if (width > 0 && height > 0 && (width !== this.svgSize?.width || height !== this.svgSize.height)) {
        this.svgSize = { width, height };
        this.drawing = undefined;
      }
    });
    this.resizeObserver.observe(frame);
    this.fitObserver?.disconnect();
    // Resizing inside the observer's callback would loop within one frame: fit in the next one.
    this.fitObserver = new ResizeObserver(() => {
      cancelAnimationFrame(this.fitFrame);
      this.fitFrame = requestAnimationFrame(() => this.fitHeight());
    });
    this.fitObserver.observe(this);
    const root = this.renderRoot.querySelector<HTMLElement>('.root');
    if (root) this.fitObserver.observe(root);
  }

  /**
   * A page that gives the element a height (a CMS block, `style="height: 600px"`) gets the whole element in
   * it: the map takes the height left by the toolbar, panel and legend (at least 240px). Where the element's
   * height follows its content, the two always match and nothing changes.
   */
  private fitHeight() {
    const root = this.renderRoot.querySelector<HTMLElement>('.root');
    const frame = this.renderRoot.querySelector<HTMLElement>('.map');
    if (!root || !frame) return;
    // Height back to following the content (fullscreen left, a page style removed): the map's own height again.
    const given = this.computedStyleMap?.();
    if (given && String(given.get('height')) === 'auto' && String(given.get('max-height')) === 'none') {
      this.style.removeProperty('--_fit-height');
      return;
    }
    const style = getComputedStyle(this);
    const inner = this.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
    const extra = inner - root.offsetHeight;
    if (Math.abs(extra) < 1 || inner <= 0) return;
    const height = Math.max(240, Math.round(frame.offsetHeight + extra));
    if (Math.round(frame.offsetHeight) === height) return;
    // A custom property through the CSSOM: allowed under a strict style-src, unlike a style attribute.
    this.style.setProperty('--_fit-height', `${height}px`);
  }

  private get svgDrawn(): boolean {
    return !!this.drawing && !!this.renderRoot.querySelector('.svg-map');
  }

  private get networkName(): string {
    return localize(this.feedController.feed?.network.name, this.language);
  }

  // ---------------------------------------------------------------- selection

  /** The visitor chose a territory (or closed it with `null`): select, announce, tell the page. */
  private choose(id: string | null, from: 'map' | 'picker' | 'list' | 'svg' | 'panel') {
    const territory = id ? this.model?.territories.find((t) => t.id === id) : undefined;
    if (id && !territory) return;
    this.selected = id;
    this.announcement = territory ? this.t.selected(territory.name) : this.t.cleared;
    if (territory) this.svgFocus = territory.id;
    if (id && from !== 'svg') this.revealOnSvg(id);
    this.view?.setSelected(id, from !== 'map' && from !== 'svg');
    // Choosing again what was just told (the second click of a double click that zooms) tells the page nothing new.
    if (id === this.told) return;
    this.told = id;
    this.emit('maillage-select', { kind: 'territory', id });
  }

  /** The last choice told to the page with `maillage-select` (undefined before the first). */
  private told?: string | null;

  private onExternalSelect = (event: Event) => {
    if (event.target === this) return;
    // Another element spoke last: the map's next choice is news, even the territory it shows now.
    this.told = undefined;
    const detail = (event as CustomEvent<MaillageSelectDetail>).detail;
    const feed = this.feedController.feed;
    if (!feed || !this.model || !detail) return;
    let id: string | null | undefined;
    if (detail.kind === 'territory') id = detail.id === null ? null : this.drawnContainer(feed, [detail.id]);
    else if (detail.kind === 'organisation' && detail.id) {
      const organisation = organisationById(feed, detail.id);
      const placed = this.model.partners.find((p) => p.id === detail.id)?.placedIn;
      id = placed ?? (organisation ? this.drawnContainer(feed, organisation.territories ?? []) : undefined);
    }
    if (id === undefined) return;
    this.selected = id;
    this.view?.setSelected(id, true);
    if (id) this.revealOnSvg(id);
    const territory = id ? this.model.territories.find((t) => t.id === id) : undefined;
    this.announcement = territory ? this.t.selected(territory.name) : this.t.cleared;
  };

  /** The first of `ids` that is one of the map's territories, or the map's territory that contains it. */
  private drawnContainer(feed: Feed, ids: readonly string[]): string | undefined {
    const main = new Map(this.model!.territories.map((t) => [t.id, t]));
    for (const id of ids) {
      if (main.has(id)) return id;
      // A commune (or any inner territory): the map's territory that lists it, directly or through parents.
      const queue = [id];
      const seen = new Set(queue);
      while (queue.length) {
        const current = territoryById(feed, queue.shift()!);
        for (const parent of [
          ...(current?.parents ?? []),
          ...feed.territories.filter((t) => current && t.members?.includes(current.id)).map((t) => t.id),
        ]) {
          if (main.has(parent)) return parent;
          if (seen.has(parent)) continue;
          seen.add(parent);
          queue.push(parent);
        }
      }
    }
    return undefined;
  }

  /** A territory chosen elsewhere (picker, table, another element) comes into the zoomed SVG map's view. */
  private revealOnSvg(id: string) {
    if (this.fallback && this.drawing && this.svgView)
      this.svgZoom = this.svgView.revealShape(this.drawing, this.svgZoom, id);
  }

  private closePanel() {
    const trigger = this.lastTrigger;
    this.choose(null, 'panel');
    void this.updateComplete.then(() => {
      const target = trigger?.isConnected ? trigger : this.renderRoot.querySelector<HTMLElement>('#picker');
      target?.focus();
    });
  }

  private onFullscreenChange = () => {
    this.fullscreen = document.fullscreenElement === this;
    if (this.fullscreen) this.map?.cooperativeGestures.disable();
    else this.map?.cooperativeGestures.enable();
  };

  private toggleFullscreen() {
    if (document.fullscreenElement === this) void document.exitFullscreen();
    else void this.requestFullscreen().catch((e: Error) => console.warn('maillage-epci-map:', e.message));
  }

  private sortBy(key: SortKey, label: string) {
    this.sortAscending = this.sortKey === key ? !this.sortAscending : key === 'name' || key === 'kind';
    this.sortKey = key;
    this.announcement = this.t.sorted(label, this.sortAscending);
  }

  // ---------------------------------------------------------------- rendering

  override render() {
    const lang = this.language;
    const state = renderFeedState(this.feedController, lang);
    if (state) return state;
    const model = this.model;
    const t = this.t;
    if (!model || model.territories.length === 0) return renderEmpty(t.empty);
    const selected = this.selected ? model.territories.find((x) => x.id === this.selected) : undefined;
    return html`<div class="root">
      ${renderStaleNotice(this.feedController, lang)}
      <div class="toolbar" part="toolbar">
        <div class="picker">
          <label for="picker">${t.picker}</label>
          <select
            id="picker"
            @change=${(e: Event) => {
              const value = (e.target as HTMLSelectElement).value;
              this.lastTrigger = e.target as HTMLElement;
              this.choose(value || null, 'picker');
            }}
          >
            <option value="" .selected=${!selected}>${t.pickerNone}</option>
            ${this.byName(model.territories).map(
              (x) => html`<option value=${x.id} .selected=${x.id === this.selected}>${x.name.slice(0, 120)}</option>`,
            )}
          </select>
        </div>
        <div class="actions">
          <button
            class="button button--quiet"
            type="button"
            aria-expanded=${this.listOpen ? 'true' : 'false'}
            aria-controls="territory-list"
            @click=${() => (this.listOpen = !this.listOpen)}
          >
            ${t.showList}
          </button>
          ${
            document.fullscreenEnabled
              ? html`<button class="button button--quiet" type="button" @click=${this.toggleFullscreen}>
                  ${this.fullscreen ? t.exitFullscreen : t.fullscreen}
                </button>`
              : nothing
          }
        </div>
      </div>
      <div class="stage ${selected ? 'stage--panel' : ''}">
        <div class="map" part="map">${this.renderMap(model)}</div>
        ${selected && this.panel ? this.renderPanel(this.panel, selected) : nothing}
      </div>
      <p id="map-keys" class="visually-hidden">${this.fallback ? t.svgKeys : t.mapKeys}</p>
      <div class="footer">${this.renderLegend(model)} ${this.renderAttribution()}</div>
      ${this.renderNotes(model)}
      ${this.listOpen && this.territoryList ? this.renderList(this.territoryList, model) : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  private renderMap(model: MapModel): TemplateResult {
    const t = this.t;
    if (this.fallback) {
      const size = this.svgSize;
      const svgView = this.svgView;
      if (!size || !svgView) return html``;
      this.drawing ??= svgView.drawSvg(model, size.width, size.height);
      this.svgGestures ??= new svgView.SvgGestures();
      return svgView.renderSvgMap(this.drawing, {
        selected: this.selected,
        focusId: this.svgFocus ?? this.selected ?? undefined,
        label: t.mapLabel(this.networkName),
        listLabel: t.svgTerritories,
        describedBy: 'map-keys',
        colours: COLOURS[this.scheme],
        zoom: this.svgZoom,
        greedy: this.fullscreen,
        messages: t,
        gestures: this.svgGestures,
        onZoom: (zoom) => (this.svgZoom = zoom),
        onSelect: (id, trigger) => {
          if (trigger) this.lastTrigger = trigger;
          this.choose(id, 'svg');
        },
        onMove: (id) => {
          this.svgFocus = id;
          void this.updateComplete.then(() =>
            this.renderRoot.querySelector<SVGElement>(`.svg-map [data-id="${CSS.escape(id)}"]`)?.focus(),
          );
        },
      });
    }
    return html`<div class="gl"></div>
      <div class="labels" aria-hidden="true"></div>
      ${
        this.mapState === 'loading'
          ? html`<div class="state state--loading map-state" role="status">
              <span class="state__spinner" aria-hidden="true"></span><span>${t.mapLoading}</span>
            </div>`
          : nothing
      }`;
  }

  private renderLegend(model: MapModel): TemplateResult {
    const t = this.t;
    const colours = COLOURS[this.scheme];
    const hasPerimeter = model.territories.some((x) => x.geometry && !x.inPerimeter);
    const format = (n: number) => formatNumber(n, this.language);
    return html`<div class="legend" part="legend" role="group" aria-labelledby="legend-title">
      <p class="legend__title" id="legend-title">${t.legendTitle(model.colorBy)}</p>
      <ul>
        ${model.legend.map(
          (entry) =>
            html`<li>
              <span class="swatch" style=${styleProps({ background: entry.colour })}></span>
              ${
                entry.range
                  ? t.range(format(entry.range[0]), format(entry.range[1]))
                  : entry.key === 'network'
                    ? t.legendNetwork
                    : entry.key === 'other'
                      ? t.legendOther
                      : t.legendNoData
              }
            </li>`,
        )}
        ${
          hasPerimeter
            ? html`<li>
                <span class="swatch swatch--line" style=${styleProps({ borderColor: colours.outline })}></span
                >${t.legendPerimeter}
              </li>`
            : nothing
        }
        ${
          model.partners.length
            ? html`<li>
                <span class="swatch swatch--point" style=${styleProps({ background: colours.point })}></span
                >${t.legendPartner}
              </li>`
            : nothing
        }
      </ul>
      ${
        model.colorBy === 'network'
          ? nothing
          : html`<p class="legend__method">
              ${t.classification(this.classification === 'jenks' ? 'jenks' : 'quantile')}
            </p>`
      }
    </div>`;
  }

  private renderAttribution(): TemplateResult | typeof nothing {
    const feed = this.feedController.feed!;
    const narrow = (this.svgSize?.width ?? this.clientWidth) < 480;
    const items = feed.attributions.filter((a) => !a.scope || a.scope === 'geometry');
    if (!items.length) return nothing;
    return html`<p class="attribution" part="attribution">
      ${this.t.sources}
      ${items.map((a, i) => {
        const short = (a as { shortText?: unknown }).shortText;
        const text = (narrow && typeof short === 'string' ? short : localize(a.text, this.language)).slice(0, 400);
        const href = safeHref(a.url);
        return html`${i ? ' · ' : ''}${href ? html`<a href=${href} rel="noopener">${text}</a>` : text}`;
      })}
    </p>`;
  }

  private renderNotes(model: MapModel): TemplateResult | typeof nothing {
    const t = this.t;
    const notes: TemplateResult[] = [];
    if (this.fallback === 'no-webgl') notes.push(html`<li>${t.svgNotice}</li>`);
    if (this.fallback === 'failed') notes.push(html`<li>${t.mapFailed}</li>`);
    const missing = model.territories.filter((x) => x.notDrawn === 'no-geometry').length;
    if (missing) notes.push(html`<li>${t.notDrawnNote(missing)}</li>`);
    const loading = model.territories.filter((x) => x.notDrawn === 'loading').length;
    if (loading) notes.push(html`<li>${t.loadingOutlines(loading)}</li>`);
    const invalid = model.territories.filter(
      (x) => x.notDrawn && !['no-geometry', 'loading', 'url-failed'].includes(x.notDrawn),
    ).length;
    if (invalid) notes.push(html`<li>${t.invalidNote(invalid)}</li>`);
    for (const x of model.territories.filter((x) => x.notDrawn === 'url-failed'))
      notes.push(html`<li class="note--error"><span role="alert">${t.urlFailedNote(x.name.slice(0, 120))}</span></li>`);
    return notes.length
      ? html`<ul class="notes" part="notes">
          ${notes}
        </ul>`
      : nothing;
  }

  /** A partner's popup on the map: its name, where it was placed, its website. Text only. */
  private partnerPopup(id: string): Node {
    const feed = this.feedController.feed;
    const o = feed ? organisationById(feed, id) : undefined;
    const box = document.createElement('div');
    const name = document.createElement('strong');
    name.textContent = o ? localize(o.name, this.language).slice(0, 200) : id;
    box.append(name);
    const place = o?.address?.city;
    if (place) {
      const note = document.createElement('span');
      note.className = 'popup-note';
      note.textContent = place.slice(0, 120);
      box.append(note);
    }
    const href = safeHref(o?.website);
    if (href) {
      const link = document.createElement('a');
      link.href = href;
      link.rel = 'noopener';
      link.textContent = this.t.website;
      link.className = 'popup-note';
      box.append(link);
    }
    return box;
  }

  private renderPanel(panel: typeof import('./panel.js'), x: MapTerritory): TemplateResult {
    const { now, day } = this.today;
    return panel.renderPanel(x, {
      t: this.t,
      lang: this.language,
      feed: this.feedController.feed!,
      model: this.model!,
      now,
      day,
      level: Math.max(2, Math.min(6, Math.round(this.headingLevel) || 2)),
      kindLabel: this.kindLabel,
      close: () => this.closePanel(),
    });
  }

  private renderList(list: typeof import('./territory-list.js'), model: MapModel): TemplateResult {
    return list.renderTerritoryList({
      t: this.t,
      lang: this.language,
      model,
      selected: this.selected,
      sortKey: this.sortKey,
      sortAscending: this.sortAscending,
      kindLabel: this.kindLabel,
      sortBy: (key, label) => this.sortBy(key, label),
      choose: (id, trigger) => {
        this.lastTrigger = trigger;
        this.choose(id, 'list');
      },
    });
  }

  private kindLabel = (x: MapTerritory) => this.t.kind(x.kind, x.territory.legalForm);

  /** The picker's order, sorted once per model (the map renders at every step of a zoom or drag). */
  private byName(territories: readonly MapTerritory[]) {
    if (this.namesSorted?.from !== territories)
      this.namesSorted = { from: territories, list: [...territories].sort((a, b) => compareFrench(a.name, b.name)) };
    return this.namesSorted.list;
  }
}
