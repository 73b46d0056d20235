/**
 * The validators the browser runs (src/feed/checks.ts) are generated from the
 * valibot schema. This holds them to it: on every item of the sample feeds, the
 * hostile fixture, a synthetic national feed and thousands of seeded mutations
 * of them, both must accept or refuse alike, give the same checked copy, and
 * point at the same place with the same words.
 */
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { explain, Fail } from '../../src/feed/check-runtime.js';
import { checkNetwork, checkNetworkIdentity, checkOrganisationLabels, LIST_CHECKS } from '../../src/feed/checks.js';
import { LIST_SCHEMAS, NetworkIdentitySchema, NetworkSchema, OrganisationLabelsSchema } from '../../src/feed/schema.js';
import { mulberry32 as random } from '../../src/cli/random.js';
import { synthFeed } from '../../src/cli/synth.js';

type Outcome = { ok: true; value: unknown } | { ok: false; path: (string | number)[]; message: string };

const truncate = (s: string) => (s.length > 60 ? s.slice(0, 57) + '…' : s);

/** What the validator said before it was generated: valibot's first issue, a union's furthest alternative. */
function describeIssue(issue: v.BaseIssue<unknown>): { path: (string | number)[]; message: string } {
  const path = (issue.path ?? []).map((p) => p.key as string | number);
  const furthest = issue.issues?.reduce<v.BaseIssue<unknown> | undefined>(
    (best, i) => (!best || (i.path?.length ?? 0) > (best.path?.length ?? 0) ? i : best),
    undefined,
  );
  if (furthest && (furthest.path?.length ?? 0) > 0) {
    const inner = describeIssue(furthest);
    return { path: [...path, ...inner.path], message: inner.message };
  }
  const got =
    issue.received && issue.received !== 'undefined' && !issue.message.includes('received')
      ? ` (got ${truncate(issue.received)})`
      : '';
  return { path, message: issue.input === undefined && issue.kind === 'schema' ? 'is required' : issue.message + got };
}

function withValibot(schema: v.GenericSchema, item: unknown): Outcome {
  const result = v.safeParse(schema, item);
  return result.success ? { ok: true, value: result.output } : { ok: false, ...describeIssue(result.issues[0]) };
}

function withChecks(check: (x: unknown) => unknown, item: unknown): Outcome {
  try {
    return { ok: true, value: check(item) };
  } catch (e) {
    if (!(e instanceof Fail)) throw e;
    return { ok: false, ...explain(e) };
  }
}

const read = (path: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const documents = [
  ...['reseau', 'ailb', 'mayenne', 'leader-2024'].map((name) => read(`../../demo/feeds/${name}.json`)),
  read('../fixtures/hostile-feed.json'),
  synthFeed({ today: '2026-01-15', partners: 400, events: 200, requests: 100, seed: 3 }) as Record<string, unknown>,
];

const PAIRS: [string, v.GenericSchema, (x: unknown) => unknown][] = [
  ['network', NetworkSchema, checkNetwork],
  ['network (identity view)', NetworkIdentitySchema, checkNetworkIdentity],
  ['organisations (labels view)', OrganisationLabelsSchema, checkOrganisationLabels],
  ...Object.entries(LIST_SCHEMAS).map(
    ([key, schema]) =>
      [key, schema, LIST_CHECKS[key as keyof typeof LIST_CHECKS]] as [string, v.GenericSchema, (x: unknown) => unknown],
  ),
];

const itemsOf = (label: string): unknown[] => {
  const key = label.split(' ')[0]!;
  return documents.flatMap((doc) =>
    key === 'network' ? [doc.network] : Array.isArray(doc[key]) ? (doc[key] as unknown[]) : [],
  );
};

/** Values a spreadsheet export, a typo or a hostile publisher put where they do not belong. */
const ODD_VALUES: unknown[] = [
  undefined,
  null,
  0,
  -1,
  1.5,
  1e308,
  -200,
  95,
  2500,
  true,
  false,
  '',
  '   ',
  'x',
  'FR',
  'fr',
  '2021-02-30',
  '2021-03-12',
  '2021-03-12T18:00:00',
  '2021-03-12T18:00:00+01:00',
  '1899-12-31',
  'javascript:alert(1)',
  'https://example.org/',
  'a'.repeat(201),
  'a'.repeat(4001),
  '#e30613',
  '#zzz',
  'not-an-email',
  'contact@example.org',
  '123456789',
  '2A',
  'Polygon',
  'open',
  'partners',
  [],
  ['x'],
  [1],
  [''],
  {},
  { fr: '' },
  { fr: 'Bonjour', en: 'Hello' },
  { FR: 'x' },
  { fr: 5 },
  { 'fr-FR': 'x' },
  { lon: 0, lat: 0 },
  { lon: 200, lat: 0 },
  [0, 0, 1, 1],
  [0, 0, 1],
];

type Container = Record<string, unknown> | unknown[];

/** Every place inside `value` where a mutation can land: [container, key]. */
function places(value: unknown, out: [Container, string | number][] = []): [Container, string | number][] {
  if (Array.isArray(value))
    value.forEach((item, i) => {
      out.push([value, i]);
      places(item, out);
    });
  else if (value && typeof value === 'object')
    for (const [k, item] of Object.entries(value)) {
      out.push([value as Container, k]);
      places(item, out);
    }
  return out;
}

function mutate(item: unknown, rand: () => number): unknown {
  const copy = structuredClone(item);
  const spots = places(copy);
  if (!spots.length || rand() < 0.08) return ODD_VALUES[Math.floor(rand() * ODD_VALUES.length)];
  const [container, key] = spots[Math.floor(rand() * spots.length)]!;
  const value = ODD_VALUES[Math.floor(rand() * ODD_VALUES.length)];
  if (value === undefined && !Array.isArray(container)) delete (container as Record<string, unknown>)[key];
  else (container as Record<string | number, unknown>)[key] = value;
  if (rand() < 0.1 && copy && typeof copy === 'object' && !Array.isArray(copy))
    (copy as Record<string, unknown>)['x-extension'] = { kept: true };
  return copy;
}

/** JSON with keys sorted: the checks may return the input itself, whose keys keep the feed's order. */
const stable = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );

