/** The lists the map reads, so only their checks run and bundled (no brands, no themes). */
import {
  checkAttribution,
  checkCooperationRequest,
  checkEvent,
  checkNetwork,
  checkOrganisation,
  checkTerritory,
} from '../../feed/checks.js';
import { parseFeedWith, type FeedProfile } from '../../feed/validate.js';

const EPCI_MAP_PROFILE: FeedProfile = {
  network: checkNetwork,
  lists: {
    territories: checkTerritory,
    organisations: checkOrganisation,
    cooperationRequests: checkCooperationRequest,
    events: checkEvent,
    attributions: checkAttribution,
  },
};

export const parseEpciMapFeed = (doc: unknown) => parseFeedWith(doc, EPCI_MAP_PROFILE);
