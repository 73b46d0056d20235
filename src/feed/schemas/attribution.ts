/** Credits the elements must show (licence of outlines…). */
import * as v from 'valibot';
import { LocalizedTextSchema, LinkSchema } from './common.js';

export const AttributionSchema = v.looseObject({
  text: LocalizedTextSchema,
  url: v.optional(LinkSchema),
  licence: v.optional(v.string()),
  /** What it covers: `geometry`, `data`… */
  scope: v.optional(v.string()),
});
