/** Partners and members (`organisations[]`) and the brand labels they hold. */
import * as v from 'valibot';
import {
  nonEmpty,
  IdSchema,
  IdList,
  LocalizedTextSchema,
  DateSchema,
  LinkSchema,
  LonLatSchema,
  ContactSchema,
  AddressSchema,
} from './common.js';

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

/**
 * What the partner badge reads of an organisation: it checks these fields only and keeps no other, so a
 * partner whose unrelated details are malformed is still verified (their details are not shown).
 */
export const OrganisationLabelsSchema = v.object({
  id: OrganisationSchema.entries.id,
  name: OrganisationSchema.entries.name,
  labels: OrganisationSchema.entries.labels,
});
