/**
 * Writes src/feed/checks.ts: plain JavaScript validators generated from the
 * valibot schema in src/feed/schema.ts, the single source of truth. The
 * browser runs these (a fraction of the size of the schema library and several
 * times faster on big feeds); tests/unit/checks.test.ts proves they accept,
 * refuse, transform and explain exactly as valibot does. `--check` fails when
 * the committed file is stale.
 *
 * Every schema or action the feed uses is translated; anything else stops the
 * generator, so a new kind of rule cannot slip through unchecked.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as formats from '../src/feed/formats.js';
import * as schemas from '../src/feed/schema.js';

const OUT = new URL('../src/feed/checks.ts', import.meta.url);

interface Node {
  kind: 'schema' | 'validation' | 'transformation' | 'metadata';
  type: string;
  expects?: string;
  message?: unknown;
  pipe?: Node[];
  entries?: Record<string, Node>;
  item?: Node;
  items?: Node[];
  key?: Node;
  value?: Node;
  options?: unknown[];
  wrapped?: Node;
  default?: unknown;
  requirement?: unknown;
}

const isSchema = (x: unknown): x is Node =>
  typeof x === 'object' && x !== null && (x as Node).kind === 'schema' && '~run' in x;

/** Exported names of the schemas, so the output reads like the source (checkOrganisation, checkLocalizedText…). */
const names = new Map<Node, string>();
for (const [name, value] of Object.entries(schemas))
  if (isSchema(value) && name !== 'FeedSchema' && !names.has(value))
    names.set(value, 'check' + name.replace(/Schema$/, '').replace(/^./, (c) => c.toUpperCase()));

/** The predicates of `formats.ts`, by identity, for `v.check(fn)`. */
const predicates = new Map<unknown, string>(
  Object.entries(formats)
    .filter(([, f]) => typeof f === 'function')
    .map(([name, f]) => [f, name]),
);

const constants: string[] = [];
const constantNames = new Map<string, string>();
const constant = (prefix: string, code: string): string => {
  let name = constantNames.get(code);
  if (!name) {
    name = `${prefix}${constantNames.size}`;
    constantNames.set(code, name);
    constants.push(`const ${name} = ${code};`);
  }
  return name;
};

const functions = new Map<Node, string>(); // node → its function's name
const bodies = new Map<string, string>(); // body → name, so identical rules share one function
const written: string[] = [];
let counter = 0;

const message = (node: Node): string => {
  if (node.message === undefined) return '';
  if (typeof node.message !== 'string') throw new Error(`a ${node.type} has a non-string message: not supported`);
  return JSON.stringify(node.message);
};
const args = (...list: string[]) => {
  while (list.length && list[list.length - 1] === '') list.pop();
  return list.map((a) => a || 'undefined').join(', ');
};
const isOptional = (node: Node) =>
  node.type === 'optional' || node.type === 'exact_optional' || node.type === 'nullish';

/**
 * The function that checks `node`: named after its schema when it has a name
 * (checkOrganisation, checkLocalizedText…), shared with any other rule written
 * the same way. Each function checks its own value; `sub` adds the place.
 */
function functionFor(node: Node): string {
  const known = functions.get(node);
  if (known) return known;
  const lines: string[] = [];
  const r = body(node, lines);
  const code = `${lines.join('\n')}\nreturn ${r};`;
  let name = bodies.get(code);
  if (!name || names.has(node)) {
    name = names.get(node) ?? `rule${counter++}`;
    bodies.set(code, name);
    written.push(`${names.has(node) ? 'export ' : ''}function ${name}(x: any): any {\n${code}\n}`);
  }
  functions.set(node, name);
  return name;
}

/** Statements that check `x` (the function's argument); returns the expression of the checked copy. */
function body(node: Node, out: string[]): string {
  const refuse = (expected = node.expects) =>
    `throw bad(${args('x', 'true', "'type'", JSON.stringify(expected ?? null), message(node))});`;
  if (node.pipe) {
    const base = node.pipe[0]!;
    out.push(`let v = ${isContainer(base) || base.pipe ? `${functionFor(base)}(x)` : 'x'};`);
    if (!isContainer(base) && !base.pipe) out.push(...leaf(base, 'v'));
    for (const action of node.pipe.slice(1)) out.push(...actionCode(action));
    return 'v';
  }
  if (!isContainer(node)) {
    out.push(...leaf(node, 'x'));
    return 'x';
  }
  switch (node.type) {
    case 'optional':
      out.push(`if (x === undefined) return ${JSON.stringify(node.default) ?? 'undefined'};`);
      return `${functionFor(node.wrapped!)}(x)`;
    case 'object':
    case 'loose_object': {
      const keys = Object.keys(node.entries!);
      const entries = constant('ENTRIES', JSON.stringify(keys));
      const known = constant('KEYS', `new Set(${entries})`);
      // `o` stays undefined while every entry is unchanged (see check-runtime.ts).
      out.push(`if (!x || typeof x !== 'object') ${refuse()}`, 'let o;');
      keys.forEach((key, index) => {
        const entry = node.entries![key]!;
        if (isOptional(entry))
          out.push(
            `o = opt(x, o, ${args(entries, String(index), functionFor(entry.wrapped!), JSON.stringify(entry.default) ?? '')});`,
          );
        else
          out.push(
            `o = req(x, o, ${entries}, ${index}, ${functionFor(entry)}${node.message === undefined ? '' : `, ${message(node)}`});`,
          );
      });
      // A loose object keeps the keys it does not describe; a plain one drops them.
      return `${node.type === 'loose_object' ? 'loose' : 'plain'}(x, o, ${entries}, ${known})`;
    }
    case 'array':
      out.push(`if (!Array.isArray(x)) ${refuse()}`);
      return `each(x, ${functionFor(node.item!)})`;
    case 'tuple':
      out.push(`if (!Array.isArray(x)) ${refuse()}`);
      return `tuple(x, [${node.items!.map(functionFor).join(', ')}])`;
    case 'record':
      out.push(`if (!x || typeof x !== 'object') ${refuse()}`);
      return `record(x, ${functionFor(node.key!)}, ${functionFor(node.value!)})`;
    case 'union':
      return `oneOf([${(node.options as Node[]).map(functionFor).join(', ')}], ${args('x', JSON.stringify(node.expects), message(node))})`;
    default:
      throw new Error(`schema type "${node.type}" is not translated by build-checks.ts: add it (and its test)`);
  }
}

