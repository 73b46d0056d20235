import { describe, expect, it } from 'vitest';
import {
  checkJsonSyntax,
  JsonSyntaxError,
  locatePointers,
  pointerSegments,
  positionOf,
} from '../../src/cli/json-locate.js';

const syntaxError = (text: string) => {
  try {
    checkJsonSyntax(text);
  } catch (e) {
    if (e instanceof JsonSyntaxError) return { code: e.code, ...positionOf(text, e.offset) };
    throw e;
  }
  return undefined;
};

describe('locatePointers', () => {
  const text = [
    '{',
    '  "version": "1.0",',
    '  "events": [',
    '    { "id": "a", "start": "2021-03-12" },',
    '    {',
    '      "id": "b",',
    '      "start": "31/02/2021"',
    '    }',
    '  ],',
    '  "a/b": { "c~d": [1, 2, 3] }',
    '}',
  ].join('\n');

  it('gives the line and column of members (at their key) and of list items', () => {
    const at = locatePointers(text, ['/version', '/events/1/start', '/events/0', '/events/0/start', '']);
    expect(at.get('/version')).toMatchObject({ line: 2, column: 3 });
    expect(at.get('/events/1/start')).toMatchObject({ line: 7, column: 7 });
    expect(at.get('/events/0')).toMatchObject({ line: 4, column: 5 });
    expect(at.get('/events/0/start')).toMatchObject({ line: 4, column: 18 });
    expect(at.get('')).toMatchObject({ line: 1, column: 1 });
  });

  it('unescapes ~1 and ~0 in pointers', () => {
    expect(pointerSegments('/a~1b/c~0d/2')).toEqual(['a/b', 'c~d', '2']);
    expect(locatePointers(text, ['/a~1b/c~0d/2']).get('/a~1b/c~0d/2')).toMatchObject({ line: 10, column: 26 });
  });

  it('places an absent member at its nearest present ancestor', () => {
    const at = locatePointers(text, ['/events/1/title', '/events/9/id', '/nothing']);
    expect(at.get('/events/1/title')).toMatchObject({ line: 5, column: 5 });
    expect(at.get('/events/9/id')).toMatchObject({ line: 3, column: 3 });
    expect(at.get('/nothing')).toMatchObject({ line: 1, column: 1 });
  });

  it('counts CRLF line ends and a byte-order mark', () => {
    const crlf = '\uFEFF{\r\n  "x": 1,\r\n  "y": [true, null]\r\n}';
    expect(locatePointers(crlf, ['/y/1']).get('/y/1')).toMatchObject({ line: 3, column: 15 });
  });

  it('finds a pointer at the end of a large document', () => {
    const big = JSON.stringify({
      list: Array.from({ length: 200_000 }, (_, i) => ({ id: `x${i}`, c: [[i, i + 0.5]] })),
    });
    const at = locatePointers(big, ['/list/199999/c/0/1']);
    expect(at.get('/list/199999/c/0/1')!.column).toBeGreaterThan(big.length - 20);
  });
});

describe('checkJsonSyntax', () => {
  it.each([
    ['{"a": 1,\n}', 'trailing-comma', 2, 1],
    ['[1, 2,]', 'trailing-comma', 1, 7],
    ['{\n  "a": 1\n  "b": 2\n}', 'missing-comma', 3, 3],
    ["{'a': 1}", 'single-quotes', 1, 2],
    ['{"a": “x”}', 'typographic-quotes', 1, 7],
    ['{a: 1}', 'unquoted-key', 1, 2],
    ['{\n  // note\n  "a": 1\n}', 'comment', 2, 3],
    ['{"a": [1, 2', 'unexpected-end', 1, 12],
    ['{"a": "line\nbreak"}', 'control-character', 1, 12],
    ['{"a": "C:\\dossier"}', 'bad-escape', 1, 10],
    ['{"lon": 47,5}', 'bad-number', 1, 11],
    ['{"lat": 1.2.3}', 'bad-number', 1, 9],
    ['{"a": 1} {"b": 2}', 'extra-content', 1, 10],
    ['   ', 'empty', 1, 4],
    ['{"a" 1}', 'missing-colon', 1, 6],
    ['{"a": tru}', 'unexpected-character', 1, 7],
  ])('%j → %s at line %i, column %i', (text, code, line, column) => {
    expect(syntaxError(text)).toEqual({ code, offset: expect.any(Number), line, column });
  });

  it('accepts every valid JSON document JSON.parse accepts', () => {
    for (const text of [
      '{}',
      '[]',
      '0',
      '-1.5e-3',
      '"\\u00e9\\n"',
      '{"a": [true, false, null, {"b": {}}]}',
      '\uFEFF{"x": 1}',
    ])
      expect(syntaxError(text)).toBeUndefined();
  });
});
