/**
 * Checks and prepares territory outlines for drawing: pure functions, no DOM.
 * A feed's geometry is untrusted: rings may be unclosed, coordinates NaN,
 * null, strings, or lat/lon swapped. Bad outlines are refused (with a reason),
 * never half-drawn.
 */
import { FRANCE_BOXES, isPosition, type Position } from '../../feed/geo.js';

export type { Position };

export type Ring = Position[];
/** A checked outline: every ring closed, every coordinate a finite lon/lat, outer rings counter-clockwise. */
export type CleanGeometry = { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
export type BBox = [number, number, number, number];

/** Why an outline was refused. */
export type GeometryProblem =
  'structure' | 'not-a-number' | 'too-few-points' | 'not-closed' | 'out-of-range' | 'swapped';

export type GeometryCheck = { ok: true; geometry: CleanGeometry; bbox: BBox } | { ok: false; problem: GeometryProblem };

/** Twice the signed area of a ring in lon/lat (positive when counter-clockwise). */
export function ringArea2(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[i + 1]!;
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

function checkRing(raw: unknown): Ring | GeometryProblem {
  if (!Array.isArray(raw)) return 'structure';
  const ring: Ring = [];
  for (const p of raw) {
    if (!Array.isArray(p)) return 'structure';
    if (!isPosition(p)) return 'not-a-number';
    ring.push([p[0], p[1]]);
  }
  if (ring.length < 4) return ring.length > 0 && !sameEnds(ring) ? 'not-closed' : 'too-few-points';
  if (!sameEnds(ring)) return 'not-closed';
  return ring;
}

const sameEnds = (ring: Ring) => ring[0]![0] === ring.at(-1)![0] && ring[0]![1] === ring.at(-1)![1];

function checkPolygon(raw: unknown): Ring[] | GeometryProblem {
  if (!Array.isArray(raw) || raw.length === 0) return 'structure';
  const rings: Ring[] = [];
  for (const [i, r] of raw.entries()) {
    const ring = checkRing(r);
    if (typeof ring === 'string') return ring;
    // RFC 7946 winding (outer counter-clockwise, holes clockwise) so every renderer reads holes as holes.
    const ccw = ringArea2(ring) > 0;
    rings.push(ccw === (i === 0) ? ring : ring.reverse());
  }
  return rings;
}

export function bboxOfRings(polygons: readonly (readonly Ring[])[]): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of polygons)
    for (const [x, y] of polygon[0] ?? []) {
      if (x < box[0]) box[0] = x;
      if (y < box[1]) box[1] = y;
      if (x > box[2]) box[2] = x;
      if (y > box[3]) box[3] = y;
    }
  return box;
}

