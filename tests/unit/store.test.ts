import { describe, expect, it, vi } from 'vitest';
import {
  FeedError,
  FeedStore,
  checkNetwork,
  checkTheme,
  parseFeed,
  parseFeedWith,
  type PersistentCache,
  type StoredCopy,
} from '../../src/feed/index.js';

const FEED = JSON.stringify({
  version: '1.0',
  network: { id: 'n', name: 'Réseau' },
  themes: [{ id: 't', label: 'T' }],
});

function memoryCache(): PersistentCache & { data: Map<string, StoredCopy> } {
  const data = new Map<string, StoredCopy>();
  return {
    data,
    get: async (url) => data.get(url),
    put: async (url, copy) => void data.set(url, copy),
    delete: async (url) => void data.delete(url),
  };
}

/** A fetch double that answers with `respond` and counts calls. */
function fakeFetch(respond: (call: number, init?: RequestInit) => Response | Promise<Response>) {
  const calls: RequestInit[] = [];
  const fn = (async (_url: RequestInfo | URL, init?: RequestInit) => {
    calls.push(init ?? {});
    return respond(calls.length, init);
  }) as typeof fetch;
  return { fn, calls };
}

const rejectsWith = async (p: Promise<unknown>, code: string, status?: number) => {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FeedError);
  expect((error as FeedError).code).toBe(code);
  if (status) expect((error as FeedError).details.status).toBe(status);
};

