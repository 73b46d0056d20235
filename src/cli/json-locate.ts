/**
 * Where things are in a JSON text: the line and column of the values named by
 * JSON pointers, and a precise, explained position for syntax errors.
 * `JSON.parse` gives neither, so this is a small tokenizer of its own.
 */

/** A place in a text: 1-based line and column (UTF-16 code units, as editors count). */
export interface TextPosition {
  offset: number;
  line: number;
  column: number;
}

/** What kind of syntax mistake, so the tool can say how to fix it. */
export type JsonSyntaxCode =
  | 'empty'
  | 'unexpected-end'
  | 'unexpected-character'
  | 'trailing-comma'
  | 'missing-comma'
  | 'missing-colon'
  | 'single-quotes'
  | 'typographic-quotes'
  | 'unquoted-key'
  | 'comment'
  | 'control-character'
  | 'bad-escape'
  | 'bad-number'
  | 'extra-content';

export class JsonSyntaxError extends Error {
  override readonly name = 'JsonSyntaxError';
  constructor(
    readonly code: JsonSyntaxCode,
    readonly offset: number,
    /** The character found there, if any. */
    readonly found: string,
  ) {
    super(`${code} at offset ${offset}`);
  }
}

/** Offsets where each line starts, for offset → line/column. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  position(offset: number): TextPosition {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { offset, line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
}

/** Splits an RFC 6901 pointer into its unescaped segments. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

interface Wanted {
  here: string[];
  children: Map<string, Wanted>;
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

/**
 * A one-pass reader that checks the JSON syntax and records where the wanted
 * pointers are; subtrees nobody asked about are scanned without bookkeeping,
 * so locating a few pointers in a 10 MB feed stays fast.
 */
class Scanner {
  i = 0;
  readonly found = new Map<string, number>();
  constructor(readonly text: string) {}

  fail(code: JsonSyntaxCode, at = this.i): never {
    throw new JsonSyntaxError(code, at, this.text[at] ?? '');
  }

  skipSpace(): void {
    const t = this.text;
    for (;;) {
      const c = t.charCodeAt(this.i);
      if (WS.has(c)) this.i++;
      else if (c === 0x2f /* / */ && (t[this.i + 1] === '/' || t[this.i + 1] === '*')) this.fail('comment');
      else return;
    }
  }

  /** Explains a character that cannot start a value. */
  badValueStart(): never {
    const c = this.text[this.i];
    if (c === undefined) this.fail('unexpected-end');
    if (c === "'") this.fail('single-quotes');
    if (c === '“' || c === '”' || c === '«' || c === '»' || c === '‘' || c === '’') this.fail('typographic-quotes');
    if (c === ']' || c === '}') this.fail('unexpected-character');
    this.fail('unexpected-character');
  }

