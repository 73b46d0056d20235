/**
 * Opens a built Storybook (`npx storybook build -o DIR`) from a local server in headless Chromium and reports
 * every request that leaves 127.0.0.1, every failed request and every console error, for the manager, each
 * docs page and a few stories. Exits 1 if any request leaves the machine.
 *
 *   node stories/check-static.mjs [DIR=storybook-static] [--shots OUT_DIR] [--width 1280]
 *
 * With --shots, it also saves the top of each docs page and its API table as images to look at.
 */
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const shots = option('--shots');
const width = Number(option('--width') ?? 1280);
const root = resolve(args[0] ?? 'storybook-static');
if (!existsSync(join(root, 'index.json'))) {
  console.error(`${root} holds no built Storybook (no index.json): run npx storybook build -o ${root}`);
  process.exit(2);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.geojson': 'application/geo+json',
};
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!file.startsWith(root) || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${server.address().port}/`;

const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const entries = Object.values(index.entries);
const docs = entries.filter((e) => e.type === 'docs').map((e) => e.id);
// One story per element and the Composer: enough to load every chunk the stories use.
const stories = [...new Map(entries.filter((e) => e.type === 'story').map((e) => [e.title, e.id])).values()];

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width, height: 900 } });
const remote = new Set();
const failed = [];
const errors = [];
page.on('request', (r) => {
  const url = new URL(r.url());
  if (!['data:', 'blob:', 'about:'].includes(url.protocol) && url.hostname !== '127.0.0.1') remote.add(r.url());
});
page.on('requestfailed', (r) => {
  if (!r.url().includes('never-answers')) failed.push(`${r.url()} (${r.failure()?.errorText})`);
});
page.on('response', (r) => {
  if (r.status() >= 400) failed.push(`${r.url()} (HTTP ${r.status()}, on ${page.url().replace(base, '')})`);
});
// "Failed to load resource" repeats a failed response, listed above with its address.
page.on('console', (m) => {
  if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
    errors.push(`${page.url().replace(base, '')}: ${m.text()}`);
});
page.on('pageerror', (e) => errors.push(`${page.url().replace(base, '')}: ${e.message}`));

const visit = async (path, wait = 2500) => {
  try {
    // A busy machine can take long to load the manager: wait, and note a page that never loads.
    await page.goto(base + path, { waitUntil: 'load', timeout: 90_000 });
  } catch (error) {
    errors.push(`${path}: not loaded (${error.message.split('\n')[0]})`);
  }
  await page.waitForTimeout(wait);
};
await visit('index.html', 3000);
await visit('index.html?path=/docs/introduction--docs', 2000);
if (shots) mkdirSync(shots, { recursive: true });
for (const id of docs) {
  await visit(`iframe.html?viewMode=docs&id=${id}`, 4000);
  if (shots) {
    // The top of the page (introduction, first story) and the API tables, each as its own image.
    await page.screenshot({
      path: join(shots, `${id}.png`),
      fullPage: true,
      clip: { x: 0, y: 0, width, height: 1800 },
    });
    const table = page.locator('.docblock-argstable').first();
    if (await table.count()) await table.screenshot({ path: join(shots, `${id}--api.png`) });
  }
}
for (const id of stories) await visit(`iframe.html?viewMode=story&id=${id}`, 2500);
await visit(`index.html?path=/docs/${docs.find((d) => d.includes('epci-map')) ?? docs[0]}`, 4000);

await browser.close();
server.close();
console.log(`Opened ${docs.length} docs pages and ${stories.length} stories from ${root}.`);
for (const url of remote) console.log(`REMOTE ${url}`);
for (const f of failed) console.log(`FAILED ${f}`);
for (const e of errors) console.log(`CONSOLE ${e}`);
console.log(remote.size ? `${remote.size} request(s) left the machine.` : 'No request left the machine.');
process.exit(remote.size ? 1 : 0);