describe('FeedStore', () => {
  it('makes one request however many callers ask at once', async () => {
    const f = fakeFetch(() => new Response(FEED));
    const store = new FeedStore({ fetch: f.fn, persist: null });
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => store.load('https://x.example/feed.json', parseFeed)));
    expect(f.calls).toHaveLength(1);
    expect(new Set(results).size).toBe(1);
    expect(results[0]!.feed.themes).toHaveLength(1);
    await store.load('https://x.example/feed.json', parseFeed);
    expect(f.calls).toHaveLength(1);
  });

  it('gives typed errors: HTTP status, invalid JSON, wrong version, network, timeout', async () => {
    const url = 'https://x.example/f.json';
    const s = (fetch: typeof globalThis.fetch, timeout?: number) => new FeedStore({ fetch, persist: null, timeout });
    await rejectsWith(s(fakeFetch(() => new Response('no', { status: 404 })).fn).load(url, parseFeed), 'http', 404);
    await rejectsWith(s(fakeFetch(() => new Response('{oops')).fn).load(url, parseFeed), 'invalid-json');
    await rejectsWith(
      s(fakeFetch(() => new Response('{"version":"2.0","network":{}}')).fn).load(url, parseFeed),
      'unsupported-version',
    );
    await rejectsWith(
      s(fakeFetch(() => Promise.reject(new TypeError('Failed to fetch'))).fn).load(url, parseFeed),
      'network',
    );
    const hanging = fakeFetch(
      (_n, init) =>
        new Promise<Response>((_resolve, reject) =>
          init!.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        ),
    );
    await rejectsWith(s(hanging.fn, 50).load(url, parseFeed), 'timeout');
  });

  it('decodes a body that arrives in pieces: a byte-order mark, a letter split between two pieces', async () => {
    const bytes = new TextEncoder().encode('\uFEFF' + FEED);
    const cut = bytes.indexOf(0xc3) + 1; // inside the two bytes of "é"
    const pieces = [bytes.slice(0, 2), bytes.slice(2, cut), bytes.slice(cut)];
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = pieces.shift();
        if (next) controller.enqueue(next);
        else controller.close();
      },
    });
    const store = new FeedStore({ fetch: fakeFetch(() => new Response(body)).fn, persist: null });
    const { feed } = await store.load('https://x.example/f.json', parseFeed);
    expect(feed.network.name).toBe('Réseau');
  });

  it('times out when the body stops arriving halfway', async () => {
    const f = fakeFetch((_n, init) => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(FEED.slice(0, 20)));
          init!.signal!.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')));
        },
      });
      return new Response(body);
    });
    await rejectsWith(
      new FeedStore({ fetch: f.fn, persist: null, timeout: 50 }).load('https://x.example/f.json', parseFeed),
      'timeout',
    );
  });

  it('asks again after a failure (retry), not after a success', async () => {
    const f = fakeFetch((n) => (n === 1 ? new Response('', { status: 503 }) : new Response(FEED)));
    const store = new FeedStore({ fetch: f.fn, persist: null });
    await rejectsWith(store.load('https://x.example/f.json', parseFeed), 'http', 503);
    const ok = await store.load('https://x.example/f.json', parseFeed);
    expect(ok.stale).toBe(false);
    expect(f.calls).toHaveLength(2);
  });

  it('serves the last good copy, with its date, when the network fails', async () => {
    const persist = memoryCache();
    const url = 'https://x.example/f.json';
    const online = new FeedStore({ fetch: fakeFetch(() => new Response(FEED)).fn, persist });
    const first = await online.load(url, parseFeed);
    await online.persisted();
    expect(persist.data.get(url)?.body).toBe(FEED);
    const offline = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const second = await new FeedStore({ fetch: offline.fn, persist }).load(url, parseFeed);
    expect(second.stale).toBe(true);
    expect(second.staleReason?.code).toBe('network');
    expect(second.fetchedAt.toISOString()).toBe(first.fetchedAt.toISOString());
    expect(second.feed.themes).toHaveLength(1);
  });

  it('hands the feed over first and writes the copy later, when the page is idle', async () => {
    let release: (() => void) | undefined;
    const slow: PersistentCache = {
      get: async () => undefined,
      put: () => new Promise<void>((resolve) => (release = resolve)),
      delete: async () => undefined,
    };
    const store = new FeedStore({ fetch: fakeFetch(() => new Response(FEED)).fn, persist: slow });
    const snapshot = await store.load('https://x.example/f.json', parseFeed);
    expect(snapshot.feed.themes).toHaveLength(1);
    // Encoding a big feed for the cache must not run while elements are still rendering it.
    expect(release).toBeUndefined();
    let saved = false;
    const waiting = store.persisted().then(() => (saved = true));
    await vi.waitFor(() => expect(release).toBeDefined());
    expect(saved).toBe(false);
    release!();
    await waiting;
    expect(saved).toBe(true);
  });

  it('keeps ETag and Last-Modified with the copy for revalidation', async () => {
    const persist = memoryCache();
    const f = fakeFetch(
      () => new Response(FEED, { headers: { etag: '"v1"', 'last-modified': 'Tue, 01 Jun 2021 10:00:00 GMT' } }),
    );
    const store = new FeedStore({ fetch: f.fn, persist });
    await store.load('https://x.example/f.json', parseFeed);
    await store.persisted();
    expect(persist.data.get('https://x.example/f.json')).toMatchObject({
      etag: '"v1"',
      lastModified: 'Tue, 01 Jun 2021 10:00:00 GMT',
    });
  });

  it('tells subscribers about a reload', async () => {
    const f = fakeFetch(() => new Response(FEED));
    const store = new FeedStore({ fetch: f.fn, persist: null });
    let reloads = 0;
    store.subscribe('https://x.example/f.json', () => reloads++);
    await store.load('https://x.example/f.json', parseFeed);
    expect(reloads).toBe(0);
    await store.reload('https://x.example/f.json', parseFeed);
    expect(f.calls).toHaveLength(2);
    expect(reloads).toBe(1);
  });

  it('validates the document once per parser, each with its own profile', async () => {
    const f = fakeFetch(() => new Response(FEED));
    const store = new FeedStore({ fetch: f.fn, persist: null });
    const themesOnly = (doc: unknown) => parseFeedWith(doc, { network: checkNetwork, lists: { themes: checkTheme } });
    const full = await store.load('https://x.example/f.json', parseFeed);
    const slim = await store.load('https://x.example/f.json', themesOnly);
    expect(f.calls).toHaveLength(1);
    expect(await store.load('https://x.example/f.json', themesOnly)).toBe(slim);
    expect(slim.feed.themes).toHaveLength(1);
    expect(full.feed.themes).toEqual(slim.feed.themes);
    expect(slim.feed.organisations).toEqual([]);
  });
});
