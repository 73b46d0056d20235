import { checkBrand, checkNetwork, checkOrganisation } from '../../feed/checks.js';
import { parseFeedWith, type FeedProfile } from '../../feed/validate.js';

/** A badge reads only the brands and the organisations' labels: it validates (and bundles) only those. */
const BADGE_PROFILE: FeedProfile = {
  network: checkNetwork,
  lists: { organisations: checkOrganisation, brands: checkBrand },
};

export const parseBadgeFeed = (doc: unknown) => parseFeedWith(doc, BADGE_PROFILE);
