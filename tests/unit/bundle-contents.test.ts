/**
 * What each entry bundles of the feed's checks: only the checkers of the lists
 * its element reads (its feed-profile.ts). One stray reference to every list's
 * checker (`LIST_CHECKS`) in code all elements share once put 1.5 kB gzip on
 * the badge; this says so the next time, by name, without timing anything.
 */
import { build } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIST_CHECKS } from '../../src/feed/checks.js';

const LIST_CHECKERS = Object.values(LIST_CHECKS).map((f) => f.name);
const PROFILE_OF: Record<string, string> = {
  'cooperation-card': 'cooperation-card',
  'cooperation-list': 'cooperation-card',
  'epci-map': 'epci-map',
  'event-timeline': 'event-timeline',
  'marque-badge': 'marque-badge',
  'partner-search': 'partner-search',
};

/** The entry bundled as a page author's bundler would, unminified so function names can be read. */
async function bundled(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [`src/define/${entry}.ts`],
    bundle: true,
    format: 'esm',
    write: false,
    outdir: 'out',
    splitting: true,
    external: ['maplibre-gl', 'maplibre-gl/*'],
    loader: { '.css': 'text' },
    tsconfig: 'tsconfig.json',
    logLevel: 'silent',
  });
  return result.outputFiles.map((f) => f.text).join('\n');
}

describe('feed checks in each entry', () => {
  const entries = readdirSync('src/define')
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.replace(/\.ts$/, ''));

  it('knows every entry', () => expect(Object.keys(PROFILE_OF).sort()).toEqual(entries.sort()));

  it.each(entries)('%s bundles the checkers of the lists it reads and no other', async (entry) => {
    const profile = readFileSync(`src/components/${PROFILE_OF[entry]}/feed-profile.ts`, 'utf8');
    const code = await bundled(entry);
    const present = LIST_CHECKERS.filter((name) => code.includes(`function ${name}(`));
    const named = LIST_CHECKERS.filter((name) => new RegExp(`\\b${name}\\b`).test(profile));
    expect(present.sort()).toEqual(named.sort());
    expect(code).not.toMatch(/valibot/);
  });
});
