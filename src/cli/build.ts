/**
 * Assembles a feed from the spreadsheets a network keeps (one CSV per list)
 * and existing JSON parts, then validates it; every problem is traced back to
 * its file, row and column.
 */
import type { Feed } from '../feed/types.js';
import { foldText } from '../feed/text.js';
import { jsonPointer } from '../feed/validate.js';
import { distance } from './args.js';
import { checkFeedDocument, truncate, type FeedCheck, type Problem, type Severity } from './check.js';
import {
  COLUMNS,
  hyperlinkTarget,
  legalFormOf,
  matchHeader,
  normaliseCountry,
  normaliseEventStatus,
  normaliseKind,
  normaliseLookingFor,
  normaliseRequestStatus,
  readColour,
  readNumber,
  readOnline,
  slugify,
  splitList,
  splitTexts,
  type ColumnDef,
  type CsvListKey,
} from './columns.js';
import { readCsv, type CsvEncoding } from './csv.js';
import { parisDateTime, readHumanDate, readTime } from './dates.js';
import { checkJsonSyntax, JsonSyntaxError, locatePointers, pointerSegments, positionOf } from './json-locate.js';

export interface CsvInput {
  list: CsvListKey;
  /** Name shown in messages. */
  file: string;
  bytes: Uint8Array;
}

export interface JsonPart {
  file: string;
  text: string;
}

export interface BuildOptions {
  today: string;
  /** Network id and name when no JSON part gives one. */
  networkId?: string;
  networkName?: string;
}

export type NoteCode =
  | 'csv-read'
  | 'unknown-columns'
  | 'missing-column'
  | 'unclosed-quote'
  | 'text-after-quote'
  | 'empty-file'
  | 'created-theme'
  | 'swapped-date'
  | 'link-from-formula'
  | 'no-network';

/** Something about a file or a row that is not a feed problem as such. */
export interface BuildNote {
  severity: Severity | 'info';
  code: NoteCode;
  file: string;
  line?: number;
  header?: string;
  params: Record<string, string | number>;
}

/** A feed problem traced back to where it came from. */
export interface LocatedProblem {
  problem: Problem;
  file?: string;
  /** Row (line in the CSV file) or line in a JSON part. */
  line?: number;
  column?: number;
  header?: string;
}

export interface BuildResult {
  /** The validated feed (invalid rows left out), or nothing when there is no network. */
  feed?: Feed;
  check?: FeedCheck;
  notes: BuildNote[];
  problems: LocatedProblem[];
}

type Obj = Record<string, unknown>;
interface Source {
  file: string;
  line?: number;
  column?: number;
  /** Field path → the header it came from. */
  headers?: Record<string, string>;
}

const setPath = (item: Obj, path: string, value: unknown) => {
  const keys = path.split('.');
  let node = item;
  for (const k of keys.slice(0, -1)) node = (node[k] ??= {}) as Obj;
  node[keys[keys.length - 1]!] = value;
};

const getPath = (item: Obj, path: string): unknown =>
  path.split('.').reduce<unknown>((node, k) => (node && typeof node === 'object' ? (node as Obj)[k] : undefined), item);

const LISTS_IN_ORDER = [
  'themes',
  'brands',
  'territories',
  'organisations',
  'cooperationRequests',
  'events',
  'attributions',
] as const;

/** A link cell holding a formula with no address to take: left out, reported once the item has its place. */
interface FormulaCell {
  field: string;
  header: string;
  formula: string;
}

