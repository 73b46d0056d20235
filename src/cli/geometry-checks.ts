/**
 * Checks a territory outline the way a map would trip on it: rings that are
 * not closed or too short, positions that are not numbers, self-intersections
 * (turf `kinks`), and points outside France for a French territory.
 */
import { kinks } from '@turf/kinks';
import type { Polygon } from 'geojson';
import { FRANCE_BOXES, inFrance, isPosition, type Position } from '../feed/geo.js';

export { FRANCE_BOXES, inFrance };

export type GeometryProblemCode =
  | 'not-a-ring'
  | 'coordinate-not-number'
  | 'ring-too-short'
  | 'ring-unclosed'
  | 'self-intersection'
  | 'outside-france'
  | 'swapped-lon-lat';

export interface GeometryFinding {
  code: GeometryProblemCode;
  /** Pointer segments below the geometry (`coordinates/0/2`). */
  path: (string | number)[];
  /** A position to quote (`[-1.6, 47.6]`) and how many more of the same kind. */
  point?: string;
  count?: number;
}

const show = (p: unknown) =>
  Array.isArray(p) ? `[${p.map((x) => JSON.stringify(x) ?? 'null').join(', ')}]` : JSON.stringify(p);
const round = (n: number) => Math.round(n * 1e5) / 1e5;

/**
 * Problems of a GeoJSON Polygon or MultiPolygon (already known to have that
 * `type` and an array of arrays as `coordinates`). `french` asks for the
 * "inside France" check.
 */
export function checkGeometry(geometry: { type: string; coordinates: unknown[] }, french: boolean): GeometryFinding[] {
  const findings: GeometryFinding[] = [];
  const polygons: [unknown, (string | number)[]][] =
    geometry.type === 'Polygon'
      ? [[geometry.coordinates, ['coordinates']]]
      : geometry.coordinates.map((p, i) => [p, ['coordinates', i]]);
  const outside: [Position, (string | number)[]][] = [];
  let positions = 0;
  for (const [polygon, base] of polygons) {
    if (!Array.isArray(polygon)) {
      findings.push({ code: 'not-a-ring', path: base });
      continue;
    }
    let drawable = true;
    polygon.forEach((ring: unknown, r) => {
      const path = [...base, r];
      if (!Array.isArray(ring) || ring.some((p) => !Array.isArray(p))) {
        findings.push({ code: 'not-a-ring', path });
        drawable = false;
        return;
      }
      const bad = ring.flatMap((p, k) => (isPosition(p) ? [] : [k]));
      if (bad.length) {
        findings.push({
          code: 'coordinate-not-number',
          path: [...path, bad[0]!],
          point: show(ring[bad[0]!]),
          count: bad.length,
        });
        drawable = false;
        return;
      }
      const positionsOfRing = ring as Position[];
      if (positionsOfRing.length < 4) {
        findings.push({ code: 'ring-too-short', path, count: positionsOfRing.length });
        drawable = false;
      } else {
        const first = positionsOfRing[0]!;
        const last = positionsOfRing[positionsOfRing.length - 1]!;
        if (first[0] !== last[0] || first[1] !== last[1]) {
          findings.push({ code: 'ring-unclosed', path, point: show(first) });
          drawable = false;
        }
      }
      positionsOfRing.forEach((p, k) => {
        positions++;
        if (!inFrance(p[0], p[1])) outside.push([p, [...path, k]]);
      });
    });
    if (drawable && polygon.length && mayCross(polygon as Position[][])) {
      const crossings = kinks({ type: 'Polygon', coordinates: polygon as Position[][] } satisfies Polygon).features;
      if (crossings.length) {
        const [x, y] = crossings[0]!.geometry.coordinates as Position;
        findings.push({
          code: 'self-intersection',
          path: base,
          point: show([round(x), round(y)]),
          count: crossings.length,
        });
      }
    }
  }
  if (french && outside.length) {
    const swappedInside = outside.every(([p]) => inFrance(p[1], p[0]));
    if (outside.length === positions && swappedInside)
      findings.push({
        code: 'swapped-lon-lat',
        path: outside[0]![1],
        point: show(outside[0]![0]),
        count: outside.length,
      });
    else
      findings.push({
        code: 'outside-france',
        path: outside[0]![1],
        point: show(outside[0]![0]),
        count: outside.length,
      });
  }
  return findings;
}

const orient = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) =>
  Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));

/**
 * Whether any two non-adjacent segments of a polygon's rings touch or cross:
 * a sweep over segments sorted by x, so the common valid outline costs
 * O(n log n) instead of turf `kinks`' O(n²). It never misses a crossing kinks
 * would find; kinks then gives the exact points.
 */
export function mayCross(rings: readonly (readonly number[])[][]): boolean {
  const segs: {
    ring: number;
    i: number;
    last: number;
    x1: number;
    y1: number;
    x2: number;
    y2: number;
    minX: number;
    maxX: number;
  }[] = [];
  rings.forEach((ring, r) => {
    for (let i = 0; i < ring.length - 1; i++) {
      const [x1 = NaN, y1 = NaN] = ring[i]!;
      const [x2 = NaN, y2 = NaN] = ring[i + 1]!;
      segs.push({ ring: r, i, last: ring.length - 2, x1, y1, x2, y2, minX: Math.min(x1, x2), maxX: Math.max(x1, x2) });
    }
  });
  segs.sort((a, b) => a.minX - b.minX);
  for (let a = 0; a < segs.length; a++) {
    const s = segs[a]!;
    for (let b = a + 1; b < segs.length && segs[b]!.minX <= s.maxX; b++) {
      const t = segs[b]!;
      if (s.ring === t.ring) {
        const d = Math.abs(s.i - t.i);
        if (d === 1 || d === s.last) continue;
      }
      if (Math.max(s.y1, s.y2) < Math.min(t.y1, t.y2) || Math.max(t.y1, t.y2) < Math.min(s.y1, s.y2)) continue;
      const o1 = orient(s.x1, s.y1, s.x2, s.y2, t.x1, t.y1);
      const o2 = orient(s.x1, s.y1, s.x2, s.y2, t.x2, t.y2);
      const o3 = orient(t.x1, t.y1, t.x2, t.y2, s.x1, s.y1);
      const o4 = orient(t.x1, t.y1, t.x2, t.y2, s.x2, s.y2);
      // Touching (a zero orientation) counts too: kinks decides whether it is a crossing.
      if (o1 * o2 <= 0 && o3 * o4 <= 0) return true;
    }
  }
  return false;
}

/** Luhn check: the last digit of a SIREN code is computed from the other eight. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** The check digit that would make the first eight digits of a SIREN code valid. */
export function sirenCheckDigit(firstEight: string): string {
  for (let d = 0; d <= 9; d++) if (luhnValid(firstEight + d)) return String(d);
  return '0';
}
