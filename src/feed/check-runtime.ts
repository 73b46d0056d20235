/**
 * The few helpers the generated validators (`checks.ts`) call. They follow the
 * schema library's rules and words, so a feed gets the same verdict and the
 * same message in the browser as in the feed tool (a differential test in
 * tests/unit/checks.test.ts holds both to it).
 */

/** Why a value was refused: where (relative to the value checked) and what to say. */
export class Fail {
  constructor(
    public path: (string | number)[],
    public message: string,
    /** True when the value had the right type but failed a rule; the schema library calls it "typed". */
    public typed: boolean,
    /** For a union, what each alternative said. */
    public alternatives?: Fail[],
  ) {}
}

/** How the schema library names a received value. */
function received(input: unknown): string {
  const type = typeof input;
  if (type === 'string') return `"${input as string}"`;
  if (type === 'number' || type === 'bigint' || type === 'boolean') return `${input as number}`;
  if (type === 'object' || type === 'function')
    return ((input &&
      (Object.getPrototypeOf(input) as { constructor?: { name?: string } } | null)?.constructor?.name) ??
      'null') as string;
  return type;
}

/** A received value as a message quotes it: at most 60 characters. */
export const truncate = (s: string) => (s.length > 60 ? s.slice(0, 57) + '…' : s);

/**
 * A refusal. `schema` is true for a wrong type or a missing key (the schema
 * library's "schema" issues), false for a rule the value broke.
 */
export function bad(
  input: unknown,
  schema: boolean,
  label: string,
  expected: string | null,
  custom?: string,
  got: string = received(input),
): Fail {
  const base = custom ?? `Invalid ${label}: ${expected ? `Expected ${expected} but r` : 'R'}eceived ${got}`;
  const message =
    input === undefined && schema
      ? 'is required'
      : base + (got && got !== 'undefined' && !base.includes('received') ? ` (got ${truncate(got)})` : '');
  return new Fail([], message, !schema);
}

type Check = (x: unknown) => unknown;

/** Runs a generated validator on a nested value and, if it refuses, puts the value's place in front of the path. */
export function sub<T>(check: (x: unknown) => T, x: unknown, ...place: (string | number)[]): T {
  try {
    return check(x);
  } catch (e) {
    if (e instanceof Fail) e.path.unshift(...place);
    throw e;
  }
}

/**
 * The first alternative that accepts `x`, as the schema library's union: if
 * none does, the refusal of the one alternative that had the right type (or of
 * the only one), else a refusal of the union listing every alternative's.
 */
export function oneOf<T>(alternatives: ((x: unknown) => T)[], x: unknown, expected: string, custom?: string): T {
  const typed: Fail[] = [];
  const untyped: Fail[] = [];
  for (const alternative of alternatives) {
    try {
      return alternative(x);
    } catch (e) {
      if (!(e instanceof Fail)) throw e;
      (e.typed ? typed : untyped).push(e);
    }
  }
  const group = typed.length ? typed : untyped;
  if (group.length === 1) throw group[0];
  const fail = bad(x, !typed.length, 'type', expected, custom);
  fail.alternatives = group;
  throw fail;
}

/*
 * Checked values are the input itself when the schema changes nothing (nothing to trim, no default to add,
 * no key to drop): a 10,000-partner feed is checked without being copied. Where something changes, the
 * object or list is copied from that point, so the input is never modified.
 */

type Obj = Record<string, unknown>;

/** The first `end` entries present in `x`, copied (all of them by default). */
function pickEntries(x: Obj, entries: readonly string[], end = entries.length): Obj {
  const out: Obj = {};
  for (let j = 0; j < end; j++) if (entries[j]! in x) out[entries[j]!] = x[entries[j]!];
  return out;
}

/** Records the checked value of entry `index`; returns the copy (made now if this value differs), or undefined. */
function keep(x: Obj, out: Obj | undefined, entries: readonly string[], index: number, value: unknown) {
  if (out) {
    out[entries[index]!] = value;
    return out;
  }
  // Callers come here with a key present in `x`, or absent with a default (which then differs).
  if (value === x[entries[index]!]) return undefined;
  // The first change: the entries before it, unchanged, then this one.
  const copy = pickEntries(x, entries, index);
  copy[entries[index]!] = value;
  return copy;
}

