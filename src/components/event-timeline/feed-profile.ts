/** The lists the timeline reads, so only their schemas are validated and bundled. */
import { EventSchema } from '../../feed/schemas/event.js';
import { NetworkSchema } from '../../feed/schemas/network.js';
import { OrganisationSchema } from '../../feed/schemas/organisation.js';
import { TerritorySchema } from '../../feed/schemas/territory.js';
import { ThemeSchema } from '../../feed/schemas/theme.js';
import { parseFeedWith, type FeedProfile } from '../../feed/validate.js';

/** Events, and what they point to: organisers, territories (for the territory filter) and themes. */
const TIMELINE_PROFILE: FeedProfile = {
  network: NetworkSchema,
  lists: {
    events: EventSchema,
    organisations: OrganisationSchema,
    territories: TerritorySchema,
    themes: ThemeSchema,
  },
};

export const parseTimelineFeed = (doc: unknown) => parseFeedWith(doc, TIMELINE_PROFILE);