/** Same verdict, same value, same place and words. */
function expectSame(schema: v.GenericSchema, check: (x: unknown) => unknown, item: unknown, label: string) {
  const expected = withValibot(schema, item);
  const before = stable(item);
  const actual = withChecks(check, item);
  expect(stable(actual), label).toBe(stable(expected));
  // The checks never change what they are given.
  expect(stable(item), `${label} (input left as it was)`).toBe(before);
}

describe('generated checks (src/feed/checks.ts) against the valibot schema', () => {
  for (const [key, schema, check] of PAIRS) {
    it(`${key}: agree on every item of the sample, hostile and synthetic feeds`, () => {
      const items = itemsOf(key);
      expect(items.length, `${key} has items to compare`).toBeGreaterThan(0);
      items.forEach((item, i) => expectSame(schema, check, item, `${key}[${i}]`));
    });

    it(`${key}: agree on seeded mutations of those items`, () => {
      const items = itemsOf(key);
      const rand = random(key.length * 7919);
      let refused = 0;
      for (let n = 0; n < 3000; n++) {
        const mutant = mutate(items[n % items.length], rand);
        expectSame(schema, check, mutant, `${key} mutant ${n}: ${JSON.stringify(mutant)?.slice(0, 300)}`);
        if (!withChecks(check, mutant).ok) refused++;
      }
      // The mutations must exercise refusals, not only acceptances.
      expect(refused).toBeGreaterThan(300);
    });
  }

  it('copy the input instead of changing it', () => {
    const item = { id: 'a', name: '  Padded  ', kind: ' association ', extra: { deep: 1 } };
    const before = structuredClone(item);
    const out = LIST_CHECKS.organisations(item) as Record<string, unknown>;
    expect(item).toEqual(before);
    expect(out.name).toBe('Padded');
    expect(out.extra).toEqual({ deep: 1 });
  });

  it('return the very input when nothing changes, so a big feed is not copied', () => {
    const item = { id: 'a', name: 'Nom', kind: 'association', themes: ['t'], contact: { email: 'a@example.org' } };
    expect(LIST_CHECKS.organisations(item)).toBe(item);
    const padded = { ...item, contact: { email: 'a@example.org', name: ' Padded ' } };
    const out = LIST_CHECKS.organisations(padded) as typeof padded;
    expect(out).not.toBe(padded);
    expect(out.themes).toBe(padded.themes);
    expect(out.contact.name).toBe('Padded');
  });

  it('never copy __proto__ from a hostile object', () => {
    const item = JSON.parse('{"id":"a","name":"N","kind":"k","__proto__":{"polluted":true}}');
    const out = LIST_CHECKS.organisations(item) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(out, '__proto__')).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