/** Reads one row into an item; references stay as written until every list is known. */
function rowToItem(
  list: CsvListKey,
  columns: ({ def: ColumnDef; lang?: 'fr' | 'en' } | undefined)[],
  header: string[],
  fields: string[],
  notes: BuildNote[],
  file: string,
  line: number,
): { item: Obj; headers: Record<string, string>; formulas: FormulaCell[] } {
  const item: Obj = {};
  const headers: Record<string, string> = {};
  const formulas: FormulaCell[] = [];
  const texts: Record<string, { plain?: string; fr?: string; en?: string }> = {};
  const textLists: Record<string, { plain?: string[]; fr?: string[]; en?: string[] }> = {};
  const times: Record<string, { hour: number; minute: number } | string> = {};
  columns.forEach((col, i) => {
    if (!col) return;
    const { def, lang } = col;
    // Every mapped column is remembered, empty or not, so a missing value is reported at its column.
    const path = def.field.replace(/Time$/, '').replace(/Since$/, '');
    headers[path] ??= header[i]!;
    const cell = (fields[i] ?? '').trim();
    if (cell === '') return;
    // A formula exported as text would pass for a relative link: its address is kept when written out, else dropped.
    if ((def.link || def.kind === 'online') && cell.startsWith('=')) {
      const address = hyperlinkTarget(cell);
      if (address) {
        setPath(item, def.field, address);
        notes.push({
          severity: 'info',
          code: 'link-from-formula',
          file,
          line,
          header: header[i],
          params: { formula: cell, url: address },
        });
      } else formulas.push({ field: def.field, header: header[i]!, formula: cell });
      return;
    }
    switch (def.kind) {
      case 'localized': {
        const t = (texts[def.field] ??= {});
        if (lang) t[lang] = cell;
        else t.plain = cell;
        return;
      }
      case 'localizedList': {
        const t = (textLists[def.field] ??= {});
        t[lang ?? 'plain'] = splitTexts(cell);
        return;
      }
      case 'colour':
        setPath(item, def.field, readColour(cell));
        return;
      case 'time':
        times[def.field] = readTime(cell) ?? cell;
        return;
      case 'list':
        setPath(item, def.field, splitList(cell));
        return;
      case 'date':
      case 'datetime': {
        const swapped = /^(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}/.exec(cell);
        const reading = readHumanDate(cell);
        if (reading.ok && swapped && +swapped[2]! > 12)
          notes.push({
            severity: 'warning',
            code: 'swapped-date',
            file,
            line,
            header: header[i],
            params: { value: cell, iso: reading.value },
          });
        const value = reading.ok ? (def.kind === 'date' ? reading.value.slice(0, 10) : reading.value) : cell;
        setPath(item, def.field, value);
        return;
      }
      case 'number':
      case 'integer':
        setPath(item, def.field, readNumber(cell));
        return;
      case 'kind':
        setPath(item, def.field, normaliseKind(list, cell));
        if (list === 'territories' && legalFormOf(cell)) item.legalForm ??= legalFormOf(cell);
        return;
      case 'online': {
        const online = readOnline(cell);
        if (online !== undefined) setPath(item, def.field, online);
        return;
      }
      case 'lookingFor':
        setPath(item, def.field, splitList(cell).map(normaliseLookingFor));
        return;
      case 'requestStatus':
        setPath(item, def.field, normaliseRequestStatus(cell));
        return;
      case 'eventStatus':
        setPath(item, def.field, normaliseEventStatus(cell));
        return;
      case 'country':
        setPath(item, def.field, normaliseCountry(cell));
        return;
      default:
        setPath(item, def.field, cell);
    }
  });
  for (const [field, t] of Object.entries(texts)) {
    const fr = t.fr ?? t.plain;
    setPath(item, field, t.en ? (fr ? { fr, en: t.en } : { en: t.en }) : fr);
  }
  // French and English texts of a list pair up by position: the third value with the third value.
  for (const [field, t] of Object.entries(textLists)) {
    const fr = t.fr ?? t.plain ?? [];
    const en = t.en ?? [];
    setPath(
      item,
      field,
      Array.from({ length: Math.max(fr.length, en.length) }, (_, i) =>
        en[i] ? (fr[i] ? { fr: fr[i], en: en[i] } : { en: en[i] }) : fr[i],
      ),
    );
  }
  // A time in its own column joins the day of its date column (Paris time).
  for (const [field, time] of Object.entries(times)) {
    const dateField = field === 'startTime' ? 'start' : 'end';
    const day =
      (item[dateField] as string | undefined) ??
      (dateField === 'end' ? (item.start as string | undefined)?.slice(0, 10) : undefined);
    if (typeof time === 'string' || !day || !/^\d{4}-\d{2}-\d{2}$/.test(day.slice(0, 10))) {
      if (typeof time === 'string') item[dateField] = `${day ?? ''} ${time}`.trim();
      continue;
    }
    item[dateField] = parisDateTime(day.slice(0, 10), time.hour, time.minute);
    headers[dateField] ??= headers[field] ?? '';
  }
  if (Array.isArray(item.labels)) {
    const since = item.labels as string[];
    item.labels = since.map((brand) => ({ brand, ...(item.labelsSince ? { since: item.labelsSince } : {}) }));
  }
  delete item.labelsSince;
  return { item, headers, formulas };
}

