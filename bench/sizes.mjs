/**
 * What a page must download to show each element: every entry bundled and
 * minified the way a page author's bundler (or our CDN build) would, Lit and
 * the feed loader included, maplibre-gl counted apart. Sizes are gzip -9 bytes.
 */
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1000;

/** Budgets from the issues, in gzip bytes (Lit and the feed loader included). */
export const BUDGETS = {
  'cooperation-card': 16 * KB,
  'cooperation-list': 16 * KB,
  'marque-badge': 12 * KB,
  'event-timeline': 18 * KB,
  'partner-search': 26 * KB,
  'epci-map': 22 * KB,
  all: 50 * KB,
};

export const gzipSize = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;

/** Minified bundle of `entry` (a file path or inline source) with maplibre-gl left out. */
export async function bundle(entry, { inline = false } = {}) {
  const result = await build({
    ...(inline ? { stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' } } : { entryPoints: [entry] }),
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    tsconfig: 'tsconfig.json',
    legalComments: 'none',
    external: ['maplibre-gl', 'maplibre-gl/*'],
    loader: { '.css': 'text' },
    logLevel: 'silent',
  });
  const text = result.outputFiles.map((f) => f.text).join('\n');
  return { bytes: Buffer.byteLength(text), gzip: gzipSize(text) };
}

const LIT_FLOOR = `
import { LitElement, html, css } from 'lit';
import { property } from 'lit/decorators.js';
class Floor extends LitElement {
  static styles = css\`:host { display: block }\`;
  @property() name = '';
  render() { return html\`<p>\${this.name}</p>\`; }
}
customElements.define('bench-floor', Floor);
`;

/**
 * Where the bytes of one entry go, by module group (Lit, valibot, src/feed, src/core, the element, the rest):
 * esbuild's metafile gives each module's minified bytes in the bundle; each group's share of the gzip size
 * is estimated by gzipping the group's own minified code apart (gzip does not split exactly).
 */
export async function breakdown(entry) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    metafile: true,
    outdir: 'bench-breakdown',
    tsconfig: 'tsconfig.json',
    legalComments: 'none',
    external: ['maplibre-gl', 'maplibre-gl/*'],
    loader: { '.css': 'text' },
    logLevel: 'silent',
  });
  const [output] = Object.values(result.metafile.outputs).filter((o) => o.entryPoint);
  const groups = new Map();
  const groupOf = (path) =>
    /node_modules\/(lit|lit-html|lit-element|@lit)\//.test(path)
      ? 'Lit (lit, lit-html, lit-element, @lit/reactive-element)'
      : /node_modules\/valibot\//.test(path)
        ? 'valibot (feed validation)'
        : /node_modules\//.test(path)
          ? `other packages (${path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)[1]})`
          : path.startsWith('src/feed/')
            ? 'src/feed (schema, validation, store, text)'
            : path.startsWith('src/core/')
              ? 'src/core (base element, controller, states, tokens)'
              : path.startsWith('src/components/')
                ? `the element (${path.split('/').slice(0, 3).join('/')})`
                : 'entry and the rest';
  for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
    const group = groupOf(path);
    groups.set(group, (groups.get(group) ?? 0) + bytesInOutput);
  }
  const total = output.bytes;
  const text = result.outputFiles.find((f) => f.path.endsWith('.js')).text;
  const gzip = gzipSize(text);
  return {
    entry,
    bytes: total,
    gzip,
    groups: [...groups]
      .sort((a, b) => b[1] - a[1])
      .map(([group, bytes]) => ({
        group,
        bytes,
        share: bytes / total,
        gzipEstimate: Math.round((gzip * bytes) / total),
      })),
  };
}

