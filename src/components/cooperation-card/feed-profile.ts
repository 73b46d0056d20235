/** The lists a cooperation card or list reads, so only their schemas are validated and bundled. */
import { parseFeedWith, type FeedProfile } from '../../feed/validate.js';
import { EventSchema } from '../../feed/schemas/event.js';
import { NetworkSchema } from '../../feed/schemas/network.js';
import { OrganisationSchema } from '../../feed/schemas/organisation.js';
import { CooperationRequestSchema } from '../../feed/schemas/request.js';
import { TerritorySchema } from '../../feed/schemas/territory.js';
import { ThemeSchema } from '../../feed/schemas/theme.js';

const COOPERATION_PROFILE: FeedProfile = {
  network: NetworkSchema,
  lists: {
    cooperationRequests: CooperationRequestSchema,
    organisations: OrganisationSchema,
    territories: TerritorySchema,
    themes: ThemeSchema,
    events: EventSchema,
  },
};

/** One parser shared by the card and the list, so a page validates a feed once for both. */
export const parseCooperationFeed = (doc: unknown) => parseFeedWith(doc, COOPERATION_PROFILE);
