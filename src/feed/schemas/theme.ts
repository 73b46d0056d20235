/** The controlled vocabulary of themes (`themes[]`). */
import * as v from 'valibot';
import { IdSchema, LocalizedTextSchema } from './common.js';

export const ThemeSchema = v.looseObject({
  id: IdSchema,
  label: LocalizedTextSchema,
  parent: v.optional(IdSchema),
});
