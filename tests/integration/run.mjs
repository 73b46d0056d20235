/**
 * `npm run test:integration`: the package as people get it, in real headless
 * Chromium. Builds dist/, then checks
 *   - the one-file CDN build (every element; maplibre fetched only with a map),
 *   - CMS placeholders (`data-maillage`) and the iframe embed with auto-resize,
 *   - a page under a strict Content-Security-Policy (zero violations),
 *   - an aggressive host stylesheet (elements look the same) and a double load
 *     (one warning, working elements),
 *   - consumers of the packed tarball: a plain HTML page, a Vite app importing
 *     one element, and a React 19 app using the elements as JSX tags.
 * Ends with the line "N passed, N failed".
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';

const ROOT = resolve('.');
const results = [];
const quiet = { stdio: ['ignore', 'pipe', 'inherit'] };

async function check(name, fn) {
  try {
    await fn();
    results.push([name, null]);
    console.log(`  ✓ ${name}`);
  } catch (error) {
    results.push([name, error]);
    console.log(
      `  ✗ ${name}\n      ${String(error?.message ?? error)
        .split('\n')
        .join('\n      ')}`,
    );
  }
}
const assert = (cond, message) => {
  if (!cond) throw new Error(message);
};

// ---------- build ----------
console.log('Building the package…');
execFileSync('node', ['scripts/build.mjs'], quiet);

// ---------- a server with headers per path ----------
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; worker-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'";

/** Serves mount points (`/cdn/` → dist/cdn …); the CSP page gets the strict policy. */
async function serve(mounts) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const mount = Object.keys(mounts).find((m) => path.startsWith(m));
    const file = mount && normalize(join(mounts[mount], path.slice(mount.length) || 'index.html'));
    let body;
    try {
      body = file && file.startsWith(mounts[mount]) ? readFileSync(file) : undefined;
    } catch {
      body = undefined;
    }
    if (!body) return void res.writeHead(404).end('not found');
    const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
    if (path.endsWith('/csp.html')) headers['content-security-policy'] = STRICT_CSP;
    res.writeHead(200, headers).end(body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });

/** Opens a page and records console messages, page errors and requests. */
async function open(url, { width = 1100, height = 900 } = {}) {
  const context = await browser.newContext({
    viewport: { width, height },
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
  });
  const page = await context.newPage();
  const log = { console: [], errors: [], requests: [], failed: [] };
  page.on('console', (m) => log.console.push({ type: m.type(), text: m.text() }));
  page.on('pageerror', (e) => log.errors.push(e.message));
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('requestfailed', (r) => log.failed.push(r.url()));
  await page.goto(url, { waitUntil: 'load' });
  return { page, log, close: () => context.close() };
}

/** Waits until every maillage element on the page (and in iframes' documents) shows its content. */
const allReady = (page, timeout = 30_000) =>
  page.waitForFunction(
    () =>
      [...document.querySelectorAll('*')]
        .filter((e) => e.localName.startsWith('maillage-'))
        .every(
          (e) => e.shadowRoot && e.shadowRoot.childElementCount > 0 && !e.shadowRoot.querySelector('.state--loading'),
        ),
    null,
    { timeout },
  );

const shadowText = (page, selector) => page.$eval(selector, (e) => e.shadowRoot?.textContent ?? '');
const isMaplibre = (url) => /maplibre/i.test(url);

const site = await serve({
  '/cdn/': join(ROOT, 'dist/cdn'),
  '/dist/': join(ROOT, 'dist'),
  '/feeds/': join(ROOT, 'demo/feeds'),
  '/pages/': join(ROOT, 'tests/integration/pages'),
});

console.log('\nCDN build and embed modes');

await check('CDN build: one script defines every element; no maplibre request without a map', async () => {
  const { page, log, close } = await open(`${site.url}/pages/elements.html`);
  await allReady(page);
  for (const id of ['card', 'list', 'search', 'timeline', 'badge'])
    assert((await shadowText(page, `#${id}`)).trim().length > 20, `#${id} shows nothing`);
  await page.waitForTimeout(500);
  assert(!log.requests.some(isMaplibre), `maplibre requested: ${log.requests.filter(isMaplibre).join(', ')}`);
  assert(log.errors.length === 0, `page errors: ${log.errors.join(' | ')}`);
  await close();
});

