import { FeedError, isFeedError } from './errors.js';
import { checkFeedDocument, type ParsedFeed } from './validate.js';

/** Turns a feed document into a validated feed: `parseFeed`, or `parseFeedWith` and a profile. */
export type FeedParser = (doc: unknown) => ParsedFeed;

/** The document behind a URL, fetched once per page, before any element validates it. */
interface RawFeed {
  url: string;
  doc: unknown;
  fetchedAt: Date;
  stale: boolean;
  staleReason?: FeedError;
}

/** A feed ready to show, with where and when it came from. */
export interface FeedSnapshot extends ParsedFeed {
  /** Absolute URL of the feed (`inline:` for a feed given as a property). */
  url: string;
  /** When the data was fetched from the server (for a stale copy: when it was last good). */
  fetchedAt: Date;
  /** True when the network failed and this is the last good copy kept by the browser. */
  stale: boolean;
  /** Why the fresh copy could not be had, when `stale`. */
  staleReason?: FeedError;
}

/** The last good copy of a feed, kept across page loads. */
export interface StoredCopy {
  body: string;
  etag?: string;
  lastModified?: string;
  fetchedAt: string;
}

/** Where last good copies are kept (Cache API, localStorage, or a test double). */
export interface PersistentCache {
  get(url: string): Promise<StoredCopy | undefined>;
  put(url: string, copy: StoredCopy): Promise<void>;
  delete(url: string): Promise<void>;
}

const CACHE_NAME = 'maillage-feeds-v1';
const LOCAL_STORAGE_PREFIX = 'maillage-feed:';
/** localStorage is small (about 5 MB per origin, shared with the host page): keep only modest feeds there. */
const LOCAL_STORAGE_MAX = 1_000_000;

/** The Cache API where the page is a secure context, else localStorage, else nothing (Node). */
export function browserPersistentCache(): PersistentCache | null {
  if (typeof caches !== 'undefined') {
    return {
      async get(url) {
        const res = await (await caches.open(CACHE_NAME)).match(url);
        if (!res) return undefined;
        return {
          body: await res.text(),
          etag: res.headers.get('x-maillage-etag') ?? undefined,
          lastModified: res.headers.get('x-maillage-last-modified') ?? undefined,
          fetchedAt: res.headers.get('x-maillage-fetched-at') ?? new Date(0).toISOString(),
        };
      },
      async put(url, copy) {
        const headers: Record<string, string> = {
          'content-type': 'application/json',
          'x-maillage-fetched-at': copy.fetchedAt,
        };
        if (copy.etag) headers['x-maillage-etag'] = copy.etag;
        if (copy.lastModified) headers['x-maillage-last-modified'] = copy.lastModified;
        await (await caches.open(CACHE_NAME)).put(url, new Response(copy.body, { headers }));
      },
      async delete(url) {
        await (await caches.open(CACHE_NAME)).delete(url);
      },
    };
  }
  if (typeof localStorage !== 'undefined') {
    return {
      async get(url) {
        const raw = localStorage.getItem(LOCAL_STORAGE_PREFIX + url);
        return raw ? (JSON.parse(raw) as StoredCopy) : undefined;
      },
      async put(url, copy) {
        if (copy.body.length <= LOCAL_STORAGE_MAX)
          localStorage.setItem(LOCAL_STORAGE_PREFIX + url, JSON.stringify(copy));
      },
      async delete(url) {
        localStorage.removeItem(LOCAL_STORAGE_PREFIX + url);
      },
    };
  }
  return null;
}

export interface FeedStoreOptions {
  /** Milliseconds before a request is given up (default 15 s). */
  timeout?: number;
  /** Where last good copies are kept; `null` keeps none. Default: {@link browserPersistentCache}. */
  persist?: PersistentCache | null;
  /** The fetch to use (tests). */
  fetch?: typeof fetch;
}

type Listener = () => void;

