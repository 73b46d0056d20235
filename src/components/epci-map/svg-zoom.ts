/**
 * Zoom and pan of the SVG map as view-box arithmetic. Pure functions. A view box is in the drawing's pixels
 * (the whole drawing is `0 0 width height`); it keeps the drawing's proportions, stays inside what is drawn
 * (territories outside the network may reach past the drawing's edges), and shows between the whole drawing's
 * scale (zoom 1) and `MAX_ZOOM` times closer. Where the map looks is kept as a place
 * (longitude, latitude) and a zoom, so it survives a new drawing at another size (a panel opened beside the map).
 */
import type { Position } from './geometry.js';
import type { Fit } from './projection.js';

export interface ViewBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The drawing's size in pixels (the view box of the whole map), and the box of what is drawn, if larger. */
export interface Extent {
  width: number;
  height: number;
  /** `[x0, y0, x1, y1]`, containing `0 0 width height`. */
  bounds?: readonly [number, number, number, number];
}

/** Where the SVG map looks: the place at its centre and how much closer than the whole network (1). */
export interface SvgZoom {
  centre: Position;
  zoom: number;
}

/** Eight times closer than the whole network: the outlines were simplified for the whole view. */
export const MAX_ZOOM = 8;
/** One step of the buttons and keys doubles or halves the scale (a zoom level, as on the WebGL map). */
export const ZOOM_STEP = 2;
/** An arrow key moves the map 100 px, as maplibre's keyboard handler does. */
export const PAN_STEP = 100;

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));

export const wholeView = ({ width, height }: Extent): ViewBox => ({ x: 0, y: 0, width, height });

/** How much closer than the whole drawing the view is. */
export const zoomOf = (view: ViewBox, extent: Extent): number => extent.width / view.width;

/** The view of the whole drawing, as first shown. */
export const isWholeView = (view: ViewBox, extent: Extent): boolean =>
  zoomOf(view, extent) < 1.0001 && Math.abs(view.x) < 0.5 && Math.abs(view.y) < 0.5;

/** `start` moved so that `start … start + size` stays within `low … high` (centred when it is larger). */
const within = (start: number, size: number, low: number, high: number) =>
  size >= high - low ? (low + high - size) / 2 : clamp(start, low, high - size);

/** The view with its zoom between 1 and `MAX_ZOOM`, its centre kept where possible, and its box inside the drawing. */
export function clampView(view: ViewBox, extent: Extent): ViewBox {
  const [x0, y0, x1, y1] = extent.bounds ?? [0, 0, extent.width, extent.height];
  const zoom = clamp(zoomOf(view, extent), 1, MAX_ZOOM);
  const width = extent.width / zoom;
  const height = extent.height / zoom;
  return {
    x: within(view.x + view.width / 2 - width / 2, width, Math.min(x0, 0), Math.max(x1, extent.width)),
    y: within(view.y + view.height / 2 - height / 2, height, Math.min(y0, 0), Math.max(y1, extent.height)),
    width,
    height,
  };
}

export const viewCentre = (view: ViewBox): Position => [view.x + view.width / 2, view.y + view.height / 2];

/** Zooms by `factor` (2: twice closer) keeping the drawing point `at` (default: the centre) where it is on screen. */
export function zoomAt(view: ViewBox, extent: Extent, factor: number, at: Position = viewCentre(view)): ViewBox {
  const zoom = clamp(zoomOf(view, extent) * factor, 1, MAX_ZOOM);
  const width = extent.width / zoom;
  const height = extent.height / zoom;
  const fx = (at[0] - view.x) / view.width;
  const fy = (at[1] - view.y) / view.height;
  return clampView({ x: at[0] - fx * width, y: at[1] - fy * height, width, height }, extent);
}

/** Moves the view by `dx`, `dy` screen pixels of a map shown at the drawing's size (positive: east, south). */
export function panBy(view: ViewBox, extent: Extent, dx: number, dy: number): ViewBox {
  const unit = view.width / extent.width;
  return clampView({ ...view, x: view.x + dx * unit, y: view.y + dy * unit }, extent);
}

/** The drawing point under a screen point (`sx`, `sy` from the map's top left corner, on a map `shown` px wide). */
export function toDrawing(view: ViewBox, sx: number, sy: number, shown: Extent): Position {
  return [view.x + (sx * view.width) / shown.width, view.y + (sy * view.height) / shown.height];
}

/**
 * The view that shows the box `[x0, y0, x1, y1]`: unchanged when the box's centre is already in view (less
 * `margin` px of screen), else moved, at the same zoom, to centre it.
 */
export function reveal(view: ViewBox, extent: Extent, box: readonly number[], margin = 24): ViewBox {
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = box;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const inset = (margin * view.width) / extent.width;
  const inside =
    cx >= view.x + inset &&
    cx <= view.x + view.width - inset &&
    cy >= view.y + inset &&
    cy <= view.y + view.height - inset;
  return inside ? view : clampView({ ...view, x: cx - view.width / 2, y: cy - view.height / 2 }, extent);
}

/** What a key does to the view: `+`/`=` and `-`/`_` zoom, arrows move the map (maplibre's keys). */
export type ViewCommand = { zoom: number } | { pan: Position };

export function viewKey(key: string): ViewCommand | undefined {
  switch (key) {
    case '+':
    case '=':
      return { zoom: ZOOM_STEP };
    case '-':
    case '_':
      return { zoom: 1 / ZOOM_STEP };
    case 'ArrowLeft':
      return { pan: [-PAN_STEP, 0] };
    case 'ArrowRight':
      return { pan: [PAN_STEP, 0] };
    case 'ArrowUp':
      return { pan: [0, -PAN_STEP] };
    case 'ArrowDown':
      return { pan: [0, PAN_STEP] };
    default:
      return undefined;
  }
}

/**
 * The zoom factor of one wheel event: half a zoom level per 150 px of scroll (a mouse notch is about 100 px),
 * at most one level per event. `deltaMode` 1 counts lines, 2 pages.
 */
export function wheelFactor(deltaY: number, deltaMode = 0): number {
  const px = deltaY * (deltaMode === 1 ? 40 : deltaMode === 2 ? 800 : 1);
  return 2 ** clamp(-px / 300, -1, 1);
}

/** The view box of a zoom on a drawing fitted with `fit` (the whole drawing without a zoom). */
export function viewOfZoom(extent: Extent, fit: Fit | undefined, zoom: SvgZoom | undefined): ViewBox {
  if (!zoom || !fit) return wholeView(extent);
  const [cx, cy] = fit.project(zoom.centre[0], zoom.centre[1]);
  const width = extent.width / zoom.zoom;
  const height = extent.height / zoom.zoom;
  return clampView({ x: cx - width / 2, y: cy - height / 2, width, height }, extent);
}

/** The zoom a view box shows (`undefined`: the whole drawing). */
export function zoomOfView(extent: Extent, fit: Fit | undefined, view: ViewBox): SvgZoom | undefined {
  if (!fit || isWholeView(view, extent)) return undefined;
  const [x, y] = viewCentre(view);
  return { centre: fit.invert(x, y), zoom: zoomOf(view, extent) };
}

/** The `viewBox` attribute. */
export const viewBoxAttribute = (view: ViewBox): string =>
  [view.x, view.y, view.width, view.height].map((n) => Math.round(n * 100) / 100).join(' ');
