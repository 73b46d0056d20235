import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { MaillageBase } from '../../core/element-base.js';
import { hostStyles } from '../../core/tokens.js';
import { parisDayKey } from '../../feed/text.js';
import { DEFAULT_BRAND, badgeTexts, brandColourVars, logoSource, resolveBadge, type LangText } from './badge-model.js';
import { parseBadgeFeed } from './feed-profile.js';
import { originalMark, seal } from './mark.js';
import { badgeMessages } from './messages.js';
import { styles } from './styles.js';

export type BadgeVariant = 'full' | 'compact' | 'mark';
export type BadgeSize = 's' | 'm' | 'l';

const VARIANTS: readonly string[] = ['full', 'compact', 'mark'];
const SIZES: readonly string[] = ['s', 'm', 'l'];
/** The states that claim nothing either way; every other one but `verified` is dashed and greyed. */
const NEUTRAL: readonly string[] = ['plain', 'loading', 'verified'];
const COLOUR_VARS = ['--_bp', '--_bi', '--_bs'];

const chevron = html`<svg viewBox="0 0 10 10" aria-hidden="true">
  <path d="M1.5 3.5 5 7l3.5-3.5" fill="none" stroke="currentColor" stroke-width="1.6" />
</svg>`;

/**
 * A territorial brand's partner badge ("Partenaire Marque Mayenne") that
 * proves itself: it checks in the network's feed that the partner holds the
 * brand's label today, and says so — or says honestly that it does not.
 *
 * @summary A partner badge for a territorial brand, verified against the feed.
 * @tagname maillage-marque-badge
 *
 * @slot - Light-DOM fallback shown until the element upgrades (a CMS page without JavaScript), e.g. a link to the partner's page on the brand portal. Hidden once the badge renders.
 *
 * @csspart badge - The badge's box (a link for the compact and mark variants when there is a page to link to).
 * @csspart mark - The mark: the project's own drawing, or the brand's logo from the feed.
 * @csspart link - The link to the partner's page (full variant).
 * @csspart values-button - The button that shows the charte des valeurs (full variant).
 * @csspart values - The list of the brand's values.
 *
 * @cssprop --maillage-marque-badge-primary - Brand colour of the mark and the verified look (default: the feed's `colours.primary`, else `--maillage-accent`).
 * @cssprop --maillage-marque-badge-text - Text colour on the brand colour (default: the feed's `colours.text` if it contrasts enough, else black or white, whichever contrasts more). Set it with `--maillage-marque-badge-primary`.
 * @cssprop --maillage-marque-badge-secondary - Colour of the leaf in the mark (default: the feed's `colours.secondary`).
 * @cssprop --maillage-marque-badge-background - Background of the badge (default `--maillage-background`).
 * @cssprop --maillage-marque-badge-radius - Corner radius (default `--maillage-radius`).
 * @cssprop --maillage-marque-badge-width - Width of the full and compact badges (default by size: 280/320/380 px full, 250/285/345 px compact).
 */
export class MaillageMarqueBadge extends MaillageBase {
  static override styles = [hostStyles, styles];
  static override feedParser = parseBadgeFeed;

  /** Id of the partner organisation in the feed. Without it, the badge shows the brand's mark and name only. */
  @property() partner?: string;

  /** Id of the brand in the feed's `brands[]`. */
  @property() brand = DEFAULT_BRAND;

  /** `full` (mark, wording, partner, state, link, values), `compact` (mark and short text) or `mark` (the mark alone, with an accessible name). */
  @property() variant: BadgeVariant = 'full';

  /** `s`, `m` or `l`. */
  @property() size: BadgeSize = 'm';

  /** The instant of the check (defaults to the time of rendering); set it in tests. */
  @property({ attribute: false }) now?: Date;

  @state() private valuesOpen = false;
  /** The logo source that failed to load; the project's mark is shown instead. */
  @state() private failedLogo?: string;
  private dayTimer?: ReturnType<typeof setTimeout>;
  /** The brand's colours for the box, set in `updated()`. */
  private colours: Record<string, string | undefined> = {};

