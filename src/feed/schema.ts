/**
 * The feed contract, version 1: the one source of truth from which come the
 * TypeScript types (`types.ts`), the runtime validator (`validate.ts`) and the
 * JSON Schema shipped in the package (`schema/feed.schema.json`).
 *
 * Each list's schema lives in its own module under `schemas/`, so an element
 * that reads only some lists bundles only their validators.
 *
 * Objects are "loose": unknown keys are kept and ignored, so a newer feed
 * still loads in an older element.
 */
import * as v from 'valibot';
import { AttributionSchema } from './schemas/attribution.js';
import { BrandSchema } from './schemas/brand.js';
import { DateOrDateTimeSchema, SUPPORTED_VERSION } from './schemas/common.js';
import { EventSchema } from './schemas/event.js';
import { NetworkSchema } from './schemas/network.js';
import { OrganisationSchema } from './schemas/organisation.js';
import { CooperationRequestSchema } from './schemas/request.js';
import { TerritorySchema } from './schemas/territory.js';
import { ThemeSchema } from './schemas/theme.js';

export * from './schemas/attribution.js';
export * from './schemas/brand.js';
export * from './schemas/common.js';
export * from './schemas/event.js';
export * from './schemas/geometry.js';
export * from './schemas/network.js';
export * from './schemas/organisation.js';
export * from './schemas/request.js';
export * from './schemas/territory.js';
export * from './schemas/theme.js';

/** Feed format versions this package reads: 1.0, 1.1, … */

/** The lists of a feed, each validated item by item. */
export const LIST_SCHEMAS = {
  territories: TerritorySchema,
  organisations: OrganisationSchema,
  cooperationRequests: CooperationRequestSchema,
  events: EventSchema,
  brands: BrandSchema,
  themes: ThemeSchema,
  attributions: AttributionSchema,
} as const;

export type ListKey = keyof typeof LIST_SCHEMAS;
export const LIST_KEYS = Object.keys(LIST_SCHEMAS) as ListKey[];

/** The whole document, as published in `schema/feed.schema.json`. */
export const FeedSchema = v.looseObject({
  version: v.pipe(v.string(), v.regex(SUPPORTED_VERSION, 'version "1.0"')),
  /** When the feed was produced. */
  updated: v.optional(DateOrDateTimeSchema),
  network: NetworkSchema,
  territories: v.optional(v.array(TerritorySchema), []),
  organisations: v.optional(v.array(OrganisationSchema), []),
  cooperationRequests: v.optional(v.array(CooperationRequestSchema), []),
  events: v.optional(v.array(EventSchema), []),
  brands: v.optional(v.array(BrandSchema), []),
  themes: v.optional(v.array(ThemeSchema), []),
  attributions: v.optional(v.array(AttributionSchema), []),
});
