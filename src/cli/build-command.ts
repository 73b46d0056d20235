/** `maillage build`: spreadsheets (CSV) and JSON parts → one validated feed. */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parisDayKey } from '../feed/text.js';
import type { OptionSpec, ParsedArgs } from './args.js';
import { buildFeed, type BuildNote, type CsvInput, type LocatedProblem } from './build.js';
import type { CsvListKey } from './columns.js';
import { dateOption, inputFile, UsageError, type CliContext } from './context.js';
import type { CliMessages } from './messages.js';
import { truncate } from './check.js';
import { danglingTally, groupDangling, type DanglingGroup } from './dangling.js';
import { countItems } from './problem-messages.js';
import { danglingGroupJson, danglingGroupText, problemJson, problemText } from './validate-command.js';

export const buildSpec: OptionSpec = {
  themes: 'list',
  brands: 'list',
  organisations: 'list',
  events: 'list',
  requests: 'list',
  territories: 'list',
  base: 'list',
  out: 'string',
  'network-id': 'string',
  'network-name': 'string',
  today: 'string',
  json: 'boolean',
};

// The lists others refer to come first, so the report reads in the order the lists depend on each other.
const CSV_OPTIONS: [string, CsvListKey][] = [
  ['themes', 'themes'],
  ['brands', 'brands'],
  ['territories', 'territories'],
  ['organisations', 'organisations'],
  ['events', 'events'],
  ['requests', 'cooperationRequests'],
];

function noteText(t: CliMessages, note: BuildNote, lang: 'fr' | 'en'): string {
  // Cell text goes to a terminal: shortened, control and bidirectional characters shown as escapes.
  const p = Object.fromEntries(
    Object.entries(note.params).map(([k, v]) => [k, typeof v === 'string' ? truncate(v, 120) : v]),
  );
  switch (note.code) {
    case 'csv-read':
      return t.csvRead(note.file, Number(p.rows), String(p.encoding), String(p.separator), lang);
    case 'unknown-columns':
      return t.csvUnknownColumns(String(p.columns));
    case 'missing-column':
      return t.csvMissingColumn(String(p.column));
    case 'unclosed-quote':
      return t.csvUnclosedQuote;
    case 'text-after-quote':
      return t.csvTextAfterQuote;
    case 'empty-file':
      return t.csvEmpty;
    case 'created-theme':
      return t.rowCreatedTheme(
        String(p.label),
        String(p.id),
        p.suggestion === undefined ? undefined : String(p.suggestion),
      );
    case 'swapped-date':
      return t.rowSwappedDate(String(p.value), String(p.iso));
    case 'link-from-formula':
      return t.rowLinkFromFormula(String(p.formula), String(p.url));
    case 'no-network':
      return t.noNetwork;
  }
}

function noteWhere(
  t: CliMessages,
  at: { file?: string; line?: number; column?: number; header?: string },
): string | undefined {
  // A JSON part has columns; a spreadsheet row is named by its line and its column header.
  const line =
    at.file && at.line !== undefined
      ? at.column !== undefined
        ? `${at.file}, ${t.lineColumn(at.line, at.column)}`
        : t.rowAt(at.file, at.line)
      : at.file;
  return [line, at.header ? t.column(truncate(at.header)) : undefined].filter(Boolean).join(', ') || undefined;
}

const isCsv = (file?: string) => file?.toLowerCase().endsWith('.csv') ?? false;
/** Every reference of the entry comes from a spreadsheet row, so it is fixed in a cell. */
const fromRows = (group: DanglingGroup<LocatedProblem>) => group.members.every((m) => isCsv(m.file));

/** References to one missing id, placed as a person finds them: row numbers in one spreadsheet, else file and item. */
function danglingGroupBuildText(group: DanglingGroup<LocatedProblem>, t: CliMessages, lang: 'fr' | 'en'): string {
  const { members } = group;
  const rows = fromRows(group);
  const file = new Set(members.map((m) => m.file)).size === 1 ? members[0]!.file : undefined;
  const header = file && new Set(members.map((m) => m.header)).size === 1 ? members[0]!.header : undefined;
  const count = rows ? t.rowCount(members.length, lang) : countItems(group.list, members.length, lang);
  const places = members.map((m) => {
    if (rows) return file ? String(m.line) : `${m.file} (${t.line(m.line ?? 1)})`;
    const at = m.line !== undefined ? t.lineColumn(m.line, m.column ?? 1) : undefined;
    const where = file ? at : [m.file, at].filter(Boolean).join(', ') || undefined;
    return m.problem.itemId !== undefined ? t.named(m.problem.itemId, where) : (where ?? m.problem.pointer);
  });
  return danglingGroupText(group, lang, t, {
    where: file ? `${noteWhere(t, { file, header })} — ${count}` : undefined,
    places,
    rows,
  });
}

