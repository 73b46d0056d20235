/**
 * Territories and points for the partner search: which territory a preset or a
 * link names (id, SIREN or INSEE code), where a territory's centre is, which
 * territories contain which, and how far a partner is from a place.
 */
import { feedIndex } from '../../feed/selectors.js';
import { compareFrench, localize, type Lang } from '../../feed/text.js';
import type { Feed, Territory } from '../../feed/types.js';
import { foldedWords } from './query.js';

export type LonLat = [lon: number, lat: number];

const validLonLat = (lon: unknown, lat: unknown): lon is number =>
  typeof lon === 'number' &&
  typeof lat === 'number' &&
  Number.isFinite(lon) &&
  Number.isFinite(lat) &&
  Math.abs(lon) <= 180 &&
  Math.abs(lat) <= 90;

/** A territory named by its id, its SIREN code (EPCI) or its INSEE code (commune, département). */
export function resolveTerritory(feed: Feed, ref: string): Territory | undefined {
  const value = ref.trim();
  if (!value) return undefined;
  const byId = feedIndex(feed).territories.get(value);
  if (byId) return byId;
  return feed.territories.find((t) => t.codes?.siren === value || t.codes?.insee === value);
}

const MAX_VERTICES = 20_000;

/** The centre of a territory: its `centroid`, else the middle of its `bbox`, else of its outline's extent. */
export function territoryCentre(territory: Territory): LonLat | undefined {
  const c = territory.centroid;
  if (c && validLonLat(c.lon, c.lat)) return [c.lon, c.lat];
  const b = territory.bbox;
  if (b && validLonLat((b[0] + b[2]) / 2, (b[1] + b[3]) / 2)) return [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2];
  const g = territory.geometry;
  if (!g) return undefined;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  let seen = 0;
  // Only outer rings' valid vertices count; invalid geometries from a hostile feed are skipped, never thrown on.
  const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as unknown[];
  for (const polygon of polygons) {
    const ring = Array.isArray(polygon) ? polygon[0] : undefined;
    if (!Array.isArray(ring)) continue;
    for (const vertex of ring) {
      if (++seen > MAX_VERTICES) break;
      if (!Array.isArray(vertex) || !validLonLat(vertex[0], vertex[1])) continue;
      const [x, y] = vertex as LonLat;
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
  }
  return minX <= maxX ? [(minX + maxX) / 2, (minY + maxY) / 2] : undefined;
}

/** A place to measure distances from: a territory's centre or a point. */
export interface Place {
  /** How the place is written in an attribute or a link: a territory id, or "lon,lat". */
  ref: string;
  point: LonLat;
  /** The territory, when the place is one. */
  territory?: Territory;
}

const LON_LAT = /^\s*(-?\d{1,3}(?:\.\d+)?)\s*,\s*(-?\d{1,2}(?:\.\d+)?)\s*$/;

/** A place from "lon,lat" or a territory reference (id, SIREN, INSEE); `undefined` if unknown or without a centre. */
export function resolvePlace(feed: Feed, ref: string): Place | undefined {
  const m = LON_LAT.exec(ref);
  if (m) {
    const lon = Number(m[1]);
    const lat = Number(m[2]);
    return validLonLat(lon, lat) ? { ref: `${lon},${lat}`, point: [lon, lat] } : undefined;
  }
  const territory = resolveTerritory(feed, ref);
  const point = territory && territoryCentre(territory);
  return territory && point ? { ref: territory.id, point, territory } : undefined;
}

const RADIANS = Math.PI / 180;

/** Kilometres between two points along the great circle (haversine, on turf's mean Earth radius). */
export function kilometres([lon1, lat1]: LonLat, [lon2, lat2]: LonLat): number {
  const h =
    Math.sin(((lat2 - lat1) * RADIANS) / 2) ** 2 +
    Math.cos(lat1 * RADIANS) * Math.cos(lat2 * RADIANS) * Math.sin(((lon2 - lon1) * RADIANS) / 2) ** 2;
  return 2 * 6371.0088 * Math.atan2(Math.sqrt(h), Math.sqrt(1 - h));
}

/**
 * For each territory, itself and every territory that contains it, however
 * deep (a commune → its EPCI → its département); cycles in a feed are safe.
 */
export function containingTerritories(feed: Feed): (territoryId: string) => string[] {
  const { children } = feedIndex(feed);
  const parents = new Map<string, string[]>();
  for (const [parent, kids] of children)
    for (const kid of kids) {
      const list = parents.get(kid);
      if (list) list.push(parent);
      else parents.set(kid, [parent]);
    }
  const memo = new Map<string, string[]>();
  return (id) => {
    const known = memo.get(id);
    if (known) return known;
    const seen = new Set([id]);
    const queue = [id];
    while (queue.length)
      for (const p of parents.get(queue.pop()!) ?? [])
        if (!seen.has(p)) {
          seen.add(p);
          queue.push(p);
        }
    const result = [...seen];
    memo.set(id, result);
    return result;
  };
}

/** A territory a visitor can choose for "near". */
export interface PlaceOption {
  id: string;
  /** Its name in the page's language (cut at 120 characters). */
  label: string;
  kind: string;
  /** " words of the name and codes " (folded), for {@link findPlaces}. */
  words: string;
  /** The folded name, for exact and leading matches. */
  folded: string;
}

const PLACE_KINDS = ['commune', 'epci', 'departement'];
const placeCache = new WeakMap<Feed, Map<Lang, PlaceOption[]>>();

/** Territories with a known centre, for "near": communes, then EPCI, then départements (then any other kind), each by name. */
export function placeOptions(feed: Feed, lang: Lang): PlaceOption[] {
  let byLang = placeCache.get(feed);
  if (!byLang) placeCache.set(feed, (byLang = new Map()));
  let list = byLang.get(lang);
  if (!list) {
    const rank = (kind: string) => PLACE_KINDS.indexOf(kind) + 1 || 9;
    list = feed.territories
      .filter((t) => territoryCentre(t))
      .map((t) => {
        const label = localize(t.name, lang).slice(0, 120);
        const folded = foldedWords(label);
        const codes = [t.codes?.insee, t.codes?.siren].filter(Boolean).join(' ');
        return { id: t.id, label, kind: t.kind, folded, words: ` ${folded} ${codes} ` };
      })
      .sort((a, b) => rank(a.kind) - rank(b.kind) || compareFrench(a.label, b.label));
    byLang.set(lang, list);
  }
  return list;
}

/**
 * The places whose name (or INSEE / SIREN code) has a word starting with each word typed, accents and case
 * ignored ("st berthevin" does not find Saint-Berthevin, "saint berth" does): the name itself first, then names
 * starting with the text, then the rest in list order; at most `limit` of them, and how many there are.
 */
export function findPlaces(
  options: PlaceOption[],
  text: string,
  limit: number,
): { places: PlaceOption[]; total: number } {
  const typed = foldedWords(text.slice(0, 200));
  if (!typed) return { places: options.slice(0, limit), total: options.length };
  const needles = typed
    .split(' ')
    .slice(0, 8)
    .map((w) => ` ${w}`);
  const exact: PlaceOption[] = [];
  const leading: PlaceOption[] = [];
  const rest: PlaceOption[] = [];
  for (const option of options) {
    if (!needles.every((n) => option.words.includes(n))) continue;
    if (option.folded === typed) exact.push(option);
    else if (option.folded.startsWith(typed)) leading.push(option);
    else rest.push(option);
  }
  const all = exact.concat(leading, rest);
  return { places: all.slice(0, limit), total: all.length };
}
