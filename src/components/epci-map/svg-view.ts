/**
 * The map without WebGL: the same outlines as SVG paths, projected with Web
 * Mercator to the element's size, names placed like the WebGL map's, and the
 * territories as a keyboard listbox (roving tabindex, Enter or Space selects).
 * It zooms and pans like the WebGL map: buttons, keys on the focused map,
 * Ctrl + wheel (the wheel alone in full screen), double click, and dragging
 * with a mouse, a pen or fingers (two fingers pinch).
 */
import { styleProps } from '../../core/style-props.js';
import { css, html, nothing, svg, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { compareFrench } from '../../feed/text.js';
import type { MapColours } from './classes.js';
import { outerBoundary, type Position } from './geometry.js';
import { LABEL_FONT_SIZE, LABEL_LINE_HEIGHT, labelSize, placeLabels, wrapLabel } from './labels.js';
import type { MapModel } from './model.js';
import { fitMercator, outlinePath, type Fit } from './projection.js';
import {
  isWholeView,
  MAX_ZOOM,
  panBy,
  reveal,
  toDrawing,
  viewBoxAttribute,
  viewKey,
  viewOfZoom,
  wheelFactor,
  ZOOM_STEP,
  zoomAt,
  zoomOf,
  zoomOfView,
  type SvgZoom,
  type ViewBox,
} from './svg-zoom.js';

export type { SvgZoom } from './svg-zoom.js';

export interface SvgShape {
  id: string;
  name: string;
  d: string;
  fill: string;
  /** The outline's box in the drawing's pixels, `[x0, y0, x1, y1]`. */
  box: [number, number, number, number];
}

/** A name that may be written on the map: its point and size, and the width of its territory, at zoom 1. */
interface LabelPlace {
  id: string;
  x: number;
  y: number;
  lines: string[];
  width: number;
  height: number;
  shapeWidth: number;
  priority: number;
}

/** The projected drawing for one model and size; selection changes do not redo it. */
export interface SvgDrawing {
  width: number;
  height: number;
  /** Drawn territories in name order (the listbox order). */
  shapes: SvgShape[];
  context: string;
  perimeter: string;
  /** Every name that may be written; which ones are depends on the zoom (`labelsInView`). */
  places: LabelPlace[];
  points: Position[];
  /** The projection (none when nothing is drawn): a zoom is kept as a place, across drawings. */
  fit?: Fit;
  /** The box of every territory drawn, which may reach past the drawing (territories outside the network). */
  bounds?: [number, number, number, number];
}

export interface SvgLabel {
  id: string;
  x: number;
  y: number;
  lines: string[];
}

/** Projects the model into `width` × `height` pixels. */
export function drawSvg(model: MapModel, width: number, height: number): SvgDrawing {
  const empty: SvgDrawing = { width, height, shapes: [], context: '', perimeter: '', places: [], points: [] };
  if (!model.bbox) return empty;
  const fit = fitMercator(model.bbox, width, height, 16);
  const drawn = model.territories.filter((t) => t.geometry);
  const boxOf = ({ bbox }: (typeof drawn)[number]): SvgShape['box'] => {
    const [x0, y1] = fit.project(bbox![0], bbox![1]);
    const [x1, y0] = fit.project(bbox![2], bbox![3]);
    return [x0, y0, x1, y1];
  };
  const shapes = drawn
    .map((t): SvgShape => ({ id: t.id, name: t.name, d: outlinePath(t.geometry!, fit), fill: t.fill, box: boxOf(t) }))
    .sort((a, b) => compareFrench(a.name, b.name));
  const inside = drawn.filter((t) => t.inPerimeter);
  const perimeter =
    inside.length && inside.length < drawn.length
      ? outerBoundary(inside.map((t) => t.geometry!))
          .map(
            (run) =>
              'M' +
              run
                .map(([lon, lat]) =>
                  fit
                    .project(lon, lat)
                    .map((n) => n.toFixed(1))
                    .join(' '),
                )
                .join('L'),
          )
          .join('')
      : '';
  const places = drawn.map((t): LabelPlace => {
    const [x, y] = fit.project(...t.label!);
    const [x0, y0, x1, y1] = boxOf(t);
    const lines = wrapLabel(t.name);
    return { id: t.id, x, y, lines, ...labelSize(lines), shapeWidth: x1 - x0, priority: (x1 - x0) * (y1 - y0) };
  });
  const margin = 16;
  const bounds: [number, number, number, number] = [0, 0, width, height];
  for (const { box } of shapes) {
    bounds[0] = Math.min(bounds[0], box[0] - margin);
    bounds[1] = Math.min(bounds[1], box[1] - margin);
    bounds[2] = Math.max(bounds[2], box[2] + margin);
    bounds[3] = Math.max(bounds[3], box[3] + margin);
  }
  return {
    width,
    height,
    shapes,
    context: model.context.map((c) => outlinePath(c.geometry, fit)).join(''),
    perimeter,
    places,
    points: model.partners.map((p) => fit.project(p.lon, p.lat)),
    fit,
    bounds,
  };
}

const placedLabels = new WeakMap<SvgDrawing, { key: string; labels: SvgLabel[] }>();

/**
 * The names written in a view, in the drawing's pixels: placed on screen like the WebGL map's (a name much
 * wider than its territory waits for a closer zoom; overlapping names give way to larger territories).
 */
export function labelsInView(drawing: SvgDrawing, view: ViewBox): SvgLabel[] {
  const key = viewBoxAttribute(view);
  const cached = placedLabels.get(drawing);
  if (cached?.key === key) return cached.labels;
  const zoom = zoomOf(view, drawing);
  const onScreen = (x: number, y: number): Position => [(x - view.x) * zoom, (y - view.y) * zoom];
  const candidates = drawing.places
    .filter((c) => c.width <= c.shapeWidth * zoom * 1.6)
    .map((c) => {
      const [x, y] = onScreen(c.x, c.y);
      return { ...c, x, y };
    });
  const kept = placeLabels(
    candidates,
    drawing.width,
    drawing.height,
    drawing.points.map(([px, py]) => {
      const [x, y] = onScreen(px, py);
      return { x, y, width: 12, height: 12 };
    }),
  );
  const labels = candidates
    .filter((c) => kept.has(c.id))
    .map(({ id, x, y, lines }) => {
      const [dx, dy] = kept.get(id)!;
      return { id, x: view.x + (x + dx) / zoom, y: view.y + (y + dy) / zoom, lines };
    });
  placedLabels.set(drawing, { key, labels });
  return labels;
}

/** The zoom that brings a territory into view, at the same scale (the same zoom when it is in view already). */
export function revealShape(drawing: SvgDrawing, zoom: SvgZoom | undefined, id: string): SvgZoom | undefined {
  const shape = drawing.shapes.find((s) => s.id === id);
  if (!shape) return zoom;
  const view = viewOfZoom(drawing, drawing.fit, zoom);
  const next = reveal(view, drawing, shape.box);
  return next === view ? zoom : zoomOfView(drawing, drawing.fit, next);
}

export interface SvgViewState {
  selected: string | null;
  /** The shape that holds the tab stop. */
  focusId: string | undefined;
  /** The map's accessible name, and the territories'. */
  label: string;
  listLabel: string;
  describedBy: string;
  colours: MapColours;
  /** Where the map looks (`undefined`: the whole network). */
  zoom: SvgZoom | undefined;
  /** In full screen the wheel zooms without Ctrl, as the WebGL map's does. */
  greedy: boolean;
  messages: { zoomIn: string; zoomOut: string; zoomReset: string; wheelHint: (mac: boolean) => string };
  /** Pointer and wheel state kept between renders. */
  gestures: SvgGestures;
  /** A territory was clicked, or chosen with Enter or Space (`trigger`: its shape, to return focus to). */
  onSelect(id: string, trigger?: SVGElement): void;
  /** An arrow, Home or End key moved the tab stop to this territory: the element focuses it once rendered. */
  onMove(id: string): void;
  /** The visitor zoomed or moved the map. */
  onZoom(zoom: SvgZoom | undefined): void;
}

const STEPS: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/** The shape the tab stop moves to from `id` with `key` (arrows step in drawing order, Home, End), if any. */
export function keyTarget(key: string, shapes: readonly SvgShape[], id: string): string | undefined {
  const last = shapes.length - 1;
  const step = STEPS[key];
  const index =
    key === 'Home' ? 0 : key === 'End' ? last : step ? shapes.findIndex((s) => s.id === id) + step : undefined;
  return index === undefined ? undefined : shapes[Math.max(0, Math.min(last, index))]?.id;
}

function onKey(event: KeyboardEvent, drawing: SvgDrawing, id: string, state: SvgViewState) {
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    state.onSelect(id, event.target as SVGElement);
    return;
  }
  const next = keyTarget(event.key, drawing.shapes, id);
  if (next === undefined) return;
  event.preventDefault();
  state.onMove(next);
}

