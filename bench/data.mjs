/** Data the benchmark generates: the national synthetic feed (from the feed tool) and GeoJSON subsets. */
import { readFileSync } from 'node:fs';
import { tsImport } from 'tsx/esm/api';

const synth = await tsImport('../src/cli/synth.ts', import.meta.url);

/** A deterministic synthetic feed at national scale (`maillage synth`). */
export const synthFeed = (options) => synth.synthFeed(options);

const readGeojson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** The first `limit` features of a GeoJSON file, or those whose SIREN is in `sirens`. */
export function subsetGeojson(path, limit = Infinity, sirens) {
  const all = readGeojson(path);
  const features = all.features.filter((f) => !sirens || sirens.has(f.properties.siren)).slice(0, limit);
  return { type: 'FeatureCollection', features };
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
