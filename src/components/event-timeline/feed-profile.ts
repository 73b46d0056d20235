/** The lists the timeline reads, so only their checks run and bundled. */
import { checkEvent, checkNetwork, checkOrganisation, checkTerritory, checkTheme } from '../../feed/checks.js';
import { parseFeedWith, type FeedProfile } from '../../feed/validate.js';

/** Events, and what they point to: organisers, territories (for the territory filter) and themes. */
const TIMELINE_PROFILE: FeedProfile = {
  network: checkNetwork,
  lists: {
    events: checkEvent,
    organisations: checkOrganisation,
    territories: checkTerritory,
    themes: checkTheme,
  },
};

export const parseTimelineFeed = (doc: unknown) => parseFeedWith(doc, TIMELINE_PROFILE);
