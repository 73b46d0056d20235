import type * as v from 'valibot';
import type {
  AttributionSchema,
  BrandSchema,
  CooperationRequestSchema,
  EventSchema,
  FeedSchema,
  LabelSchema,
  LocalizedTextSchema,
  NetworkSchema,
  OrganisationSchema,
  TerritorySchema,
  ThemeSchema,
  GeometrySchema,
} from './schema.js';

export type LocalizedText = v.InferOutput<typeof LocalizedTextSchema>;
export type Network = v.InferOutput<typeof NetworkSchema>;
export type Territory = v.InferOutput<typeof TerritorySchema>;
export type Organisation = v.InferOutput<typeof OrganisationSchema>;
export type BrandLabel = v.InferOutput<typeof LabelSchema>;
export type CooperationRequest = v.InferOutput<typeof CooperationRequestSchema>;
export type FeedEvent = v.InferOutput<typeof EventSchema>;
export type Brand = v.InferOutput<typeof BrandSchema>;
export type Theme = v.InferOutput<typeof ThemeSchema>;
export type Attribution = v.InferOutput<typeof AttributionSchema>;
export type TerritoryGeometry = v.InferOutput<typeof GeometrySchema>;
/** A validated feed: every list present (possibly empty), every item valid. */
export type Feed = v.InferOutput<typeof FeedSchema>;
/** What a publisher writes: lists may be absent. */
export type FeedInput = v.InferInput<typeof FeedSchema>;

export type LookingFor = CooperationRequest['lookingFor'][number];
export type RequestStatus = NonNullable<CooperationRequest['status']>;

/** Why an item or a value was left out of the feed, and where. */
export interface FeedWarning {
  /** JSON pointer (RFC 6901) to the offending item or value, e.g. `/events/3/start`. */
  pointer: string;
  code: 'invalid-item' | 'not-a-list' | 'duplicate-id' | 'dangling-reference' | 'unsafe-url' | 'invalid-network';
  /** A sentence in English for developers and the feed tool. */
  message: string;
}