  value(wanted: Wanted | undefined): void {
    this.skipSpace();
    const c = this.text[this.i];
    if (c === '{') this.object(wanted);
    else if (c === '[') this.array(wanted);
    else if (c === '"') this.string();
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) this.number();
    else if (this.text.startsWith('true', this.i)) this.i += 4;
    else if (this.text.startsWith('false', this.i)) this.i += 5;
    else if (this.text.startsWith('null', this.i)) this.i += 4;
    else this.badValueStart();
  }

  object(wanted: Wanted | undefined): void {
    this.i++;
    this.skipSpace();
    if (this.text[this.i] === '}') {
      this.i++;
      return;
    }
    for (;;) {
      this.skipSpace();
      const c = this.text[this.i];
      if (c !== '"') {
        if (c === '}') this.fail('trailing-comma');
        if (c === "'") this.fail('single-quotes');
        if (c === '“' || c === '”' || c === '«') this.fail('typographic-quotes');
        if (c === undefined) this.fail('unexpected-end');
        if (/[A-Za-z_$]/.test(c)) this.fail('unquoted-key');
        // `"lon": 47,5`: a decimal comma splits the number and leaves digits where a key should be.
        if (/[0-9]/.test(c) && this.text[this.i - 1] === ',') this.fail('bad-number', this.i - 1);
        this.fail('unexpected-character');
      }
      const keyStart = this.i;
      const key = wanted ? this.stringValue() : (this.string(), '');
      this.skipSpace();
      if (this.text[this.i] !== ':') this.fail(this.i >= this.text.length ? 'unexpected-end' : 'missing-colon');
      this.i++;
      const child = wanted?.children.get(key);
      // A member is shown at its key: that is the line a person looks for.
      if (child) for (const p of child.here) this.found.set(p, keyStart);
      this.value(child);
      if (this.closes('}')) return;
    }
  }

  array(wanted: Wanted | undefined): void {
    this.i++;
    this.skipSpace();
    if (this.text[this.i] === ']') {
      this.i++;
      return;
    }
    for (let index = 0; ; index++) {
      this.skipSpace();
      if (this.text[this.i] === ']') this.fail('trailing-comma');
      const child = wanted?.children.get(String(index));
      if (child) for (const p of child.here) this.found.set(p, this.i);
      this.value(child);
      if (this.closes(']')) return;
    }
  }

  /** After a member or an item: a comma (false, more follow) or `close` (true, the container ends). */
  private closes(close: '}' | ']'): boolean {
    this.skipSpace();
    const next = this.text[this.i];
    if (next !== ',' && next !== close) this.fail(next === undefined ? 'unexpected-end' : 'missing-comma');
    this.i++;
    return next === close;
  }

  /** Skips a string, checking escapes and control characters. */
  string(): void {
    const t = this.text;
    this.i++;
    for (;;) {
      const c = t.charCodeAt(this.i);
      if (c === 0x22) {
        this.i++;
        return;
      }
      if (Number.isNaN(c)) this.fail('unexpected-end');
      if (c < 0x20) this.fail('control-character');
      if (c === 0x5c) {
        const e = t[this.i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(t.slice(this.i + 2, this.i + 6))) this.fail('bad-escape');
          this.i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) this.i += 2;
        else this.fail('bad-escape');
        continue;
      }
      this.i++;
    }
  }

  stringValue(): string {
    const start = this.i;
    this.string();
    return JSON.parse(this.text.slice(start, this.i)) as string;
  }

  number(): void {
    const m = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
    m.lastIndex = this.i;
    const r = m.exec(this.text);
    if (!r) this.fail('bad-number');
    const start = this.i;
    this.i += r[0].length;
    const next = this.text[this.i];
    // "1,5" in a list is two numbers to JSON; "1.5.2" or "12h" are not numbers.
    if (next !== undefined && /[0-9A-Za-z.]/.test(next)) this.fail('bad-number', start);
  }
}

/** Builds the lookup tree of the wanted pointers. */
function wantedTree(pointers: Iterable<string>): Wanted {
  const root: Wanted = { here: [], children: new Map() };
  for (const pointer of pointers) {
    let node = root;
    for (const seg of pointerSegments(pointer)) {
      let next = node.children.get(seg);
      if (!next) node.children.set(seg, (next = { here: [], children: new Map() }));
      node = next;
    }
    node.here.push(pointer);
  }
  return root;
}

/**
 * Positions of the given pointers in `text`. A pointer to something absent
 * (a missing field) gets the position of its nearest present ancestor.
 * Throws {@link JsonSyntaxError} when `text` is not JSON.
 */
export function locatePointers(text: string, pointers: Iterable<string>): Map<string, TextPosition> {
  const list = [...new Set(pointers)];
  const scanner = new Scanner(text);
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  scanner.i = start;
  scanner.skipSpace();
  const valueStart = scanner.i;
  // Ask for every ancestor too, so an absent member falls back to its parent.
  const withAncestors = new Set<string>();
  for (const p of list) {
    const segs = pointerSegments(p);
    for (let n = 0; n <= segs.length; n++)
      withAncestors.add(
        segs
          .slice(0, n)
          .map((s) => '/' + s.replace(/~/g, '~0').replace(/\//g, '~1'))
          .join(''),
      );
  }
  const tree = wantedTree(withAncestors);
  scanner.found.set('', valueStart);
  scanner.value(tree);
  const lines = new LineIndex(text);
  const out = new Map<string, TextPosition>();
  for (const p of list) {
    let segs = pointerSegments(p);
    let offset: number | undefined;
    while (offset === undefined) {
      const key = segs.map((s) => '/' + s.replace(/~/g, '~0').replace(/\//g, '~1')).join('');
      offset = scanner.found.get(key);
      segs = segs.slice(0, -1);
    }
    out.set(p, lines.position(offset));
  }
  return out;
}

/** Checks that `text` is one JSON value; throws {@link JsonSyntaxError} with the exact place otherwise. */
export function checkJsonSyntax(text: string): void {
  const scanner = new Scanner(text);
  scanner.i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  scanner.skipSpace();
  if (scanner.i >= text.length) scanner.fail('empty');
  scanner.value(undefined);
  scanner.skipSpace();
  if (scanner.i < text.length) scanner.fail('extra-content');
}

/** Line and column of an offset in `text`. */
export const positionOf = (text: string, offset: number): TextPosition => new LineIndex(text).position(offset);
