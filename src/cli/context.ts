/** What every command receives: where to print, the language, and how to resolve paths. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Lang } from '../feed/text.js';
import { messages, type CliMessages } from './messages.js';

/** Where the tool writes; tests pass functions that collect the text. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Environment used for the default language (`LANG`…); `process.env` when absent. */
  env?: Record<string, string | undefined>;
  /** Directory relative paths are resolved from; `process.cwd()` when absent. */
  cwd?: string;
}

export interface CliContext {
  io: CliIo;
  lang: Lang;
  t: CliMessages;
  path(file: string): string;
}

/** A command line written wrongly: exit code 2, with this sentence. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export function makeContext(io: CliIo, lang: Lang): CliContext {
  const cwd = io.cwd ?? process.cwd();
  return { io, lang, t: messages[lang], path: (file) => resolve(cwd, file) };
}

/** The path of an input file, or a usage error saying it does not exist. */
export function inputFile(ctx: CliContext, file: string): string {
  const path = ctx.path(file);
  if (!existsSync(path)) throw new UsageError(ctx.t.usageFileMissing(file));
  return path;
}

/** A `YYYY-MM-DD` option value, checked. */
export function dateOption(ctx: CliContext, name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || isNaN(Date.parse(value)))
    throw new UsageError(ctx.t.usageBadDate(name, value));
  return value;
}

/** A non-negative number option value, checked. */
export function numberOption(
  ctx: CliContext,
  name: string,
  value: string | undefined,
  fallback: number,
  integer = true,
): number {
  if (value === undefined) return fallback;
  const parsed = Number(value.replace(',', '.'));
  if (!Number.isFinite(parsed) || parsed < 0 || (integer && !Number.isInteger(parsed)))
    throw new UsageError(ctx.t.usageBadNumber(name, value));
  return parsed;
}
