import { BrandSchema } from '../../feed/schemas/brand.js';
import { NetworkSchema } from '../../feed/schemas/network.js';
import { OrganisationSchema } from '../../feed/schemas/organisation.js';
import { parseFeedWith, type FeedProfile } from '../../feed/validate.js';

/** A badge reads only the brands and the organisations' labels: it validates (and bundles) only those. */
const BADGE_PROFILE: FeedProfile = {
  network: NetworkSchema,
  lists: { organisations: OrganisationSchema, brands: BrandSchema },
};

export const parseBadgeFeed = (doc: unknown) => parseFeedWith(doc, BADGE_PROFILE);
