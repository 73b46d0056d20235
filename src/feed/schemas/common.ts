/** Building blocks shared by the feed's lists: ids, localised text, dates, links, places, contacts. */
import * as v from 'valibot';
import { hasSomeText, isDateOrDateTime, isIsoDate } from '../formats.js';

export { SUPPORTED_VERSION, isIsoDate, isIsoDateTime } from '../formats.js';

export const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));

export const IdSchema = v.pipe(
  v.string('an id must be a string'),
  v.minLength(1, 'an id must not be empty'),
  v.maxLength(200, 'an id must be at most 200 characters'),
);
export const IdList = v.array(IdSchema);

/** Human text: a plain string, or a map of language → string (`{"fr": "…", "en": "…"}`). */
export const LocalizedTextSchema = v.union(
  [
    nonEmpty,
    v.pipe(
      v.record(
        v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language key such as "fr" or "en"')),
        v.string(),
      ),
      v.check(hasSomeText, 'needs at least one non-empty language'),
    ),
  ],
  'expected a string or an object such as {"fr": "…", "en": "…"}',
);

/** A calendar date (`2021-03-12`). */
export const DateSchema = v.pipe(
  v.string(),
  v.check(isIsoDate, 'expected a date written YYYY-MM-DD (between 1900 and 2200)'),
  v.metadata({ format: 'date' }),
);

/** A calendar date (all-day) or a date-time with its offset. */
export const DateOrDateTimeSchema = v.pipe(
  v.string(),
  v.check(isDateOrDateTime, 'expected a date (2021-03-12) or a date-time with its offset (2021-03-12T18:00:00+01:00)'),
);

/** A link; anything but http(s) and mailto is removed by the validator (see `url.ts`). */
export const LinkSchema = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(4000, 'a link must be at most 4000 characters'),
);

export const LonLatSchema = v.looseObject({
  lon: v.pipe(v.number(), v.finite(), v.minValue(-180), v.maxValue(180)),
  lat: v.pipe(v.number(), v.finite(), v.minValue(-90), v.maxValue(90)),
});

export const ContactSchema = v.looseObject({
  name: v.optional(nonEmpty),
  givenName: v.optional(nonEmpty),
  familyName: v.optional(nonEmpty),
  role: v.optional(LocalizedTextSchema),
  email: v.optional(v.pipe(v.string(), v.email('expected an e-mail address'))),
  phone: v.optional(v.string()),
  url: v.optional(LinkSchema),
});

export const AddressSchema = v.looseObject({
  street: v.optional(v.string()),
  postcode: v.optional(v.string()),
  city: v.optional(v.string()),
  /** INSEE code of the commune, or a territory id. */
  commune: v.optional(v.string()),
  country: v.optional(v.string()),
});

/** GeoJSON Polygon or MultiPolygon (WGS84). Rings are checked in depth by the map and the feed tool. */
