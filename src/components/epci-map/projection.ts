/**
 * Web Mercator for the SVG rendering (the one the WebGL map uses), fitted to
 * a box of pixels, and GeoJSON outlines as SVG path data. Pure functions.
 */
import { polygonsOf, type BBox, type CleanGeometry, type Position } from './geometry.js';

const MAX_LAT = 85.0511287798;

/** Web Mercator of a lon/lat, in radians of the unit sphere (y grows northwards). */
export function mercator(lon: number, lat: number): Position {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return [(lon * Math.PI) / 180, Math.log(Math.tan(Math.PI / 4 + phi / 2))];
}

/** A lon/lat → pixel function fitted to a box. */
export interface Fit {
  project(lon: number, lat: number): Position;
  /** The lon/lat at a pixel. */
  invert(x: number, y: number): Position;
  /** Pixels per radian. */
  scale: number;
}

/**
 * The projection that shows `bbox` as large as possible inside `width` × `height` pixels, less `padding`
 * on every side, centred.
 */
export function fitMercator(bbox: BBox, width: number, height: number, padding = 16): Fit {
  const [x0, y0] = mercator(bbox[0], bbox[1]);
  const [x1, y1] = mercator(bbox[2], bbox[3]);
  const w = Math.max(x1 - x0, 1e-9);
  const h = Math.max(y1 - y0, 1e-9);
  const innerW = Math.max(width - 2 * padding, 1);
  const innerH = Math.max(height - 2 * padding, 1);
  const scale = Math.min(innerW / w, innerH / h);
  const offsetX = (width - w * scale) / 2;
  const offsetY = (height - h * scale) / 2;
  return {
    scale,
    project(lon, lat) {
      const [x, y] = mercator(lon, lat);
      return [offsetX + (x - x0) * scale, offsetY + (y1 - y) * scale];
    },
    invert(px, py) {
      const x = x0 + (px - offsetX) / scale;
      const y = y1 - (py - offsetY) / scale;
      return [(x * 180) / Math.PI, (Math.atan(Math.exp(y)) * 360) / Math.PI - 90];
    },
  };
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * SVG path data for an outline, in pixels. Points closer than `minDistance` pixels to the last kept one are
 * dropped, so the 1,232 national outlines stay a light DOM; rings that shrink below a triangle vanish.
 */
export function outlinePath(g: CleanGeometry, fit: Fit, minDistance = 0.75): string {
  const min2 = minDistance * minDistance;
  let d = '';
  for (const rings of polygonsOf(g))
    for (const ring of rings) {
      const kept: Position[] = [];
      for (const [lon, lat] of ring) {
        const p = fit.project(lon, lat);
        const last = kept.at(-1);
        if (!last || (p[0] - last[0]) ** 2 + (p[1] - last[1]) ** 2 >= min2) kept.push(p);
      }
      if (kept.length < 3) continue;
      d += 'M' + kept.map(([x, y]) => `${round(x)} ${round(y)}`).join('L') + 'Z';
    }
  return d;
}
