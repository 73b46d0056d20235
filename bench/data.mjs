/**
 * Data the benchmark generates, all deterministic: the national synthetic feed
 * (the feed tool's `synthFeed`), synthetic partner directories (the generator
 * the browser tests use) and GeoJSON subsets of the reference outlines.
 */
import { readFileSync } from 'node:fs';
import { tsImport } from 'tsx/esm/api';

const synth = await tsImport('../src/cli/synth.ts', import.meta.url);
const partners = await tsImport('../tests/browser/helpers/synthetic-partners.ts', import.meta.url);

/** The day synthetic feeds pretend to be made (their dates spread around it; validate them on that day). */
export const SYNTH_TODAY = synth.DEFAULT_SYNTH_TODAY;

/**
 * A deterministic synthetic feed at national scale (`maillage synth`): every
 * département and EPCI of metropolitan France with its outline, and the given
 * numbers of partners, events and cooperation requests. `keepOutlines` keeps
 * only that many outlines (the rest lose `geometry`), for small feeds.
 */
export function synthFeed({ keepOutlines = Infinity, ...options }) {
  const feed = synth.synthFeed({ today: SYNTH_TODAY, ...options });
  let kept = 0;
  for (const t of feed.territories) if (t.geometry && kept++ >= keepOutlines) delete t.geometry;
  return feed;
}

/** A partner directory of `count` organisations (French names, accents, labels), the same for the same seed. */
export const partnerFeed = (count, seed = 1) => partners.syntheticPartnerFeed({ count, seed });

const readGeojson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** The first `limit` features of a GeoJSON file, or those whose SIREN is in `sirens`. */
export function subsetGeojson(path, limit = Infinity, sirens) {
  const all = readGeojson(path);
  const features = all.features.filter((f) => !sirens || sirens.has(f.properties.siren)).slice(0, limit);
  return { type: 'FeatureCollection', features };
}

/** GeoJSON of a feed's territories that have an outline (what a plain Leaflet map would load instead). */
export function feedGeojson(feed) {
  return {
    type: 'FeatureCollection',
    features: feed.territories
      .filter((t) => t.geometry)
      .map((t) => ({
        type: 'Feature',
        properties: { id: t.id, name: typeof t.name === 'string' ? t.name : (t.name?.fr ?? t.id) },
        geometry: t.geometry,
      })),
  };
}

/** A feed whose territories are the EPCI of metropolitan France with their outlines. */
export function nationalEpciFeed(limit = Infinity) {
  const { features } = subsetGeojson('data/epci-metropole.geojson', limit);
  return {
    version: '1.0',
    network: { id: 'france', name: { fr: 'EPCI de France métropolitaine', en: 'EPCI of metropolitan France' } },
    territories: features.map((f) => ({
      id: `epci-${f.properties.siren}`,
      kind: 'epci',
      name: f.properties.nom,
      legalForm: f.properties.type,
      codes: { siren: f.properties.siren },
      population: { value: f.properties.population, year: 2023 },
      geometry: f.geometry,
    })),
    attributions: [
      {
        text: 'Contours © IGN – ADMIN EXPRESS COG 2018 ; découpage 2026 : INSEE (COG), DGCL (EPCI), via Etalab — Licence Ouverte 2.0',
        licence: 'Licence Ouverte 2.0',
        scope: 'geometry',
      },
    ],
  };
}
