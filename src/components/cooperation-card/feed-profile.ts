/** The lists a cooperation card or list reads, so only their checks run and bundled. */
import {
  checkCooperationRequest,
  checkEvent,
  checkNetwork,
  checkOrganisation,
  checkTerritory,
  checkTheme,
} from '../../feed/checks.js';
import { parseFeedWith, type FeedProfile } from '../../feed/validate.js';

const COOPERATION_PROFILE: FeedProfile = {
  network: checkNetwork,
  lists: {
    cooperationRequests: checkCooperationRequest,
    organisations: checkOrganisation,
    territories: checkTerritory,
    themes: checkTheme,
    events: checkEvent,
  },
};

/** One parser shared by the card and the list, so a page validates a feed once for both. */
export const parseCooperationFeed = (doc: unknown) => parseFeedWith(doc, COOPERATION_PROFILE);
