/**
 * Bodies named in more than one source document. Each feed adds what its own
 * document says about them; the combined feed merges those (build.ts).
 */
import { COMMUNES, placedIn, regionId } from './common.js';
import type { LocalizedText, Organisation } from '../../src/feed/types.js';

interface Part {
  themes?: string[];
  description: LocalizedText;
  contact?: Organisation['contact'];
}

export const REGION_PAYS_DE_LA_LOIRE = (part: Part): Organisation => ({
  id: 'region-pays-de-la-loire',
  name: { fr: 'Région Pays de la Loire', en: 'Pays de la Loire Region' },
  kind: 'collectivite',
  territories: [regionId('52')],
  ...part,
  ...placedIn(COMMUNES.nantes, { street: '1 rue de la Loire' }),
});

export const REGION_BRETAGNE = (part: Part): Organisation => ({
  id: 'region-bretagne',
  name: { fr: 'Région Bretagne', en: 'Brittany Region' },
  kind: 'collectivite',
  territories: [regionId('53')],
  ...part,
  ...placedIn(COMMUNES.rennes, { street: '283 avenue du Général Patton' }),
});
