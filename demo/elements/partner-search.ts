/** Showcase of <maillage-partner-search>: the network directory, a fixed brand directory, dark/English, states, 10,000 synthetic partners. */
import '../../src/define/partner-search.js';
import { FeedStore } from '../../src/feed/index.js';
import { syntheticPartnerFeed } from '../../tests/browser/helpers/synthetic-partners.js';

// "lent" feeds never answer, so the loading state stays on screen for a look.
(globalThis as Record<symbol, unknown>)[Symbol.for('maillage.feed-store')] = new FeedStore({
  fetch: (input, init) => (String(input).includes('lent') ? new Promise<Response>(() => {}) : fetch(input, init)),
});

const synthetic = document.querySelector('#synthetique');
if (synthetic) (synthetic as HTMLElement & { feed?: unknown }).feed = syntheticPartnerFeed({ count: 10_000, seed: 1 });
