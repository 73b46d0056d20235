/** What went wrong when a feed could not be used at all. */
export type FeedErrorCode =
  | 'network' // fetch failed (offline, DNS, CORS)
  | 'timeout' // no answer in time
  | 'http' // the server answered with an error status
  | 'invalid-json' // the body is not JSON
  | 'not-a-feed' // JSON, but not a maillage feed
  | 'unsupported-version'; // a feed of a version this package does not read

/** The one typed error a feed load or parse rejects with. */
export class FeedError extends Error {
  override readonly name = 'FeedError';
  constructor(
    readonly code: FeedErrorCode,
    message: string,
    readonly details: { url?: string; status?: number; version?: unknown } = {},
  ) {
    super(message);
  }
}

export const isFeedError = (e: unknown): e is FeedError => e instanceof Error && e.name === 'FeedError' && 'code' in e;
