/**
 * The feed tool's checks: parseFeed's warnings, explained, plus what a widget
 * cannot notice on its own (expired requests still open, events ending before
 * they start, SIREN check digits, broken outlines), each with its JSON pointer
 * and, when the text is at hand, its line and column.
 */
import { FeedError, isFeedError } from '../feed/errors.js';
import { LIST_KEYS, type ListKey } from '../feed/schema.js';
import { readFeedDate } from '../feed/text.js';
import type { Feed, FeedWarning } from '../feed/types.js';
import { parseFeed, jsonPointer } from '../feed/validate.js';
import { readHumanDate } from './dates.js';
import { checkGeometry, inFrance, luhnValid, sirenCheckDigit, type GeometryProblemCode } from './geometry-checks.js';
import { checkJsonSyntax, JsonSyntaxError, locatePointers, pointerSegments, positionOf } from './json-locate.js';

export type ProblemCode =
  | 'read-failed'
  | 'not-utf8'
  | 'json-syntax'
  | 'not-a-feed'
  | 'unsupported-version'
  | 'invalid-network'
  | 'missing-field'
  | 'invalid-date'
  | 'wrong-type'
  | 'invalid-value'
  | 'not-a-list'
  | 'duplicate-id'
  | 'dangling-reference'
  | 'unsafe-url'
  | 'formula-in-link'
  | 'request-expired-open'
  | 'request-expires-before-published'
  | 'label-until-before-since'
  | 'event-end-before-start'
  | 'siren-checksum'
  | GeometryProblemCode;

export type Severity = 'error' | 'warning';

/** What a message needs to be specific. Every value is already a short string or number. */
export interface ProblemParams {
  /** The offending value, shortened. */
  value?: string;
  /** A corrected value to write instead. */
  suggestion?: string;
  /** A finer reason (a date reason, a JSON syntax code, an HTTP status…). */
  reason?: string;
  /** parseFeed's English sentence, used when no finer explanation exists. */
  detail?: string;
  /** The field named by the pointer (`start`). */
  field?: string;
  /** The list an invalid reference should point into. */
  target?: ListKey;
  /** Index of the item that already uses a duplicate id. */
  firstIndex?: number;
  count?: number;
  point?: string;
  /** The field accepts a date only (no time). */
  dateOnly?: boolean;
  /** A second date (`start` for an end, `published` for an expiry). */
  other?: string;
}

export interface Problem {
  severity: Severity;
  code: ProblemCode;
  /** RFC 6901 pointer into the document (`/events/3/start`). */
  pointer: string;
  params: ProblemParams;
  /** The id of the item the problem is in, when it has one. */
  itemId?: string;
  /** The item is left out of the feed (widgets will not show it). */
  dropped?: boolean;
  line?: number;
  column?: number;
}

const WARNING_CODES = new Set<ProblemCode>([
  'dangling-reference',
  'request-expired-open',
  'request-expires-before-published',
  'label-until-before-since',
  'event-end-before-start',
  'siren-checksum',
  'outside-france',
  'not-utf8',
]);
const severityOf = (code: ProblemCode): Severity => (WARNING_CODES.has(code) ? 'warning' : 'error');

export interface CheckOptions {
  /** Today, `YYYY-MM-DD` (Paris), for requests whose expiry date has passed. */
  today: string;
}

/** Counts of what the feed holds once invalid items are left out. */
export interface FeedSummary {
  territories: number;
  outlines: number;
  organisations: number;
  events: number;
  cooperationRequests: number;
  openRequests: number;
  brands: number;
  themes: number;
}

