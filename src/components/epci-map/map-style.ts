/**
 * The maplibre style and GeoJSON the map draws, built from the model. Pure:
 * the default style has no remote source, sprite or glyphs, so a page using
 * it sends no request off its own site.
 */
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { MapColours } from './classes.js';
import { outerBoundary } from './geometry.js';
import type { MapModel } from './model.js';

export const SOURCE = {
  territories: 'maillage-territories',
  perimeter: 'maillage-perimeter',
  context: 'maillage-context',
  partners: 'maillage-partners',
} as const;
export const LAYER = {
  fill: 'maillage-territories-fill',
  partnerClusters: 'maillage-partner-clusters',
  partnerPoints: 'maillage-partner-points',
} as const;

type Collection = GeoJSON.FeatureCollection;

/** Territories as features whose numeric id is their model index (feature-state needs numbers). */
export function territoriesData(model: MapModel): Collection {
  return {
    type: 'FeatureCollection',
    features: model.territories
      .filter((t) => t.geometry)
      .map((t) => ({
        type: 'Feature',
        id: t.index,
        properties: { tid: t.id, fill: t.fill },
        geometry: t.geometry as GeoJSON.Geometry,
      })),
  };
}

/** The network's perimeter as lines, drawn thicker than the inner borders (only when part of the map is outside it). */
export function perimeterData(model: MapModel): Collection {
  const drawn = model.territories.filter((t) => t.geometry);
  const inside = drawn.filter((t) => t.inPerimeter);
  const coordinates =
    inside.length && inside.length < drawn.length ? outerBoundary(inside.map((t) => t.geometry!)) : [];
  return {
    type: 'FeatureCollection',
    features: coordinates.length
      ? [{ type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates } }]
      : [],
  };
}

export function contextData(model: MapModel): Collection {
  return {
    type: 'FeatureCollection',
    features: model.context.map((c) => ({
      type: 'Feature',
      properties: { kind: c.kind },
      geometry: c.geometry as GeoJSON.Geometry,
    })),
  };
}

export function partnersData(model: MapModel): Collection {
  return {
    type: 'FeatureCollection',
    features: model.partners.map((p, i) => ({
      type: 'Feature',
      id: i,
      properties: { pid: p.id },
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
    })),
  };
}

/** A basemap the page author chose: a raster tile template (`…/{z}/{x}/{y}.png`) or a style URL. */
export type Basemap = { kind: 'raster'; tiles: string; attribution?: string } | { kind: 'style'; url: string };

/** Reads the `basemap` attribute: a URL with `{z}` is a raster template, any other URL a style. */
export function readBasemap(value: string | undefined, attribution?: string): Basemap | undefined {
  const url = value?.trim();
  if (!url || !/^(https?:)?\/\/|^\//i.test(url)) return undefined;
  return url.includes('{z}') ? { kind: 'raster', tiles: url, attribution } : { kind: 'style', url };
}

const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

/** Our sources and layers, to draw over a plain background or over a basemap. */
export function overlay(
  model: MapModel,
  colours: MapColours,
  overBasemap: boolean,
): { sources: Record<string, SourceSpecification>; layers: LayerSpecification[] } {
  const sources: Record<string, SourceSpecification> = {
    [SOURCE.territories]: { type: 'geojson', data: territoriesData(model) },
    [SOURCE.perimeter]: { type: 'geojson', data: perimeterData(model) },
    [SOURCE.context]: { type: 'geojson', data: contextData(model) },
    [SOURCE.partners]: {
      type: 'geojson',
      data: partnersData(model),
      cluster: true,
      clusterRadius: 36,
      clusterMaxZoom: 11,
    },
  };
  const isCluster: FilterSpecification = ['has', 'point_count'];
  const layers: LayerSpecification[] = [
    {
      id: LAYER.fill,
      type: 'fill',
      source: SOURCE.territories,
      paint: {
        'fill-color': ['get', 'fill'],
        'fill-opacity': ['case', hovered, overBasemap ? 0.8 : 0.75, overBasemap ? 0.6 : 1],
      },
    },
    {
      id: 'maillage-context-line',
      type: 'line',
      source: SOURCE.context,
      paint: { 'line-color': colours.context, 'line-width': 0.6, 'line-dasharray': [3, 2] },
    },
    {
      id: 'maillage-territories-line',
      type: 'line',
      source: SOURCE.territories,
      paint: { 'line-color': colours.outline, 'line-width': ['case', hovered, 2.5, 0.8] },
    },
    {
      id: 'maillage-perimeter-line',
      type: 'line',
      source: SOURCE.perimeter,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': colours.outline, 'line-width': 2.5 },
    },
    {
      id: 'maillage-selected-casing',
      type: 'line',
      source: SOURCE.territories,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': colours.selectedCasing, 'line-width': ['case', selected, 6, 0] },
    },
    {
      id: 'maillage-selected-line',
      type: 'line',
      source: SOURCE.territories,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': colours.selected, 'line-width': ['case', selected, 2, 0] },
    },
    {
      id: LAYER.partnerClusters,
      type: 'circle',
      source: SOURCE.partners,
      filter: isCluster,
      paint: {
        'circle-color': colours.point,
        'circle-radius': ['step', ['get', 'point_count'], 12, 10, 15, 50, 19],
        'circle-stroke-color': colours.pointStroke,
        'circle-stroke-width': 2,
      },
    },
    {
      id: LAYER.partnerPoints,
      type: 'circle',
      source: SOURCE.partners,
      filter: ['!', isCluster],
      paint: {
        'circle-color': colours.point,
        'circle-radius': 5.5,
        'circle-stroke-color': colours.pointStroke,
        'circle-stroke-width': 1.5,
      },
    },
  ];
  return { sources, layers };
}

/** The whole style: a plain background (or the author's raster basemap) under our layers. No glyphs, no sprite. */
export function buildStyle(
  model: MapModel,
  colours: MapColours,
  basemap?: Extract<Basemap, { kind: 'raster' }>,
): StyleSpecification {
  const { sources, layers } = overlay(model, colours, !!basemap);
  const base: LayerSpecification[] = [
    { id: 'maillage-background', type: 'background', paint: { 'background-color': colours.background } },
  ];
  if (basemap) {
    sources['maillage-basemap'] = {
      type: 'raster',
      tiles: [basemap.tiles],
      tileSize: 256,
      ...(basemap.attribution ? { attribution: basemap.attribution } : {}),
    };
    base.push({ id: 'maillage-basemap', type: 'raster', source: 'maillage-basemap' });
  }
  return { version: 8, sources, layers: [...base, ...layers] };
}