/** A press that moves less than this (px) is a click, not a drag. */
const DRAG_THRESHOLD = 4;
const HINT_MS = 1600;

const midpoint = ([ax, ay]: Position, [bx, by]: Position): Position => [(ax + bx) / 2, (ay + by) / 2];
const distance = ([ax, ay]: Position, [bx, by]: Position) => Math.hypot(ax - bx, ay - by) || 1;

/**
 * What lives between renders while the visitor zooms and pans: the pointers down, a drag under way, the wheel
 * hint. It turns events into view boxes (svg-zoom.ts) and hands the element a new zoom; the element renders it.
 */
export class SvgGestures {
  private drawing?: SvgDrawing;
  private state?: SvgViewState;
  private view?: ViewBox;
  private readonly pointers = new Map<number, Position>();
  private start: Position = [0, 0];
  private dragging = false;
  private clickSuppressed = false;
  private hintTimer = 0;

  /** The drawing, view and callbacks of the render under way. */
  sync(drawing: SvgDrawing, view: ViewBox, state: SvgViewState) {
    this.drawing = drawing;
    this.view = view;
    this.state = state;
  }

  zoomBy(factor: number, at?: Position) {
    if (this.view && this.drawing) this.apply(zoomAt(this.view, this.drawing, factor, at));
  }