const isContainer = (node: Node) => !['string', 'number', 'boolean', 'picklist', 'unknown'].includes(node.type);

/** The type test of a leaf schema on variable `v`. */
function leaf(node: Node, v: string): string[] {
  const refuse = `throw bad(${args(v, 'true', "'type'", JSON.stringify(node.expects ?? null), message(node))});`;
  switch (node.type) {
    case 'string':
    case 'boolean':
      return [`if (typeof ${v} !== '${node.type}') ${refuse}`];
    case 'number':
      return [`if (typeof ${v} !== 'number' || ${v} !== ${v}) ${refuse}`];
    case 'picklist':
      return [`if (!${constant('OPTIONS', JSON.stringify(node.options))}.includes(${v})) ${refuse}`];
    case 'unknown':
      return [];
    default:
      throw new Error(`schema type "${node.type}" is not translated by build-checks.ts`);
  }
}

/** A pipe's action on variable `v`. */
function actionCode(action: Node): string[] {
  const refuse = (label: string, expected: string | null, got = '') =>
    `throw bad(${args('v', 'false', JSON.stringify(label), JSON.stringify(expected), message(action), got)});`;
  const requirement = action.requirement;
  switch (action.type) {
    case 'metadata':
    case 'description':
    case 'title':
      return [];
    case 'trim':
      return ['v = v.trim();'];
    case 'min_length':
      return [`if (v.length < ${requirement}) ${refuse('length', action.expects!, '`${v.length}`')}`];
    case 'max_length':
      return [`if (v.length > ${requirement}) ${refuse('length', action.expects!, '`${v.length}`')}`];
    case 'min_value':
      return [`if (!(v >= ${JSON.stringify(requirement)})) ${refuse('value', action.expects!)}`];
    case 'max_value':
      return [`if (!(v <= ${JSON.stringify(requirement)})) ${refuse('value', action.expects!)}`];
    case 'integer':
      return [`if (!Number.isInteger(v)) ${refuse('integer', null)}`];
    case 'finite':
      return [`if (!Number.isFinite(v)) ${refuse('finite', null)}`];
    case 'regex':
    case 'email':
    case 'hex_color': {
      const re = constant('RE', String(requirement));
      const label = action.type === 'regex' ? 'format' : action.type === 'email' ? 'email' : 'hex color';
      return [`if (!${re}.test(v)) ${refuse(label, action.type === 'regex' ? action.expects! : null)}`];
    }
    case 'check': {
      const fn = predicates.get(requirement);
      if (!fn) throw new Error('a v.check() predicate is not exported by src/feed/formats.ts: move it there');
      return [`if (!${fn}(v)) ${refuse('input', null)}`];
    }
    default:
      throw new Error(`action "${action.type}" is not translated by build-checks.ts: add it (and its test)`);
  }
}

/** One function per exported schema (lists, network, the narrower views some elements read); bundlers drop the unused. */
const lists = Object.entries(schemas.LIST_SCHEMAS) as unknown as [string, Node][];
for (const node of names.keys()) functionFor(node);

const usedPredicates = [...new Set([...predicates.values()])].filter((p) => written.some((b) => b.includes(`${p}(`)));
const source = `/**
 * GENERATED by scripts/build-checks.ts from the valibot schema in
 * src/feed/schema.ts: do not edit (\`npm run schema\` writes it again).
 * One function per schema; each returns its input when the schema changes
 * nothing in it (a copy from the first change otherwise) or throws a Fail
 * saying where and why (see check-runtime.ts).
 */
/* eslint-disable */
// @ts-nocheck
import { bad, each, loose, oneOf, opt, plain, record, req, tuple } from './check-runtime.js';
import { ${usedPredicates.join(', ')} } from './formats.js';

${constants.join('\n')}

${written.join('\n\n')}

/** The checker of each list's items, by list. */
export const LIST_CHECKS = {
${lists.map(([key, schema]) => `  ${key}: ${functions.get(schema)},`).join('\n')}
};

/** The lists' names alone: naming them does not bundle every checker (the badge reads two lists). */
export const LIST_NAMES = [${lists.map(([key]) => `'${key}'`).join(', ')}] as const;
`;

if (process.argv.includes('--check')) {
  const current = readFileSync(OUT, 'utf8');
  if (current !== (await format(source))) {
    console.error('src/feed/checks.ts is stale: run `npm run schema` and commit it.');
    process.exit(1);
  }
} else {
  writeFileSync(OUT, await format(source));
  console.log(`wrote ${OUT.pathname}`);
}

async function format(code: string): Promise<string> {
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(OUT.pathname)) ?? {};
  return prettier.format(code, { ...options, filepath: OUT.pathname });
}