/**
 * Loads feeds for a whole page: one network request per URL however many
 * elements ask (concurrent callers share one promise), a timeout, typed
 * errors, conditional revalidation (ETag / Last-Modified) and a last good copy
 * served when the network fails. Each element validates the document with its
 * own parser (the lists it reads); each parser runs once per document.
 */
export class FeedStore {
  private readonly raws = new Map<string, Promise<RawFeed>>();
  private readonly parsed = new WeakMap<RawFeed, Map<FeedParser, FeedSnapshot>>();
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly writes = new Set<Promise<void>>();
  private readonly timeout: number;
  private readonly persist: PersistentCache | null;
  private readonly fetchImpl: typeof fetch;

  constructor(options: FeedStoreOptions = {}) {
    this.timeout = options.timeout ?? 15_000;
    this.persist = options.persist === undefined ? browserPersistentCache() : options.persist;
    this.fetchImpl = options.fetch ?? ((...args) => fetch(...args));
  }

  /** The absolute URL a `src` stands for on this page. */
  resolve(src: string): string {
    const base = typeof document !== 'undefined' ? document.baseURI : undefined;
    try {
      return new URL(src, base).href;
    } catch {
      return src;
    }
  }

  /** The feed at `src` validated by `parse`; every caller on the page shares the same request. */
  async load(src: string, parse: FeedParser): Promise<FeedSnapshot> {
    const raw = await this.raw(src);
    let byParser = this.parsed.get(raw);
    if (!byParser) this.parsed.set(raw, (byParser = new Map()));
    let snapshot = byParser.get(parse);
    if (!snapshot) {
      const { url, fetchedAt, stale, staleReason } = raw;
      snapshot = { ...parse(raw.doc), url, fetchedAt, stale, ...(staleReason ? { staleReason } : {}) };
      byParser.set(parse, snapshot);
    }
    return snapshot;
  }

  /** Asks the server again (revalidating), and tells every element showing this feed. */
  async reload(src: string, parse: FeedParser): Promise<FeedSnapshot> {
    const url = this.resolve(src);
    this.raws.delete(url);
    const snapshot = await this.load(src, parse);
    for (const listener of this.listeners.get(url) ?? []) listener();
    return snapshot;
  }

  /** Called when `src` was reloaded by any element; returns the unsubscribe function. */
  subscribe(src: string, listener: Listener): () => void {
    const url = this.resolve(src);
    let set = this.listeners.get(url);
    if (!set) this.listeners.set(url, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }

  /** Forgets every feed loaded in memory (persistent copies stay). */
  clear(): void {
    this.raws.clear();
  }

  private raw(src: string): Promise<RawFeed> {
    const url = this.resolve(src);
    let pending = this.raws.get(url);
    if (!pending) {
      pending = this.fetchFeed(url);
      this.raws.set(url, pending);
      // A failed load is not kept, so a retry asks the network again.
      pending.catch(() => this.raws.get(url) === pending && this.raws.delete(url));
    }
    return pending;
  }

  private async fetchFeed(url: string): Promise<RawFeed> {
    const copy = await this.persist?.get(url).catch(() => undefined);
    try {
      return await this.fetchFresh(url, copy);
    } catch (error) {
      const reason = isFeedError(error) ? error : new FeedError('network', String(error), { url });
      if (copy) {
        try {
          return {
            url,
            doc: checkFeedDocument(copy.body),
            fetchedAt: new Date(copy.fetchedAt),
            stale: true,
            staleReason: reason,
          };
        } catch {
          await this.persist?.delete(url).catch(() => undefined);
        }
      }
      throw reason;
    }
  }

  private async fetchFresh(url: string, copy: StoredCopy | undefined): Promise<RawFeed> {
    const sameOrigin = typeof location !== 'undefined' && new URL(url).origin === location.origin;
    const headers: Record<string, string> = { accept: 'application/json' };
    // Conditional headers are not CORS-safelisted: across origins the browser's own HTTP cache revalidates.
    if (sameOrigin && copy?.etag) headers['if-none-match'] = copy.etag;
    if (sameOrigin && copy?.lastModified) headers['if-modified-since'] = copy.lastModified;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeout);
    let response: Response;
    let body: string;
    try {
      response = await this.fetchImpl(url, {
        headers,
        credentials: 'omit',
        cache: sameOrigin && copy ? 'no-store' : 'no-cache',
        signal: controller.signal,
      });
      body = response.status === 304 && copy ? copy.body : await readText(response);
    } catch (error) {
      if (controller.signal.aborted)
        throw new FeedError('timeout', `The feed did not answer within ${Math.round(this.timeout / 1000)} s.`, { url });
      throw new FeedError('network', `The feed could not be reached: ${(error as Error).message}`, { url });
    } finally {
      clearTimeout(timer);
    }
    if (response.status === 304 && copy) {
      const fetchedAt = new Date();
      this.keep(url, { ...copy, fetchedAt: fetchedAt.toISOString() });
      return { url, doc: checkFeedDocument(copy.body), fetchedAt, stale: false };
    }
    if (!response.ok)
      throw new FeedError('http', `The feed server answered ${response.status} ${response.statusText}`.trim() + '.', {
        url,
        status: response.status,
      });
    const doc = checkFeedDocument(body);
    const fetchedAt = new Date();
    this.keep(url, {
      body,
      etag: response.headers.get('etag') ?? undefined,
      lastModified: response.headers.get('last-modified') ?? undefined,
      fetchedAt: fetchedAt.toISOString(),
    });
    return { url, doc, fetchedAt, stale: false };
  }

