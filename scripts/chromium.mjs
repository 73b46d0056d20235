/**
 * Finds Debian's Chromium (or another Chromium the machine has). Tests and the
 * benchmark never download a browser: this machine cannot, and should not.
 */
import { existsSync } from 'node:fs';

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** Path of a Chromium binary, or undefined. */
export function findChromium() {
  return CANDIDATES.find((p) => p && existsSync(p));
}

/** The flags proven to work here (TOOLCHAIN.md), less `--headless` which Playwright adds: WebGL2 via SwiftShader, no background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-unsafe-swiftshader',
  '--disable-dev-shm-usage',
];