/** A readable id for an item that has none in the spreadsheet. */
function generatedId(list: CsvListKey, item: Obj): string {
  const text = (x: unknown) =>
    (typeof x === 'string'
      ? x
      : x && typeof x === 'object'
        ? Object.values(x as Obj).find((v) => typeof v === 'string')
        : undefined) as string | undefined;
  const codes = (item.codes ?? {}) as { siren?: string; insee?: string };
  switch (list) {
    case 'territories':
      if (item.kind === 'epci' && codes.siren) return `epci-${codes.siren}`;
      if (item.kind === 'commune' && codes.insee) return `commune-${codes.insee}`;
      if (item.kind === 'departement' && codes.insee) return `dep-${codes.insee}`;
      if (item.kind === 'region' && codes.insee) return `reg-${codes.insee}`;
      return slugify(text(item.name) ?? 'territoire');
    case 'events':
      return `${slugify(text(item.title) ?? 'evenement')}${typeof item.start === 'string' ? '-' + slugify(item.start).slice(0, 10) : ''}`;
    case 'cooperationRequests':
      return `demande-${slugify(text(item.title) ?? text(item.keyword) ?? String(item.organisation ?? ''))}`;
    // As a theme created from an organisation row would be named, so both agree.
    case 'themes':
      return slugify(text(item.label) ?? 'theme');
    case 'brands':
      return slugify(text(item.name) ?? 'marque');
    default:
      return slugify(text(item.name) ?? 'organisation');
  }
}

/** Finds items by id, official code or (accent-folded) name. */
class Lookup {
  private readonly keys = new Map<string, string>();
  add(id: string, ...aliases: unknown[]) {
    this.keys.set(id, id);
    // The id itself matches whatever its case and accents.
    for (const alias of [id, ...aliases].flatMap((a) => (a && typeof a === 'object' ? Object.values(a) : [a])))
      if (typeof alias === 'string' && alias.trim()) {
        const key = foldText(alias.trim());
        if (!this.keys.has(key)) this.keys.set(key, id);
      }
  }
  find(value: string): string | undefined {
    return this.keys.get(value) ?? this.keys.get(foldText(value.trim()));
  }
}

const REF_FIELDS: Record<CsvListKey, [string, 'territories' | 'organisations' | 'events' | 'brands' | 'themes'][]> = {
  organisations: [
    ['territories', 'territories'],
    ['themes', 'themes'],
    ['memberOf', 'organisations'],
    ['labels', 'brands'],
  ],
  events: [
    ['organiser', 'organisations'],
    ['location.territory', 'territories'],
    ['themes', 'themes'],
    ['territories', 'territories'],
  ],
  cooperationRequests: [
    ['organisation', 'organisations'],
    ['themes', 'themes'],
    ['territories', 'territories'],
    ['event', 'events'],
  ],
  territories: [
    ['parents', 'territories'],
    ['members', 'territories'],
  ],
  themes: [['parent', 'themes']],
  brands: [['territory', 'territories']],
};

