/**
 * `maillage`: the feed tool. `main(argv, io)` runs one command and resolves
 * to its exit code (0 all good, 1 problems found, 2 command written wrongly);
 * `bin/maillage.mjs` calls it with the real process streams.
 */
import { readFileSync } from 'node:fs';
import { toLang, type Lang } from '../feed/text.js';
import { ArgsError, parseArgs, type OptionSpec, type ParsedArgs } from './args.js';
import { buildSpec, runBuild } from './build-command.js';
import { makeContext, UsageError, type CliContext, type CliIo } from './context.js';
import type { CliMessages } from './messages.js';
import { outlinesSpec, runOutlines } from './outlines-command.js';
import { runSynth, synthSpec } from './synth-command.js';
import { runValidate, validateSpec } from './validate-command.js';

export type { CliIo } from './context.js';
export { checkFeedText, checkFeedDocument, type Problem, type FeedCheck } from './check.js';
export { synthFeed, type SynthOptions } from './synth.js';

interface Command {
  spec: OptionSpec;
  help: keyof CliMessages;
  run(ctx: CliContext, args: ParsedArgs): Promise<number> | number;
}

const COMMANDS: Record<string, Command> = {
  validate: { spec: validateSpec, help: 'helpValidate', run: runValidate },
  build: { spec: buildSpec, help: 'helpBuild', run: runBuild },
  outlines: { spec: outlinesSpec, help: 'helpOutlines', run: runOutlines },
  synth: { spec: synthSpec, help: 'helpSynth', run: runSynth },
};

const COMMON: OptionSpec = { lang: 'string', help: 'boolean', version: 'boolean' };

/** The language asked on the command line, else the environment's (`LC_ALL`, `LC_MESSAGES`, `LANG`). */
function pickLang(argv: readonly string[], env: Record<string, string | undefined>): Lang | { bad: string } {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i !== -1) {
    const value = argv[i]!.includes('=') ? argv[i]!.slice(7) : (argv[i + 1] ?? '');
    if (!/^(fr|en)([-_].*)?$/i.test(value)) return { bad: value };
    return toLang(value);
  }
  // POSIX locales write en_GB.UTF-8; toLang reads BCP 47 tags (en-GB).
  return toLang((env.LC_ALL || env.LC_MESSAGES || env.LANG || '').replace(/_/g, '-'));
}

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version?: string;
    };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

function argsMessage(t: CliMessages, e: ArgsError): string {
  if (e.code === 'unknown-option') return t.usageUnknownOption(e.option, e.suggestion);
  if (e.code === 'missing-value') return t.usageMissingValue(e.option);
  return t.usageFlagWithValue(e.option);
}

/** Runs the tool; resolves to the exit code. Never throws for a user mistake. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const picked = pickLang(argv, io.env ?? process.env);
  const lang: Lang = typeof picked === 'string' ? picked : 'fr';
  const ctx = makeContext(io, lang);
  const { t } = ctx;
  const usage = (message: string, command = '') => {
    io.stderr(`maillage: ${message}\n${t.usageHint(command ? command + ' ' : '')}\n`);
    return 2;
  };
  if (typeof picked !== 'string') return usage(t.usageBadLang(picked.bad));

  const [name, ...rest] = argv.filter(
    (a, i) => !(a === '--lang' && i + 1 < argv.length) && !(argv[i - 1] === '--lang' && i > 0),
  );
  if (name === undefined) {
    io.stderr(t.help + '\n');
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? COMMANDS[rest[0] ?? ''] : undefined;
    io.stdout((topic ? (t[topic.help] as string) : t.help) + '\n');
    return 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(t.version(packageVersion()) + '\n');
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    const suggestion = Object.keys(COMMANDS).find(
      (c) => c.startsWith(name.slice(0, 3)) || name.startsWith(c.slice(0, 3)),
    );
    return usage(name.startsWith('-') ? t.usageNoCommand : t.usageUnknownCommand(name, suggestion));
  }
  let args: ParsedArgs;
  try {
    args = parseArgs(
      rest.filter((a) => !a.startsWith('--lang=')),
      { ...COMMON, ...command.spec },
    );
  } catch (e) {
    if (e instanceof ArgsError) return usage(argsMessage(t, e), name);
    throw e;
  }
  if (args.flags.has('help')) {
    io.stdout((t[command.help] as string) + '\n');
    return 0;
  }
  try {
    return await command.run(ctx, args);
  } catch (e) {
    if (e instanceof UsageError) return usage(e.message, name);
    // A file that cannot be read or written (no such folder, no permission): say so, no stack trace.
    const errno = e as NodeJS.ErrnoException;
    if (errno.code && errno.syscall) {
      io.stderr(`maillage: ${t.fileError(errno.path ?? '', errno.code)}\n`);
      return 1;
    }
    throw e;
  }
}
