import type { FeedError, FeedWarning } from '../feed/index.js';

/** What a `maillage-select` event says was chosen. */
export interface MaillageSelectDetail {
  /** The kind of item: a territory (EPCI, commune…), an organisation, an event or a cooperation request. */
  kind: 'territory' | 'organisation' | 'event' | 'request';
  /** Its id in the feed, or `null` when the selection is cleared. */
  id: string | null;
}

/** Sent when an element has its feed (fresh, or a stale copy). */
export interface MaillageFeedLoadDetail {
  url: string;
  warnings: FeedWarning[];
  stale: boolean;
}

/** Sent when an element cannot get its feed. */
export interface MaillageFeedErrorDetail {
  url?: string;
  error: FeedError;
}

export interface MaillageEventMap {
  'maillage-select': CustomEvent<MaillageSelectDetail>;
  'maillage-feed-load': CustomEvent<MaillageFeedLoadDetail>;
  'maillage-feed-error': CustomEvent<MaillageFeedErrorDetail>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges our typed events into the DOM's map
  interface HTMLElementEventMap extends MaillageEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- elements listen for selections on the document
  interface DocumentEventMap extends MaillageEventMap {}
}