export function buildFeed(csvs: CsvInput[], parts: JsonPart[], options: BuildOptions): BuildResult {
  const notes: BuildNote[] = [];
  const lists: Record<string, Obj[]> = Object.fromEntries(LISTS_IN_ORDER.map((k) => [k, []]));
  const sources: Record<string, Source[]> = Object.fromEntries(LISTS_IN_ORDER.map((k) => [k, []]));
  const extra: Obj = {};
  let network: unknown;
  const jsonProblems: LocatedProblem[] = [];

  for (const part of parts) {
    const text = part.text.charCodeAt(0) === 0xfeff ? part.text.slice(1) : part.text;
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch {
      try {
        checkJsonSyntax(text);
      } catch (e) {
        if (!(e instanceof JsonSyntaxError)) throw e;
        const { line, column } = positionOf(text, e.offset);
        jsonProblems.push({
          file: part.file,
          line,
          column,
          problem: { severity: 'error', code: 'json-syntax', pointer: '', params: { reason: e.code, value: e.found } },
        });
      }
      continue;
    }
    if (!doc || typeof doc !== 'object' || Array.isArray(doc)) {
      jsonProblems.push({
        file: part.file,
        problem: { severity: 'error', code: 'not-a-feed', pointer: '', params: {} },
      });
      continue;
    }
    const entries = Object.entries(doc as Obj);
    const isList = (key: string, value: unknown): value is unknown[] =>
      (LISTS_IN_ORDER as readonly string[]).includes(key) && Array.isArray(value);
    // Items taken from a part are reported at their line in that part.
    const positions = locatePointers(
      text,
      entries.flatMap(([key, value]) => (isList(key, value) ? value.map((_, i) => `/${key}/${i}`) : [])),
    );
    for (const [key, value] of entries) {
      if (key === 'network') network ??= value;
      else if (isList(key, value))
        value.forEach((item, i) => {
          lists[key]!.push(item as Obj);
          const at = positions.get(`/${key}/${i}`);
          sources[key]!.push({ file: part.file, line: at?.line, column: at?.column });
        });
      else if (key !== 'version' && key !== 'updated') extra[key] ??= value;
    }
  }

  // Spreadsheet rows, references still as written.
  const rowItems: { list: CsvListKey; item: Obj; source: Source; formulas: FormulaCell[] }[] = [];
  const usedIds: Record<string, Set<string>> = {};
  for (const csv of csvs) {
    const table = readCsv(csv.bytes);
    notes.push({
      severity: 'info',
      code: 'csv-read',
      file: csv.file,
      params: { rows: table.rows.length, encoding: encodingName(table.encoding), separator: table.separator },
    });
    for (const issue of table.issues)
      notes.push({
        severity: issue.code === 'unclosed-quote' ? 'error' : 'warning',
        code: issue.code,
        file: csv.file,
        line: issue.line,
        params: {},
      });
    if (!table.header.length) {
      notes.push({ severity: 'error', code: 'empty-file', file: csv.file, params: {} });
      continue;
    }
    const columns = table.header.map((h) => (h ? matchHeader(csv.list, h) : undefined));
    const unknown = table.header.filter((h, i) => h && !columns[i]);
    if (unknown.length)
      notes.push({
        severity: 'warning',
        code: 'unknown-columns',
        file: csv.file,
        line: 1,
        params: { columns: unknown.join(', ') },
      });
    for (const def of COLUMNS[csv.list].filter((d) => d.required))
      if (!columns.some((c) => c?.def === def))
        notes.push({
          severity: 'error',
          code: 'missing-column',
          file: csv.file,
          line: 1,
          params: { column: `${def.headers[0]} / ${def.field}` },
        });
    const ids = (usedIds[csv.list] ??= new Set(lists[csv.list]!.map((i) => String(i.id))));
    for (const row of table.rows) {
      const { item, headers, formulas } = rowToItem(
        csv.list,
        columns,
        table.header,
        row.fields,
        notes,
        csv.file,
        row.line,
      );
      if (typeof item.id !== 'string') {
        const base = generatedId(csv.list, item);
        let id = base;
        for (let k = 2; ids.has(id); k++) id = `${base}-${k}`;
        item.id = id;
      }
      ids.add(item.id as string);
      rowItems.push({ list: csv.list, item, source: { file: csv.file, line: row.line, headers }, formulas });
    }
  }

  // A row replaces a JSON item with the same id: the spreadsheet is the fresher copy.
  const fromParts: Record<string, Map<unknown, number>> = {};
  for (const key of LISTS_IN_ORDER) fromParts[key] = new Map(lists[key]!.map((i, index) => [i.id, index]));
  for (const { list, item, source } of rowItems) {
    const existing = fromParts[list]!.get(item.id);
    if (existing !== undefined) {
      fromParts[list]!.delete(item.id);
      lists[list]![existing] = item;
      sources[list]![existing] = source;
    } else {
      lists[list]!.push(item);
      sources[list]!.push(source);
    }
  }

  resolveReferences(lists, rowItems, notes);

  if (!network && options.networkId && options.networkName)
    network = { id: options.networkId, name: options.networkName };
  else if (network && options.networkName) network = { ...(network as Obj), name: options.networkName };
  if (!network) {
    notes.push({ severity: 'error', code: 'no-network', file: '', params: {} });
    return { notes, problems: jsonProblems };
  }
  const doc: Obj = { version: '1.0', updated: options.today, network, ...lists, ...extra };
  const check = checkFeedDocument(doc, { today: options.today });
  const formulaProblems = rowItems.flatMap(({ list, item, source, formulas }) =>
    formulas.map((f): LocatedProblem => ({
      file: source.file,
      line: source.line,
      header: f.header,
      problem: {
        severity: 'error',
        code: 'formula-in-link',
        pointer: jsonPointer(list, lists[list]!.indexOf(item), ...f.field.split('.')),
        params: { field: f.field.split('.').pop(), value: truncate(f.formula) },
        itemId: truncate(String(item.id)),
      },
    })),
  );
  const problems = [...jsonProblems, ...formulaProblems, ...check.problems.map((p) => locate(p, sources))];
  return { feed: check.feed, check, notes, problems };
}

