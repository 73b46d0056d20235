import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { checkGeometry } from '../../src/cli/geometry-checks.js';
import { checkFeedDocument } from '../../src/cli/index.js';
import { attachOutlines, OUTLINE_ATTRIBUTION, type OutlineFeature } from '../../src/cli/outlines.js';
import type { Feed, Territory } from '../../src/feed/types.js';
import { root, runCli } from './helpers/cli.js';

const readJson = <T>(path: string): T => JSON.parse(readFileSync(`${root}${path}`, 'utf8')) as T;
const epciOuest = readJson<{ features: OutlineFeature[] }>('data/epci-ouest.geojson').features;
const out = mkdtempSync(join(tmpdir(), 'maillage-outlines-'));

const run = runCli;
/** The AILB sample feed with every outline, centroid and bbox removed. */
function ailbWithoutOutlines(): Feed {
  const feed = readJson<Feed>('demo/feeds/ailb.json');
  for (const t of feed.territories) {
    delete t.geometry;
    delete t.centroid;
    delete t.bbox;
  }
  feed.attributions = feed.attributions.filter((a) => a.scope !== 'geometry');
  return feed;
}

const positions = (g: NonNullable<Territory['geometry']>) => JSON.stringify(g.coordinates).match(/\],\[/g)?.length ?? 0;

describe('attachOutlines', () => {
  it('attaches simplified, valid outlines with a centroid inside and a bbox around, by SIREN', () => {
    const feed = ailbWithoutOutlines();
    const result = attachOutlines(feed, epciOuest, { tolerance: 0.001, digits: 5 });
    expect(result.attached).toHaveLength(13);
    expect(result.positionsAfter).toBeLessThan(result.positionsBefore * 0.7);
    for (const id of result.attached) {
      const t = feed.territories.find((x) => x.id === id)!;
      const geometry = t.geometry as unknown as Polygon | MultiPolygon;
      expect(checkGeometry(t.geometry!, true), id).toEqual([]);
      expect(booleanPointInPolygon([t.centroid!.lon, t.centroid!.lat], geometry), id).toBe(true);
      const [w, s, e, n] = t.bbox!;
      expect(w <= t.centroid!.lon && t.centroid!.lon <= e && s <= t.centroid!.lat && t.centroid!.lat <= n).toBe(true);
      expect(JSON.stringify(t.geometry)).not.toMatch(/\d\.\d{6}/);
    }
    expect(result.missing).toEqual([
      { id: 'alliance-loire-bretagne', reason: 'no-code', key: 'insee' },
      { id: 'dep-35', reason: 'not-in-file', key: 'insee', code: '35' },
      { id: 'dep-44', reason: 'not-in-file', key: 'insee', code: '44' },
      { id: 'dep-49', reason: 'not-in-file', key: 'insee', code: '49' },
      { id: 'dep-56', reason: 'not-in-file', key: 'insee', code: '56' },
      { id: 'reg-52', reason: 'not-in-file', key: 'insee', code: '52' },
      { id: 'reg-53', reason: 'not-in-file', key: 'insee', code: '53' },
    ]);
    expect(checkFeedDocument(feed, { today: '2026-11-24' }).problems).toEqual([]);
  });

  it('records the Licence Ouverte attribution once, however often it runs', () => {
    const feed = ailbWithoutOutlines();
    attachOutlines(feed, epciOuest, { tolerance: 0.001, digits: 5 });
    const again = attachOutlines(feed, epciOuest, { tolerance: 0.001, digits: 5 });
    expect(again.attributionAdded).toBe(false);
    expect(feed.attributions.filter((a) => a.text === OUTLINE_ATTRIBUTION.text)).toHaveLength(1);
    expect(OUTLINE_ATTRIBUTION.text).toBe(
      'Contours © IGN – ADMIN EXPRESS COG 2018 ; découpage 2026 : INSEE (COG), DGCL (EPCI), via Etalab — Licence Ouverte 2.0',
    );
  });

  it('keeps every position at tolerance 0 and simplifies more as the tolerance grows', () => {
    const sizes = [0, 0.001, 0.01].map((tolerance) => {
      const feed = ailbWithoutOutlines();
      attachOutlines(feed, epciOuest, { tolerance, digits: 5 });
      return feed.territories.filter((t) => t.geometry).reduce((sum, t) => sum + positions(t.geometry!), 0);
    });
    expect(sizes[0]).toBeGreaterThan(sizes[1]!);
    expect(sizes[1]).toBeGreaterThan(sizes[2]!);
  });

  it('matches communes by INSEE code with --key insee', () => {
    const communes = readJson<{ features: OutlineFeature[] }>('data/communes-ouest.geojson').features;
    const feed = {
      version: '1.0',
      network: { id: 'n', name: 'N' },
      territories: [
        { id: 'laval', kind: 'commune', name: 'Laval', codes: { insee: '53130' } },
        { id: 'paris', kind: 'commune', name: 'Paris', codes: { insee: '75056' } },
      ],
    };
    const result = attachOutlines(feed, communes, { key: 'insee', tolerance: 0.0005, digits: 5 });
    expect(result.attached).toEqual(['laval']);
    expect(result.missing).toEqual([{ id: 'paris', reason: 'not-in-file', key: 'insee', code: '75056' }]);
    expect(feed.territories[0]).toMatchObject({
      geometry: { type: 'Polygon' },
      centroid: { lon: expect.closeTo(-0.77, 1), lat: expect.closeTo(48.07, 1) },
    });
  });
});