await check('CDN build: a map fetches the maplibre chunk and draws', async () => {
  const { page, log, close } = await open(`${site.url}/pages/map.html`);
  await page.waitForFunction(() => document.querySelector('#map')?.shadowRoot?.querySelector('canvas, svg'), null, {
    timeout: 30_000,
  });
  assert(log.requests.some(isMaplibre), 'maplibre chunk was not requested');
  assert(log.errors.length === 0, `page errors: ${log.errors.join(' | ')}`);
  await close();
});

await check(
  'CMS placeholders: data-maillage divs become elements, keeping attributes and the fallback link',
  async () => {
    const { page, log, close } = await open(`${site.url}/pages/placeholders.html`);
    await page.waitForSelector('maillage-event-timeline');
    await allReady(page);
    const info = await page.$eval('maillage-event-timeline', (e) => ({
      src: e.getAttribute('src'),
      when: e.getAttribute('when'),
      limit: e.getAttribute('limit'),
      cls: e.className,
      link: e.querySelector('a')?.getAttribute('href'),
    }));
    assert(info.src === '/feeds/ailb.json' && info.when === 'all' && info.limit === '3', JSON.stringify(info));
    assert(info.cls === 'agenda' && info.link === 'https://example.org/agenda', JSON.stringify(info));
    assert(
      await page.$('maillage-partner-search[theme="innovation-numerique"]'),
      'partner search placeholder not upgraded',
    );
    assert(
      log.console.some((m) => m.type === 'warning' && m.text.includes('nope')),
      'no warning for an unknown placeholder',
    );
    await close();
  },
);

await check('iframe embed: embed.html shows the element and the resizer sets the iframe height', async () => {
  const { page, log, close } = await open(`${site.url}/pages/iframe.html`);
  const frame = page.frames().find((f) => f.url().includes('embed.html'));
  await frame.waitForFunction(
    () => document.querySelector('maillage-event-timeline')?.shadowRoot?.querySelector('time'),
    null,
    { timeout: 30_000 },
  );
  await page.waitForFunction(() => parseInt(document.querySelector('#frame').style.height) > 200, null, {
    timeout: 10_000,
  });
  assert((await frame.title()).length > 0, 'embed page has no title');
  assert(log.errors.length === 0, `page errors: ${log.errors.join(' | ')}`);
  await close();
});

await check('strict CSP: every element, the map included, works with zero violations', async () => {
  const { page, log, close } = await open(`${site.url}/pages/csp.html`);
  await allReady(page);
  await page.waitForFunction(
    () => document.querySelector('maillage-epci-map')?.shadowRoot?.querySelector('canvas, svg'),
    null,
    { timeout: 30_000 },
  );
  await page.waitForTimeout(1500);
  const violations = await page.evaluate(() => window.cspViolations);
  const consoleCsp = log.console.filter((m) => /Content Security Policy/i.test(m.text));
  assert(
    violations.length === 0 && consoleCsp.length === 0,
    `CSP violations: ${[...violations, ...consoleCsp.map((m) => m.text)].join(' | ')}`,
  );
  assert(log.errors.length === 0, `page errors: ${log.errors.join(' | ')}`);
  await close();
});

// ---------- hostile host CSS and double load ----------
const COMPARED = [
  ['maillage-cooperation-card', 'src="/feeds/leader-2024.json" request="leader-2024-pays-du-mans-biodiversite"'],
  ['maillage-event-timeline', 'src="/feeds/ailb.json" when="all" limit="3"'],
  ['maillage-marque-badge', 'src="/feeds/mayenne.json" partner="laval-virtual-center"'],
  ['maillage-partner-search', 'src="/feeds/mayenne.json"'],
];
const comparePage = (
  hostile,
) => `<!doctype html><html lang="fr"${hostile ? ' dir="rtl"' : ''}><head><meta charset="utf-8"><title>compare</title>
<script type="module" src="/cdn/maillage.js"></script><link rel="stylesheet" href="/pages/page.css">${hostile ? '<link rel="stylesheet" href="/pages/hostile.css">' : ''}
</head><body><main>${COMPARED.map(([tag, attrs]) => `<section style="width:700px;display:block"><${tag} ${attrs}></${tag}></section>`).join('')}</main></body></html>`;
const tmpPages = mkdtempSync(join(tmpdir(), 'maillage-pages-'));
writeFileSync(join(tmpPages, 'normal.html'), comparePage(false));
writeFileSync(join(tmpPages, 'hostile.html'), comparePage(true));
const pagesServer = await serve({
  '/cdn/': join(ROOT, 'dist/cdn'),
  '/feeds/': join(ROOT, 'demo/feeds'),
  '/pages/': join(ROOT, 'tests/integration/pages'),
  '/tmp/': tmpPages,
});

