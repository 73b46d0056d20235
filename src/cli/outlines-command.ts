/** `maillage outlines FEED.json --geojson OUTLINES.geojson`: territory outlines from official files. */
import { readFileSync, writeFileSync } from 'node:fs';
import type { OptionSpec, ParsedArgs } from './args.js';
import { inputFile, numberOption, UsageError, type CliContext } from './context.js';
import { attachOutlines, OUTLINE_ATTRIBUTION, type OutlineFeature, type OutlineKey } from './outlines.js';

export const outlinesSpec: OptionSpec = {
  geojson: 'string',
  key: 'string',
  tolerance: 'string',
  digits: 'string',
  attribution: 'string',
  out: 'string',
};

const readJson = (path: string): unknown => {
  const text = readFileSync(path, 'utf8');
  return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
};

export function runOutlines(ctx: CliContext, args: ParsedArgs): number {
  const { t, lang } = ctx;
  const [feedFile, extra] = args.positionals;
  if (!feedFile) throw new UsageError(t.usageNeedFeed);
  if (extra) throw new UsageError(t.usageTooMany(extra));
  const geojsonFile = args.strings.geojson;
  if (!geojsonFile) throw new UsageError(t.usageNeedGeojson);
  const key = args.strings.key;
  if (key !== undefined && key !== 'siren' && key !== 'insee') throw new UsageError(t.usageBadKey(key));
  const tolerance = numberOption(ctx, 'tolerance', args.strings.tolerance, 0.001, false);
  const digits = Math.min(numberOption(ctx, 'digits', args.strings.digits, 5), 8);

  const feedPath = inputFile(ctx, feedFile);
  const geojsonPath = inputFile(ctx, geojsonFile);
  let doc: unknown;
  try {
    doc = readJson(feedPath);
  } catch {
    ctx.io.stderr(`maillage: ${t.feedNotJson(feedFile)}\n`);
    return 1;
  }
  let collection: unknown;
  try {
    collection = readJson(geojsonPath);
  } catch {
    ctx.io.stderr(`maillage: ${t.outlinesBadGeojson(geojsonFile)}\n`);
    return 1;
  }
  const features = (collection as { features?: unknown })?.features;
  if (!Array.isArray(features) || !features.length) {
    ctx.io.stderr(`maillage: ${t.outlinesNoFeatures(geojsonFile)}\n`);
    return 1;
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) {
    ctx.io.stderr(`maillage: ${t.feedNotJson(feedFile)}\n`);
    return 1;
  }
  const { url, licence, scope } = OUTLINE_ATTRIBUTION;
  const attribution = args.strings.attribution ? { text: args.strings.attribution, url, licence, scope } : undefined;
  const result = attachOutlines(doc as Record<string, unknown>, features as OutlineFeature[], {
    key: key as OutlineKey | undefined,
    tolerance,
    digits,
    attribution,
  });

  const text = JSON.stringify(doc, null, 2) + '\n';
  const out = args.strings.out;
  if (out) writeFileSync(ctx.path(out), text);
  else ctx.io.stdout(text);
  const report = out ? ctx.io.stdout : ctx.io.stderr;
  const lines = [
    t.outlinesAttached(result.attached.length, String(tolerance), result.positionsBefore, result.positionsAfter, lang),
  ];
  if (result.missing.length) {
    lines.push(t.outlinesMissingHeader(result.missing.length, lang));
    for (const m of result.missing)
      lines.push(
        `  - ${m.id}${lang === 'fr' ? ' : ' : ': '}${m.reason === 'no-code' ? t.outlineNoCode(m.key) : t.outlineNotInFile(m.key, m.code!)}`,
      );
  }
  if (result.attributionAdded) lines.push(t.outlinesAttribution);
  if (out) lines.push(t.wrote(out));
  report(lines.join('\n') + '\n');
  // Territories left without an outline are often meant to be (régions beside EPCI outlines): only "nothing matched" fails.
  return result.attached.length ? 0 : 1;
}
