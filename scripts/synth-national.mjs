#!/usr/bin/env node
// Writes the national synthetic feed (10,000 partners, 1,232 EPCI outlines by default) and times
// `maillage validate` on it, in process (median of 3 runs): `node scripts/synth-national.mjs [--out F]
// [--partners N] [--events M] [--requests K] [--seed S] [--communes]`. Prints one JSON line.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'bench/out/national-feed.json' },
    partners: { type: 'string', default: '10000' },
    events: { type: 'string', default: '2000' },
    requests: { type: 'string', default: '500' },
    seed: { type: 'string', default: '1' },
    communes: { type: 'boolean', default: false },
  },
});

const compiled = new URL('../dist/cli/index.js', import.meta.url);
let cli;
if (existsSync(compiled)) {
  cli = await import(compiled.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import(new URL('../src/cli/index.ts', import.meta.url).href);
}

const today = '2026-01-15';
let started = performance.now();
const feed = cli.synthFeed({
  partners: Number(values.partners),
  events: Number(values.events),
  requests: Number(values.requests),
  seed: Number(values.seed),
  communes: values.communes,
  today,
});
const text = JSON.stringify(feed);
const synthMs = performance.now() - started;
const out = resolve(values.out);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, text);

const runs = [];
let problems = 0;
for (let i = 0; i < 3; i++) {
  started = performance.now();
  // What `maillage validate FILE` does: read, parse, check, locate.
  const check = cli.checkFeedText(readFileSync(out, 'utf8'), { today });
  runs.push(Math.round(performance.now() - started));
  problems = check.problems.length;
}
const median = [...runs].sort((a, b) => a - b)[1];
console.log(
  JSON.stringify({
    file: values.out,
    bytes: Buffer.byteLength(text),
    territories: feed.territories.length,
    outlines: feed.territories.filter((t) => t.geometry).length,
    partners: feed.organisations.length,
    synthMs: Math.round(synthMs),
    validateMs: runs,
    validateMedianMs: median,
    problems,
  }),
);
