import { checkBrand, checkNetwork, checkOrganisation, checkTerritory, checkTheme } from '../../feed/checks.js';
import { parseFeedWith, type FeedProfile } from '../../feed/validate.js';

/** The lists the search reads; events and cooperation requests are neither validated nor bundled. */
const PARTNER_PROFILE: FeedProfile = {
  network: checkNetwork,
  lists: {
    organisations: checkOrganisation,
    territories: checkTerritory,
    themes: checkTheme,
    brands: checkBrand,
  },
};

export const parsePartnerFeed = (doc: unknown) => parseFeedWith(doc, PARTNER_PROFILE);