  reset() {
    this.view = undefined;
    this.state?.onZoom(undefined);
  }

  private apply(next: ViewBox) {
    const { drawing, state, view } = this;
    if (!drawing || !state || !view || viewBoxAttribute(next) === viewBoxAttribute(view)) return;
    this.view = next;
    state.onZoom(zoomOfView(drawing, drawing.fit, next));
  }

  /** The map's SVG and its box on screen. */
  private screen(event: Event): DOMRect {
    const frame = event.currentTarget as HTMLElement;
    return frame.querySelector('.svg-map')!.getBoundingClientRect();
  }

  private pointAt(event: MouseEvent, rect = this.screen(event)): Position {
    return toDrawing(this.view!, event.clientX - rect.left, event.clientY - rect.top, rect);
  }

  /** `+`, `-` anywhere in the map (about the focused territory), arrows on the map itself (on a territory they move between territories). */
  readonly onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || !this.view || !this.drawing) return;
    const command = viewKey(event.key);
    if (!command) return;
    const onMap = event.target === event.currentTarget;
    if ('pan' in command) {
      if (!onMap) return;
      event.preventDefault();
      this.apply(panBy(this.view, this.drawing, ...command.pan));
      return;
    }
    event.preventDefault();
    const id = onMap ? undefined : (event.target as SVGElement).dataset?.id;
    const box = this.drawing.shapes.find((s) => s.id === id)?.box;
    this.zoomBy(command.zoom, box ? midpoint([box[0], box[1]], [box[2], box[3]]) : undefined);
  };

  /** Ctrl (⌘) + wheel zooms, as on the WebGL map; the wheel alone scrolls the page, and says how to zoom. */
  readonly onWheel = (event: WheelEvent) => {
    if (!this.view || !this.drawing || !event.deltaY) return;
    const frame = event.currentTarget as HTMLElement;
    if (!(event.ctrlKey || event.metaKey || this.state?.greedy)) {
      const hint = frame.querySelector('.svg-hint');
      hint?.classList.add('svg-hint--shown');
      clearTimeout(this.hintTimer);
      this.hintTimer = window.setTimeout(() => hint?.classList.remove('svg-hint--shown'), HINT_MS);
      return;
    }
    event.preventDefault();
    this.zoomBy(wheelFactor(event.deltaY, event.deltaMode), this.pointAt(event));
  };

  readonly onDoubleClick = (event: MouseEvent) => {
    event.preventDefault();
    if (this.view) this.zoomBy(event.shiftKey ? 1 / ZOOM_STEP : ZOOM_STEP, this.pointAt(event));
  };

  readonly onPointerDown = (event: PointerEvent) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    // A first pointer means none is down: forget any whose release went unseen.
    if (event.isPrimary) this.pointers.clear();
    this.pointers.set(event.pointerId, [event.clientX, event.clientY]);
    if (this.pointers.size === 1) {
      this.start = [event.clientX, event.clientY];
      this.dragging = false;
    }
  };

  /** One pointer drags the map; two pinch it (zoom about their middle) and drag it. */
  readonly onPointerMove = (event: PointerEvent) => {
    const previous = this.pointers.get(event.pointerId);
    if (!previous || !this.view || !this.drawing) return;
    const frame = event.currentTarget as HTMLElement;
    if (!this.dragging) {
      const [x, y] = this.start;
      if (this.pointers.size === 1 && Math.hypot(event.clientX - x, event.clientY - y) < DRAG_THRESHOLD) return;
      this.dragging = true;
      frame.classList.add('svg-frame--dragging');
      for (const id of this.pointers.keys())
        try {
          frame.setPointerCapture(id);
        } catch {
          // A pointer the browser no longer tracks: the drag goes on without capture.
        }
    }
    const before = [...this.pointers.values()];
    this.pointers.set(event.pointerId, [event.clientX, event.clientY]);
    const after = [...this.pointers.values()];
    const rect = this.screen(event);
    const toExtent = this.drawing.width / rect.width;
    const [from, to] =
      after.length === 1 ? [before[0]!, after[0]!] : [midpoint(before[0]!, before[1]!), midpoint(after[0]!, after[1]!)];
    let next = panBy(this.view, this.drawing, (from[0] - to[0]) * toExtent, (from[1] - to[1]) * toExtent);
    if (after.length > 1) {
      const at = toDrawing(next, to[0] - rect.left, to[1] - rect.top, rect);
      next = zoomAt(next, this.drawing, distance(after[0]!, after[1]!) / distance(before[0]!, before[1]!), at);
    }
    event.preventDefault();
    this.apply(next);
  };

  readonly onPointerUp = (event: PointerEvent) => {
    if (!this.pointers.delete(event.pointerId) || this.pointers.size) return;
    if (this.dragging) {
      // The click that ends a drag does not select the territory under it.
      this.clickSuppressed = true;
      setTimeout(() => (this.clickSuppressed = false));
    }
    this.dragging = false;
    (event.currentTarget as HTMLElement).classList.remove('svg-frame--dragging');
  };

  readonly onClick = {
    capture: true,
    handleEvent: (event: MouseEvent) => {
      if (!this.clickSuppressed) return;
      this.clickSuppressed = false;
      event.stopPropagation();
    },
  };

  /** A territory reached with the keyboard is brought into view. */
  readonly onShapeFocus = (event: FocusEvent) => {
    const target = event.target as SVGElement;
    const { drawing, state } = this;
    if (!drawing || !state || !target.matches(':focus-visible') || !target.dataset.id) return;
    const next = revealShape(drawing, state.zoom, target.dataset.id);
    if (next !== state.zoom) state.onZoom(next);
  };
}

