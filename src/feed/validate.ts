import * as v from 'valibot';
import { FeedError } from './errors.js';
import { LIST_SCHEMAS, NetworkSchema, type ListKey } from './schema.js';
import { DateOrDateTimeSchema, SUPPORTED_VERSION } from './schemas/common.js';
import type { Feed, FeedWarning, Network } from './types.js';
import { safeHref } from './url.js';

/**
 * Which parts of a feed to validate, and with which schemas. An element that
 * reads only some lists validates (and bundles) only those; the other lists
 * come out empty.
 */
export interface FeedProfile {
  network: v.GenericSchema;
  lists: Partial<Record<ListKey, v.GenericSchema>>;
}

/** Every list, with the full schemas of `schema.ts`. */
export const FULL_PROFILE: FeedProfile = { network: NetworkSchema, lists: LIST_SCHEMAS };

/** A validated feed and what was left out of it. */
export interface ParsedFeed {
  feed: Feed;
  warnings: FeedWarning[];
}

/** RFC 6901 pointer from path segments. */
export function jsonPointer(...segments: (string | number)[]): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

function describeIssue(issue: v.BaseIssue<unknown>): { path: (string | number)[]; message: string } {
  const path = (issue.path ?? []).map((p) => p.key as string | number);
  // A union of alternatives reports the nested issue that went furthest; say that one.
  const nested = issue.issues?.reduce<v.BaseIssue<unknown> | undefined>(
    (best, i) => (!best || (i.path?.length ?? 0) > (best.path?.length ?? 0) ? i : best),
    undefined,
  );
  if (nested && (nested.path?.length ?? 0) > path.length) return describeIssue(nested);
  const got =
    issue.received && issue.received !== 'undefined' && !issue.message.includes('received')
      ? ` (got ${truncate(issue.received)})`
      : '';
  const message = issue.input === undefined && issue.kind === 'schema' ? 'is required' : `${issue.message}${got}`;
  return { path, message };
}

const truncate = (s: string) => (s.length > 60 ? s.slice(0, 57) + '…' : s);

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

/** Every (container, key, pointer-segments) a dotted path reaches inside `item`. */
function* reach(item: Obj, path: string): Generator<[Obj, string, (string | number)[]]> {
  const [head, ...rest] = path.split('.');
  const isList = head!.endsWith('[]');
  const key = isList ? head!.slice(0, -2) : head!;
  if (rest.length === 0) {
    if (key in item) yield [item, key, [key]];
    return;
  }
  const next = item[key];
  if (isList && Array.isArray(next)) {
    for (const [i, child] of next.entries())
      if (isObject(child)) for (const [o, k, p] of reach(child, rest.join('.'))) yield [o, k, [key, i, ...p]];
  } else if (isObject(next)) {
    for (const [o, k, p] of reach(next, rest.join('.'))) yield [o, k, [key, ...p]];
  }
}

function removeUnsafeLinks(list: string, item: Obj, base: (string | number)[], warnings: FeedWarning[]) {
  for (const path of LINK_FIELDS[list] ?? []) {
    for (const [container, key, segs] of reach(item, path)) {
      const value = container[key];
      if (typeof value === 'boolean') continue;
      // Relative links are resolved against the feed's address later; only the scheme is judged here.
      if (safeHref(value, 'https://feed.invalid/')) continue;
      delete container[key];
      warnings.push({
        pointer: jsonPointer(...base, ...segs),
        code: 'unsafe-url',
        message: `link removed: only https, http and mailto links are allowed (got ${truncate(String(value))})`,
      });
    }
  }
}

function checkReferences(
  list: string,
  item: Obj,
  base: (string | number)[],
  ids: Record<string, Set<string>>,
  warnings: FeedWarning[],
) {
  for (const [path, target] of Object.entries(REFERENCES[list] ?? {})) {
    for (const [container, key, segs] of reach(item, path)) {
      const value = container[key];
      const values = Array.isArray(value) ? value : [value];
      const known = ids[target!];
      // A list outside the profile was not read, so references to it cannot be judged.
      if (!known) continue;
      values.forEach((ref, i) => {
        if (typeof ref === 'string' && !known.has(ref))
          warnings.push({
            pointer: jsonPointer(...base, ...segs, ...(Array.isArray(value) ? [i] : [])),
            code: 'dangling-reference',
            message: `"${truncate(ref)}" is not the id of any item in ${target}; it is ignored`,
          });
      });
    }
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

  const network = v.safeParse(profile.network, doc.network);
  if (network.success) {
    feed.network = network.output;
  } else {
    const { path, message } = describeIssue(network.issues[0]);
    warnings.push({ pointer: jsonPointer('network', ...path), code: 'invalid-network', message });
    feed.network = { id: 'network', name: '' } satisfies Network;
  }
  if (doc.updated !== undefined && !v.is(DateOrDateTimeSchema, doc.updated)) {
    warnings.push({ pointer: '/updated', code: 'invalid-item', message: 'expected a date or a date-time' });
    delete feed.updated;
  }

  const ids: Record<string, Set<string>> = {};
  const originalIndex = new Map<Obj, number>();
  const keys = Object.keys(profile.lists) as ListKey[];
  for (const key of [
    'territories',
    'organisations',
    'cooperationRequests',
    'events',
    'brands',
    'themes',
    'attributions',
  ] as const)
    feed[key] = [];
  for (const key of keys) {
    const raw = doc[key];
    const kept: Obj[] = [];
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
    const schema = profile.lists[key]!;
    raw.forEach((item, index) => {
      const result = v.safeParse(schema, item);
      if (!result.success) {
        const { path, message } = describeIssue(result.issues[0]);
        warnings.push({
          pointer: jsonPointer(key, index, ...path),
          code: 'invalid-item',
          message: `item skipped: ${path.length ? path.join('.') + ' ' : ''}${message}`,
        });
        return;
      }
      const out = result.output as Obj;
      const id = out.id as string | undefined;
      if (id !== undefined) {
        if (seen.has(id)) {
          warnings.push({
            pointer: jsonPointer(key, index, 'id'),
            code: 'duplicate-id',
            message: `item skipped: the id "${truncate(id)}" is already used by an earlier item of ${key}`,
          });
          return;
        }
        seen.add(id);
      }
      removeUnsafeLinks(key, out, [key, index], warnings);
      originalIndex.set(out, index);
      kept.push(out);
    });
  }
  removeUnsafeLinks('network', feed.network as Obj, ['network'], warnings);

  // References are checked once every list is known; a dangling one is reported, the item kept.
  checkReferences('network', feed.network as Obj, ['network'], ids, warnings);
  for (const key of keys) {
    for (const item of feed[key] as Obj[]) checkReferences(key, item, [key, originalIndex.get(item)!], ids, warnings);
  }
  return { feed: feed as Feed, warnings };
}