/** The polygons of a clean geometry, as a list of ring lists. */
export const polygonsOf = (g: CleanGeometry): Ring[][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

/**
 * Checks a GeoJSON Polygon or MultiPolygon from a feed: structure, finite numbers, closed rings of at least
 * four positions, longitudes within ±180 and latitudes within ±90 (a latitude beyond ±90 that is a valid
 * longitude is reported as swapped). Returns a clean copy with its bounding box, or the problem.
 */
export function checkGeometry(raw: unknown): GeometryCheck {
  if (typeof raw !== 'object' || raw === null) return { ok: false, problem: 'structure' };
  const { type, coordinates } = raw as { type?: unknown; coordinates?: unknown };
  if (!Array.isArray(coordinates) || coordinates.length === 0) return { ok: false, problem: 'structure' };
  const rawPolygons = type === 'Polygon' ? [coordinates] : type === 'MultiPolygon' ? coordinates : undefined;
  if (!rawPolygons) return { ok: false, problem: 'structure' };
  const polygons: Ring[][] = [];
  for (const p of rawPolygons) {
    const polygon = checkPolygon(p);
    if (typeof polygon === 'string') return { ok: false, problem: polygon };
    polygons.push(polygon);
  }
  const bbox = bboxOfRings(polygons);
  if (bbox[0] < -180 || bbox[2] > 180 || bbox[1] < -90 || bbox[3] > 90) {
    const swapped = bbox[1] >= -180 && bbox[3] <= 180 && bbox[0] >= -90 && bbox[2] <= 90;
    return { ok: false, problem: swapped ? 'swapped' : 'out-of-range' };
  }
  const geometry: CleanGeometry =
    type === 'Polygon' ? { type, coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons };
  return { ok: true, geometry, bbox };
}

const within = (b: BBox, box: readonly [number, number, number, number]) =>
  b[0] >= box[0] && b[1] >= box[1] && b[2] <= box[2] && b[3] <= box[3];
const inFrance = (b: BBox) => FRANCE_BOXES.some((box) => within(b, box));

/**
 * Among outlines that passed {@link checkGeometry}, those written lat/lon: when most of the outlines lie in
 * France, one that lies outside it but would lie inside once its axes are swapped. Returns their indexes.
 */
export function findSwappedOutlines(boxes: readonly BBox[]): Set<number> {
  const found = new Set<number>();
  const french = boxes.filter(inFrance).length;
  if (french * 2 <= boxes.length) return found;
  boxes.forEach((b, i) => {
    if (!inFrance(b) && inFrance([b[1], b[0], b[3], b[2]])) found.add(i);
  });
  return found;
}

/** Union of bounding boxes, or undefined for none. */
export function unionBBox(boxes: Iterable<BBox>): BBox | undefined {
  let out: BBox | undefined;
  for (const b of boxes)
    out = out
      ? [Math.min(out[0], b[0]), Math.min(out[1], b[1]), Math.max(out[2], b[2]), Math.max(out[3], b[3])]
      : [...b];
  return out;
}

/** Even-odd point in polygon test over all rings of all polygons (holes count). */
export function containsPoint(g: CleanGeometry, [x, y]: Position): boolean {
  return polygonsOf(g).some((rings) => {
    let inside = false;
    for (const ring of rings)
      for (let i = 0, j = ring.length - 2; i < ring.length - 1; j = i++) {
        const [xi, yi] = ring[i]!;
        const [xj, yj] = ring[j]!;
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
    return inside;
  });
}

/** The x ranges where the horizontal line at `y` is inside the polygon (its rings, holes excluded). */
function insideSpans(rings: readonly Ring[], y: number): [number, number][] {
  const xs: number[] = [];
  for (const ring of rings)
    for (let i = 0; i < ring.length - 1; i++) {
      const [x1, y1] = ring[i]!;
      const [x2, y2] = ring[i + 1]!;
      if (y1 > y !== y2 > y) xs.push(x1 + ((y - y1) * (x2 - x1)) / (y2 - y1));
    }
  xs.sort((a, b) => a - b);
  const spans: [number, number][] = [];
  for (let i = 0; i + 1 < xs.length; i += 2) spans.push([xs[i]!, xs[i + 1]!]);
  return spans;
}

/**
 * Where to write a territory's name: the middle of the widest horizontal run inside its largest polygon,
 * tried on a few lines around the middle (a label is wide, so width matters more than the centre of mass).
 * A `preferred` point (the feed's centroid) wins when it is inside the outline.
 */
export function labelPoint(g: CleanGeometry, preferred?: { lon: number; lat: number }): Position {
  if (preferred && containsPoint(g, [preferred.lon, preferred.lat])) return [preferred.lon, preferred.lat];
  const polygons = polygonsOf(g);
  let largest = polygons[0]!;
  let largestArea = -Infinity;
  for (const p of polygons) {
    const area = Math.abs(ringArea2(p[0]!));
    if (area > largestArea) {
      largest = p;
      largestArea = area;
    }
  }
  const [, minY, , maxY] = bboxOfRings([largest]);
  let best: Position = largest[0]![0]!;
  let bestWidth = -1;
  for (const f of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {
    const y = minY + (maxY - minY) * f;
    for (const [a, b] of insideSpans(largest, y)) {
      // Lines near the middle are preferred: a slightly narrower central run beats an edge one.
      const width = (b - a) * (1 - Math.abs(f - 0.5));
      if (width > bestWidth) {
        bestWidth = width;
        best = [(a + b) / 2, y];
      }
    }
  }
  return best;
}

/**
 * The outer boundary of outlines that share their borders (a network's perimeter): the segments used by one
 * outline only, as runs of positions. Outlines from one mesh share vertices exactly; where they do not, every
 * border counts as outer, which still draws a correct (busier) perimeter.
 */
export function outerBoundary(geometries: readonly CleanGeometry[]): Position[][] {
  const key = (a: Position, b: Position) => {
    const ka = `${a[0]},${a[1]}`;
    const kb = `${b[0]},${b[1]}`;
    return ka < kb ? `${ka}|${kb}` : `${kb}|${ka}`;
  };
  const uses = new Map<string, number>();
  const rings = geometries.flatMap(polygonsOf).flat();
  for (const ring of rings)
    for (let i = 0; i < ring.length - 1; i++) {
      const k = key(ring[i]!, ring[i + 1]!);
      uses.set(k, (uses.get(k) ?? 0) + 1);
    }
  const runs: Position[][] = [];
  for (const ring of rings) {
    let run: Position[] = [];
    for (let i = 0; i < ring.length - 1; i++) {
      if (uses.get(key(ring[i]!, ring[i + 1]!)) === 1) {
        if (run.length === 0) run.push(ring[i]!);
        run.push(ring[i + 1]!);
      } else if (run.length) {
        runs.push(run);
        run = [];
      }
    }
    if (run.length) runs.push(run);
  }
  return runs;
}
