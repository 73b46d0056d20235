/**
 * Fails when a generated file is stale: the JSON Schema and the browser's
 * validators (both from src/feed/schema.ts) and custom-elements.json (from the JSDoc on the element classes).
 */
import { execFileSync } from 'node:child_process';

let failed = false;
for (const args of [
  ['tsx', 'scripts/build-schema.ts', '--check'],
  ['tsx', 'scripts/build-checks.ts', '--check'],
  ['node', 'scripts/analyze.mjs', '--check'],
]) {
  try {
    execFileSync(args[0] === 'node' ? 'node' : 'npx', args[0] === 'node' ? args.slice(1) : args, { stdio: 'inherit' });
  } catch {
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
