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
export function received(input: unknown): string {
  const type = typeof input;
  if (type === 'string') return `"${input as string}"`;
  if (type === 'number' || type === 'bigint' || type === 'boolean') return `${input as number}`;
  if (type === 'object' || type === 'function')
    return ((input &&
      (Object.getPrototypeOf(input) as { constructor?: { name?: string } } | null)?.constructor?.name) ??
      'null') as string;
  return type;
}

const truncate = (s: string) => (s.length > 60 ? s.slice(0, 57) + '…' : s);

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

/** A key an object must have, checked into `out`. */
export function req(
  x: Record<string, unknown>,
  out: Record<string, unknown>,
  key: string,
  check: Check,
  custom?: string,
) {
  if (!(key in x)) {
    const fail = bad(undefined, true, 'key', `"${key}"`, custom);
    fail.path.push(key);
    throw fail;
  }
  out[key] = sub(check, x[key], key);
}

/** A key an object may have, checked into `out` when present; `fallback` when absent (or undefined). */
export function opt(
  x: Record<string, unknown>,
  out: Record<string, unknown>,
  key: string,
  check: Check,
  fallback?: unknown,
) {
  if (key in x) {
    const value = x[key];
    out[key] = value === undefined ? fallback : sub(check, value, key);
  } else if (fallback !== undefined) out[key] = fallback;
}

/** Every item of a list, checked. */
export const each = (list: unknown[], check: Check): unknown[] => list.map((item, i) => sub(check, item, i));

/** Own keys an object may pass on (the schema library skips the same ones). */
export const ownKey = (x: object, key: string): boolean =>
  Object.prototype.hasOwnProperty.call(x, key) && key !== '__proto__' && key !== 'prototype' && key !== 'constructor';

/** Copies the keys a loose object does not describe. */
export function rest(x: object, out: Record<string, unknown>, known: Set<string>): Record<string, unknown> {
  for (const key in x) if (ownKey(x, key) && !known.has(key)) out[key] = (x as Record<string, unknown>)[key];
  return out;
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
