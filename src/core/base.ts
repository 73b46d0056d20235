import { parseFeed } from '../feed/validate.js';
import { MaillageBase } from './element-base.js';

/** A maillage element that validates every list of the feed (see {@link MaillageBase}). */
export class MaillageElement extends MaillageBase {
  static override feedParser = parseFeed;
}
