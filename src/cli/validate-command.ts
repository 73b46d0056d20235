/** `maillage validate FEED.json|URL`: every problem, where it is, and how to fix it. */
import { readFileSync } from 'node:fs';
import { parisDayKey, type Lang } from '../feed/text.js';
import type { OptionSpec, ParsedArgs } from './args.js';
import { checkFeedText, type FeedCheck, type Problem } from './check.js';
import { decodeWindows1252 } from './csv.js';
import { danglingTally, groupDangling, type DanglingGroup } from './dangling.js';
import { dateOption, inputFile, UsageError, type CliContext } from './context.js';
import { countItems, describeDanglingReferences, describeProblem } from './problem-messages.js';
import type { CliMessages } from './messages.js';

export const validateSpec: OptionSpec = { json: 'boolean', today: 'string' };

const isUrl = (s: string) => /^https?:\/\//i.test(s);

/** The short reason of a failed fetch (`ECONNREFUSED`, `ENOTFOUND`…), not a stack trace. */
const reasonOf = (e: unknown): string => {
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (e as Error).message;
};

/** The bytes of a feed from a file or an http(s) address; a problem when it cannot be had. */
async function readFeedBytes(ctx: CliContext, source: string): Promise<Uint8Array | Problem> {
  if (!isUrl(source)) return readFileSync(inputFile(ctx, source));
  const failed = (detail: string): Problem => ({
    severity: 'error',
    code: 'read-failed',
    pointer: '',
    params: { value: source, detail },
  });
  try {
    const response = await fetch(source, {
      signal: AbortSignal.timeout(30_000),
      headers: { accept: 'application/json' },
    });
    if (!response.ok) return failed(ctx.t.httpStatus(response.status));
    return new Uint8Array(await response.arrayBuffer());
  } catch (e) {
    const name = (e as Error).name;
    return failed(
      name === 'TimeoutError' || name === 'AbortError' ? ctx.t.timedOut : `${ctx.t.fetchFailed}, ${reasonOf(e)}`,
    );
  }
}

/** Decodes a feed; a file that is not UTF-8 is read as Windows-1252 with a warning. */
export function decodeFeed(bytes: Uint8Array): { text: string; problem?: Problem } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      text: decodeWindows1252(bytes),
      problem: { severity: 'warning', code: 'not-utf8', pointer: '', params: {}, line: 1, column: 1 },
    };
  }
}

/** A problem as JSON for machines: the sentences in the chosen language, and the raw parameters. */
export function problemJson(p: Problem, lang: Lang) {
  const d = describeProblem(p, lang);
  return {
    severity: p.severity,
    code: p.code,
    pointer: p.pointer,
    path: d.path,
    line: p.line,
    column: p.column,
    itemId: p.itemId,
    message: d.message,
    fix: d.fix,
    consequence: d.consequence,
    params: p.params,
  };
}

/** How a caller adapts the rendering: `maillage build` speaks of rows and columns. */
export interface ProblemTextOptions {
  /** Replaces "line L, column C". */
  where?: string;
  /** Replaces the sentence about a dropped item. */
  dropped?: string;
  /** Replaces the fix. */
  fix?: string;
}

/** The human rendering of one problem (a few lines, indented). */
export function problemText(p: Problem, lang: Lang, t: CliMessages, options: ProblemTextOptions = {}): string {
  const d = describeProblem(p, lang);
  const colon = lang === 'fr' ? ' : ' : ': ';
  const semi = lang === 'fr' ? ' ; ' : '; ';
  const head = [
    p.severity === 'error' ? t.error : t.warning,
    options.where ?? (p.line !== undefined ? t.lineColumn(p.line, p.column ?? 1) : undefined),
    p.pointer ? p.pointer : undefined,
    p.itemId !== undefined ? t.item(p.itemId) : undefined,
  ]
    .filter(Boolean)
    .join(' — ');
  const fix = options.fix ?? d.fix;
  const lines = [head, `  ${d.path}${colon}${d.message}${fix ? semi + fix : ''}`];
  const consequence = p.dropped && options.dropped ? options.dropped : d.consequence;
  if (consequence) lines.push(`  → ${consequence}`);
  return lines.join('\n');
}

/** How many references a gathered entry names; the rest are counted. Row numbers are short, so more of them. */
const SHOWN_PLACES = 3;
const SHOWN_ROWS = 10;

