/**
 * Writes schema/feed.schema.json (JSON Schema draft 2020-12) from the valibot
 * schema in src/feed/schema.ts, the single source of truth. `--check` fails
 * when the committed file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import { FeedSchema } from '../src/feed/schema.js';

const OUT = new URL('../schema/feed.schema.json', import.meta.url);

export function buildJsonSchema(): string {
  const schema = toJsonSchema(FeedSchema, {
    target: 'draft-2020-12',
    errorMode: 'ignore',
    overrideAction({ valibotAction, jsonSchema }) {
      if (valibotAction.type !== 'check') return jsonSchema;
      const message = String((valibotAction as { message?: unknown }).message ?? '');
      if (message.includes('YYYY-MM-DD')) return { ...jsonSchema, format: 'date' };
      if (message.includes('date-time')) return { ...jsonSchema, anyOf: [{ format: 'date' }, { format: 'date-time' }] };
      return { ...jsonSchema, description: message };
    },
  });
  const document = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://unpkg.com/maillage/schema/feed.schema.json',
    title: 'maillage feed, version 1',
    description:
      'The JSON feed of a territorial cooperation network read by the maillage web components. Generated from src/feed/schema.ts; do not edit.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
  return JSON.stringify(document, null, 2) + '\n';
}

const generated = buildJsonSchema();
if (process.argv.includes('--check')) {
  const current = readFileSync(OUT, 'utf8');
  if (current !== generated) {
    console.error('schema/feed.schema.json is stale: run `npm run schema` and commit it.');
    process.exit(1);
  }
  console.log('schema/feed.schema.json is up to date.');
} else {
  writeFileSync(OUT, generated);
  console.log('wrote schema/feed.schema.json');
}
