import { explain, Fail, truncate } from './check-runtime.js';
import { checkNetwork, LIST_CHECKS, LIST_NAMES } from './checks.js';
import { FeedError } from './errors.js';
import { isDateOrDateTime, SUPPORTED_VERSION } from './formats.js';
import type { ListKey } from './schema.js';
import type { Feed, FeedWarning, Network } from './types.js';
import { isSafeLink } from './url.js';

/**
 * Checks one value against a schema: returns the checked copy, or throws a
 * {@link Fail}. The functions of `checks.ts`, generated from `schema.ts`, are such checks.
 */
export type ItemCheck = (item: unknown) => unknown;

/**
 * Which parts of a feed to validate, and with which checks. An element that
 * reads only some lists validates (and bundles) only those; the other lists
 * come out empty.
 */
export interface FeedProfile {
  network: ItemCheck;
  lists: Partial<Record<ListKey, ItemCheck>>;
}

/** Every list, with the checks generated from `schema.ts`. */
export const FULL_PROFILE: FeedProfile = { network: checkNetwork, lists: LIST_CHECKS };

/** A validated feed and what was left out of it. */
export interface ParsedFeed {
  feed: Feed;
  warnings: FeedWarning[];
}

/** RFC 6901 pointer from path segments. */
export function jsonPointer(...segments: (string | number)[]): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** Runs `check` on `value`: the checked copy, or where (relative to the value) and why it was refused. */
function run(
  check: ItemCheck,
  value: unknown,
): { ok: true; value: Obj } | { ok: false; path: (string | number)[]; message: string } {
  try {
    return { ok: true, value: check(value) as Obj };
  } catch (e) {
    if (!(e instanceof Fail)) throw e;
    return { ok: false, ...explain(e) };
  }
}

type Refs = Partial<Record<string, string>>;
/** Which fields refer to which list, per list (paths of the form `a.b` or `a[].b`). */
const REFERENCES: Record<string, Refs> = {
  network: { territories: 'territories', organisation: 'organisations' },
  territories: { members: 'territories', parents: 'territories' },
  organisations: {
    territories: 'territories',
    themes: 'themes',
    'labels[].brand': 'brands',
    memberOf: 'organisations',
  },
  cooperationRequests: {
    organisation: 'organisations',
    themes: 'themes',
    event: 'events',
    territories: 'territories',
  },
  events: {
    organiser: 'organisations',
    themes: 'themes',
    territories: 'territories',
    'location.territory': 'territories',
  },
  brands: { territory: 'territories' },
  themes: { parent: 'themes' },
};

/** Fields that hold links, per list. */
const LINK_FIELDS: Record<string, string[]> = {
  network: ['url', 'contact.url'],
  territories: ['url', 'geometryUrl'],
  organisations: ['website', 'contact.url', 'labels[].url'],
  cooperationRequests: ['url', 'contact.url'],
  events: ['url', 'registrationUrl', 'online'],
  brands: ['url', 'partnerUrl', 'logo.url'],
  attributions: ['url'],
};

type Obj = Record<string, unknown>;
const isObject = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

/** A dotted path (`a.b`, `a[].b`) as steps: each a key, and whether it goes through every item of a list. */
type Steps = { key: string; list: boolean }[];
const stepsOf = (path: string): Steps =>
  path.split('.').map((part) => ({ key: part.replace(/\[\]$/, ''), list: part.endsWith('[]') }));

type Visit = (container: Obj, key: string, at: () => (string | number)[]) => void;
const ROOT = () => [];

/**
 * Calls `visit(container, key, at)` for every place the path reaches inside `item` whose value `fine` does not
 * accept; `at()` gives the place's pointer segments. This runs on every item of every list, and nearly every
 * value is fine: such a value costs one call, and the place's pointer is built only when a warning needs it.
 */
function reach(
  item: Obj,
  steps: Steps,
  fine: (value: unknown) => boolean,
  visit: Visit,
  depth = 0,
  prefix: () => (string | number)[] = ROOT,
) {
  const { key, list } = steps[depth]!;
  if (!(key in item)) return;
  const next = item[key];
  if (depth === steps.length - 1) {
    if (!fine(next)) visit(item, key, () => [...prefix(), key]);
    return;
  }
  if (list && Array.isArray(next)) {
    for (let i = 0; i < next.length; i++)
      if (isObject(next[i])) reach(next[i] as Obj, steps, fine, visit, depth + 1, () => [...prefix(), key, i]);
  } else if (isObject(next)) reach(next, steps, fine, visit, depth + 1, () => [...prefix(), key]);
}

