import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FeedError, parseFeed, jsonPointer, PLAIN_HTTP_LINK, safeHref } from '../../src/feed/index.js';

const minimal = { version: '1.0', network: { id: 'n', name: 'Réseau' } };
const hostile = readFileSync(new URL('../fixtures/hostile-feed.json', import.meta.url), 'utf8');

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e instanceof FeedError ? e.code : 'other';
  }
  return 'no error';
};

describe('parseFeed', () => {
  it('reads a minimal feed and fills absent lists', () => {
    const { feed, warnings } = parseFeed(minimal);
    expect(warnings).toEqual([]);
    expect(feed.organisations).toEqual([]);
    expect(feed.events).toEqual([]);
  });

  it('gives one typed error for documents that are not feeds', () => {
    expect(codeOf(() => parseFeed('{not json'))).toBe('invalid-json');
    expect(codeOf(() => parseFeed('[]'))).toBe('not-a-feed');
    expect(codeOf(() => parseFeed(null))).toBe('not-a-feed');
    expect(codeOf(() => parseFeed({ network: {} }))).toBe('not-a-feed');
    expect(codeOf(() => parseFeed({ ...minimal, version: '2.0' }))).toBe('unsupported-version');
    expect(codeOf(() => parseFeed({ ...minimal, version: 1 }))).toBe('unsupported-version');
    expect(codeOf(() => parseFeed({ ...minimal, version: '1.3' }))).toBe('no error');
  });

  it('keeps valid items and reports each dropped one by JSON pointer', () => {
    const { feed, warnings } = parseFeed({
      ...minimal,
      events: [
        { id: 'ok', title: 'Bureau', start: '2021-03-12T18:00:00+01:00' },
        { id: 'bad-date', title: 'x', start: '31/02/2021' },
        { id: 'ok-2', title: { fr: 'AG', en: 'GM' }, start: '2021-06-24' },
        { title: 'no id', start: '2021-06-24' },
      ],
    });
    expect(feed.events.map((e) => e.id)).toEqual(['ok', 'ok-2']);
    expect(warnings.map((w) => [w.code, w.pointer])).toEqual([
      ['invalid-item', '/events/1/start'],
      ['invalid-item', '/events/3/id'],
    ]);
    expect(warnings[0]!.message).toMatch(/2021-03-12/);
  });

  it('drops later duplicates, keeps dangling references with a warning, keeps unknown keys', () => {
    const { feed, warnings } = parseFeed({
      ...minimal,
      future: { x: 1 },
      themes: [
        { id: 't', label: 'A', extra: true },
        { id: 't', label: 'B' },
      ],
      organisations: [{ id: 'o', name: 'O', kind: 'association', themes: ['t', 'nope'] }],
    });
    expect(feed.themes).toHaveLength(1);
    expect((feed.themes[0] as Record<string, unknown>).extra).toBe(true);
    expect((feed as Record<string, unknown>).future).toEqual({ x: 1 });
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'duplicate-id', pointer: '/themes/1/id' }));
    expect(warnings).toContainEqual(
      expect.objectContaining({ code: 'dangling-reference', pointer: '/organisations/0/themes/1' }),
    );
    expect(feed.organisations[0]!.themes).toEqual(['t', 'nope']);
  });

  it('removes javascript:, data: and other unsafe links but keeps the item', () => {
    const { feed, warnings } = parseFeed({
      ...minimal,
      organisations: [
        {
          id: 'o',
          name: 'O',
          kind: 'association',
          website: 'javascript:alert(1)',
          contact: { url: 'https://ok.example' },
        },
      ],
    });
    expect(feed.organisations[0]!.website).toBeUndefined();
    expect(feed.organisations[0]!.contact?.url).toBe('https://ok.example');
    expect(warnings).toEqual([expect.objectContaining({ code: 'unsafe-url', pointer: '/organisations/0/website' })]);
  });

  it('does not mutate the input document', () => {
    const input = { ...minimal, organisations: [{ id: 'o', name: 'O', kind: 'x', website: 'javascript:1' }] };
    parseFeed(input);
    expect(input.organisations[0]!.website).toBe('javascript:1');
  });

  it('survives the hostile fixture, keeping its valid items', () => {
    const { feed, warnings } = parseFeed(hostile);
    expect(feed.organisations.map((o) => o.id)).toEqual(['org-script', 'org-huge', 'org-rtl']);
    expect(feed.events.map((e) => e.id)).toEqual(['event-hostile', 'event-end-before-start', 'event-other-tz']);
    expect(feed.cooperationRequests.map((r) => r.id)).toEqual(['req-hostile', 'req-missing-org']);
    const text = JSON.stringify(feed);
    expect(text).not.toMatch(/"(url|website|registrationUrl)":"(javascript|data|vbscript):/);
    expect(warnings.length).toBeGreaterThan(20);
    expect(warnings.every((w) => w.pointer.startsWith('/'))).toBe(true);
  });

  it('escapes JSON pointer segments', () => {
    expect(jsonPointer('a/b', 'c~d', 0)).toBe('/a~1b/c~0d/0');
  });

  it('validates 10,000 organisations quickly enough to run on a page', () => {
    const organisations = Array.from({ length: 10_000 }, (_, i) => ({
      id: `o${i}`,
      name: { fr: `Organisation ${i}` },
      kind: 'entreprise',
      themes: [],
      location: { lon: -1, lat: 47 },
    }));
    const { feed } = parseFeed({ ...minimal, organisations });
    expect(feed.organisations).toHaveLength(10_000);
  });
});

describe('the plain-link fast path', () => {
  it('never accepts a link that safeHref refuses (200,000 seeded random links)', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const chars = "abzAZ09.-:/?#%@[]!$&'()*+,;=~_\\ éx-";
    let tested = 0;
    for (let i = 0; i < 200_000; i++) {
      let link = rand() < 0.5 ? 'https://' : 'http://';
      if (rand() < 0.1) link += 'xn--';
      const length = Math.floor(rand() * 16);
      for (let j = 0; j < length; j++) link += chars[Math.floor(rand() * chars.length)];
      if (!PLAIN_HTTP_LINK.test(link)) continue;
      tested++;
      if (/xn--/i.test(link)) continue;
      expect(safeHref(link, 'https://feed.invalid/'), link).toBeTruthy();
    }
    expect(tested).toBeGreaterThan(3000);
  });
});

describe('parseFeed leaves the document alone', () => {
  const deepFreeze = <T>(value: T): T => {
    if (value && typeof value === 'object') {
      Object.values(value).forEach(deepFreeze);
      Object.freeze(value);
    }
    return value;
  };

  it('validates a deep-frozen hostile feed exactly as a fresh copy (no write into the document)', () => {
    const fresh = parseFeed(JSON.parse(hostile));
    const frozen = parseFeed(deepFreeze(JSON.parse(hostile)));
    expect(frozen.warnings).toEqual(fresh.warnings);
    expect(frozen.feed).toEqual(fresh.feed);
    expect(frozen.warnings.some((w) => w.code === 'unsafe-url')).toBe(true);
  });

  it('removes an unsafe link from its copy of the item, not from the document', () => {
    const doc = {
      ...minimal,
      organisations: [{ id: 'o', name: 'O', kind: 'association', contact: { url: 'javascript:alert(1)' } }],
    };
    const { feed } = parseFeed(doc);
    expect(feed.organisations[0]!.contact).toEqual({});
    expect(doc.organisations[0]!.contact.url).toBe('javascript:alert(1)');
  });
});