  override connectedCallback(): void {
    super.connectedCallback();
    this.scheduleDayCheck();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.dayTimer);
  }

  /**
   * A label ending today must not stay "vérifié" tomorrow on a page left open: Paris midnight
   * always falls on a full UTC hour, so the badge checks again (renders) at each one.
   */
  private scheduleDayCheck() {
    clearTimeout(this.dayTimer);
    this.dayTimer = setTimeout(() => this.checkDay(), 3_600_000 - (Date.now() % 3_600_000) + 500);
  }

  private checkDay() {
    this.requestUpdate();
    this.scheduleDayCheck();
  }

  override render() {
    const controller = this.feedController;
    const { snapshot, state } = controller;
    const lang = this.language;
    const t = badgeMessages[lang];
    const base = snapshot && /^https?:/.test(snapshot.url) ? snapshot.url : document.baseURI;
    const brand = this.brand || DEFAULT_BRAND;
    const day = parisDayKey(this.now ?? new Date(Date.now()));
    const model = resolveBadge({ feedState: state, feed: controller.feed, partner: this.partner, brand, day, base });
    const texts = badgeTexts(model, {
      brandId: brand,
      lang,
      t,
      day,
      staleDay: snapshot?.stale ? parisDayKey(snapshot.fetchedAt) : undefined,
    });
    const { status, link } = model;
    const variant = VARIANTS.includes(this.variant) ? this.variant : 'full';
    const classes = `badge ${variant === 'mark' ? 'mark-only' : variant} ${SIZES.includes(this.size) ? this.size : 'm'} ${status}${NEUTRAL.includes(status) ? '' : ' off'}${state === 'missing' ? ' bare' : ''}`;
    this.colours = brandColourVars(model.brand);
    const logo = logoSource(model.brand, base, location.origin);
    const tile = html`<span class="tile" part="mark"
      >${
        logo && logo !== this.failedLogo
          ? html`<img src=${logo} alt="" @error=${() => (this.failedLogo = logo)} />`
          : originalMark
      }${seal(status)}</span
    >`;
    // A link is named by its content, so what is seen is part of what is heard (WCAG 2.5.3).
    const hidden = (text: string | undefined) => text && html`<span class="visually-hidden">${text}</span>`;
    const box = (role: string, content: unknown) =>
      html`<div
        class=${classes}
        part="badge"
        role=${role}
        aria-label=${texts.sentence}
        aria-busy=${status === 'loading'}
      >
        ${content}
      </div>`;

    if (variant !== 'full') {
      const inner =
        variant === 'mark'
          ? html`${tile}${hidden(link && texts.sentence)}`
          : html`${tile}<span class="text"
                >${this.line('wording', texts.wording)}${hidden(link && texts.name && `, ${texts.name.text}, `)}${this.line(
                  'status',
                  texts.statusShort ? { text: texts.statusShort, lang: '' } : texts.status,
                )}</span
              >`;
      return link
        ? html`<a class=${classes} part="badge" href=${link.href}
            >${inner}${hidden(` (${link.kind === 'partner' ? t.goPartnerPage : t.goBrandSite})`)}</a
          >`
        : box('img', inner);
    }

    return box(
      'group',
      html`<div class="card">
          ${tile}
          <div class="text">
            ${this.line('wording', texts.wording)}
            ${
              texts.name
                ? this.line('name', texts.name)
                : status === 'loading'
                  ? html`<span class="line skeleton"></span>`
                  : nothing
            }
            <span class="line status" lang=${this.otherLang(texts.status)}
              ><span class="long">${texts.status.text}</span
              >${texts.statusShort ? html`<span class="short">${texts.statusShort}</span>` : nothing}</span
            >
          </div>
        </div>
        <div class="actions">
          ${link ? html`<a part="link" href=${link.href}>${link.kind === 'partner' ? t.partnerPage : t.brandSite}</a>` : nothing}
          ${
            status === 'unavailable'
              ? html`<button class="retry" type="button" @click=${() => controller.retry()}>${t.retry}</button>`
              : nothing
          }
          ${
            texts.values.length
              ? html`<button
                  class="toggle"
                  part="values-button"
                  type="button"
                  aria-expanded=${this.valuesOpen}
                  aria-controls="values"
                  @click=${() => (this.valuesOpen = !this.valuesOpen)}
                  @keydown=${this.onEscape}
                >
                  ${t.values}<span class="visually-hidden">${t.valuesHidden}</span>${chevron}
                </button>`
              : nothing
          }
        </div>
        ${texts.values.length ? this.valuesRegion(texts.values, t.valuesRegion(texts.brandName.text)) : nothing}`,
    );
  }

  /** The brand's colours go through `style.setProperty`, which a strict Content-Security-Policy allows. */
  override updated(): void {
    const { style } = this.renderRoot.querySelector<HTMLElement>('.badge')!;
    for (const name of COLOUR_VARS) style.setProperty(name, this.colours[name] ?? '');
  }

  /** The language of feed text when it is not the page's (RGAA 8.7), else no attribute. */
  private otherLang(text: LangText) {
    return text.lang && text.lang !== this.language ? text.lang : nothing;
  }

  private line(kind: string, text: LangText): TemplateResult {
    return html`<span class="line ${kind}" lang=${this.otherLang(text)}>${text.text}</span>`;
  }

  private valuesRegion(values: LangText[], label: string): TemplateResult {
    return html`<div
      id="values"
      class="values"
      part="values"
      role="region"
      aria-labelledby="values-title"
      tabindex="0"
      ?hidden=${!this.valuesOpen}
      @keydown=${this.onEscape}
    >
      <p id="values-title">${label}</p>
      <ul>
        ${values.map(
          (v) =>
            html`<li lang=${this.otherLang(v)}>
              <span>${v.text}</span>
            </li>`,
        )}
      </ul>
    </div>`;
  }

  /** Escape closes the values and brings focus back to their button. */
  private onEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !this.valuesOpen) return;
    event.preventDefault();
    this.valuesOpen = false;
    this.renderRoot.querySelector<HTMLButtonElement>('.toggle')?.focus();
  };
}
