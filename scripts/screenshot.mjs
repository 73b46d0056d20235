/**
 * Looks at a page the way a person would: serves the repo with Vite, opens the
 * page in headless Debian Chromium and saves a PNG.
 *
 *   node scripts/screenshot.mjs demo/index.html out.png [--width 1200] [--height 800] [--full]
 *        [--wait 'css selector'] [--delay ms] [--dark] [--no-webgl] [--lang en]
 *
 * Prints the page's console errors and any request that left localhost.
 */
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const [page_, out, ...rest] = process.argv.slice(2);
if (!page_ || !out) {
  console.error('usage: node scripts/screenshot.mjs <page path, e.g. demo/index.html> <out.png> [options]');
  process.exit(2);
}
const opt = (name, fallback) => {
  const i = rest.indexOf(`--${name}`);
  return i === -1 ? fallback : rest[i + 1];
};
const flag = (name) => rest.includes(`--${name}`);

const server = await createServer({
  configFile: 'vite.config.ts',
  logLevel: 'error',
  server: { port: 0, host: '127.0.0.1' },
});
await server.listen();
const base = server.resolvedUrls.local[0];
const args = [...CHROMIUM_ARGS, ...(flag('no-webgl') ? ['--disable-webgl', '--disable-webgl2'] : [])];
const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args });
try {
  const context = await browser.newContext({
    viewport: { width: Number(opt('width', 1200)), height: Number(opt('height', 800)) },
    colorScheme: flag('dark') ? 'dark' : 'light',
    locale: opt('lang', 'fr') === 'en' ? 'en-GB' : 'fr-FR',
    timezoneId: 'Europe/Paris',
  });
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && console.log(`console error: ${m.text()}`));
  page.on('pageerror', (e) => console.log(`page error: ${e.message}`));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol))
      console.log(`request left the machine: ${r.url()}`);
  });
  await page.goto(base + page_.replace(/^\//, ''), { waitUntil: 'networkidle' });
  if (opt('wait')) await page.waitForSelector(opt('wait'), { timeout: 15_000 });
  await page.waitForTimeout(Number(opt('delay', 300)));
  await page.screenshot({ path: out, fullPage: flag('full') });
  console.log(`saved ${out}`);
} finally {
  await browser.close();
  await server.close();
}