/** Entry `index` of `entries`, which the object must have. */
export function req(
  x: Obj,
  out: Obj | undefined,
  entries: readonly string[],
  index: number,
  check: Check,
  custom?: string,
): Obj | undefined {
  const key = entries[index]!;
  if (!(key in x)) {
    const fail = bad(undefined, true, 'key', `"${key}"`, custom);
    fail.path.push(key);
    throw fail;
  }
  return keep(x, out, entries, index, sub(check, x[key], key));
}

/** Entry `index` of `entries`, which the object may have; `fallback` when absent (or undefined). */
export function opt(
  x: Obj,
  out: Obj | undefined,
  entries: readonly string[],
  index: number,
  check: Check,
  fallback?: unknown,
): Obj | undefined {
  const key = entries[index]!;
  if (key in x) {
    const value = x[key];
    return keep(x, out, entries, index, value === undefined ? fallback : sub(check, value, key));
  }
  return fallback === undefined ? out : keep(x, out, entries, index, fallback);
}

const hasOwn = (x: object, key: string) => Object.prototype.hasOwnProperty.call(x, key);

/** Own keys an object may pass on (the schema library skips the same ones). */
const ownKey = (x: object, key: string): boolean =>
  hasOwn(x, key) && key !== '__proto__' && key !== 'prototype' && key !== 'constructor';

/** A loose object: the entries, then the keys it does not describe (never `__proto__`, `prototype`, `constructor`). */
export function loose(x: Obj, out: Obj | undefined, entries: readonly string[], known: Set<string>): Obj {
  if (!out) {
    // A list given for an object comes out as an object, as from the schema library; keys it never copies
    // make a copy too (plain loops and no allocation: this runs on every object of the feed).
    const skipped =
      Array.isArray(x) ||
      (hasOwn(x, '__proto__') && !known.has('__proto__')) ||
      (hasOwn(x, 'prototype') && !known.has('prototype')) ||
      (hasOwn(x, 'constructor') && !known.has('constructor'));
    if (!skipped) return x;
    out = pickEntries(x, entries);
  }
  for (const key in x) if (ownKey(x, key) && !known.has(key)) out[key] = x[key];
  return out;
}

/** A plain object: its entries only. */
export function plain(x: Obj, out: Obj | undefined, entries: readonly string[], known: Set<string>): Obj {
  if (out) return out;
  if (Array.isArray(x)) return pickEntries(x, entries);
  for (const key in x) if (!known.has(key) || !hasOwn(x, key)) return pickEntries(x, entries);
  return x;
}

/** Every item of a list, checked; the list itself when no item changed. */
export function each(list: unknown[], check: Check): unknown[] {
  let out: unknown[] | undefined;
  for (let i = 0; i < list.length; i++) {
    const value = list[i];
    const checked = sub(check, value, i);
    if (out) out.push(checked);
    else if (checked !== value) (out = list.slice(0, i)).push(checked);
  }
  return out ?? list;
}

/** A fixed-length list (extra items dropped). */
export function tuple(x: unknown[], checks: Check[]): unknown[] {
  const out = checks.map((check, i) => sub(check, x[i], i));
  return x.length === checks.length && out.every((v, i) => v === x[i]) ? x : out;
}

/** A map of keys to values, both checked (skipped keys: see {@link ownKey}). */
export function record(x: Obj, key: Check, value: Check): Obj {
  let out: Obj | undefined;
  let same = !Array.isArray(x);
  for (const k in x) {
    if (!ownKey(x, k)) {
      same = false;
      continue;
    }
    const kk = sub(key, k, k) as string;
    const vv = sub(value, x[k], k);
    (out ??= {})[kk] = vv;
    if (kk !== k || vv !== x[k]) same = false;
  }
  return same ? x : (out ?? {});
}

/**
 * Where to point and what to say for a refusal: a union's refusal points at
 * the alternative that got furthest into the value, when one got past the union itself.
 */
export function explain(fail: Fail): { path: (string | number)[]; message: string } {
  const furthest = fail.alternatives?.reduce<Fail | undefined>(
    (best, f) => (!best || f.path.length > best.path.length ? f : best),
    undefined,
  );
  if (furthest && furthest.path.length > 0) {
    const inner = explain(furthest);
    return { path: [...fail.path, ...inner.path], message: inner.message };
  }
  return { path: fail.path, message: fail.message };
}
