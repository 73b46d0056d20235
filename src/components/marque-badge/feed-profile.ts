import { checkBrand, checkNetworkIdentity, checkOrganisationLabels } from '../../feed/checks.js';
import { parseFeedWith, type FeedProfile } from '../../feed/validate.js';

/**
 * A badge reads the brands, and of each organisation its id, name and labels: it validates (and bundles)
 * only those checks, so a partner with a malformed address or contact is still verified.
 */
const BADGE_PROFILE: FeedProfile = {
  network: checkNetworkIdentity,
  lists: { organisations: checkOrganisationLabels, brands: checkBrand },
};

export const parseBadgeFeed = (doc: unknown) => parseFeedWith(doc, BADGE_PROFILE);
