import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FeedError, isFeedError } from '../feed/errors.js';
import { inlineFeed, pageFeedStore, type FeedParser, type FeedSnapshot, type FeedStore } from '../feed/store.js';
import type { Feed, FeedWarning } from '../feed/types.js';

/** What an element bound to a feed can show. */
export type FeedState = 'missing' | 'loading' | 'ready' | 'error';

/** An element with a feed source: a `src` URL or an already parsed `feed` object. */
export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  src?: string | null;
  feed?: unknown;
}

const reported = new WeakSet<FeedSnapshot>();

/** Logs what the validator left out, once per feed per page. */
function reportWarnings(snapshot: FeedSnapshot) {
  if (reported.has(snapshot) || snapshot.warnings.length === 0) return;
  reported.add(snapshot);
  const shown: FeedWarning[] = snapshot.warnings.slice(0, 50);
  console.groupCollapsed?.(
    `maillage: ${snapshot.warnings.length} problem(s) in the feed ${snapshot.url}; the rest is shown.`,
  );
  for (const w of shown) console.warn(`${w.pointer}: ${w.message}`);
  if (snapshot.warnings.length > shown.length)
    console.warn(
      `… and ${snapshot.warnings.length - shown.length} more; run "npx maillage validate" on the feed for the full list.`,
    );
  console.groupEnd?.();
}

/**
 * Binds an element to the page's feed store: loads when `src` or `feed`
 * changes, validates with the element's parser, re-renders the host on data,
 * and offers `retry()`.
 */
export class FeedController implements ReactiveController {
  state: FeedState = 'missing';
  snapshot?: FeedSnapshot;
  error?: FeedError;
  private source?: unknown;
  private unsubscribe?: () => void;

  constructor(
    private readonly host: FeedHost,
    private readonly parse: FeedParser,
    private readonly store: () => FeedStore = pageFeedStore,
  ) {
    if (!parse) throw new Error(`${host.localName}: its class must set static feedParser (see MaillageBase).`);
    host.addController(this);
  }

  /** The validated feed, when ready. */
  get feed(): Feed | undefined {
    return this.state === 'ready' ? this.snapshot?.feed : undefined;
  }

  hostConnected(): void {
    this.source = undefined;
    this.sync();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  hostUpdate(): void {
    this.sync();
  }

  /** Asks the network again (after an error, or to refresh). */
  retry(): void {
    const src = this.host.src;
    if (this.host.feed == null && src) this.track(src, this.store().reload(src, this.parse));
  }

  private sync() {
    const { feed, src } = this.host;
    const source = feed ?? src ?? undefined;
    if (source === this.source) return;
    this.source = source;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    if (feed != null) {
      try {
        if (typeof feed !== 'object')
          throw new FeedError('not-a-feed', 'The feed property must be a parsed feed object.');
        this.ready(inlineFeed(feed, this.parse));
      } catch (e) {
        this.fail(isFeedError(e) ? e : new FeedError('not-a-feed', String(e)));
      }
      return;
    }
    if (!src) {
      this.state = 'missing';
      this.snapshot = undefined;
      this.error = undefined;
      return;
    }
    // Another element's retry fetched the feed again: show the fresh data here too.
    this.unsubscribe = this.store().subscribe(src, () => {
      if (this.source === src) this.track(src, this.store().load(src, this.parse));
    });
    this.track(src, this.store().load(src, this.parse));
  }

  private track(src: string, pending: Promise<FeedSnapshot>) {
    this.state = 'loading';
    this.error = undefined;
    this.host.requestUpdate();
    pending.then(
      (snapshot) => this.source === src && this.ready(snapshot),
      (error: unknown) =>
        this.source === src &&
        this.fail(isFeedError(error) ? error : new FeedError('network', String(error), { url: src })),
    );
  }

  private ready(snapshot: FeedSnapshot) {
    const changed = this.snapshot !== snapshot || this.state !== 'ready';
    this.snapshot = snapshot;
    this.state = 'ready';
    this.error = undefined;
    if (!changed) return;
    reportWarnings(snapshot);
    this.host.requestUpdate();
    this.host.dispatchEvent(
      new CustomEvent('maillage-feed-load', {
        bubbles: true,
        composed: true,
        detail: { url: snapshot.url, warnings: snapshot.warnings, stale: snapshot.stale },
      }),
    );
  }

  private fail(error: FeedError) {
    this.state = 'error';
    this.error = error;
    this.snapshot = undefined;
    this.host.requestUpdate();
    this.host.dispatchEvent(
      new CustomEvent('maillage-feed-error', {
        bubbles: true,
        composed: true,
        detail: { url: error.details.url, error },
      }),
    );
  }
}
