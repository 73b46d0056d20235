/**
 * What the map shows, computed from a feed: the territories to draw (checked
 * outlines, label points, counts, colour), context outlines, partner points
 * placed in their territory, and what could not be drawn. Pure, no DOM.
 */
import { isRequestOpen, territoryAndDescendants } from '../../feed/selectors.js';
import { localize, type Lang } from '../../feed/text.js';
import type { CooperationRequest, Feed, FeedEvent, Territory } from '../../feed/types.js';
import { classBreaks, classOf, COLOURS, rampFor, type Classification, type Scheme } from './classes.js';
import {
  checkGeometry,
  containsPoint,
  findSwappedOutlines,
  labelPoint,
  unionBBox,
  type BBox,
  type CleanGeometry,
  type GeometryProblem,
  type Position,
} from './geometry.js';

export const COLOR_BY = ['network', 'population', 'partners', 'requests', 'events'] as const;
export type ColorBy = (typeof COLOR_BY)[number];

/** Why a territory is listed but not drawn. */
export type NotDrawnReason = 'no-geometry' | 'loading' | 'url-failed' | GeometryProblem;

export interface Counts {
  partners: number;
  /** Open cooperation requests. */
  requests: number;
  events: number;
}

export interface MapTerritory {
  id: string;
  /** Index in `territories`, used as the map feature id. */
  index: number;
  name: string;
  kind: string;
  territory: Territory;
  inPerimeter: boolean;
  counts: Counts;
  /** Present when drawn. */
  geometry?: CleanGeometry;
  bbox?: BBox;
  label?: Position;
  /** Present when not drawn. */
  notDrawn?: NotDrawnReason;
  /** Fill colour (drawn territories). */
  fill: string;
  /** Legend class, -1 for no value. */
  colourClass: number;
}

export interface ContextOutline {
  id: string;
  kind: string;
  geometry: CleanGeometry;
}

export interface PartnerPoint {
  id: string;
  name: string;
  lon: number;
  lat: number;
  /** The drawn territory it was placed in by its position, when the feed did not say. */
  placedIn?: string;
}

export interface LegendEntry {
  colour: string;
  /** `[low, high]` for a class, or a key for the network legend. */
  range?: [number, number];
  key?: 'network' | 'other' | 'no-data';
}

export interface MapModel {
  territories: MapTerritory[];
  context: ContextOutline[];
  partners: PartnerPoint[];
  /** Events placed in a drawn territory by their coordinates (event id → territory id). */
  placedEvents: ReadonlyMap<string, string>;
  /** What to fit the view to: the network's perimeter, else everything drawn. */
  bbox?: BBox;
  legend: LegendEntry[];
  colorBy: ColorBy;
}

export interface ModelOptions {
  lang: Lang;
  /** Paris day `YYYY-MM-DD` for open requests. */
  day: string;
  /** Kinds drawn and selectable; default: `epci` when the feed has some, else every kind. */
  kinds?: readonly string[];
  /** Kinds drawn as thin context outlines. */
  context?: readonly string[];
  colorBy: ColorBy;
  classification: Classification;
  classes: number;
  scheme: Scheme;
  /** Outlines fetched from `geometryUrl`, by territory id (or the failure). */
  fetched?: ReadonlyMap<string, unknown>;
  /** Territory ids whose `geometryUrl` could not be fetched. */
  failed?: ReadonlySet<string>;
}

/** The kinds of territories drawn by default: EPCI if any, else all. */
export function defaultKinds(feed: Feed): string[] {
  const kinds = [...new Set(feed.territories.map((t) => t.kind))];
  return kinds.includes('epci') ? ['epci'] : kinds;
}

/** One warning per outline left out, for the console. */
export interface OutlineWarning {
  id: string;
  problem: GeometryProblem;
}

/** Checks each territory's outline (inline, or fetched from its URL); swapped axes are judged across the feed. */
function checkOutlines(
  territories: readonly Territory[],
  options: ModelOptions,
): { results: Map<string, { geometry: CleanGeometry; bbox: BBox } | NotDrawnReason>; warnings: OutlineWarning[] } {
  const results = new Map<string, { geometry: CleanGeometry; bbox: BBox } | NotDrawnReason>();
  const warnings: OutlineWarning[] = [];
  const good: { id: string; bbox: BBox }[] = [];
  for (const t of territories) {
    const raw = t.geometry ?? options.fetched?.get(t.id);
    if (raw === undefined) {
      results.set(t.id, options.failed?.has(t.id) ? 'url-failed' : t.geometryUrl ? 'loading' : 'no-geometry');
      continue;
    }
    const check = checkGeometry(raw);
    if (check.ok) {
      results.set(t.id, check);
      good.push({ id: t.id, bbox: check.bbox });
    } else {
      results.set(t.id, check.problem);
      warnings.push({ id: t.id, problem: check.problem });
    }
  }
  for (const i of findSwappedOutlines(good.map((g) => g.bbox))) {
    results.set(good[i]!.id, 'swapped');
    warnings.push({ id: good[i]!.id, problem: 'swapped' });
  }
  return { results, warnings };
}

