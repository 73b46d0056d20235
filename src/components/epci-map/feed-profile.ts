/** The lists the map reads, so only their schemas are validated and bundled (no brands, no themes). */
import { AttributionSchema } from '../../feed/schemas/attribution.js';
import { EventSchema } from '../../feed/schemas/event.js';
import { NetworkSchema } from '../../feed/schemas/network.js';
import { OrganisationSchema } from '../../feed/schemas/organisation.js';
import { CooperationRequestSchema } from '../../feed/schemas/request.js';
import { TerritorySchema } from '../../feed/schemas/territory.js';
import { parseFeedWith, type FeedProfile } from '../../feed/validate.js';

const EPCI_MAP_PROFILE: FeedProfile = {
  network: NetworkSchema,
  lists: {
    territories: TerritorySchema,
    organisations: OrganisationSchema,
    cooperationRequests: CooperationRequestSchema,
    events: EventSchema,
    attributions: AttributionSchema,
  },
};

export const parseEpciMapFeed = (doc: unknown) => parseFeedWith(doc, EPCI_MAP_PROFILE);
