import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { FeedParser } from '../feed/store.js';
import type { Lang } from '../feed/text.js';
import type { MaillageEventMap } from './events.js';
import { FeedController } from './feed-controller.js';
import { onLangChange, resolveLang } from './localize.js';

type DetailOf<K extends keyof MaillageEventMap> = MaillageEventMap[K] extends CustomEvent<infer D> ? D : never;

// Built outside the class so the manifest analyzer does not list a bogus event named after the `type` variable.
const maillageEvent = <K extends keyof MaillageEventMap>(type: K, detail: DetailOf<K>) =>
  new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: true });

/**
 * What every maillage element shares: the feed source (`src` or `feed`), the
 * language of the nearest `lang`, the colour scheme, and typed events. A
 * subclass says how it validates the feed with `static feedParser`
 * (`MaillageElement` validates every list; a small element may validate only
 * the lists it reads, with `parseFeedWith` and a profile).
 */
export class MaillageBase extends LitElement {
  /** How this element validates feeds; each parser runs once per feed per page. */
  static feedParser: FeedParser;

  /** URL of the network's JSON feed. Elements with the same `src` share one request. */
  @property() src?: string;

  /** An already parsed feed object (takes precedence over `src`); validated like any feed. */
  @property({ attribute: false }) feed?: unknown;

  /**
   * Colour scheme: `light` (default), `dark`, or `auto` to follow the visitor's
   * system. (`theme` is left free for the feed's themes: `theme="mobilite"`.)
   */
  @property({ attribute: 'color-scheme', reflect: true }) colorScheme: 'light' | 'dark' | 'auto' = 'light';

  protected readonly feedController = new FeedController(this, (this.constructor as typeof MaillageBase).feedParser);
  private stopLangWatch?: () => void;

  /** `fr` or `en`, from the nearest `lang` attribute (the element's own, an ancestor's, `<html>`). */
  get language(): Lang {
    return resolveLang(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopLangWatch = onLangChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopLangWatch?.();
  }

  /** Dispatches a typed `maillage-*` event that bubbles out of shadow roots. */
  protected emit<K extends keyof MaillageEventMap>(type: K, detail: DetailOf<K>): boolean {
    return this.dispatchEvent(maillageEvent(type, detail));
  }
}