/** Share of pixels that differ between two PNG screenshots (compared on a canvas in the browser). */
async function pixelDifference(a, b) {
  const { page, close } = await open(`${pagesServer.url}/pages/page.css`);
  const diff = await page.evaluate(
    async ([a64, b64]) => {
      const load = async (b) => createImageBitmap(await (await fetch(`data:image/png;base64,${b}`)).blob());
      const [ia, ib] = await Promise.all([load(a64), load(b64)]);
      const w = Math.max(ia.width, ib.width);
      const h = Math.max(ia.height, ib.height);
      const pixels = (img) => {
        const c = new OffscreenCanvas(w, h);
        const ctx = c.getContext('2d');
        ctx.fillStyle = '#fff';
        ctx.fillRect(0, 0, w, h);
        ctx.drawImage(img, 0, 0);
        return ctx.getImageData(0, 0, w, h).data;
      };
      const pa = pixels(ia);
      const pb = pixels(ib);
      let differing = 0;
      for (let i = 0; i < pa.length; i += 4)
        if (Math.abs(pa[i] - pb[i]) + Math.abs(pa[i + 1] - pb[i + 1]) + Math.abs(pa[i + 2] - pb[i + 2]) > 48)
          differing++;
      return { share: differing / (w * h), sizes: [ia.width, ia.height, ib.width, ib.height] };
    },
    [a.toString('base64'), b.toString('base64')],
  );
  await close();
  return diff;
}

await check(
  'aggressive host CSS (10px root, line-height 3, flex divs, button{all:unset}, RTL): elements look the same',
  async () => {
    const normal = await open(`${pagesServer.url}/tmp/normal.html`);
    const hostile = await open(`${pagesServer.url}/tmp/hostile.html`);
    await Promise.all([allReady(normal.page), allReady(hostile.page)]);
    await Promise.all([normal.page.waitForTimeout(400), hostile.page.waitForTimeout(400)]);
    const problems = [];
    for (const [tag] of COMPARED) {
      const [a, b] = await Promise.all([normal.page.locator(tag).screenshot(), hostile.page.locator(tag).screenshot()]);
      const { share, sizes } = await pixelDifference(a, b);
      const detail = `${tag}: ${(share * 100).toFixed(2)} % of pixels differ, sizes ${sizes.join('×')}`;
      console.log(`      ${detail}`);
      if (share > 0.02 || Math.abs(sizes[1] - sizes[3]) > 4) problems.push(detail);
    }
    await normal.close();
    await hostile.close();
    assert(problems.length === 0, problems.join('\n'));
  },
);

