import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { MaillageBase } from '../../core/element-base.js';
import { renderEmpty, renderFeedState, renderStaleNotice } from '../../core/states.js';
import { baseStyles } from '../../core/tokens.js';
import { eventById, eventDays, organisationById, requestById, territoryById, themesOf } from '../../feed/selectors.js';
import {
  formatFeedDate,
  formatFeedRange,
  formatRelativeDay,
  localize,
  parisDayKey,
  pickText,
  textLanguages,
} from '../../feed/text.js';
import type { CooperationRequest, Feed, FeedEvent, LocalizedText } from '../../feed/types.js';
import { safeHref } from '../../feed/url.js';
import { parseCooperationFeed } from './feed-profile.js';
import { cardMessages } from './messages.js';
import {
  SOON_DAYS,
  countryName,
  daysLeft,
  effectiveStatus,
  excerpt,
  hashTargets,
  icsCanStart,
  languageAutonym,
  mailtoHref,
  oneLine,
  paragraphs,
  personName,
  withoutOverrides,
  requestAnchorId,
  requestLink,
} from './request.js';
import { styles } from './styles.js';

/** Past this length an explanation is folded behind "read more". */
const FOLD_AT = 600;
/** Length of the folded excerpt, and of the summary in a compact card. */
const EXCERPT = 360;
const SUMMARY = 180;
/** A feed text longer than this is shortened, with a note, so a hostile 100 kB string cannot flood the page. */
const MAX_EXPLANATION = 12_000;

/** Reads the `now` attribute (`2026-03-01` or an ISO date-time); an unreadable value means the current time. */
const dateConverter = {
  fromAttribute: (value: string | null): Date => {
    const date = value ? new Date(value) : new Date();
    return isNaN(+date) ? new Date() : date;
  },
  toAttribute: (value: Date): string => value.toISOString(),
};

let inlineOnly: Feed | undefined;
/** The feed a request object is read against when the card has no feed: nothing to look up. */
const emptyFeed = (): Feed =>
  (inlineOnly ??= parseCooperationFeed({ version: '1.0', network: { id: 'inline', name: 'inline' } }).feed);
const objectRequests = new WeakMap<object, { feed: Feed; request?: CooperationRequest }>();

/** A request given as an object is untrusted like any feed: it is validated (unsafe links removed) once. */
function validateRequestObject(value: object): CooperationRequest | undefined {
  let entry = objectRequests.get(value);
  if (!entry) {
    const { feed } = parseCooperationFeed({
      version: '1.0',
      network: { id: 'inline', name: 'inline' },
      cooperationRequests: [value],
    });
    entry = { feed, request: feed.cooperationRequests[0] };
    objectRequests.set(value, entry);
  }
  return entry.request;
}

/**
 * One "looking for cooperation" request, laid out so a LAG officer or an
 * elected official can decide in ten seconds whether to answer it: who asks,
 * from where, what they seek, until when, and how to reply.
 *
 * @tagname maillage-cooperation-card
 * @summary A cooperation request with its contact, dates, explanation (FR/EN) and actions.
 *
 * @attr {string} src - URL of the network's JSON feed.
 * @attr {string} request - Id of the request in the feed's `cooperationRequests`.
 * @attr {'full'|'compact'} variant - `full` (default) shows everything; `compact` suits lists and sidebars and opens its details on demand.
 * @attr {string} now - The day the card is read on (`2026-03-01`); defaults to the current time. For previews and tests.
 * @attr {boolean} open - A compact card shows its details (set by the details button; reflected).
 * @attr {number} heading-level - Level of the request's title in the page outline (2–6, default 3).
 * @attr {'light'|'dark'|'auto'} color-scheme - Colour scheme.
 *
 * @fires maillage-select - `{kind: 'request', id}` when a compact card's details are opened.
 * @fires maillage-feed-load - When the feed is loaded.
 * @fires maillage-feed-error - When the feed cannot be loaded.
 *
 * @slot - Fallback content (for example a link to the request's page), shown until the element upgrades and when the feed cannot be loaded.
 *
 * @csspart card - The card's box.
 * @csspart title - The request's title.
 * @csspart status - The status badge (open, partner found, closed, expired).
 * @csspart actions - The row of actions (reply, copy link, add to calendar).
 * @csspart state - Loading, error and "no longer published" messages.
 * @csspart retry - The retry button of the error state.
 * @csspart stale-notice - The notice shown when the data is a saved copy.
 *
 * @cssprop --maillage-cooperation-card-background - Card background (default: `--maillage-background`).
 * @cssprop --maillage-cooperation-card-border-color - Card border (default: `--maillage-border-color`).
 * @cssprop --maillage-cooperation-card-radius - Corner radius (default: `--maillage-radius`).
 * @cssprop --maillage-cooperation-card-padding - Inner spacing (default: 20px, 14px when compact).
 * @cssprop --maillage-cooperation-card-open-color - Colour of the open status (default: `--maillage-success`).
 * @cssprop --maillage-cooperation-card-expired-color - Colour of the expired status (default: `--maillage-warning`).
 */