export function runBuild(ctx: CliContext, args: ParsedArgs): number {
  const { t, lang } = ctx;
  if (args.positionals.length) throw new UsageError(t.usageTooMany(args.positionals[0]!));
  const today = dateOption(ctx, 'today', args.strings.today) ?? parisDayKey(new Date());
  const csvs: CsvInput[] = CSV_OPTIONS.flatMap(([option, list]) =>
    (args.lists[option] ?? []).map((file) => ({
      list,
      file: basename(file),
      bytes: readFileSync(inputFile(ctx, file)),
    })),
  );
  const parts = (args.lists.base ?? []).map((file) => ({
    file: basename(file),
    text: readFileSync(inputFile(ctx, file), 'utf8'),
  }));
  if (!csvs.length && !parts.length) throw new UsageError(t.usageNoInput);

  const result = buildFeed(csvs, parts, {
    today,
    networkId: args.strings['network-id'],
    networkName: args.strings['network-name'],
  });
  const out = args.strings.out;
  const json = args.flags.has('json');
  if (result.feed) {
    const text = JSON.stringify(result.feed, null, 2) + '\n';
    if (out) writeFileSync(ctx.path(out), text);
    // With --json and no --out, the feed travels inside the one JSON report.
    else if (!json) ctx.io.stdout(text);
  }
  // The feed may go to stdout, so the report goes to stderr then.
  const report = out || json ? ctx.io.stdout : ctx.io.stderr;
  const counted = result.notes.filter((n) => n.severity !== 'info').length + result.problems.length;
  const dropped = result.problems.filter((p) => p.problem.dropped).length;
  // Notes and problems are read in file order then row order, as a person reads the spreadsheets.
  const order = [...csvs.map((c) => c.file), ...parts.map((p) => p.file)];
  const rank = (file?: string) => (file === undefined ? -1 : order.indexOf(file));
  const byPlace = (a: { file?: string; line?: number }, b: { file?: string; line?: number }) =>
    rank(a.file) - rank(b.file) || (a.line ?? 0) - (b.line ?? 0);
  const entries = groupDangling([...result.problems].sort(byPlace), (p) => p.problem);

  if (json) {
    report(
      JSON.stringify(
        {
          ok: counted === 0 && !!result.feed,
          out: out ?? null,
          ...(out ? {} : { feed: result.feed ?? null }),
          summary: result.check?.summary,
          notes: result.notes.map((n) => ({ ...n, message: noteText(t, n, lang) })),
          problems: result.problems.map((p: LocatedProblem) => ({
            ...problemJson(p.problem, lang),
            file: p.file,
            line: p.line,
            column: p.column,
            header: p.header,
          })),
          // References to one missing id, gathered as the text report shows them.
          groups: entries.flatMap((e) =>
            'group' in e ? [danglingGroupJson(e.group, (p) => p.problem.pointer, lang, fromRows(e.group))] : [],
          ),
        },
        null,
        2,
      ) + '\n',
    );
  } else {
    const lines: string[] = [];
    for (const note of result.notes.filter((n) => n.code === 'csv-read')) lines.push(noteText(t, note, lang));
    const texts: { file?: string; line?: number; text: string }[] = [];
    for (const note of result.notes.filter((n) => n.code !== 'csv-read')) {
      const head = [
        note.severity === 'error' ? t.error : note.severity === 'warning' ? t.warning : t.info,
        noteWhere(t, note),
      ]
        .filter(Boolean)
        .join(' — ');
      texts.push({ file: note.file, line: note.line, text: `${head}\n  ${noteText(t, note, lang)}` });
    }
    for (const e of entries) {
      if ('group' in e) {
        const first = e.group.members[0]!;
        texts.push({ file: first.file, line: first.line, text: danglingGroupBuildText(e.group, t, lang) });
        continue;
      }
      const p = e.one;
      const fromCsv = isCsv(p.file);
      const where = noteWhere(t, p) ?? (p.line !== undefined ? t.lineColumn(p.line, p.column ?? 1) : undefined);
      // A spreadsheet row is found by its number; the generated id would only confuse.
      const problem = fromCsv ? { ...p.problem, itemId: undefined } : p.problem;
      texts.push({
        file: p.file,
        line: p.line,
        text: problemText(problem, lang, t, {
          where,
          dropped: fromCsv ? t.rowDropped : undefined,
          // An empty cell is fixed in the spreadsheet, not in JSON.
          fix: fromCsv && p.header && p.problem.code === 'missing-field' ? t.fillColumn(truncate(p.header)) : undefined,
        }),
      });
    }
    texts.sort(byPlace);
    for (const e of texts) lines.push('', e.text);
    const tally = danglingTally(entries, (p) => p.problem);
    lines.push(
      '',
      counted ? t.buildProblems(counted, dropped, lang, tally && t.danglingTally(tally, lang)) : t.buildClean,
    );
    if (result.check?.summary) lines.push(t.summary(result.check.summary, lang));
    if (result.feed && out) lines.push(t.wrote(out));
    report(lines.join('\n') + '\n');
  }
  return counted || !result.feed ? 1 : 0;
}
