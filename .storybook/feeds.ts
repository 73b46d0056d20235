/**
 * Feeds a story can choose with the "feed" toolbar switch (`context.globals.feed`). All are served with the
 * stories (see `staticDirs` in main.ts), so no story fetches anything from outside.
 */
export const FEEDS = {
  reseau: 'feeds/reseau.json',
  ailb: 'feeds/ailb.json',
  mayenne: 'feeds/mayenne.json',
  leader: 'feeds/leader-2024.json',
  hostile: 'fixtures/hostile-feed.json',
  /** 1,232 EPCI with outlines, 2,000 partners, 300 events: `node stories/build-national-sample.mjs`. */
  national: 'national-sample.json',
} as const;
export type FeedName = keyof typeof FEEDS;

/** The address of the feed chosen in the toolbar (the whole network when none is). */
export const feedUrl = (globals: Record<string, unknown>): string =>
  FEEDS[(globals.feed as FeedName | undefined) ?? 'reseau'] ?? FEEDS.reseau;

/** A "today" that suits each feed, so dates read the same on every run. */
export const FEED_NOW: Record<FeedName, string> = {
  reseau: '2024-09-01',
  ailb: '2021-03-10',
  mayenne: '2019-01-15',
  leader: '2024-03-01',
  hostile: '2026-03-01',
  national: '2026-01-15',
};
export const feedNow = (globals: Record<string, unknown>): string =>
  FEED_NOW[(globals.feed as FeedName | undefined) ?? 'reseau'] ?? FEED_NOW.reseau;
