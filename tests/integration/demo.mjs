/**
 * `npm run test:demo`: every demo page, as a visitor opens it, in headless
 * Chromium at 390 px and 1280 px: zero console errors, zero failed requests,
 * nothing fetched from outside this machine, zero axe violations; and on the
 * AILB page, choosing an EPCI narrows the agenda and the directory.
 * Ends with the line "N passed, N failed".
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';

const PAGES = ['index.html', 'commune.html', 'marque-mayenne.html', 'reseau-ailb.html', 'foire-leader.html'];
const results = [];
const assert = (cond, message) => {
  if (!cond) throw new Error(message);
};
async function check(name, fn) {
  try {
    await fn();
    results.push(true);
    console.log(`  ✓ ${name}`);
  } catch (error) {
    results.push(false);
    console.log(
      `  ✗ ${name}\n      ${String(error?.message ?? error)
        .split('\n')
        .join('\n      ')}`,
    );
  }
}

const server = await createServer({
  configFile: 'vite.config.ts',
  logLevel: 'error',
  server: { port: 0, host: '127.0.0.1' },
});
await server.listen();
const base = `${server.resolvedUrls.local[0]}demo/`;
const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

async function open(path, width) {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
  });
  const page = await context.newPage();
  const log = { errors: [], failed: [], outside: [] };
  page.on('console', (m) => m.type() === 'error' && log.errors.push(m.text()));
  page.on('pageerror', (e) => log.errors.push(e.message));
  page.on('requestfailed', (r) => log.failed.push(r.url()));
  page.on('response', (r) => r.status() >= 400 && log.failed.push(`${r.status()} ${r.url()}`));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol))
      log.outside.push(r.url());
  });
  await page.goto(base + path, { waitUntil: 'networkidle' });
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('*')]
        .filter((e) => e.localName.startsWith('maillage-'))
        .every((e) => e.shadowRoot?.childElementCount && !e.shadowRoot.querySelector('.state--loading')),
    null,
    { timeout: 30_000 },
  );
  await page.waitForTimeout(800);
  return { page, log, close: () => context.close() };
}

for (const path of PAGES)
  for (const width of [390, 1280])
    await check(
      `${path} at ${width} px: no console error, no failed or outside request, no axe violation`,
      async () => {
        const { page, log, close } = await open(path, width);
        await page.addScriptTag({ content: axeSource });
        const violations = await page.evaluate(async () => {
          const result = await window.axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
          });
          return result.violations.map(
            (v) =>
              `${v.id}: ${v.help} (${v.nodes
                .map((n) => JSON.stringify(n.target))
                .slice(0, 3)
                .join(', ')})`,
          );
        });
        await close();
        assert(log.errors.length === 0, `console errors: ${log.errors.slice(0, 5).join(' | ')}`);
        assert(log.failed.length === 0, `failed requests: ${log.failed.slice(0, 5).join(' | ')}`);
        assert(log.outside.length === 0, `requests outside this machine: ${log.outside.slice(0, 5).join(' | ')}`);
        assert(violations.length === 0, `axe: ${violations.join('\n')}`);
      },
    );

await check('reseau-ailb.html: choosing an EPCI in the map narrows the agenda and the directory', async () => {
  const { page, close } = await open('reseau-ailb.html', 1280);
  const count = (id, selector) => page.$eval(id, (e, s) => e.shadowRoot.querySelectorAll(s).length, selector);
  const eventsBefore = await count('#calendrier', 'time');
  // Through the map's accessible list of territories, as a keyboard user would.
  await page.evaluate(() => {
    const map = document.querySelector('#carte').shadowRoot;
    const toggle = [...map.querySelectorAll('button')].find((b) => /liste/i.test(b.textContent));
    toggle?.click();
  });
  await page.waitForTimeout(300);
  const chosen = await page.evaluate(() => {
    const map = document.querySelector('#carte').shadowRoot;
    const button = [...map.querySelectorAll('table button, [role=table] button, li button')].find((b) =>
      /Redon/.test(b.textContent),
    );
    button?.click();
    return button?.textContent ?? null;
  });
  assert(chosen, 'no "Redon Agglomération" button in the map’s list of territories');
  await page.waitForTimeout(800);
  const eventsAfter = await count('#calendrier', 'time');
  const searchText = await page.$eval('#annuaire', (e) => e.shadowRoot.textContent);
  await close();
  assert(
    eventsAfter > 0 && eventsAfter < eventsBefore,
    `agenda did not narrow: ${eventsBefore} → ${eventsAfter} dates`,
  );
  assert(/Redon/.test(searchText), 'the directory does not show the chosen EPCI as a filter');
});

await browser.close();
await server.close();
const failed = results.filter((r) => !r).length;
console.log(`\n${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