const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((m, d) => {
    const p = join(dir, d.name);
    return Math.max(m, d.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }, 0);

/**
 * The CDN folder as `npm run build` makes it (vite.cdn.config.ts), built into `outDir` so the shared
 * dist/ of a working tree is never removed under someone's feet. Returns undefined (and why) on failure.
 */
export function buildCdn(outDir) {
  const stamp = join(outDir, 'maillage.js');
  if (existsSync(stamp) && statSync(stamp).mtimeMs > newest('src')) return { dir: outDir, fresh: false };
  rmSync(outDir, { recursive: true, force: true });
  try {
    execFileSync(
      process.execPath,
      [
        'node_modules/vite/bin/vite.js',
        'build',
        '--config',
        'vite.cdn.config.ts',
        '--logLevel',
        'error',
        '--outDir',
        outDir,
      ],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    return { dir: outDir, fresh: true };
  } catch (e) {
    return {
      error: `CDN build failed: ${
        String(e.stderr ?? e.message)
          .trim()
          .split('\n')[0]
      }`,
    };
  }
}

/** The CDN folder's files by role: what every page loads, the lazily loaded map chunk and maplibre's worker. */
export function cdnSizes(dir) {
  const files = listFiles(dir).filter((f) => /\.(m?js|css)$/.test(f) && !/embed-frame|maillage-resizer/.test(f));
  const row = (f) => ({ file: relative(dir, f), bytes: statSync(f).size, gzip: gzipSize(readFileSync(f)) });
  const isWorker = (f) => /worker/i.test(f);
  const isMap = (f) => !isWorker(f) && /maplibre-gl-worker/.test(readFileSync(f, 'utf8'));
  const all = files.map((f) => ({ ...row(f), role: isWorker(f) ? 'worker' : isMap(f) ? 'map' : 'core' }));
  const sum = (role) => all.filter((r) => role.includes(r.role)).reduce((s, r) => s + r.gzip, 0);
  const mapChunk = all.find((r) => r.role === 'map');
  const workerInlined =
    !!mapChunk && /data:text\/javascript;base64/.test(readFileSync(join(dir, mapChunk.file), 'utf8'));
  return {
    files: all,
    withoutMap: sum(['core']),
    withMap: sum(['core', 'map', 'worker']),
    workerFile: all.some((r) => r.role === 'worker'),
    workerInlined,
  };
}

/** Sizes of each element entry, Lit alone, everything but maplibre, maplibre itself, and the CDN folder. */
export async function measureSizes({ cdnDir } = {}) {
  const rows = [];
  const lit = await bundle(LIT_FLOOR, { inline: true });
  rows.push({ entry: 'Lit alone (floor)', ...lit });
  const defines = existsSync('src/define') ? readdirSync('src/define').filter((f) => f.endsWith('.ts')) : [];
  for (const file of defines.sort()) {
    const name = file.replace(/\.ts$/, '');
    rows.push({ entry: `maillage/${name}`, ...(await bundle(join('src/define', file))), budget: BUDGETS[name] });
  }
  if (existsSync('src/all.ts'))
    rows.push({ entry: 'maillage/all (without maplibre-gl)', ...(await bundle('src/all.ts')), budget: BUDGETS.all });
  for (const file of ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css']) {
    const text = readFileSync(join('node_modules/maplibre-gl/dist', file));
    rows.push({ entry: `maplibre-gl: ${file}`, bytes: text.length, gzip: gzipSize(text) });
  }
  let cdn;
  if (cdnDir) {
    const built = buildCdn(cdnDir);
    cdn = built.error ? { error: built.error } : cdnSizes(built.dir);
    if (!cdn.error) {
      rows.push({
        entry: 'CDN build: every element, without the map chunk and worker',
        gzip: cdn.withoutMap,
        budget: BUDGETS.all,
      });
      rows.push({ entry: 'CDN build: with the map chunk (maplibre-gl inside) and worker', gzip: cdn.withMap });
    }
  }
  for (const row of rows) row.withinBudget = row.budget === undefined ? undefined : row.gzip <= row.budget;
  return { rows, cdn };
}

function listFiles(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? listFiles(p) : [p];
  });
}
