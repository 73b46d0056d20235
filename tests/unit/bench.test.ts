/**
 * Keeps `npm run bench` from rotting: runs every code path of bench/run.mjs on
 * tiny inputs (--quick) and checks that results.json and RESULTS.md are filled
 * in, each figure a finite number or an explicit error. No timing is asserted:
 * the machines are noisy and the numbers of a quick run mean nothing.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const hasChromium = ['/usr/bin/chromium', '/usr/lib/chromium/chromium', process.env.CHROMIUM_PATH].some(
  (p) => p && existsSync(p),
);

type Row = Record<string, unknown> & { error?: string };
interface Results {
  quick: boolean;
  machine: Record<string, string>;
  sizes: {
    rows: { entry: string; gzip: number; budget?: number }[];
    cdn: { error?: string; withoutMap?: number; withMap?: number };
    breakdown: { bytes: number; gzip: number; groups: { group: string; bytes: number }[] };
  };
  speed: { firstRender: Row[]; search: Row[]; timeline: Row[] };
  sideBySide: { map: Row[]; feedParse: Row[] };
  scale: { feed: Record<string, number>; elements: Row[]; validateCli: Row };
}

/** Each named field is a finite number, or the row says why it is not. */
function filled(row: Row | undefined, fields: string[]) {
  expect(row, 'row missing').toBeDefined();
  if (typeof row!.error === 'string' && row!.error.length > 0) return;
  for (const f of fields) expect(Number.isFinite(row![f]), `${JSON.stringify(row).slice(0, 200)}: ${f}`).toBe(true);
}

describe.skipIf(!hasChromium)('bench/run.mjs --quick', () => {
  let out: string;
  let results: Results;
  let markdown: string;
  let stdout: string;
  const elements = readdirSync('src/define')
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `maillage-${f.replace(/\.ts$/, '')}`);

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'maillage-bench-'));
    ({ stdout } = await run(process.execPath, ['bench/run.mjs', '--quick', '--out', out], {
      timeout: 220_000,
      maxBuffer: 64 * 1024 * 1024,
    }));
    results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
    markdown = readFileSync(join(out, 'RESULTS.md'), 'utf8');
  }, 240_000);

  afterAll(() => out && rmSync(out, { recursive: true, force: true }));

  it('says it is a quick run, on which machine and browser', () => {
    expect(results.quick).toBe(true);
    expect(results.machine.chromium).toMatch(/^\d+\./);
    expect(markdown).toContain('Quick run');
    expect(markdown).toContain(`Chromium ${results.machine.chromium}`);
  });

  it('measures every entry, Lit alone and the CDN folder, with budgets', () => {
    const rows = results.sizes.rows;
    expect(rows[0]!.entry).toMatch(/Lit alone/);
    for (const e of elements) expect(rows.map((r) => r.entry)).toContain(e.replace('maillage-', 'maillage/'));
    for (const r of rows) expect(r.gzip, r.entry).toBeGreaterThan(0);
    expect(rows.filter((r) => r.budget).length).toBeGreaterThanOrEqual(elements.length);
    if (!results.sizes.cdn.error) expect(results.sizes.cdn.withMap).toBeGreaterThan(results.sizes.cdn.withoutMap!);
    const { bytes, groups } = results.sizes.breakdown;
    expect(groups.map((g) => g.group).join()).toMatch(/Lit.*|valibot/);
    expect(groups.reduce((s, g) => s + g.bytes, 0)).toBeLessThanOrEqual(bytes);
  });

  it('times the first render of every element, cached and cold', () => {
    expect(results.speed.firstRender.map((r) => r.element)).toEqual(elements);
    for (const r of results.speed.firstRender) filled(r, ['cachedMedian', 'coldMedian']);
  });

  it('types into the search and scans the same data with the naive floor', () => {
    expect(results.speed.search.length).toBeGreaterThan(0);
    for (const r of results.speed.search)
      filled(r, [
        'elementMedian',
        'elementP95',
        'floorMedian',
        'connectedToIndexed',
        'dataArrivedToFirstResults',
        'longestTaskDuringBuild',
        'elementResults',
        'floorResults',
      ]);
  });

  it('renders the timeline, draws the maps beside Leaflet, and parses feeds beside JSON.parse', () => {
    expect(results.speed.timeline.map((r) => r.layout)).toEqual(['list', 'timeline']);
    for (const r of results.speed.timeline) filled(r, ['median', 'items']);
    expect(results.sideBySide.map).toHaveLength(2);
    for (const r of results.sideBySide.map) {
      // Leaflet is the harness's own code: it must always be measured.
      expect(r.leafletError).toBeUndefined();
      for (const f of ['leafletFirstRender', 'leafletIdle']) expect(Number.isFinite(r[f]), f).toBe(true);
      expect(r.leafletPaths).toBe(r.polygons);
      filled(r, ['mapIdle']);
    }
    expect(results.sideBySide.feedParse.length).toBe(3);
    for (const r of results.sideBySide.feedParse) filled(r, ['jsonParse', 'validate', 'bytes']);
  });

  it('loads the national synthetic feed in every element and validates it with the feed tool', () => {
    expect(results.scale.feed.partners).toBeGreaterThan(0);
    expect(results.scale.elements.map((r) => r.element)).toEqual(elements);
    for (const r of results.scale.elements) filled(r, ['coldMedian', 'heapAfter']);
    filled(results.scale.validateCli, ['median', 'exitCode']);
  });

  it('prints every table', () => {
    for (const title of [
      '# Sizes',
      '# Where the bytes go',
      '# Speed: element connected',
      '# Partner search: keystroke',
      '# Partner search: keystroke → results in the DOM',
      '# Partner search: loading',
      '# Timeline',
      '# Side by side: <maillage-epci-map>',
      '# Side by side: feed parse',
      '# Scale',
      '# Feed tool',
    ])
      expect(stdout).toContain(title);
  });
});