export class MaillageCooperationCard extends MaillageBase {
  static override styles = [baseStyles, styles];
  static override feedParser = parseCooperationFeed;

  /** The request's id in the feed, or a request object (validated like feed data; its organisation, themes and event are looked up in the feed when one is given). */
  @property() request?: string | CooperationRequest;

  /** `full` or `compact`. */
  @property({ reflect: true }) variant: 'full' | 'compact' = 'full';

  /** The moment the card is read at: decides "expires in 12 days" or "expired". */
  @property({ converter: dateConverter }) now: Date = new Date();

  /** Whether a compact card shows its details (reflected, so a list can give an open card more room). */
  @property({ type: Boolean, reflect: true }) open = false;

  /** Level of the title heading (2–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Language the visitor chose for the explanation; `undefined` follows the page. */
  @state() private explanationLang?: string;
  @state() private explanationOpen = false;
  @state() private announcement = '';
  @state() private fallbackLink?: string;
  @state() private targeted = false;
  private hashHandled = false;
  private pendingScroll = false;
  private announceTimer?: ReturnType<typeof setTimeout>;

  private readonly onHashChange = () => {
    this.hashHandled = false;
    this.requestUpdate();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    clearTimeout(this.announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('request')) {
      this.explanationLang = undefined;
      this.explanationOpen = false;
      if (changed.get('request') !== undefined) this.open = false;
      this.fallbackLink = undefined;
      this.targeted = false;
      this.hashHandled = false;
    }
    const id = this.resolve()?.request?.id;
    if (id && !this.hashHandled && hashTargets(location.hash, id)) {
      // Fragment links cannot reach inside a shadow root: the card brings itself into view.
      this.hashHandled = true;
      this.targeted = true;
      this.pendingScroll = true;
      if (this.variant === 'compact') this.open = true;
    }
  }

  private get today(): string {
    return parisDayKey(isNaN(+this.now) ? new Date() : this.now);
  }

  /** The feed to look things up in, and the request to show. */
  private resolve(): { feed: Feed; request?: CooperationRequest } | undefined {
    const feed = this.feedController.feed;
    const value = this.request;
    if (value !== null && typeof value === 'object') {
      return { feed: feed ?? emptyFeed(), request: validateRequestObject(value) };
    }
    if (!feed) return undefined;
    return { feed, request: value ? requestById(feed, value) : undefined };
  }

  /** The feed's address, against which its relative links are read. */
  private get linkBase(): string | undefined {
    const url = this.feedController.snapshot?.url;
    return url && /^https?:/.test(url) ? url : undefined;
  }

