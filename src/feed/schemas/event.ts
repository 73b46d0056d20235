/** The network's events (`events[]`). */
import * as v from 'valibot';
import { nonEmpty, IdSchema, IdList, LocalizedTextSchema, DateOrDateTimeSchema, LinkSchema } from './common.js';

export const EventSchema = v.looseObject({
  id: IdSchema,
  title: LocalizedTextSchema,
  /** Date (all-day) or date-time with offset. */
  start: DateOrDateTimeSchema,
  end: v.optional(DateOrDateTimeSchema),
  /** assemblee-generale, bureau, seminaire, forum, visite, formation, congres, lancement, rencontre, immersion… */
  kind: v.optional(nonEmpty),
  location: v.optional(
    v.looseObject({
      name: v.optional(LocalizedTextSchema),
      address: v.optional(v.string()),
      territory: v.optional(IdSchema),
      lon: v.optional(v.pipe(v.number(), v.finite(), v.minValue(-180), v.maxValue(180))),
      lat: v.optional(v.pipe(v.number(), v.finite(), v.minValue(-90), v.maxValue(90))),
    }),
  ),
  online: v.optional(v.union([v.boolean(), LinkSchema])),
  organiser: v.optional(IdSchema),
  themes: v.optional(IdList),
  territories: v.optional(IdList),
  url: v.optional(LinkSchema),
  registrationUrl: v.optional(LinkSchema),
  description: v.optional(LocalizedTextSchema),
  status: v.optional(v.picklist(['scheduled', 'cancelled', 'postponed'])),
});