  /**
   * Saves the last good copy when the page is idle: encoding a large feed for the Cache API takes the main
   * thread for tens of milliseconds, which must not delay the elements showing it.
   */
  private keep(url: string, copy: StoredCopy) {
    const persist = this.persist;
    if (!persist) return;
    const write = new Promise<void>((resolve) =>
      whenIdle(() => resolve(persist.put(url, copy).catch(() => undefined))),
    );
    this.writes.add(write);
    void write.finally(() => this.writes.delete(write));
  }

  /** Resolves when the last good copies being written are saved. */
  async persisted(): Promise<void> {
    await Promise.all([...this.writes]);
  }
}

/**
 * The body as text, decoded chunk by chunk as it arrives: Chromium's `response.text()` decodes a 6 MB body
 * in one go once it is all there, 30 to 40 ms later than this. UTF-8 like `text()`, a byte-order mark dropped.
 */
async function readText(response: Response): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader || typeof TextDecoder === 'undefined') return response.text();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/** Runs `callback` once the page is idle (within 3 s however busy it is); in a later task where there is no such API. */
function whenIdle(callback: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: 3000 });
  else setTimeout(callback, 0);
}

const GLOBAL_KEY = Symbol.for('maillage.feed-store');

/**
 * The page's store, shared by every maillage element — even when the bundle
 * is loaded twice (a CMS plugin and a theme), so a feed is still fetched once.
 */
export function pageFeedStore(): FeedStore {
  const g = globalThis as { [GLOBAL_KEY]?: FeedStore };
  return (g[GLOBAL_KEY] ??= new FeedStore());
}

const inlineParsed = new WeakMap<object, Map<FeedParser, FeedSnapshot>>();

/** Validates a feed given as a property (it is untrusted like any feed); memoised per object and parser. */
export function inlineFeed(feed: object, parse: FeedParser): FeedSnapshot {
  let byParser = inlineParsed.get(feed);
  if (!byParser) inlineParsed.set(feed, (byParser = new Map()));
  let snapshot = byParser.get(parse);
  if (!snapshot) {
    snapshot = { ...parse(feed), url: 'inline:', fetchedAt: new Date(), stale: false };
    byParser.set(parse, snapshot);
  }
  return snapshot;
}
