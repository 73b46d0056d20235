/** Territorial brands (`brands[]`). */
import * as v from 'valibot';
import { IdSchema, LocalizedTextSchema, LinkSchema } from './common.js';

export const BrandSchema = v.looseObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  /** The wording of the badge ("Partenaire Marque Mayenne"). */
  partnerLabel: v.optional(LocalizedTextSchema),
  tagline: v.optional(LocalizedTextSchema),
  territory: v.optional(IdSchema),
  url: v.optional(LinkSchema),
  /** Partner page on the brand portal; `{id}` is replaced by the organisation id. */
  partnerUrl: v.optional(LinkSchema),
  /** The "charte des valeurs". */
  values: v.optional(v.array(LocalizedTextSchema)),
  logo: v.optional(
    v.looseObject({
      /** SVG markup; only ever used as an image source, never inlined. */
      svg: v.optional(v.string()),
      url: v.optional(LinkSchema),
      alt: v.optional(LocalizedTextSchema),
    }),
  ),
  colours: v.optional(
    v.looseObject({
      primary: v.optional(v.pipe(v.string(), v.hexColor('a colour such as #e30613'))),
      secondary: v.optional(v.pipe(v.string(), v.hexColor('a colour such as #1d1d1b'))),
      text: v.optional(v.pipe(v.string(), v.hexColor('a colour such as #ffffff'))),
    }),
  ),
});
