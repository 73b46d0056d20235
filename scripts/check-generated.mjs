/**
 * Fails when a generated file is stale: the JSON Schema (from src/feed/schema.ts)
 * and custom-elements.json (from the JSDoc on the element classes).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

let failed = false;

try {
  execFileSync('npx', ['tsx', 'scripts/build-schema.ts', '--check'], { stdio: 'inherit' });
} catch {
  failed = true;
}

// The analyzer takes --outdir relative to the working directory.
const out = mkdtempSync('.cache-cem-');
execFileSync('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', out, '--quiet'], {
  stdio: 'pipe',
});
const fresh = readFileSync(join(out, 'custom-elements.json'), 'utf8');
rmSync(out, { recursive: true, force: true });
if (fresh !== readFileSync('custom-elements.json', 'utf8')) {
  console.error('custom-elements.json is stale: run `npm run analyze` and commit it.');
  failed = true;
} else {
  console.log('custom-elements.json is up to date.');
}
process.exit(failed ? 1 : 0);