export interface FeedCheck {
  problems: Problem[];
  /** The usable feed, when the document is a feed at all. */
  feed?: Feed;
  summary?: FeedSummary;
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Feed text printed in a terminal: shortened, and with control and bidirectional
 * characters shown as escapes, so a hostile value cannot reorder or hide the report.
 */
export const truncate = (s: string, max = 60) =>
  (s.length > max ? s.slice(0, max - 1) + '…' : s).replace(
    UNPRINTABLE,
    (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'),
  );
const show = (x: unknown): string =>
  typeof x === 'string' ? truncate(x) : x === undefined ? '' : truncate(JSON.stringify(x) ?? String(x));

type Obj = Record<string, unknown>;
const isObject = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The value a pointer names in a document (`undefined` when absent). */
export function valueAt(doc: unknown, pointer: string): unknown {
  let node = doc;
  for (const seg of pointerSegments(pointer)) {
    if (Array.isArray(node)) node = node[Number(seg)];
    else if (isObject(node)) node = node[seg];
    else return undefined;
  }
  return node;
}

const DATE_FIELDS = new Set(['start', 'end', 'published', 'expires', 'since', 'until', 'updated']);
const DATE_ONLY_FIELDS = new Set(['published', 'expires', 'since', 'until']);

/** Turns one of parseFeed's warnings into an explained problem. */
function explainWarning(doc: Obj, w: FeedWarning): Problem {
  const segs = pointerSegments(w.pointer);
  const value = valueAt(doc, w.pointer);
  const field = [...segs].reverse().find((s) => !/^\d+$/.test(s));
  const base = { pointer: w.pointer, params: { field } as ProblemParams };
  const make = (code: ProblemCode, params: ProblemParams = {}, dropped = false): Problem => ({
    severity: severityOf(code),
    code,
    ...base,
    params: { ...base.params, ...params },
    dropped,
  });
  switch (w.code) {
    case 'dangling-reference': {
      const target = /in (\w+); it is ignored$/.exec(w.message)?.[1] as ListKey | undefined;
      return make('dangling-reference', { value: show(value), target });
    }
    case 'duplicate-id': {
      const list = valueAt(doc, '/' + segs[0]);
      const firstIndex = Array.isArray(list) ? list.findIndex((i) => isObject(i) && i.id === value) : undefined;
      return make('duplicate-id', { value: show(value), firstIndex }, true);
    }
    case 'unsafe-url':
      return make('unsafe-url', { value: show(value) });
    case 'not-a-list':
      return make('not-a-list', { field: segs[0] });
    default:
      break;
  }
  // invalid-item and invalid-network: the sentence after the field path is the schema's message.
  const pathInItem = w.code === 'invalid-network' ? segs.slice(1) : segs.slice(2);
  let detail = w.message.replace(/^item skipped: /, '');
  if (pathInItem.length && detail.startsWith(pathInItem.join('.') + ' '))
    detail = detail.slice(pathInItem.join('.').length + 1);
  detail = detail.replace(/ \(got .*\)$/s, '');
  const dropped = w.code === 'invalid-item' && w.pointer !== '/updated';
  const extra: ProblemParams = w.code === 'invalid-network' ? { reason: 'network' } : {};
  if (value === undefined && detail === 'is required') return make('missing-field', extra, dropped);
  if (typeof value === 'string' && field && DATE_FIELDS.has(field)) {
    const reading = readHumanDate(value);
    return make(
      'invalid-date',
      {
        ...extra,
        value: show(value),
        reason: reading.ok ? 'format' : reading.reason,
        suggestion: reading.ok ? reading.value : reading.suggestion,
        dateOnly: DATE_ONLY_FIELDS.has(field),
      },
      dropped,
    );
  }
  const type = /^Invalid type: Expected (.+?) but received/.exec(detail);
  if (type) return make('wrong-type', { ...extra, value: show(value), reason: type[1], detail }, dropped);
  return make('invalid-value', { ...extra, value: show(value), detail }, dropped);
}

/** Raw index of each kept item: parseFeed drops items in order, one warning each. */
function keptIndexes(doc: Obj, warnings: FeedWarning[]): Record<string, number[]> {
  const dropped: Record<string, Set<number>> = {};
  for (const w of warnings) {
    if (w.code !== 'invalid-item' && w.code !== 'duplicate-id') continue;
    const [list, index] = pointerSegments(w.pointer);
    if (list && index !== undefined) (dropped[list] ??= new Set()).add(Number(index));
  }
  const out: Record<string, number[]> = {};
  for (const key of LIST_KEYS) {
    const raw = doc[key];
    out[key] = Array.isArray(raw) ? raw.map((_, i) => i).filter((i) => !dropped[key]?.has(i)) : [];
  }
  return out;
}

/** Kinds of territory that exist only in France, so their outline must be there. */
const FRENCH_KINDS = new Set(['commune', 'epci', 'departement', 'region', 'petr', 'pole-metropolitain']);

function extraChecks(feed: Feed, kept: Record<string, number[]>, today: string): Problem[] {
  const problems: Problem[] = [];
  const add = (code: ProblemCode, pointer: string, params: ProblemParams, itemId?: string) =>
    problems.push({ severity: severityOf(code), code, pointer, params, itemId });

  feed.territories.forEach((t, j) => {
    const at = ['territories', kept.territories![j]!] as const;
    const siren = t.codes?.siren;
    if (siren && !luhnValid(siren))
      add(
        'siren-checksum',
        jsonPointer(...at, 'codes', 'siren'),
        { value: siren, suggestion: siren.slice(0, 8) + sirenCheckDigit(siren.slice(0, 8)) },
        t.id,
      );
    if (t.geometry) {
      const french = !!(t.codes?.siren || t.codes?.insee) || FRENCH_KINDS.has(t.kind.toLowerCase());
      for (const f of checkGeometry(t.geometry, french))
        add(f.code, jsonPointer(...at, 'geometry', ...f.path), { point: f.point, count: f.count }, t.id);
    }
  });

  feed.cooperationRequests.forEach((r, j) => {
    const at = ['cooperationRequests', kept.cooperationRequests![j]!] as const;
    if ((r.status ?? 'open') === 'open' && r.expires && r.expires < today)
      add('request-expired-open', jsonPointer(...at, 'expires'), { value: r.expires, other: today }, r.id);
    if (r.expires && r.published && r.expires < r.published)
      add(
        'request-expires-before-published',
        jsonPointer(...at, 'expires'),
        { value: r.expires, other: r.published },
        r.id,
      );
  });

  feed.events.forEach((e, j) => {
    const start = readFeedDate(e.start);
    const end = readFeedDate(e.end);
    if (!start || !end) return;
    // An all-day bound compares by calendar day; two times compare as instants.
    const before = start.allDay || end.allDay ? end.day < start.day : +end.instant < +start.instant;
    if (before)
      add(
        'event-end-before-start',
        jsonPointer('events', kept.events![j]!, 'end'),
        { value: e.end, other: e.start },
        e.id,
      );
  });

  // A partner or a venue placed in the sea is most often a swapped longitude and latitude.
  const checkPoint = (
    pointer: string,
    lon: number | undefined,
    lat: number | undefined,
    french: boolean,
    id: string,
  ) => {
    if (lon === undefined || lat === undefined || inFrance(lon, lat)) return;
    const point = `{"lon": ${lon}, "lat": ${lat}}`;
    if (inFrance(lat, lon)) add('swapped-lon-lat', pointer, { point, reason: 'location' }, id);
    else if (french) add('outside-france', pointer, { point, reason: 'location' }, id);
  };
  feed.events.forEach((e, j) => {
    if (e.location)
      checkPoint(jsonPointer('events', kept.events![j]!, 'location'), e.location.lon, e.location.lat, false, e.id);
  });
  feed.organisations.forEach((o, j) => {
    if (o.location)
      checkPoint(
        jsonPointer('organisations', kept.organisations![j]!, 'location'),
        o.location.lon,
        o.location.lat,
        o.address?.country === 'FR',
        o.id,
      );
    o.labels?.forEach((l, k) => {
      if (l.since && l.until && l.until < l.since)
        add(
          'label-until-before-since',
          jsonPointer('organisations', kept.organisations![j]!, 'labels', k, 'until'),
          { value: l.until, other: l.since },
          o.id,
        );
    });
  });
  return problems;
}

function summarize(feed: Feed, today: string): FeedSummary {
  return {
    territories: feed.territories.length,
    outlines: feed.territories.filter((t) => t.geometry || t.geometryUrl).length,
    organisations: feed.organisations.length,
    events: feed.events.length,
    cooperationRequests: feed.cooperationRequests.length,
    openRequests: feed.cooperationRequests.filter(
      (r) => (r.status ?? 'open') === 'open' && !(r.expires && r.expires < today),
    ).length,
    brands: feed.brands.length,
    themes: feed.themes.length,
  };
}

function feedErrorProblem(e: FeedError, doc: unknown): Problem {
  if (e.code === 'unsupported-version')
    return {
      severity: 'error',
      code: 'unsupported-version',
      pointer: '/version',
      params: { value: show(e.details.version) },
    };
  const noVersion = isObject(doc) && !('version' in doc);
  return {
    severity: 'error',
    code: noVersion ? 'missing-field' : 'not-a-feed',
    pointer: noVersion ? '/version' : '',
    params: { field: 'version', reason: Array.isArray(doc) ? 'array' : typeof doc },
  };
}

/** Checks a parsed JSON document (no positions: see {@link checkFeedText}). */
export function checkFeedDocument(doc: unknown, options: CheckOptions): FeedCheck {
  let parsed;
  try {
    parsed = parseFeed(doc);
  } catch (e) {
    if (isFeedError(e)) return { problems: [feedErrorProblem(e, doc)] };
    throw e;
  }
  const raw = doc as Obj;
  const problems = parsed.warnings.map((w) => explainWarning(raw, w));
  problems.push(...extraChecks(parsed.feed, keptIndexes(raw, parsed.warnings), options.today));
  for (const p of problems) {
    const [list, index] = pointerSegments(p.pointer);
    if (p.itemId === undefined && list && index !== undefined && (LIST_KEYS as string[]).includes(list)) {
      const id = valueAt(raw, `/${list}/${index}/id`);
      if (typeof id === 'string') p.itemId = truncate(id);
    }
  }
  return { problems, feed: parsed.feed, summary: summarize(parsed.feed, options.today) };
}

/** Orders problems as they appear in the file (document-level ones first). */
const byPosition = (a: Problem, b: Problem) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);

/** Checks a feed given as text: syntax errors and every problem get their line and column. */
export function checkFeedText(text: string, options: CheckOptions): FeedCheck {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let doc: unknown;
  try {
    doc = JSON.parse(body);
  } catch (e) {
    try {
      checkJsonSyntax(text);
    } catch (syntax) {
      if (syntax instanceof JsonSyntaxError) {
        const { line, column } = positionOf(text, syntax.offset);
        return {
          problems: [
            {
              severity: 'error',
              code: 'json-syntax',
              pointer: '',
              params: { reason: syntax.code, value: syntax.found },
              line,
              column,
            },
          ],
        };
      }
      throw syntax;
    }
    return {
      problems: [{ severity: 'error', code: 'json-syntax', pointer: '', params: { detail: (e as Error).message } }],
    };
  }
  const check = checkFeedDocument(doc, options);
  if (check.problems.length) {
    const positions = locatePointers(
      text,
      check.problems.map((p) => p.pointer),
    );
    for (const p of check.problems)
      Object.assign(p, { line: positions.get(p.pointer)!.line, column: positions.get(p.pointer)!.column });
    check.problems.sort(byPosition);
  }
  return check;
}