// The npm build bundled by a page author's bundler, loaded on a page that also has the CDN build.
execFileSync(
  'npx',
  [
    'esbuild',
    'dist/all.js',
    '--bundle',
    '--format=esm',
    `--outfile=${join(tmpPages, 'npm-bundle.js')}`,
    '--log-level=error',
  ],
  quiet,
);
writeFileSync(
  join(tmpPages, 'double.html'),
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>double</title>
<script type="module" src="/cdn/maillage.js"></script><script type="module" src="/tmp/npm-bundle.js"></script></head>
<body><main><maillage-event-timeline src="/feeds/ailb.json" when="all" limit="2"></maillage-event-timeline>
<maillage-marque-badge src="/feeds/mayenne.json" partner="laval-virtual-center"></maillage-marque-badge></main></body></html>`,
);

await check('bundle loaded twice (CDN + npm build): one warning, no exception, working elements', async () => {
  const { page, log, close } = await open(`${pagesServer.url}/tmp/double.html`);
  await allReady(page);
  await page.waitForTimeout(300);
  const warnings = log.console.filter((m) => m.type === 'warning' && m.text.includes('loaded twice'));
  assert(warnings.length === 1, `expected exactly one double-load warning, got ${warnings.length}`);
  assert(log.errors.length === 0, `page errors: ${log.errors.join(' | ')}`);
  assert((await shadowText(page, 'maillage-event-timeline')).length > 20, 'timeline shows nothing');
  await close();
});

// ---------- consumers of the packed tarball ----------
console.log('\nConsumers of the npm tarball');
const work = mkdtempSync(join(tmpdir(), 'maillage-consumers-'));
const packed = execFileSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', work], {
  encoding: 'utf8',
})
  .trim()
  .split('\n')
  .pop();
const tarball = join(work, packed);

await check('npm pack: the tarball holds dist, schema, custom-elements.json, bin and no tests or stories', async () => {
  const list = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n');
  for (const needed of [
    'package/dist/index.js',
    'package/dist/index.d.ts',
    'package/dist/cdn/maillage.js',
    'package/schema/feed.schema.json',
    'package/custom-elements.json',
    'package/dist/define/event-timeline.js',
  ])
    assert(list.includes(needed), `missing ${needed}`);
  const manifest = JSON.parse(execFileSync('tar', ['-xOzf', tarball, 'package/package.json'], { encoding: 'utf8' }));
  assert(
    manifest.customElements && list.includes(`package/${manifest.customElements}`),
    `package.json "customElements" points at a file not in the package: ${manifest.customElements}`,
  );
  const unwanted = list.filter((f) => /^package\/(tests|stories|demo|bench|data|scripts|src)\//.test(f));
  assert(unwanted.length === 0, `should not ship: ${unwanted.slice(0, 5).join(', ')}`);
});

await check('publint and arethetypeswrong (ESM-only profile) find no problem in the package', async () => {
  execFileSync('npx', ['publint', '--strict'], quiet);
  execFileSync('npx', ['attw', tarball, '--profile', 'esm-only'], quiet);
});

const app = join(work, 'app');
mkdirSync(app);
writeFileSync(
  join(app, 'package.json'),
  JSON.stringify(
    {
      name: 'consumer',
      private: true,
      type: 'module',
      dependencies: { maillage: `file:${tarball}`, react: '^19', 'react-dom': '^19', vite: readDevVersion('vite') },
    },
    null,
    2,
  ),
);
function readDevVersion(name) {
  return JSON.parse(readFileSync('package.json', 'utf8')).devDependencies[name];
}
execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], {
  cwd: app,
  ...quiet,
});
cpSync(join(ROOT, 'demo/feeds'), join(app, 'public-feeds'), { recursive: true });

// A plain HTML page using the CDN build from node_modules.
mkdirSync(join(app, 'plain'));
writeFileSync(
  join(app, 'plain/index.html'),
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>plain</title>
<script type="module" src="/node_modules/maillage/dist/cdn/maillage.js"></script></head>
<body><maillage-event-timeline src="/public-feeds/ailb.json" when="all" limit="3"></maillage-event-timeline></body></html>`,
);

