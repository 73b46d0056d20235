/**
 * A small command-line option reader: `--name value`, `--name=value`,
 * repeatable options, flags and positionals, with errors a person can act on.
 */

export type OptionKind = 'string' | 'boolean' | 'list';
export type OptionSpec = Record<string, OptionKind>;

export interface ParsedArgs {
  positionals: string[];
  strings: Record<string, string>;
  flags: Set<string>;
  lists: Record<string, string[]>;
}

export type ArgsErrorCode = 'unknown-option' | 'missing-value' | 'flag-with-value';

export class ArgsError extends Error {
  override readonly name = 'ArgsError';
  constructor(
    readonly code: ArgsErrorCode,
    readonly option: string,
    /** A known option close to an unknown one. */
    readonly suggestion?: string,
  ) {
    super(`${code}: --${option}`);
  }
}

/** Edit distance, for "did you mean --events?" (and for a theme written with a typo). */
export function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row[j]!;
      row[j] = next;
    }
  }
  return row[b.length]!;
}

export function parseArgs(argv: readonly string[], spec: OptionSpec): ParsedArgs {
  const out: ParsedArgs = { positionals: [], strings: {}, flags: new Set(), lists: {} };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      out.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      out.positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    const kind = spec[name];
    if (!kind) {
      const suggestion = Object.keys(spec)
        .map((k) => [k, distance(name, k)] as const)
        .filter(([, d]) => d <= 2)
        .sort((a, b) => a[1] - b[1])[0]?.[0];
      throw new ArgsError('unknown-option', name, suggestion);
    }
    if (kind === 'boolean') {
      if (eq !== -1) throw new ArgsError('flag-with-value', name);
      out.flags.add(name);
      continue;
    }
    let value: string | undefined;
    if (eq !== -1) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length && !argv[i + 1]!.startsWith('--')) value = argv[++i];
    if (value === undefined || value === '') throw new ArgsError('missing-value', name);
    if (kind === 'list') (out.lists[name] ??= []).push(value);
    else out.strings[name] = value;
  }
  return out;
}