const isMac = () => /^Mac|^iP/.test(navigator.platform);

/** The SVG map: the territories as a listbox in a focusable, zoomable frame, with zoom buttons. */
export function renderSvgMap(drawing: SvgDrawing, state: SvgViewState): TemplateResult {
  const { colours, gestures, messages } = state;
  const view = viewOfZoom(drawing, drawing.fit, state.zoom);
  gestures.sync(drawing, view, state);
  const zoom = zoomOf(view, drawing);
  const whole = isWholeView(view, drawing);
  const closest = zoom >= MAX_ZOOM - 1e-6;
  const tabStop = drawing.shapes.some((s) => s.id === state.focusId) ? state.focusId : drawing.shapes[0]?.id;
  const selectedShape = drawing.shapes.find((s) => s.id === state.selected);
  // Sizes on screen do not change with the zoom: strokes do not scale, names and points are divided by it.
  const pointRadius = (5 / zoom).toFixed(2);
  const zoomButton = (label: string, disabled: boolean, action: () => void, glyph: TemplateResult | string) =>
    html`<button
      type="button"
      class="svg-zoom__button"
      aria-label=${label}
      title=${label}
      aria-disabled=${disabled ? 'true' : 'false'}
      @click=${() => !disabled && action()}
    >
      ${glyph}
    </button>`;
  return html`<div
      class="svg-frame ${whole ? '' : 'svg-frame--zoomed'}"
      role="region"
      tabindex="0"
      aria-label=${state.label}
      aria-describedby=${state.describedBy}
      @keydown=${gestures.onKeyDown}
      @wheel=${gestures.onWheel}
      @dblclick=${gestures.onDoubleClick}
      @pointerdown=${gestures.onPointerDown}
      @pointermove=${gestures.onPointerMove}
      @pointerup=${gestures.onPointerUp}
      @pointercancel=${gestures.onPointerUp}
      @click=${gestures.onClick}
    >
      <svg
        class="svg-map"
        part="svg-map"
        role="listbox"
        aria-label=${state.listLabel}
        width=${drawing.width}
        height=${drawing.height}
        viewBox=${viewBoxAttribute(view)}
        style=${styleProps({ background: colours.background, '--_zoom': String(zoom) })}
      >
        ${guard([drawing, state.selected, tabStop, colours], () =>
          // Zooming and panning leave the 1,232 national outlines untouched: Lit does not even compare them.
          drawing.shapes.map(
            (s) =>
              svg`<path
          class="territory"
          role="option"
          aria-selected=${s.id === state.selected ? 'true' : 'false'}
          aria-label=${s.name}
          tabindex=${s.id === tabStop ? 0 : -1}
          data-id=${s.id}
          d=${s.d}
          fill=${s.fill}
          stroke=${colours.outline}
          @click=${() => state.onSelect(s.id)}
          @keydown=${(e: KeyboardEvent) => onKey(e, drawing, s.id, state)}
          @focus=${gestures.onShapeFocus}
        ></path>`,
          ),
        )}
        ${
          drawing.context
            ? svg`<path class="context" aria-hidden="true" d=${drawing.context} stroke=${colours.context}></path>`
            : nothing
        }
        ${
          drawing.perimeter
            ? svg`<path class="perimeter" aria-hidden="true" d=${drawing.perimeter} stroke=${colours.outline}></path>`
            : nothing
        }
        ${
          selectedShape
            ? svg`<g aria-hidden="true" class="selection">
          <path d=${selectedShape.d} stroke=${colours.selectedCasing} stroke-width="6"></path>
          <path d=${selectedShape.d} stroke=${colours.selected} stroke-width="2"></path>
        </g>`
            : nothing
        }
        ${drawing.points.map(
          ([x, y]) =>
            svg`<circle aria-hidden="true" class="point" cx=${x.toFixed(1)} cy=${y.toFixed(1)} r=${pointRadius} fill=${colours.point} stroke=${colours.pointStroke}></circle>`,
        )}
        ${labelsInView(drawing, view).map(
          (l) =>
            svg`<text aria-hidden="true" class="label ${l.id === state.selected ? 'label--selected' : ''}" x=${l.x.toFixed(2)} y=${l.y.toFixed(2)}>${l.lines.map(
              (line, i) =>
                svg`<tspan x=${l.x.toFixed(2)} dy=${`${(i ? LABEL_LINE_HEIGHT : LABEL_FONT_SIZE / 3 - ((l.lines.length - 1) * LABEL_LINE_HEIGHT) / 2) / LABEL_FONT_SIZE}em`}>${line}</tspan>`,
            )}</text>`,
        )}
      </svg>
      <p class="svg-hint" aria-hidden="true">${messages.wheelHint(isMac())}</p>
    </div>
    <div class="svg-zoom">
      ${zoomButton(messages.zoomIn, closest, () => gestures.zoomBy(ZOOM_STEP), html`<span aria-hidden="true">+</span>`)}
      ${zoomButton(messages.zoomOut, zoom < 1.0001, () => gestures.zoomBy(1 / ZOOM_STEP), html`<span aria-hidden="true">−</span>`)}
      ${zoomButton(
        messages.zoomReset,
        whole,
        () => gestures.reset(),
        svg`<svg aria-hidden="true" viewBox="0 0 20 20" width="18" height="18"><path d="M3 8V3h5M12 3h5v5M17 12v5h-5M8 17H3v-5" fill="none" stroke="currentColor" stroke-width="2"></path></svg>`,
      )}
    </div>`;
}