/** What relative links are judged against: they are resolved against the feed's address later. */
const FEED_BASE = 'https://feed.invalid/';

/** Each list's link fields and references as steps, prepared once. */
const LINK_STEPS: Record<string, Steps[]> = Object.fromEntries(
  Object.entries(LINK_FIELDS).map(([list, paths]) => [list, paths.map(stepsOf)]),
);
const REFERENCE_STEPS: Record<string, { steps: Steps; target: string }[]> = Object.fromEntries(
  Object.entries(REFERENCES).map(([list, refs]) => [
    list,
    Object.entries(refs).map(([path, target]) => ({ steps: stepsOf(path), target: target! })),
  ]),
);

/** A link field's value that stays: `true`/`false` (an event's `online`) or a safe link. */
const isSafeValue = (value: unknown) => typeof value === 'boolean' || isSafeLink(value, FEED_BASE);

/**
 * Removes links that are not http(s) or mailto, with a warning each. The item may be the feed's own object
 * (the checks copy only what they change), so the removal happens on a copy: the feed is never modified.
 */
function removeUnsafeLinks(list: string, item: Obj, base: (string | number)[], warnings: FeedWarning[]): Obj {
  let unsafe: (string | number)[][] | undefined;
  for (const steps of LINK_STEPS[list] ?? []) {
    // Most items have no such field: skip before building the visitor.
    if (!(steps[0]!.key in item)) continue;
    // Relative links are resolved against the feed's address later; only the scheme is judged here.
    reach(item, steps, isSafeValue, (container, key, at) => {
      const value = container[key];
      const segments = at();
      (unsafe ??= []).push(segments);
      warnings.push({
        pointer: jsonPointer(...base, ...segments),
        code: 'unsafe-url',
        message: `link removed: only https, http and mailto links are allowed (got ${truncate(String(value))})`,
      });
    });
  }
  return unsafe ? unsafe.reduce(without, item) : item;
}

/** A copy of `value` without what `segments` point at (the containers on the way are copied too). */
function without(value: Obj, segments: (string | number)[]): Obj {
  const [head, ...rest] = segments;
  const copy = (Array.isArray(value) ? value.slice() : { ...value }) as Obj;
  if (rest.length) copy[head!] = without(value[head!] as Obj, rest);
  else delete copy[head!];
  return copy;
}

/** Whether a reference (an id, or a list of ids) names only known items. */
function allKnown(value: unknown, known: Set<string>): boolean {
  if (typeof value === 'string') return known.has(value);
  if (!Array.isArray(value)) return true;
  for (let i = 0; i < value.length; i++) {
    const ref: unknown = value[i];
    if (typeof ref === 'string' && !known.has(ref)) return false;
  }
  return true;
}

function checkReferences(
  list: string,
  item: Obj,
  base: (string | number)[],
  ids: Record<string, Set<string>>,
  warnings: FeedWarning[],
) {
  for (const { steps, target } of REFERENCE_STEPS[list] ?? []) {
    const known = ids[target];
    // A list outside the profile was not read, so references to it cannot be judged.
    if (!known || !(steps[0]!.key in item)) continue;
    reach(
      item,
      steps,
      (value) => allKnown(value, known),
      (container, key, at) => {
        const value = container[key];
        const dangling = (ref: unknown, i?: number) => {
          if (typeof ref === 'string' && !known.has(ref))
            warnings.push({
              pointer: jsonPointer(...base, ...at(), ...(i === undefined ? [] : [i])),
              code: 'dangling-reference',
              message: `"${truncate(ref)}" is not the id of any item in ${target}; it is ignored`,
            });
        };
        if (Array.isArray(value)) for (let i = 0; i < value.length; i++) dangling(value[i], i);
        else dangling(value);
      },
    );
  }
}

/**
 * Validates a feed document item by item with every schema. An invalid item is
 * dropped with a warning naming its JSON pointer; the valid rest is kept. A
 * document that is not a feed at all (not JSON, not an object, wrong version)
 * throws one {@link FeedError}.
 */