  override render() {
    const t = cardMessages[this.language];
    const objectOnly =
      typeof this.request === 'object' && this.request !== null && this.feedController.state === 'missing';
    if (!objectOnly) {
      const pending = renderFeedState(this.feedController, this.language);
      if (pending) return html`${pending}${this.feedController.state === 'error' ? html`<slot></slot>` : nothing}`;
    }
    const resolved = this.resolve();
    if (!resolved) return nothing;
    const stale = renderStaleNotice(this.feedController, this.language);
    if (!this.request) return html`${stale}${renderEmpty(t.noRequest)}`;
    if (!resolved.request) return html`${stale}${renderEmpty(t.notPublished)}`;
    return html`${stale}${this.renderCard(resolved.feed, resolved.request)}`;
  }

  protected override updated(): void {
    if (!this.pendingScroll) return;
    this.pendingScroll = false;
    requestAnimationFrame(() => this.scrollIntoView({ block: 'start' }));
  }

  private renderCard(feed: Feed, request: CooperationRequest): TemplateResult {
    const lang = this.language;
    const t = cardMessages[lang];
    const today = this.today;
    const status = effectiveStatus(request, today);
    const organisation = organisationById(feed, request.organisation);
    const orgName = organisation ? withoutOverrides(localize(organisation.name, lang)) : '';
    const keyword = pickText(request.keyword, lang);
    const title = pickText(request.title, lang);
    const titleText = withoutOverrides(title.text || keyword.text || t.untitled);
    const titleLang = title.text ? title.lang : keyword.text ? keyword.lang : '';
    const compact = this.variant === 'compact';
    const showBody = !compact || this.open;
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));

    return html`<article
      class="card status--${status} ${compact ? 'card--compact' : ''} ${this.targeted ? 'card--targeted' : ''}"
      part="card"
      id=${requestAnchorId(request.id)}
      aria-labelledby="title"
    >
      <div class="topline">
        <span class="badge" part="status"
          ><span class="visually-hidden">${t.statusLabel} </span
          ><span class="badge__icon" aria-hidden="true"></span>${t.status(status)}</span
        >
        ${this.renderExpiry(request, status)}
      </div>
      ${
        keyword.text && title.text
          ? html`<p class="eyebrow" lang=${ifDefined(this.langAttr(keyword.lang))}>
              <span class="visually-hidden">${t.keyword} </span>${keyword.text}
            </p>`
          : html`<p class="eyebrow">${t.eyebrow}</p>`
      }
      <div
        class="title"
        role="heading"
        aria-level=${level}
        id="title"
        part="title"
        lang=${ifDefined(this.langAttr(titleLang))}
      >
        ${titleText}
      </div>
      ${this.renderWho(feed, request, orgName, compact)} ${compact ? this.renderCompactSummary(request) : nothing}
      <div class="body" id="details" ?hidden=${!showBody}>${showBody ? this.renderBody(feed, request) : nothing}</div>
      ${this.renderActions(feed, request, titleText, keyword.text || titleText, orgName, compact)}
    </article>`;
  }

  /** A `lang` attribute when a text is shown in another language than the page's. */
  private langAttr(textLang: string): string | undefined {
    return textLang && textLang !== this.language ? textLang : undefined;
  }

  private renderExpiry(request: CooperationRequest, status: string) {
    const lang = this.language;
    const t = cardMessages[lang];
    // A request that found its partner or was closed no longer has a deadline worth reading.
    if (status === 'matched' || status === 'closed') return nothing;
    const left = daysLeft(request, this.today);
    if (left === undefined || !request.expires) return html`<span class="expiry">${t.noExpiry}</span>`;
    const date = formatFeedDate(request.expires, lang);
    if (left < 0) return html`<span class="expiry expiry--past">${t.expiredOn(date)}</span>`;
    const soon = left <= SOON_DAYS && status === 'open';
    return html`<span class="expiry ${soon ? 'expiry--soon' : ''}"
      >${left <= SOON_DAYS ? t.expiresIn(formatRelativeDay(request.expires, this.now, lang), date) : t.expiresOn(date)}</span
    >`;
  }

  private renderWho(feed: Feed, request: CooperationRequest, orgName: string, compact: boolean) {
    const lang = this.language;
    const t = cardMessages[lang];
    const organisation = organisationById(feed, request.organisation);
    const website = safeHref(organisation?.website, this.linkBase);
    const orgTemplate = orgName
      ? website
        ? html`<a href=${website} class="org-link">${orgName}</a>`
        : html`${orgName}`
      : nothing;
    const territoryIds = request.territories?.length ? request.territories : (organisation?.territories ?? []);
    const territories = territoryIds
      .map((id) => territoryById(feed, id))
      .filter((x) => !!x)
      .map((x) => localize(x.name, lang))
      .join(', ');
    const country = countryName(request.country, lang);
    const contact = request.contact;
    const person = personName(contact);
    if (compact) {
      const parts = [orgTemplate, country ? html`${country}` : nothing].filter((p) => p !== nothing);
      return parts.length ? html`<p class="who">${parts.map((p, i) => html`${i ? ' · ' : ''}${p}`)}</p>` : nothing;
    }
    const row = (label: string, value: unknown) =>
      value === nothing || value === ''
        ? nothing
        : html`<div class="fact">
            <dt>${label}</dt>
            <dd>${value}</dd>
          </div>`;
    const area = pickText(request.areaType, lang);
    const project = pickText(request.projectType, lang);
    return html`<dl class="facts">
      ${row(t.organisation, orgTemplate)} ${row(t.territory, territories)} ${row(t.country, country)}
      ${row(t.contact, person)}
      ${row(t.areaType, area.text ? html`<span lang=${ifDefined(this.langAttr(area.lang))}>${area.text}</span>` : '')}
      ${row(
        t.projectType,
        project.text ? html`<span lang=${ifDefined(this.langAttr(project.lang))}>${project.text}</span>` : '',
      )}
    </dl>`;
  }

  private renderCompactSummary(request: CooperationRequest) {
    const t = cardMessages[this.language];
    const items = request.lookingFor.map((k) => t.lookingForShort(k));
    const list = items.length > 1 ? `${items.slice(0, -1).join(', ')} ${t.and} ${items.at(-1)}` : (items[0] ?? '');
    const summary = pickText(request.explanation, this.language);
    return html`<p class="sought-line">${t.lookingForLine(list)}</p>
      ${
        this.open
          ? nothing
          : html`<p class="summary" lang=${ifDefined(this.langAttr(summary.lang))}>
              ${excerpt(summary.text.slice(0, 2000), SUMMARY)}
            </p>`
      }`;
  }

  private renderBody(feed: Feed, request: CooperationRequest) {
    const lang = this.language;
    const t = cardMessages[lang];
    const sub = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3) + 1);
    const themes = themesOf(feed, request.themes);
    return html`
      ${
        themes.length
          ? html`<ul class="chips" aria-label=${t.themes}>
              ${themes.map((theme) => html`<li class="chip">${localize(theme.label, lang)}</li>`)}
            </ul>`
          : nothing
      }
      <section class="section" aria-labelledby="sought">
        <div class="section__title" role="heading" aria-level=${sub} id="sought">${t.lookingForHeading}</div>
        <ul class="sought">
          ${request.lookingFor.map((k) => html`<li>${t.lookingFor(k)}</li>`)}
        </ul>
      </section>
      ${this.renderExplanation(request.explanation, sub)} ${this.renderDates(request)}
      ${this.renderEvent(feed, request)}
    `;
  }

  private renderExplanation(explanation: LocalizedText, sub: number) {
    const t = cardMessages[this.language];
    const languages = textLanguages(explanation).filter(Boolean);
    const shown = pickText(explanation, this.explanationLang ?? this.language);
    const full = shown.text.length > MAX_EXPLANATION ? shown.text.slice(0, MAX_EXPLANATION) + '…' : shown.text;
    const foldable = full.length > FOLD_AT;
    const open = !foldable || this.explanationOpen;
    return html`<section class="section" aria-labelledby="explanation-title">
      <div class="section__head">
        <div class="section__title" role="heading" aria-level=${sub} id="explanation-title">${t.explanation}</div>
        ${
          languages.length > 1
            ? html`<div class="langs" role="group" aria-label=${t.textLanguage}>
                ${languages.map(
                  (code) =>
                    html`<button
                      type="button"
                      class="lang"
                      lang=${code}
                      aria-pressed=${code === shown.lang ? 'true' : 'false'}
                      @click=${() => (this.explanationLang = code)}
                    >
                      ${languageAutonym(code)}
                    </button>`,
                )}
              </div>`
            : nothing
        }
      </div>
      <div class="explanation" id="explanation" lang=${ifDefined(shown.lang || undefined)}>
        ${
          open
            ? paragraphs(full).map((p) => html`<p>${p}</p>`)
            : html`<p>${excerpt(full.slice(0, EXCERPT * 4), EXCERPT)}</p>`
        }
        ${open && shown.text.length > MAX_EXPLANATION ? html`<p class="note" lang=${this.language}>${t.truncated}</p>` : nothing}
      </div>
      ${
        foldable
          ? html`<button
              type="button"
              class="link-button"
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls="explanation"
              @click=${() => (this.explanationOpen = !this.explanationOpen)}
            >
              ${open ? t.readLess : t.readMore}
            </button>`
          : nothing
      }
    </section>`;
  }

  private renderDates(request: CooperationRequest) {
    if (!request.published) return nothing;
    const t = cardMessages[this.language];
    return html`<p class="dates">${t.publishedOn(formatFeedDate(request.published, this.language))}</p>`;
  }

  private renderEvent(feed: Feed, request: CooperationRequest) {
    const event = request.event ? eventById(feed, request.event) : undefined;
    if (!event) return nothing;
    const lang = this.language;
    const t = cardMessages[lang];
    const title = pickText(event.title, lang);
    const href = safeHref(event.url, this.linkBase);
    const where = localize(event.location?.name, lang);
    const days = eventDays(event);
    const past = !!days && days.last < this.today;
    return html`<p class="event">
      <strong>${t.event}</strong>
      ${
        href
          ? html`<a href=${href} lang=${ifDefined(this.langAttr(title.lang))}>${title.text}</a>`
          : html`<span lang=${ifDefined(this.langAttr(title.lang))}>${title.text}</span>`
      }
      <span class="event__when"
        >${[formatFeedRange(event.start, event.end, lang), where].filter(Boolean).join(' · ')}</span
      >
      ${past ? html`<span class="event__past">(${t.eventPast})</span>` : nothing}
    </p>`;
  }

  private renderActions(
    feed: Feed,
    request: CooperationRequest,
    titleText: string,
    subjectWhat: string,
    orgName: string,
    compact: boolean,
  ) {
    const lang = this.language;
    const t = cardMessages[lang];
    const contact = request.contact;
    const person = personName(contact);
    const link = requestLink(location.href, request.id);
    const mailto = mailtoHref(
      contact?.email,
      t.mailSubject(oneLine(subjectWhat, 100), oneLine(orgName, 100)),
      t.mailBody(link),
    );
    const contactPage = safeHref(contact?.url, this.linkBase);
    const sourcePage = safeHref(request.url, this.linkBase);
    const replyHref = mailto ?? contactPage ?? sourcePage;
    const replyLabel = mailto ? (person ? t.contactByEmailTo(oneLine(person, 80)) : t.contactByEmail) : undefined;
    const event = request.event ? eventById(feed, request.event) : undefined;
    const shortTitle = oneLine(titleText, 90);
    const showDetails = !compact || this.open;
    return html`<div class="actions" part="actions">
        ${
          replyHref
            ? html`<a
                class="button ${effectiveStatus(request, this.today) === 'open' ? '' : 'button--quiet'}"
                href=${replyHref}
                aria-label=${ifDefined(replyLabel)}
                >${mailto ? t.contactByEmail : t.contactPage}</a
              >`
            : html`<p class="no-contact">${t.noContact}</p>`
        }
        ${
          compact
            ? html`<button
                type="button"
                class="button button--quiet"
                aria-expanded=${this.open ? 'true' : 'false'}
                aria-controls="details"
                aria-describedby="title"
                @click=${() => this.toggleDetails(request.id)}
              >
                ${this.open ? t.hideDetails : t.showDetails}
              </button>`
            : nothing
        }
        ${
          showDetails
            ? html`<button
                  type="button"
                  class="button button--quiet"
                  aria-label=${t.copyLinkOf(shortTitle)}
                  @click=${() => this.copyLink(link)}
                >
                  ${t.copyLink}
                </button>
                ${
                  event && icsCanStart(event.start)
                    ? html`<button
                        type="button"
                        class="button button--quiet"
                        aria-label=${t.addToCalendarOf(oneLine(pickText(event.title, lang).text, 90))}
                        @click=${() => void this.downloadIcs(event, request)}
                      >
                        ${t.addToCalendar}
                      </button>`
                    : nothing
                }
                ${
                  sourcePage && replyHref !== sourcePage
                    ? html`<a class="source-link" href=${sourcePage}>${t.sourcePage}</a>`
                    : nothing
                }`
            : nothing
        }
      </div>
      ${
        this.fallbackLink
          ? html`<div class="copy-fallback">
              <label for="copy-field">${t.copyFallback}</label>
              <input id="copy-field" type="text" readonly .value=${this.fallbackLink} @focus=${this.selectAll} />
            </div>`
          : nothing
      }
      <p class=${this.announcement ? 'announce' : 'visually-hidden'} role="status">${this.announcement}</p>`;
  }

  private selectAll(e: FocusEvent) {
    (e.target as HTMLInputElement).select();
  }

  private toggleDetails(id: string) {
    this.open = !this.open;
    if (this.open) this.emit('maillage-select', { kind: 'request', id });
  }

  private announce(message: string) {
    this.announcement = message;
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => (this.announcement = ''), 6000);
  }

  private async copyLink(link: string) {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(link);
      this.fallbackLink = undefined;
      this.announce(cardMessages[this.language].linkCopied);
    } catch {
      // Clipboard refused (insecure page, permissions, old browser): let the visitor copy by hand.
      this.fallbackLink = link;
      await this.updateComplete;
      const field = this.renderRoot.querySelector<HTMLInputElement>('#copy-field');
      field?.focus();
      field?.select();
    }
  }

  private icsInput(event: FeedEvent, request: CooperationRequest) {
    const lang = this.language;
    const feed = this.feedController.feed;
    return {
      uid: `${event.id}@${feed?.network.id ?? 'maillage'}.maillage`,
      title: localize(event.title, lang),
      start: event.start,
      end: event.end,
      description: localize(event.description, lang),
      location: [localize(event.location?.name, lang), event.location?.address ?? ''].filter(Boolean).join(', '),
      url: safeHref(event.url, this.linkBase) ?? safeHref(request.url, this.linkBase),
      cancelled: event.status === 'cancelled',
      organizer: this.organizerOf(event),
      stamp: new Date(),
    };
  }

  /** The event's organiser and its contact address, for the calendar file. */
  private organizerOf(event: FeedEvent) {
    const feed = this.feedController.feed;
    const organiser = event.organiser && feed ? organisationById(feed, event.organiser) : undefined;
    return organiser ? { name: localize(organiser.name, this.language), email: organiser.contact?.email } : undefined;
  }

  /** The .ics writer is loaded on the first click: a card shows without it. */
  private async downloadIcs(event: FeedEvent, request: CooperationRequest) {
    const input = this.icsInput(event, request);
    const { buildEventIcs, icsFileName } = await import('./ics.js');
    const ics = buildEventIcs(input);
    if (!ics) return;
    const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = icsFileName(input.title);
    anchor.hidden = true;
    this.renderRoot.appendChild(anchor);
    anchor.click();
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
