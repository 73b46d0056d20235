/** Showcase of <maillage-partner-search>: the network directory, a fixed brand directory, dark/English, states, 10,000 synthetic partners. */
import { FeedStore } from '../../src/feed/index.js';
import { syntheticPartnerFeed } from '../../tests/browser/helpers/synthetic-partners.js';

// "lent" feeds never answer, so the loading state stays on screen for a look. The page store is set
// before the element is defined: elements already in the page load their feed as soon as they upgrade.
(globalThis as Record<symbol, unknown>)[Symbol.for('maillage.feed-store')] = new FeedStore({
  fetch: (input, init) => (String(input).includes('lent') ? new Promise<Response>(() => {}) : fetch(input, init)),
});
await import('../../src/define/partner-search.js');

const synthetic = document.querySelector('#synthetique');
if (synthetic) (synthetic as HTMLElement & { feed?: unknown }).feed = syntheticPartnerFeed({ count: 10_000, seed: 1 });
