/**
 * `npm run analyze`: custom-elements.json from the JSDoc on the element
 * classes, with modules sorted by path so the file is the same on every
 * machine (the analyzer's file order follows the file system). `--check`
 * fails when the committed file is stale.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// The analyzer takes --outdir relative to the working directory.
const out = mkdtempSync('.cache-cem-');
try {
  execFileSync(
    'npx',
    ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', out, '--quiet'],
    {
      stdio: 'pipe',
    },
  );
  const manifest = JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8'));
  manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
  const text = JSON.stringify(manifest, null, 2) + '\n';
  if (process.argv.includes('--check')) {
    if (text !== readFileSync('custom-elements.json', 'utf8')) {
      console.error('custom-elements.json is stale: run `npm run analyze` and commit it.');
      process.exitCode = 1;
    } else console.log('custom-elements.json is up to date.');
  } else {
    writeFileSync('custom-elements.json', text);
    console.log('wrote custom-elements.json');
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
