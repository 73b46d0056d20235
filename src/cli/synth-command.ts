/** `maillage synth`: a national-scale synthetic feed for benchmarks and scale tests. */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OptionSpec, ParsedArgs } from './args.js';
import { checkFeedDocument } from './check.js';
import { dateOption, numberOption, UsageError, type CliContext } from './context.js';
import { DEFAULT_DATA_DIR, DEFAULT_SYNTH_TODAY, synthFeed } from './synth.js';

export const synthSpec: OptionSpec = {
  partners: 'string',
  events: 'string',
  requests: 'string',
  seed: 'string',
  communes: 'boolean',
  today: 'string',
  data: 'string',
  out: 'string',
};

const DATA_FILES = ['epci-metropole.geojson', 'departements-metropole.geojson', 'communes.csv'];

export function runSynth(ctx: CliContext, args: ParsedArgs): number {
  const { t, lang } = ctx;
  if (args.positionals.length) throw new UsageError(t.usageTooMany(args.positionals[0]!));
  const out = args.strings.out;
  if (!out) throw new UsageError(t.usageNeedOut);
  const dataDir = args.strings.data ? ctx.path(args.strings.data) : DEFAULT_DATA_DIR;
  if (!DATA_FILES.every((f) => existsSync(join(dataDir, f)))) {
    ctx.io.stderr(`maillage: ${t.synthDataMissing(dataDir)}\n`);
    return 2;
  }
  const today = dateOption(ctx, 'today', args.strings.today) ?? DEFAULT_SYNTH_TODAY;
  const started = performance.now();
  const feed = synthFeed({
    partners: numberOption(ctx, 'partners', args.strings.partners, 10_000),
    events: numberOption(ctx, 'events', args.strings.events, 2_000),
    requests: numberOption(ctx, 'requests', args.strings.requests, 500),
    seed: numberOption(ctx, 'seed', args.strings.seed, 1),
    communes: args.flags.has('communes'),
    today,
    dataDir,
  });
  const text = JSON.stringify(feed);
  writeFileSync(ctx.path(out), text);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  // The summary comes from the validator: what a widget would actually get.
  const { summary } = checkFeedDocument(feed, { today });
  ctx.io.stdout(t.synthWrote(out, Buffer.byteLength(text), seconds, summary!, lang) + '\n');
  return 0;
}