/** Territory id → the drawn territories that are it or contain it (the inverse of `territoryAndDescendants`). */
function containersIndex(feed: Feed, mainIds: readonly string[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const id of mainIds)
    for (const inner of territoryAndDescendants(feed, id)) {
      const list = index.get(inner);
      if (list) list.push(id);
      else index.set(inner, [id]);
    }
  return index;
}

/**
 * Builds what the map shows. Counts follow the feed's selectors (`partnersOfTerritory`,
 * `requestsOfTerritory` + `isRequestOpen`, `eventsOfTerritory`), computed once for all territories through
 * an inverted index, plus partners and events placed by their coordinates when the feed names no drawn
 * territory for them.
 */
export function buildMapModel(feed: Feed, options: ModelOptions): { model: MapModel; warnings: OutlineWarning[] } {
  const kinds = new Set(options.kinds?.length ? options.kinds : defaultKinds(feed));
  const mainTerritories = feed.territories.filter((t) => kinds.has(t.kind));
  const contextKinds = new Set((options.context ?? []).filter((k) => !kinds.has(k)));
  const contextTerritories = feed.territories.filter((t) => contextKinds.has(t.kind));
  const { results, warnings } = checkOutlines([...mainTerritories, ...contextTerritories], options);

  const mainIds = mainTerritories.map((t) => t.id);
  const containers = containersIndex(feed, mainIds);
  const drawnOutlines = mainIds.flatMap((id) => {
    const r = results.get(id);
    return typeof r === 'object' ? [{ id, ...r }] : [];
  });
  const placement = placeByPosition(feed, containers, drawnOutlines);

  const partnerSets = new Map<string, Set<string>>(mainIds.map((id) => [id, new Set()]));
  const orgTerritories = new Map<string, Set<string>>();
  for (const o of feed.organisations) {
    const set = new Set<string>();
    for (const tid of o.territories ?? []) for (const m of containers.get(tid) ?? []) set.add(m);
    const placed = placement.organisations.get(o.id);
    if (placed) set.add(placed);
    orgTerritories.set(o.id, set);
    for (const m of set) partnerSets.get(m)!.add(o.id);
  }
  const requestCounts = new Map<string, number>();
  for (const r of feed.cooperationRequests) {
    if (!isRequestOpen(r, options.day)) continue;
    for (const m of requestTerritories(r, containers, orgTerritories))
      requestCounts.set(m, (requestCounts.get(m) ?? 0) + 1);
  }
  const eventCounts = new Map<string, number>();
  for (const e of feed.events)
    for (const m of eventTerritories(e, containers, placement.events))
      eventCounts.set(m, (eventCounts.get(m) ?? 0) + 1);

  const perimeterRoots = feed.network.territories ?? [];
  const perimeter = new Set<string>();
  for (const id of perimeterRoots) for (const inner of territoryAndDescendants(feed, id)) perimeter.add(inner);

  const territories: MapTerritory[] = mainTerritories.map((t, index) => {
    const result = results.get(t.id)!;
    const drawn = typeof result === 'object';
    return {
      id: t.id,
      index,
      name: localize(t.name, options.lang),
      kind: t.kind,
      territory: t,
      inPerimeter: perimeterRoots.length === 0 || perimeter.has(t.id),
      counts: {
        partners: partnerSets.get(t.id)!.size,
        requests: requestCounts.get(t.id) ?? 0,
        events: eventCounts.get(t.id) ?? 0,
      },
      ...(drawn
        ? { geometry: result.geometry, bbox: result.bbox, label: labelPoint(result.geometry, t.centroid) }
        : { notDrawn: result }),
      fill: '',
      colourClass: -1,
    };
  });
  const legend = colour(territories, options);

  const drawn = territories.filter((t) => t.bbox);
  const perimeterDrawn = drawn.filter((t) => t.inPerimeter);
  const context: ContextOutline[] = [];
  for (const t of contextTerritories) {
    const r = results.get(t.id);
    if (typeof r === 'object') context.push({ id: t.id, kind: t.kind, geometry: r.geometry });
  }
  const partners: PartnerPoint[] = feed.organisations
    .filter((o) => o.location)
    .map((o) => ({
      id: o.id,
      name: localize(o.name, options.lang),
      lon: o.location!.lon,
      lat: o.location!.lat,
      ...(placement.organisations.has(o.id) ? { placedIn: placement.organisations.get(o.id) } : {}),
    }));
  return {
    model: {
      territories,
      context,
      partners,
      placedEvents: placement.events,
      bbox: unionBBox((perimeterDrawn.length ? perimeterDrawn : drawn).map((t) => t.bbox!)),
      legend,
      colorBy: options.colorBy,
    },
    warnings,
  };
}