export const svgStyles = css`
  .svg-frame {
    position: absolute;
    inset: 0;
    /* Until zoomed in, a finger on the map scrolls the page; zoomed in, it moves the map. */
    touch-action: pan-x pan-y;
    outline: none;
  }
  .svg-frame:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  .svg-frame--zoomed {
    touch-action: none;
    cursor: grab;
  }
  .svg-frame--dragging {
    cursor: grabbing;
  }
  .svg-map {
    display: block;
    width: 100%;
    height: 100%;
    user-select: none;
    -webkit-user-select: none;
  }
  .svg-map path,
  .svg-map circle {
    vector-effect: non-scaling-stroke;
  }
  .svg-map .territory {
    stroke-width: 0.8;
    cursor: pointer;
    outline: none;
  }
  .svg-frame--dragging .territory {
    cursor: grabbing;
  }
  .svg-map .territory:hover {
    stroke-width: 2.5;
  }
  .svg-map .territory:focus-visible {
    stroke: var(--_focus);
    stroke-width: 4;
  }
  .svg-map .context,
  .svg-map .perimeter,
  .svg-map .selection path {
    fill: none;
    pointer-events: none;
    stroke-linejoin: round;
  }
  .svg-map .context {
    stroke-width: 0.6;
    stroke-dasharray: 3 2;
  }
  .svg-map .perimeter {
    stroke-width: 2.5;
    stroke-linecap: round;
  }
  .svg-map .point {
    stroke-width: 1.5;
    pointer-events: none;
  }
  .svg-map .label {
    fill: var(--_label-color);
    font-size: calc(${LABEL_FONT_SIZE}px / var(--_zoom, 1));
    font-weight: 600;
    text-anchor: middle;
    paint-order: stroke;
    stroke: var(--_label-halo);
    stroke-width: calc(3px / var(--_zoom, 1));
    stroke-linejoin: round;
    pointer-events: none;
  }
  .svg-map .label--selected {
    font-weight: 800;
  }
  .svg-zoom {
    position: absolute;
    top: 10px;
    right: 10px;
    display: flex;
    flex-direction: column;
    border: 1px solid var(--_border);
    border-radius: 4px;
    background: var(--_bg);
    box-shadow: 0 0 0 2px rgba(0, 0, 0, 0.1);
    overflow: hidden;
  }
  .svg-zoom__button {
    display: grid;
    place-items: center;
    width: 36px;
    height: 36px;
    padding: 0;
    border: 0;
    background: transparent;
    color: var(--_fg);
    font: 600 22px/1 var(--_font);
    cursor: pointer;
  }
  .svg-zoom__button + .svg-zoom__button {
    border-top: 1px solid var(--_border);
  }
  .svg-zoom__button:hover {
    background: var(--_surface);
  }
  .svg-zoom__button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  .svg-zoom__button[aria-disabled='true'] {
    color: var(--_muted);
    cursor: default;
  }
  .svg-zoom__button[aria-disabled='true'] > * {
    opacity: 0.5;
  }
  .svg-hint {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    margin: 0;
    padding: 16px;
    background: rgba(0, 0, 0, 0.55);
    color: #ffffff;
    font-size: 18px;
    font-weight: 600;
    text-align: center;
    pointer-events: none;
    opacity: 0;
    transition: opacity 0.2s;
  }
  .svg-hint--shown {
    opacity: 1;
  }
  @media (prefers-reduced-motion: reduce) {
    .svg-hint {
      transition: none;
    }
  }
`;