describe('maillage outlines', () => {
  it('writes the feed with outlines and lists the territories left without one', async () => {
    const input = join(out, 'ailb.json');
    writeFileSync(input, JSON.stringify(ailbWithoutOutlines()));
    const file = join(out, 'ailb-outlines.json');
    const { code, stdout } = await run([
      'outlines',
      input,
      '--geojson',
      'data/epci-ouest.geojson',
      '--key',
      'siren',
      '--tolerance',
      '0.002',
      '--out',
      file,
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^13 territoires reçoivent un contour \(tolérance 0\.002°, 6\u202f233 → 1\u202f\d{3} positions\)\./,
    );
    expect(stdout).toContain(
      '7 territoires restent sans contour :\n  - alliance-loire-bretagne : pas de code SIREN dans le flux',
    );
    expect(stdout).toContain('Mention de la source ajoutée au flux (attributions).');
    const validated = await run(['validate', file]);
    expect(validated.code).toBe(0);
  });

  it('runs on the sample feeds and on the hostile fixture without breaking them', async () => {
    for (const file of ['demo/feeds/mayenne.json', 'tests/fixtures/hostile-feed.json']) {
      const target = join(out, 'x.json');
      const { code } = await run([
        'outlines',
        file,
        '--geojson',
        'data/epci-ouest.geojson',
        '--out',
        target,
        '--lang',
        'en',
      ]);
      expect(code).toBe(0);
      const feed = JSON.parse(readFileSync(target, 'utf8'));
      expect(feed.territories.length).toBe(readJson<Feed>(file).territories.length);
    }
    const hostile = await run(['validate', join(out, 'x.json'), '--json']);
    // The hostile feed keeps its hostile items; its real-SIREN EPCI now has a valid outline.
    const report = JSON.parse(hostile.stdout);
    expect(report.problems.some((p: { pointer: string }) => p.pointer.startsWith('/territories/0/geometry'))).toBe(
      false,
    );
  });

  it('exits 2 on usage mistakes and 1 on a file that is not GeoJSON', async () => {
    expect(await run(['outlines', 'demo/feeds/ailb.json'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--geojson'),
    });
    expect(
      await run(['outlines', 'demo/feeds/ailb.json', '--geojson', 'data/epci-ouest.geojson', '--key', 'nom']),
    ).toMatchObject({ code: 2, stderr: expect.stringContaining('--key nom') });
    expect(
      await run(['outlines', 'demo/feeds/ailb.json', '--geojson', 'data/epci-ouest.geojson', '--tolerance', '-1']),
    ).toMatchObject({ code: 2 });
    expect(
      await run(['outlines', 'demo/feeds/ailb.json', '--geojson', 'demo/feeds/leader-2024.json', '--lang', 'en']),
    ).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('holds no GeoJSON feature'),
    });
    expect(
      await run(['outlines', 'tests/fixtures/cli/trailing-comma.json', '--geojson', 'data/epci-ouest.geojson']),
    ).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('« maillage validate tests/fixtures/cli/trailing-comma.json » dit pourquoi'),
    });
  });
});