/** How a caller places the references of a gathered entry. */
export interface DanglingGroupTextOptions {
  /** Where each reference is, in order: `« cci-53 » (ligne 40, colonne 7)`, or a row number. */
  places: string[];
  /** Replaces the count of items in the first line (`organisations.csv, colonne « thèmes » — 12 lignes`). */
  where?: string;
  /** The references are spreadsheet rows, fixed in a cell. */
  rows?: boolean;
}

/** The human rendering of references to one missing id: the id once, how many, the fix, and the first few places. */
export function danglingGroupText(
  group: DanglingGroup<unknown>,
  lang: Lang,
  t: CliMessages,
  options: DanglingGroupTextOptions,
): string {
  const count = group.members.length;
  const { message, fix } = describeDanglingReferences({ ...group, count }, lang, options.rows);
  const colon = lang === 'fr' ? ' : ' : ': ';
  const semi = lang === 'fr' ? ' ; ' : '; ';
  const shown = options.places.slice(0, options.rows ? SHOWN_ROWS : SHOWN_PLACES);
  return [
    [group.severity === 'error' ? t.error : t.warning, options.where ?? countItems(group.list, count, lang)].join(
      ' — ',
    ),
    `  ${group.path}${colon}${message}${semi}${fix}`,
    `  ${options.rows ? t.listedRows : t.listedItems}${colon}${t.andMore(shown, count - shown.length, lang)}`,
  ].join('\n');
}

/** A gathered entry as JSON for machines: the sentences, and the pointers of its references (each also in `problems`). */
export function danglingGroupJson<T>(
  group: DanglingGroup<T>,
  pointerOf: (member: T) => string,
  lang: Lang,
  rows = false,
) {
  const pointers = group.members.map(pointerOf);
  const { message, fix } = describeDanglingReferences({ ...group, count: pointers.length }, lang, rows);
  return {
    severity: group.severity,
    code: 'dangling-reference',
    path: group.path,
    list: group.list,
    target: group.target,
    value: group.value,
    count: pointers.length,
    message,
    fix,
    pointers,
  };
}

export function reportCheck(ctx: CliContext, source: string, check: FeedCheck, json: boolean): number {
  const { problems } = check;
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const entries = groupDangling(problems, (p) => p);
  if (json) {
    ctx.io.stdout(
      JSON.stringify(
        {
          source,
          ok: problems.length === 0,
          errors,
          warnings,
          summary: check.summary,
          problems: problems.map((p) => problemJson(p, ctx.lang)),
          // References to one missing id, gathered as the text report shows them.
          groups: entries.flatMap((e) =>
            'group' in e ? [danglingGroupJson(e.group, (p) => p.pointer, ctx.lang)] : [],
          ),
        },
        null,
        2,
      ) + '\n',
    );
  } else {
    const { t, lang } = ctx;
    const tally = danglingTally(entries, (p) => p);
    const out: string[] = [
      problems.length
        ? t.problemsFound(source, problems.length, errors, warnings, lang, tally && t.danglingTally(tally, lang))
        : t.noProblem(source),
    ];
    const placeOf = (p: Problem) => {
      const where = p.line !== undefined ? t.lineColumn(p.line, p.column ?? 1) : undefined;
      return p.itemId !== undefined ? t.named(p.itemId, where) : (where ?? p.pointer);
    };
    for (const e of entries)
      out.push(
        '',
        'one' in e
          ? problemText(e.one, lang, t)
          : danglingGroupText(e.group, lang, t, { places: e.group.members.map(placeOf) }),
      );
    if (check.summary) out.push('', ctx.t.summary(check.summary, ctx.lang));
    ctx.io.stdout(out.join('\n') + '\n');
  }
  return problems.length ? 1 : 0;
}

export async function runValidate(ctx: CliContext, args: ParsedArgs): Promise<number> {
  const [source, extra] = args.positionals;
  if (!source) throw new UsageError(ctx.t.usageNeedFeed);
  if (extra) throw new UsageError(ctx.t.usageTooMany(extra));
  const today = dateOption(ctx, 'today', args.strings.today) ?? parisDayKey(new Date());
  const json = args.flags.has('json');
  const bytes = await readFeedBytes(ctx, source);
  if (!(bytes instanceof Uint8Array)) return reportCheck(ctx, source, { problems: [bytes] }, json);
  const { text, problem } = decodeFeed(bytes);
  const check = checkFeedText(text, { today });
  if (problem) check.problems.unshift(problem);
  return reportCheck(ctx, source, check, json);
}