// A Vite app importing one element.
const viteApp = join(app, 'vite-app');
mkdirSync(join(viteApp, 'public'), { recursive: true });
cpSync(join(ROOT, 'demo/feeds'), join(viteApp, 'public/feeds'), { recursive: true });
writeFileSync(
  join(viteApp, 'index.html'),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>vite</title><script type="module" src="./main.js"></script></head><body><maillage-marque-badge id="b" src="/feeds/mayenne.json"></maillage-marque-badge></body></html>`,
);
writeFileSync(join(viteApp, 'main.js'), `import 'maillage/marque-badge';\n`);

// A React 19 app using the elements as JSX tags, with a property and an event.
const reactApp = join(app, 'react-app');
mkdirSync(join(reactApp, 'public'), { recursive: true });
cpSync(join(ROOT, 'demo/feeds'), join(reactApp, 'public/feeds'), { recursive: true });
writeFileSync(
  join(reactApp, 'index.html'),
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>react</title><script type="module" src="./main.jsx"></script></head><body><div id="root"></div></body></html>`,
);
writeFileSync(
  join(reactApp, 'main.jsx'),
  `import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'maillage/event-timeline';
import 'maillage/cooperation-list';

function App() {
  const [feed, setFeed] = useState(null);
  const [selected, setSelected] = useState('');
  useEffect(() => { fetch('/feeds/ailb.json').then((r) => r.json()).then(setFeed); }, []);
  if (!feed) return <p>…</p>;
  return (
    <main>
      <p id="selected">{selected}</p>
      <maillage-event-timeline id="timeline" feed={feed} when="all" limit="4" onmaillage-select={(e) => setSelected(e.detail.kind + ':' + e.detail.id)} />
      <maillage-cooperation-list src="/feeds/leader-2024.json" />
    </main>
  );
}
createRoot(document.getElementById('root')).render(<App />);
`,
);
for (const dir of [viteApp, reactApp])
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', 'dist'], { cwd: dir, ...quiet });

const consumers = await serve({
  '/node_modules/': join(app, 'node_modules'),
  '/public-feeds/': join(app, 'public-feeds'),
  '/plain/': join(app, 'plain'),
  '/vite/': join(viteApp, 'dist'),
  '/react/': join(reactApp, 'dist'),
});
// The Vite and React builds use absolute /assets and /feeds paths: give each its own server root.
const viteServer = await serve({ '/': join(viteApp, 'dist') });
const reactServer = await serve({ '/': join(reactApp, 'dist') });

await check('consumer: a plain HTML page with the CDN build from node_modules', async () => {
  const { page, log, close } = await open(`${consumers.url}/plain/index.html`);
  await allReady(page);
  assert((await shadowText(page, 'maillage-event-timeline')).length > 20, 'timeline shows nothing');
  assert(log.errors.length === 0, `page errors: ${log.errors.join(' | ')}`);
  await close();
});

await check(
  'consumer: a Vite app importing maillage/marque-badge only (no other element, no maplibre in its build)',
  async () => {
    const { page, log, close } = await open(`${viteServer.url}/index.html`);
    await allReady(page);
    assert((await shadowText(page, '#b')).length > 5, 'badge shows nothing');
    const defined = await page.evaluate(() =>
      ['maillage-marque-badge', 'maillage-epci-map', 'maillage-partner-search'].map((t) => !!customElements.get(t)),
    );
    assert(JSON.stringify(defined) === '[true,false,false]', `defined: ${defined}`);
    const assets = readdirSync(join(viteApp, 'dist/assets')).map((f) =>
      readFileSync(join(viteApp, 'dist/assets', f), 'utf8'),
    );
    assert(!assets.some((a) => a.includes('maplibre')), 'maplibre-gl ended up in a badge-only build');
    assert(log.errors.length === 0, `page errors: ${log.errors.join(' | ')}`);
    await close();
  },
);

await check('consumer: a React 19 app sets the feed property and hears maillage-select', async () => {
  const { page, log, close } = await open(`${reactServer.url}/index.html`);
  await page.waitForSelector('#timeline');
  await allReady(page);
  assert((await shadowText(page, '#timeline')).length > 20, 'timeline shows nothing');
  const clicked = await page.evaluate(() => {
    const root = document.querySelector('#timeline').shadowRoot;
    const target = root.querySelector('button.event__toggle');
    target?.click();
    return !!target;
  });
  assert(clicked, 'no selectable event in the timeline');
  await page.waitForFunction(() => document.querySelector('#selected').textContent.startsWith('event:'), null, {
    timeout: 5000,
  });
  assert(log.errors.length === 0, `page errors: ${log.errors.join(' | ')}`);
  await close();
});

await Promise.all([site, pagesServer, consumers, viteServer, reactServer].map((s) => s.close()));
await browser.close();
rmSync(work, { recursive: true, force: true });
rmSync(tmpPages, { recursive: true, force: true });

const failed = results.filter(([, e]) => e).length;
console.log(`\n${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