/**
 * Partners and events with coordinates whose feed entry names no drawn territory: the drawn territory
 * containing them (what `territoriesContainingPoint` answers, on the checked outlines, bounding boxes first).
 */
function placeByPosition(
  feed: Feed,
  containers: Map<string, string[]>,
  outlines: { id: string; geometry: CleanGeometry; bbox: BBox }[],
): { organisations: Map<string, string>; events: Map<string, string> } {
  const at = (lon: number, lat: number) =>
    outlines.find(
      ({ bbox: b, geometry }) =>
        lon >= b[0] && lon <= b[2] && lat >= b[1] && lat <= b[3] && containsPoint(geometry, [lon, lat]),
    )?.id;
  const named = (ids: (string | undefined)[]) => ids.some((id) => id !== undefined && containers.has(id));
  const organisations = new Map<string, string>();
  for (const o of feed.organisations) {
    if (!o.location || named(o.territories ?? [])) continue;
    const id = at(o.location.lon, o.location.lat);
    if (id) organisations.set(o.id, id);
  }
  const events = new Map<string, string>();
  for (const e of feed.events) {
    const l = e.location;
    if (l?.lon === undefined || l.lat === undefined || named([...(e.territories ?? []), l.territory])) continue;
    const id = at(l.lon, l.lat);
    if (id) events.set(e.id, id);
  }
  return { organisations, events };
}

function requestTerritories(
  r: CooperationRequest,
  containers: Map<string, string[]>,
  orgTerritories: Map<string, Set<string>>,
): Set<string> {
  const set = new Set<string>(orgTerritories.get(r.organisation) ?? []);
  for (const tid of r.territories ?? []) for (const m of containers.get(tid) ?? []) set.add(m);
  return set;
}

function eventTerritories(e: FeedEvent, containers: Map<string, string[]>, placed: Map<string, string>): Set<string> {
  const set = new Set<string>();
  for (const tid of [...(e.territories ?? []), e.location?.territory])
    for (const m of (tid && containers.get(tid)) || []) set.add(m);
  const p = placed.get(e.id);
  if (p) set.add(p);
  return set;
}

/** The value a territory is coloured by. */
export function valueOf(t: MapTerritory, colorBy: ColorBy): number | undefined {
  switch (colorBy) {
    case 'network':
      return undefined;
    case 'population':
      return t.territory.population?.value;
    default:
      return t.counts[colorBy];
  }
}

/** Sets each territory's fill and class; returns the legend. */
function colour(territories: MapTerritory[], options: ModelOptions): LegendEntry[] {
  const c = COLOURS[options.scheme];
  if (options.colorBy === 'network') {
    const others = territories.some((t) => !t.inPerimeter && t.geometry);
    for (const t of territories) t.fill = t.inPerimeter ? c.network : c.other;
    return [{ colour: c.network, key: 'network' }, ...(others ? [{ colour: c.other, key: 'other' as const }] : [])];
  }
  const values = territories
    .filter((t) => t.geometry)
    .map((t) => valueOf(t, options.colorBy))
    .filter((v): v is number => v !== undefined);
  // Counts are mostly zero: "none" gets a class of its own, the other values share the rest.
  const zeroClass = options.colorBy !== 'population' && values.includes(0) && values.some((v) => v > 0);
  const breaks = zeroClass
    ? [
        0,
        0,
        ...classBreaks(
          values.filter((v) => v > 0),
          options.classes - 1,
          options.classification,
        ).slice(1),
      ]
    : classBreaks(values, options.classes, options.classification);
  const ramp = rampFor(options.scheme, Math.max(0, breaks.length - 1));
  for (const t of territories) {
    t.colourClass = classOf(valueOf(t, options.colorBy), breaks);
    t.fill = t.colourClass >= 0 ? ramp[t.colourClass]! : c.noData;
  }
  const legend: LegendEntry[] = ramp.map((colour, j) => ({
    colour,
    range: [j === 0 ? breaks[0]! : breaks[j]! + 1, breaks[j + 1]!],
  }));
  if (territories.some((t) => t.geometry && t.colourClass < 0)) legend.push({ colour: c.noData, key: 'no-data' });
  return legend;
}