export const parseFeed = (input: unknown): ParsedFeed => parseFeedWith(input, FULL_PROFILE);

/** JSON text or a parsed value → the feed document, or the one {@link FeedError} that says why it is not one. */
export function checkFeedDocument(input: unknown): Record<string, unknown> {
  let doc = input;
  if (typeof input === 'string') {
    try {
      doc = JSON.parse(input);
    } catch (e) {
      throw new FeedError('invalid-json', `The feed is not valid JSON: ${(e as Error).message}`);
    }
  }
  if (!isObject(doc)) throw new FeedError('not-a-feed', 'The feed must be a JSON object with "version" and "network".');
  if (!('version' in doc))
    throw new FeedError('not-a-feed', 'The feed has no "version": is this a maillage feed? Expected "version": "1.0".');
  if (typeof doc.version !== 'string' || !SUPPORTED_VERSION.test(doc.version))
    throw new FeedError(
      'unsupported-version',
      `This feed is version ${JSON.stringify(doc.version)}; this version of maillage reads version 1.x feeds.`,
      { version: doc.version },
    );
  return doc;
}

/** {@link parseFeed} with the schemas of `profile` only. */
export function parseFeedWith(input: unknown, profile: FeedProfile): ParsedFeed {
  const doc = checkFeedDocument(input);
  const warnings: FeedWarning[] = [];
  const feed: Obj = { ...doc };

  const network = run(profile.network, doc.network);
  if (network.ok) {
    feed.network = network.value;
  } else {
    const { path, message } = network;
    warnings.push({ pointer: jsonPointer('network', ...path), code: 'invalid-network', message });
    feed.network = { id: 'network', name: '' } satisfies Network;
  }
  if (doc.updated !== undefined && !(typeof doc.updated === 'string' && isDateOrDateTime(doc.updated))) {
    warnings.push({ pointer: '/updated', code: 'invalid-item', message: 'expected a date or a date-time' });
    delete feed.updated;
  }

  const ids: Record<string, Set<string>> = {};
  /** Per list, the position in the document of each kept item (for pointers). */
  const positions: Partial<Record<ListKey, number[]>> = {};
  const keys = Object.keys(profile.lists) as ListKey[];
  // Every list is present in the result; those outside the profile stay empty.
  for (const key of LIST_NAMES) feed[key] = [];
  for (const key of keys) {
    const raw = doc[key];
    const kept: Obj[] = [];
    const at: number[] = (positions[key] = []);
    const seen = new Set<string>();
    ids[key] = seen;
    feed[key] = kept;
    if (raw === undefined) continue;
    if (!Array.isArray(raw)) {
      warnings.push({
        pointer: jsonPointer(key),
        code: 'not-a-list',
        message: `"${key}" must be a list (a JSON array)`,
      });
      continue;
    }
    const check = profile.lists[key]!;
    for (let index = 0; index < raw.length; index++) {
      const result = run(check, raw[index]);
      if (!result.ok) {
        const { path, message } = result;
        warnings.push({
          pointer: jsonPointer(key, index, ...path),
          code: 'invalid-item',
          message: `item skipped: ${path.length ? path.join('.') + ' ' : ''}${message}`,
        });
        continue;
      }
      const out = result.value;
      const id = out.id as string | undefined;
      if (id !== undefined) {
        if (seen.has(id)) {
          warnings.push({
            pointer: jsonPointer(key, index, 'id'),
            code: 'duplicate-id',
            message: `item skipped: the id "${truncate(id)}" is already used by an earlier item of ${key}`,
          });
          continue;
        }
        seen.add(id);
      }
      at.push(index);
      kept.push(removeUnsafeLinks(key, out, [key, index], warnings));
    }
  }
  feed.network = removeUnsafeLinks('network', feed.network as Obj, ['network'], warnings);

  // References are checked once every list is known; a dangling one is reported, the item kept.
  checkReferences('network', feed.network as Obj, ['network'], ids, warnings);
  for (const key of keys) {
    const items = feed[key] as Obj[];
    const at = positions[key]!;
    for (let i = 0; i < items.length; i++) checkReferences(key, items[i]!, [key, at[i]!], ids, warnings);
  }
  return { feed: feed as Feed, warnings };
}