function resolveReferences(
  lists: Record<string, Obj[]>,
  rowItems: { list: CsvListKey; item: Obj; source: Source }[],
  notes: BuildNote[],
) {
  const lookups: Record<string, Lookup> = {};
  const lookup = (list: string) => (lookups[list] ??= new Lookup());
  for (const t of lists.territories!)
    lookup('territories').add(
      String(t.id),
      t.name,
      t.officialName,
      (t.codes as Obj | undefined)?.siren,
      (t.codes as Obj | undefined)?.insee,
    );
  for (const o of lists.organisations!) lookup('organisations').add(String(o.id), o.name, o.shortName);
  for (const e of lists.events!) lookup('events').add(String(e.id), e.title);
  for (const b of lists.brands!) lookup('brands').add(String(b.id), b.name);
  for (const t of lists.themes!) lookup('themes').add(String(t.id), t.label);
  // The themes the network listed (a --themes spreadsheet or a JSON part), before any is created from a row.
  const listedThemes = lists.themes!.slice();
  const created = new Set<string>();
  // Theme rows last: a parent theme may be one that an organisation row has just created.
  const themeRowsLast = [
    ...rowItems.filter((r) => r.list !== 'themes'),
    ...rowItems.filter((r) => r.list === 'themes'),
  ];
  for (const { list, item, source } of themeRowsLast) {
    for (const [field, target] of REF_FIELDS[list]) {
      const resolve = (value: string): string => {
        const found =
          lookup(target).find(value) ??
          // "Mobilité durable" names the theme "mobilite-durable" as its id would be written.
          (target === 'themes' || target === 'brands' ? lookup(target).find(slugify(value)) : undefined);
        if (found) return found;
        // Only an item's own themes create one: an unknown parent theme is reported as a broken link.
        if (target !== 'themes' || field !== 'themes') return value;
        // A theme nobody declared becomes one, labelled as written.
        const id = slugify(value);
        if (!created.has(id)) {
          created.add(id);
          lists.themes!.push({ id, label: value });
          lookup('themes').add(id, value);
          // Close to a listed theme, it is more likely a typo than a new theme: a warning, with the likely one.
          const close = closestTheme(value, listedThemes);
          notes.push({
            severity: close ? 'warning' : 'info',
            code: 'created-theme',
            file: source.file,
            line: source.line,
            header: source.headers?.themes,
            params: { label: value, id, ...(close ? { suggestion: close.label, suggestionId: close.id } : {}) },
          });
        }
        return id;
      };
      const value = getPath(item, field);
      if (field === 'labels' && Array.isArray(value))
        for (const l of value as Obj[]) l.brand = resolve(String(l.brand));
      else if (Array.isArray(value))
        setPath(
          item,
          field,
          value.map((v) => resolve(String(v))),
        );
      else if (typeof value === 'string') setPath(item, field, resolve(value));
    }
  }
}

/** The listed theme whose label or id is a letter or two away from what a row wrote ("Mobilté"), if any. */
function closestTheme(value: string, themes: Obj[]): { id: string; label: string } | undefined {
  const written = foldText(value.trim());
  // A typo is looked for in a label, not in a paragraph: this keeps a 10,000-character cell cheap.
  if (written.length > 200) return undefined;
  let best: { id: string; label: string; d: number } | undefined;
  for (const theme of themes) {
    const labels = theme.label && typeof theme.label === 'object' ? Object.values(theme.label as Obj) : [theme.label];
    const shown = labels.find((l): l is string => typeof l === 'string') ?? String(theme.id);
    for (const name of [String(theme.id), ...labels]) {
      if (typeof name !== 'string') continue;
      const folded = foldText(name.trim());
      // Only near lengths can be a letter or two apart.
      if (Math.abs(folded.length - written.length) > 2) continue;
      const d = distance(written, folded);
      if (d <= Math.min(2, Math.floor(written.length / 4)) && (!best || d < best.d))
        best = { id: String(theme.id), label: shown, d };
    }
  }
  return best && { id: best.id, label: best.label };
}

function locate(problem: Problem, sources: Record<string, Source[]>): LocatedProblem {
  const [list, index, ...rest] = pointerSegments(problem.pointer);
  const source = list !== undefined && index !== undefined ? sources[list]?.[Number(index)] : undefined;
  if (!source) return { problem };
  const names = rest.filter((s) => !/^\d+$/.test(s));
  let header: string | undefined;
  for (let n = names.length; n > 0 && !header; n--) header = source.headers?.[names.slice(0, n).join('.')];
  return { problem, file: source.file, line: source.line, column: source.column, header };
}

const encodingName = (e: CsvEncoding) =>
  e === 'windows-1252' ? 'Windows-1252' : e === 'utf-16le' ? 'UTF-16' : 'UTF-8';
