/** Who publishes the feed. */
import * as v from 'valibot';
import { IdSchema, IdList, LocalizedTextSchema, LinkSchema, ContactSchema } from './common.js';

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

/** The network's identity alone, for elements that show nothing else of it (the badge). */
export const NetworkIdentitySchema = v.object({
  id: NetworkSchema.entries.id,
  name: NetworkSchema.entries.name,
});
