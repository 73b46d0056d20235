/** Running the `maillage` tool as a function in unit tests, from the repository's root. */
import { fileURLToPath } from 'node:url';
import { main } from '../../../src/cli/index.js';

/** The repository's root, with a trailing slash. */
export const root = fileURLToPath(new URL('../../..', import.meta.url));

/** A file of tests/fixtures/cli/, relative to the root. */
export const fixture = (name: string) => `tests/fixtures/cli/${name}`;

/** Runs the tool with `argv`, collecting what it prints and its exit code. */
export async function runCli(argv: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    env,
    cwd: root,
  });
  return { code, stdout, stderr };
}
