/**
 * Attaches territory outlines from a GeoJSON file keyed by SIREN or INSEE
 * code: simplified (turf), rounded, with a representative point and a
 * bounding box precomputed, and the source credited in the feed.
 */
import { bbox } from '@turf/bbox';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { centroid } from '@turf/centroid';
import { pointOnFeature } from '@turf/point-on-feature';
import { simplify } from '@turf/simplify';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { Attribution } from '../feed/types.js';

/** The credit data/README.md asks for (Licence Ouverte 2.0). */
export const OUTLINE_ATTRIBUTION: Attribution = {
  text: 'Contours © IGN – ADMIN EXPRESS COG 2018 ; découpage 2026 : INSEE (COG), DGCL (EPCI), via Etalab — Licence Ouverte 2.0',
  url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
  licence: 'Licence Ouverte 2.0',
  scope: 'geometry',
  shortText: '© IGN ADMIN EXPRESS 2018 · INSEE/DGCL 2026 · Licence Ouverte 2.0',
};

export type OutlineKey = 'siren' | 'insee';
type Geometry = Polygon | MultiPolygon;

export interface OutlineFeature {
  properties?: Record<string, unknown> | null;
  geometry?: { type: string; coordinates?: unknown } | null;
}

export interface OutlineOptions {
  /** Which code to match; by default SIREN when the territory has one, else INSEE. */
  key?: OutlineKey;
  /** Simplification tolerance in degrees (0 keeps every position). */
  tolerance: number;
  /** Decimals kept in coordinates (5 ≈ 1 m). */
  digits: number;
  attribution?: Attribution;
}

export interface MissingOutline {
  id: string;
  reason: 'no-code' | 'not-in-file';
  key: OutlineKey;
  code?: string;
}

export interface OutlinesResult {
  attached: string[];
  missing: MissingOutline[];
  positionsBefore: number;
  positionsAfter: number;
  attributionAdded: boolean;
}

type Obj = Record<string, unknown>;

const countPositions = (g: Geometry): number =>
  g.type === 'Polygon'
    ? g.coordinates.reduce((s, r) => s + r.length, 0)
    : g.coordinates.reduce((s, p) => s + p.reduce((t, r) => t + r.length, 0), 0);

/** Rounds a ring, drops repeated positions rounding creates, and keeps it closed; `undefined` if it collapses. */
function roundRing(ring: Position[], factor: number): Position[] | undefined {
  const out: Position[] = [];
  for (const [x, y] of ring) {
    const p = [Math.round(x! * factor) / factor, Math.round(y! * factor) / factor];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  const first = out[0]!;
  const last = out[out.length - 1]!;
  if (first[0] !== last[0] || first[1] !== last[1]) out.push([first[0]!, first[1]!]);
  return out.length >= 4 ? out : undefined;
}

/** Rounds a polygon; a hole that collapses is dropped, an outer ring that collapses keeps its unrounded shape. */
function roundPolygon(rings: Position[][], original: Position[][], factor: number): Position[][] {
  const outer = roundRing(rings[0]!, factor) ?? roundRing(original[0]!, factor) ?? original[0]!;
  const holes = rings
    .slice(1)
    .map((r) => roundRing(r, factor))
    .filter((r): r is Position[] => !!r);
  return [outer, ...holes];
}

/** A simplified, rounded copy of an outline. */
export function prepareOutline(geometry: Geometry, tolerance: number, digits: number): Geometry {
  const simple =
    tolerance > 0 ? (simplify(geometry, { tolerance, highQuality: false, mutate: false }) as Geometry) : geometry;
  const factor = 10 ** digits;
  if (simple.type === 'Polygon')
    return {
      type: 'Polygon',
      coordinates: roundPolygon(simple.coordinates, (geometry as Polygon).coordinates, factor),
    };
  return {
    type: 'MultiPolygon',
    coordinates: simple.coordinates.map((p, i) => roundPolygon(p, (geometry as MultiPolygon).coordinates[i]!, factor)),
  };
}

/** A point inside the outline: its centroid when that falls inside, else a point on its surface. */
export function representativePoint(geometry: Geometry, digits = 5): { lon: number; lat: number } {
  const c = centroid(geometry).geometry.coordinates as [number, number];
  const [lon, lat] = booleanPointInPolygon(c, geometry)
    ? c
    : (pointOnFeature(geometry).geometry.coordinates as [number, number]);
  const f = 10 ** digits;
  return { lon: Math.round(lon * f) / f, lat: Math.round(lat * f) / f };
}

export const roundedBbox = (geometry: Geometry, digits = 5): [number, number, number, number] => {
  const f = 10 ** digits;
  return bbox(geometry)
    .slice(0, 4)
    .map((n) => Math.round(n * f) / f) as [number, number, number, number];
};

const codeOf = (props: Record<string, unknown> | null | undefined, key: OutlineKey): string | undefined => {
  const value = key === 'siren' ? props?.siren : (props?.code ?? props?.insee ?? props?.code_insee);
  return value === undefined || value === null ? undefined : String(value);
};

/**
 * Sets `geometry`, `centroid` and `bbox` on every territory of `doc` whose
 * code is found in `features`; records the attribution. Changes `doc` in place.
 */
export function attachOutlines(doc: Obj, features: OutlineFeature[], options: OutlineOptions): OutlinesResult {
  const index: Record<OutlineKey, Map<string, Geometry>> = { siren: new Map(), insee: new Map() };
  for (const f of features) {
    const g = f.geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon') || !Array.isArray(g.coordinates)) continue;
    for (const key of ['siren', 'insee'] as const) {
      const code = codeOf(f.properties, key);
      if (code) index[key].set(code, g as Geometry);
    }
  }
  const result: OutlinesResult = {
    attached: [],
    missing: [],
    positionsBefore: 0,
    positionsAfter: 0,
    attributionAdded: false,
  };
  const territories = Array.isArray(doc.territories) ? (doc.territories as unknown[]) : [];
  for (const t of territories) {
    if (!t || typeof t !== 'object' || Array.isArray(t)) continue;
    const territory = t as Obj;
    const codes = (territory.codes ?? {}) as { siren?: unknown; insee?: unknown };
    const key: OutlineKey = options.key ?? (typeof codes.siren === 'string' ? 'siren' : 'insee');
    const code = codes[key];
    const id = String(territory.id);
    if (typeof code !== 'string') {
      result.missing.push({ id, reason: 'no-code', key });
      continue;
    }
    const source = index[key].get(code);
    if (!source) {
      result.missing.push({ id, reason: 'not-in-file', key, code });
      continue;
    }
    const geometry = prepareOutline(source, options.tolerance, options.digits);
    result.positionsBefore += countPositions(source);
    result.positionsAfter += countPositions(geometry);
    territory.geometry = geometry;
    territory.centroid = representativePoint(geometry, options.digits);
    territory.bbox = roundedBbox(geometry, options.digits);
    result.attached.push(id);
  }
  if (result.attached.length) {
    const attribution = options.attribution ?? OUTLINE_ATTRIBUTION;
    const list = Array.isArray(doc.attributions) ? (doc.attributions as Obj[]) : [];
    if (!list.some((a) => a && JSON.stringify(a.text) === JSON.stringify(attribution.text))) {
      doc.attributions = [...list, attribution];
      result.attributionAdded = true;
    }
  }
  return result;
}
