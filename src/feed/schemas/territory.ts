/** Communes, EPCI, Pays, départements… (`territories[]`). */
import * as v from 'valibot';
import { nonEmpty, IdSchema, IdList, LocalizedTextSchema, LinkSchema, LonLatSchema } from './common.js';
import { GeometrySchema } from './geometry.js';

export const TerritorySchema = v.looseObject({
  id: IdSchema,
  /** commune, epci, pays, petr, pole-metropolitain, departement, region, gal, pnr, autre… */
  kind: nonEmpty,
  name: LocalizedTextSchema,
  /** Official name when the usual one differs (e.g. the DGCL name of an EPCI). */
  officialName: v.optional(v.string()),
  /** For an EPCI: CC, CA, CU, METRO. */
  legalForm: v.optional(v.string()),
  codes: v.optional(
    v.looseObject({
      siren: v.optional(v.pipe(v.string(), v.regex(/^\d{9}$/, 'a SIREN code has 9 digits'))),
      insee: v.optional(v.pipe(v.string(), v.regex(/^[0-9][0-9AB][0-9]{0,3}$/, 'an INSEE code such as 53130 or 2A'))),
    }),
  ),
  population: v.optional(
    v.looseObject({
      value: v.pipe(v.number(), v.integer(), v.minValue(0)),
      year: v.pipe(v.number(), v.integer(), v.minValue(1800), v.maxValue(2200)),
    }),
  ),
  /** Earlier population figures, oldest first. */
  populationHistory: v.optional(
    v.array(v.looseObject({ value: v.pipe(v.number(), v.integer(), v.minValue(0)), year: v.number() })),
  ),
  members: v.optional(IdList),
  parents: v.optional(IdList),
  /** Count of member communes when they are not listed as territories. */
  communeCount: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  geometry: v.optional(GeometrySchema),
  /** URL of a GeoJSON Feature or geometry, fetched by the map when `geometry` is absent. */
  geometryUrl: v.optional(LinkSchema),
  centroid: v.optional(LonLatSchema),
  bbox: v.optional(v.tuple([v.number(), v.number(), v.number(), v.number()])),
  url: v.optional(LinkSchema),
  description: v.optional(LocalizedTextSchema),
});
