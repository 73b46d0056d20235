/** "Looking for cooperation" requests (`cooperationRequests[]`). */
import * as v from 'valibot';
import { IdSchema, IdList, LocalizedTextSchema, DateSchema, LinkSchema, ContactSchema } from './common.js';

import { LOOKING_FOR, REQUEST_STATUSES } from '../formats.js';

export { LOOKING_FOR, REQUEST_STATUSES };

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
