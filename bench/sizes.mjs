/**
 * What a page must download to show each element: every entry bundled and
 * minified the way a page author's bundler (or our CDN build) would, Lit and
 * the feed loader included, maplibre-gl counted apart. Sizes are gzip -9 bytes.
 */
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
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

const ESBUILD_OPTIONS = {
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
};

/**
 * Dynamically imported modules that a page nevertheless needs to show the element: the map's maplibre wiring,
 * loaded as soon as a map is shown wherever WebGL works (the SVG fallback is the exception, not the rule).
 */
const NEEDED_TO_SHOW = [/^src\/components\/epci-map\/map-view\.ts$/];
/** Our modules that are part of "maplibre-gl and its CSS": counted apart with maplibre-gl, as the issue asks. */
const WITH_MAPLIBRE = [/^src\/components\/epci-map\/maplibre-css\.ts$/];

/** What a chunk holds, for a reader: its biggest modules (our files by path under src/, packages by name). */
function describeChunk(inputs) {
  const names = new Map();
  for (const [path, { bytesInOutput }] of Object.entries(inputs)) {
    if (!bytesInOutput) continue;
    const pkg = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
    const name = pkg ?? path.replace(/^src\//, '').replace(/\.[cm]?[jt]s$/, '');
    names.set(name, (names.get(name) ?? 0) + bytesInOutput);
  }
  return (
    [...names]
      .sort((a, b) => b[1] - a[1])
      .map(([name]) => name)
      .join(' + ') || "esbuild's helpers (decorators)"
  );
}

/**
 * Minified bundle of `entry` (a file path, or inline source without dynamic imports), split the way a page's
 * bundler (or our CDN build) splits it: esbuild with `splitting`, so each dynamic `import()` becomes a chunk of
 * its own and code shared by chunks a chunk of its own too. maplibre-gl stays external. Each file is gzipped
 * apart (as a browser downloads them) and put in one of three sets:
 * - `shown`: the entry chunk, what it imports statically, and the dynamically imported chunks a page needs to
 *   show the element (`NEEDED_TO_SHOW`) with their static imports: what a page downloads to show it;
 * - `apart`: our chunks that belong with maplibre-gl (its CSS), counted with maplibre-gl, not with the element;
 * - `onDemand`: every other dynamically imported chunk (code that runs after a click, or only without WebGL).
 * `bytes` and `gzip` are the sums over `shown`; `onDemandGzip` the sum over `onDemand`.
 */
export async function bundle(entry, { inline = false } = {}) {
  const result = await build({
    ...ESBUILD_OPTIONS,
    ...(inline
      ? { stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' } }
      : { entryPoints: [entry], splitting: true }),
    outdir: 'bench-split',
    metafile: true,
  });
  const texts = new Map(result.outputFiles.map((f) => [relative(process.cwd(), f.path), f.text]));
  const outputs = Object.fromEntries(Object.entries(result.metafile.outputs).filter(([file]) => file.endsWith('.js')));
  const chunk = (file) => {
    const text = texts.get(file) ?? '';
    return { bytes: Buffer.byteLength(text), gzip: gzipSize(text), holds: describeChunk(outputs[file].inputs) };
  };
  const holdsAny = (file, patterns) =>
    Object.keys(outputs[file].inputs).some((path) => patterns.some((p) => p.test(path)));
  const internal = (file, kind) =>
    outputs[file].imports.filter((i) => !i.external && i.kind === kind && outputs[i.path]).map((i) => i.path);

  // Every dynamically imported module is an entry point of its own too: find the page's.
  const entryPoint = inline ? '<stdin>' : relative(process.cwd(), resolve(entry));
  const entryFile = Object.keys(outputs).find((file) => outputs[file].entryPoint === entryPoint);
  if (!entryFile) throw new Error(`bench: no output chunk for the entry ${entry}`);
  const shown = new Set();
  const apart = new Set();
  const onDemand = new Set();
  /** Adds `file` and what it imports statically to `set`, unless already counted. */
  const take = (file, set) => {
    if (shown.has(file) || apart.has(file) || set.has(file)) return;
    set.add(file);
    for (const next of internal(file, 'import-statement')) take(next, set);
  };
  take(entryFile, shown);
  // The dynamic imports a page needs to show the element, until no shown chunk leads to another.
  for (let grew = true; grew;) {
    grew = false;
    for (const file of [...shown])
      for (const next of internal(file, 'dynamic-import'))
        if (!shown.has(next) && holdsAny(next, NEEDED_TO_SHOW)) {
          take(next, shown);
          grew = true;
        }
  }
  const reachable = (set) => [...set].flatMap((file) => internal(file, 'dynamic-import'));
  for (const file of reachable(shown)) if (holdsAny(file, WITH_MAPLIBRE)) take(file, apart);
  for (let queue = reachable(shown); queue.length;) {
    const file = queue.shift();
    if (shown.has(file) || apart.has(file) || onDemand.has(file)) continue;
    take(file, holdsAny(file, WITH_MAPLIBRE) ? apart : onDemand);
    queue.push(...internal(file, 'dynamic-import'));
  }
  const sum = (files, key) => [...files].reduce((s, file) => s + chunk(file)[key], 0);
  const list = (files) => [...files].map((file) => ({ file, ...chunk(file) }));
  return {
    bytes: sum(shown, 'bytes'),
    gzip: sum(shown, 'gzip'),
    onDemandGzip: sum(onDemand, 'gzip'),
    chunks: { shown: list(shown), onDemand: list(onDemand), apart: list(apart) },
    inputs: [...shown].map((file) => outputs[file].inputs),
  };
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
 * Where the bytes a page downloads to show `entry` go (the `shown` chunks of `bundle`), by module group
 * (Lit, valibot, src/feed, src/core, the element, the rest): esbuild's metafile gives each module's minified
 * bytes in its chunk; each group's share of the gzip size is estimated in proportion (gzip does not split exactly).
 */
export async function breakdown(entry) {
  const { bytes, gzip, inputs, chunks } = await bundle(entry);
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
  for (const chunkInputs of inputs)
    for (const [path, { bytesInOutput }] of Object.entries(chunkInputs)) {
      const group = groupOf(path);
      groups.set(group, (groups.get(group) ?? 0) + bytesInOutput);
    }
  return {
    entry,
    bytes,
    gzip,
    onDemand: chunks.onDemand,
    groups: [...groups]
      .sort((a, b) => b[1] - a[1])
      .map(([group, groupBytes]) => ({
        group,
        bytes: groupBytes,
        share: groupBytes / bytes,
        gzipEstimate: Math.round((gzip * groupBytes) / bytes),
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

/** Relative paths of the modules a built chunk imports statically (`import … from "./x.js"`, `import "./x.js"`). */
const staticImportsOf = (text) =>
  [...text.matchAll(/\bimport\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g)].map((m) => m[1]);

/**
 * The CDN folder's files by role: `start` (maillage.js and what it imports statically: what every page loads),
 * `lazy` (our chunks imported dynamically: the map's SVG fallback, .ics export…), `map` (maplibre-gl and its
 * CSS, fetched only when a map is shown) and `worker` (maplibre's worker).
 */
export function cdnSizes(dir) {
  const files = listFiles(dir).filter((f) => /\.(m?js|css)$/.test(f) && !/embed-frame|maillage-resizer/.test(f));
  const text = (f) => readFileSync(f, 'utf8');
  const isWorker = (f) => /worker/i.test(f);
  const isMaplibre = (f) => !isWorker(f) && /maplibre-gl-worker/.test(text(f));
  const isMaplibreCss = (f) => !isWorker(f) && /\.maplibregl-canvas\s*\{/.test(text(f));
  const start = new Set();
  const visit = (f) => {
    if (start.has(f) || !existsSync(f)) return;
    start.add(f);
    for (const path of staticImportsOf(text(f))) visit(join(dirname(f), path));
  };
  visit(join(dir, 'maillage.js'));
  // A chunk every page loads is `start`, whatever it holds.
  const roleOf = (f) =>
    isWorker(f) ? 'worker' : start.has(f) ? 'start' : isMaplibre(f) || isMaplibreCss(f) ? 'map' : 'lazy';
  const all = files.map((f) => ({
    file: relative(dir, f),
    bytes: statSync(f).size,
    gzip: gzipSize(readFileSync(f)),
    role: roleOf(f),
  }));
  const sum = (roles) => all.filter((r) => roles.includes(r.role)).reduce((s, r) => s + r.gzip, 0);
  const maplibreChunk = files.find(isMaplibre);
  return {
    files: all,
    atStart: sum(['start']),
    withoutMap: sum(['start', 'lazy']),
    withMap: sum(['start', 'lazy', 'map', 'worker']),
    workerFile: all.some((r) => r.role === 'worker'),
    workerInlined: !!maplibreChunk && /data:text\/javascript;base64/.test(text(maplibreChunk)),
  };
}

/** Sizes of each element entry, Lit alone, everything but maplibre, maplibre itself, and the CDN folder. */
export async function measureSizes({ cdnDir } = {}) {
  const rows = [];
  const measured = async (entry, source, budget, options) => {
    const { bytes, gzip, onDemandGzip, chunks } = await bundle(source, options);
    return { entry, bytes, gzip, onDemandGzip, chunks, ...(budget === undefined ? {} : { budget }) };
  };
  rows.push(await measured('Lit alone (floor)', LIT_FLOOR, undefined, { inline: true }));
  const defines = existsSync('src/define') ? readdirSync('src/define').filter((f) => f.endsWith('.ts')) : [];
  for (const file of defines.sort()) {
    const name = file.replace(/\.ts$/, '');
    rows.push(await measured(`maillage/${name}`, join('src/define', file), BUDGETS[name]));
  }
  if (existsSync('src/all.ts'))
    rows.push(await measured('maillage/all (without maplibre-gl)', 'src/all.ts', BUDGETS.all));
  for (const file of ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css']) {
    const text = readFileSync(join('node_modules/maplibre-gl/dist', file));
    rows.push({ entry: `maplibre-gl: ${file}`, bytes: text.length, gzip: gzipSize(text) });
  }
  let cdn;
  if (cdnDir) {
    const built = buildCdn(cdnDir);
    cdn = built.error ? { error: built.error } : cdnSizes(built.dir);
    if (!cdn.error) {
      rows.push({ entry: 'CDN build: loaded by every page (maillage.js and its static imports)', gzip: cdn.atStart });
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
