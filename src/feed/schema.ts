/**
 * The feed contract, version 1: the one source of truth from which come the
 * TypeScript types (`types.ts`), the runtime validator (`validate.ts`) and the
 * JSON Schema shipped in the package (`schema/feed.schema.json`).
 *
 * Objects are "loose": unknown keys are kept and ignored, so a newer feed
 * still loads in an older element.
 */
import * as v from 'valibot';

/** Feed format versions this package reads: 1.0, 1.1, … */
export const SUPPORTED_VERSION = /^1(\.\d+)?$/;

const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));

export const IdSchema = v.pipe(
  v.string('an id must be a string'),
  v.minLength(1, 'an id must not be empty'),
  v.maxLength(200, 'an id must be at most 200 characters'),
);
const IdList = v.array(IdSchema);

/** Human text: a plain string, or a map of language → string (`{"fr": "…", "en": "…"}`). */
export const LocalizedTextSchema = v.union(
  [
    nonEmpty,
    v.pipe(
      v.record(
        v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language key such as "fr" or "en"')),
        v.string(),
      ),
      v.check((map) => Object.values(map).some((s) => s.trim() !== ''), 'needs at least one non-empty language'),
    ),
  ],
  'expected a string or an object such as {"fr": "…", "en": "…"}',
);

const isRealDate = (y: number, m: number, d: number): boolean => {
  if (y < 1900 || y > 2200) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_RE =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(:[0-5]\d(\.\d{1,9})?)?(Z|[+-](0\d|1[0-4]):[0-5]\d)$/;

/** True for a calendar date `YYYY-MM-DD` between 1900 and 2200. */
export function isIsoDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  return !!m && isRealDate(+m[1]!, +m[2]!, +m[3]!);
}

/** True for a date-time with an explicit offset (`2021-03-12T18:00:00+01:00` or `…Z`). */
export function isIsoDateTime(value: string): boolean {
  const m = DATE_TIME_RE.exec(value);
  return !!m && isRealDate(+m[1]!, +m[2]!, +m[3]!);
}

/** A calendar date (`2021-03-12`). */
export const DateSchema = v.pipe(
  v.string(),
  v.check(isIsoDate, 'expected a date written YYYY-MM-DD (between 1900 and 2200)'),
  v.metadata({ format: 'date' }),
);

/** A calendar date (all-day) or a date-time with its offset. */
export const DateOrDateTimeSchema = v.pipe(
  v.string(),
  v.check(
    (s) => isIsoDate(s) || isIsoDateTime(s),
    'expected a date (2021-03-12) or a date-time with its offset (2021-03-12T18:00:00+01:00)',
  ),
);

/** A link; anything but http(s) and mailto is removed by the validator (see `url.ts`). */
const LinkSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(4000, 'a link must be at most 4000 characters'));

const LonLatSchema = v.looseObject({
  lon: v.pipe(v.number(), v.finite(), v.minValue(-180), v.maxValue(180)),
  lat: v.pipe(v.number(), v.finite(), v.minValue(-90), v.maxValue(90)),
});

const ContactSchema = v.looseObject({
  name: v.optional(nonEmpty),
  givenName: v.optional(nonEmpty),
  familyName: v.optional(nonEmpty),
  role: v.optional(LocalizedTextSchema),
  email: v.optional(v.pipe(v.string(), v.email('expected an e-mail address'))),
  phone: v.optional(v.string()),
  url: v.optional(LinkSchema),
});

const AddressSchema = v.looseObject({
  street: v.optional(v.string()),
  postcode: v.optional(v.string()),
  city: v.optional(v.string()),
  /** INSEE code of the commune, or a territory id. */
  commune: v.optional(v.string()),
  country: v.optional(v.string()),
});

/** GeoJSON Polygon or MultiPolygon (WGS84). Rings are checked in depth by the map and the feed tool. */
export const GeometrySchema = v.looseObject({
  type: v.picklist(['Polygon', 'MultiPolygon'], 'expected a GeoJSON "Polygon" or "MultiPolygon"'),
  coordinates: v.array(v.array(v.unknown()), 'expected GeoJSON coordinates (an array of rings)'),
});

export const NetworkSchema = v.looseObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  shortName: v.optional(LocalizedTextSchema),
  url: v.optional(LinkSchema),
  description: v.optional(LocalizedTextSchema),
  contact: v.optional(ContactSchema),
  /** Territory ids that make up the network's perimeter. */
  territories: v.optional(IdList),
  /** Organisation id of the body that runs the network. */
  organisation: v.optional(IdSchema),
});

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

export const LabelSchema = v.looseObject({
  /** Brand id (`marque-mayenne`). */
  brand: IdSchema,
  since: v.optional(DateSchema),
  until: v.optional(DateSchema),
  status: v.optional(v.picklist(['active', 'suspended', 'revoked'])),
  /** The partner's page on the brand portal. */
  url: v.optional(LinkSchema),
});

export const OrganisationSchema = v.looseObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  shortName: v.optional(v.string()),
  /** collectivite, epci, association, entreprise, chambre-consulaire, etat, enseignement, syndicat-mixte… */
  kind: nonEmpty,
  territories: v.optional(IdList),
  themes: v.optional(IdList),
  description: v.optional(LocalizedTextSchema),
  website: v.optional(LinkSchema),
  contact: v.optional(ContactSchema),
  address: v.optional(AddressSchema),
  location: v.optional(LonLatSchema),
  labels: v.optional(v.array(LabelSchema)),
  /** Networks or organisations this one belongs to (organisation ids). */
  memberOf: v.optional(IdList),
});

export const LOOKING_FOR = ['project', 'partners', 'topic'] as const;
export const REQUEST_STATUSES = ['open', 'matched', 'closed'] as const;

export const CooperationRequestSchema = v.looseObject({
  id: IdSchema,
  organisation: IdSchema,
  title: v.optional(LocalizedTextSchema),
  contact: v.optional(ContactSchema),
  /** ISO 3166-1 alpha-2 code (`FR`). */
  country: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'a two-letter country code such as FR'))),
  keyword: v.optional(LocalizedTextSchema),
  themes: v.optional(IdList),
  lookingFor: v.pipe(
    v.array(v.picklist(LOOKING_FOR, 'expected "project", "partners" or "topic"')),
    v.minLength(1, 'say what is sought: project, partners and/or topic'),
  ),
  explanation: LocalizedTextSchema,
  /** Type of area (rural, urban, coastal…), as in LEADER cooperation offers. */
  areaType: v.optional(LocalizedTextSchema),
  projectType: v.optional(LocalizedTextSchema),
  territories: v.optional(IdList),
  event: v.optional(IdSchema),
  published: v.optional(DateSchema),
  expires: v.optional(DateSchema),
  status: v.optional(v.picklist(REQUEST_STATUSES, 'expected "open", "matched" or "closed"'), 'open'),
  url: v.optional(LinkSchema),
});

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

export const ThemeSchema = v.looseObject({
  id: IdSchema,
  label: LocalizedTextSchema,
  parent: v.optional(IdSchema),
});

export const AttributionSchema = v.looseObject({
  text: LocalizedTextSchema,
  url: v.optional(LinkSchema),
  licence: v.optional(v.string()),
  /** What it covers: `geometry`, `data`… */
  scope: v.optional(v.string()),
});

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
