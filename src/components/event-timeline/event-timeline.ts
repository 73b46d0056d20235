import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { MaillageBase } from '../../core/element-base.js';
import type { MaillageSelectDetail } from '../../core/events.js';
import { renderEmpty, renderFeedState, renderStaleNotice } from '../../core/states.js';
import { baseStyles } from '../../core/tokens.js';
import { organisationById, territoryById, themeById, themesOf } from '../../feed/selectors.js';
import { daysBetween, formatFeedDate, formatRelativeDay, localize, parisDayKey, type Lang } from '../../feed/text.js';
import type { Feed, FeedEvent } from '../../feed/types.js';
import { safeHref } from '../../feed/url.js';
import {
  clampText,
  datePrecision,
  endsBeforeStart,
  formatEventDate,
  eventDates,
  facetValues,
  groupByYearAndMonth,
  humanizeKind,
  momentOf,
  selectEvents,
  todayIndex,
  type AgendaQuery,
  type When,
} from './agenda.js';
import type { JsonLdObject } from './json-ld.js';
import { parseTimelineFeed } from './feed-profile.js';
import { messages } from './messages.js';
import { styles } from './styles.js';

const WHENS: When[] = ['upcoming', 'past', 'all'];
/** Events rendered at first in the list layout; "show more" adds as many again. */
const PAGE = 100;
/** Milestones rendered at once in the timeline (2,000 took half a second); the window follows the visitor. */
const WINDOW = 200;
/** Search engines read a page's first events; thousands would weigh megabytes of JSON-LD. */
const MAX_JSON_LD = 100;
/** A description longer than this is cut (the event's own page has the rest): a phone screen is small. */
const DESCRIPTION_MAX = 1500;
const JSON_LD_MARK = 'data-maillage-event-timeline';
/** Relative labels ("dans 3 jours") only where they help: the coming month and the past week. */
const RELATIVE_WINDOW = { before: 7, after: 31 };

const warned = new WeakSet<FeedEvent>();

/**
 * The network's agenda: events in time order, as a vertical list grouped by
 * year and month, or as a horizontal milestone timeline with today marked.
 * Visitors filter by period, kind and theme, and add one event or the whole
 * list to their calendar (.ics). Follows a territory chosen on a map.
 *
 * @tagname maillage-event-timeline
 * @summary The network's events, as an agenda list or a milestone timeline.
 *
 * @attr src - URL of the network's JSON feed.
 * @attr layout - `list` (default): vertical agenda grouped by year and month; `timeline`: horizontal milestones.
 * @attr when - `upcoming` (default: events whose last day is today or later, in Paris), `past` (newest first) or `all`.
 * @attr from - First day shown, `YYYY-MM-DD` (events overlapping the range are kept).
 * @attr to - Last day shown, `YYYY-MM-DD`.
 * @attr limit - At most this many events, for "next 3 events" boxes (the visitor's filters are then hidden).
 * @attr kind - Only events of this kind (`assemblee-generale`, `seminaire`…).
 * @attr theme - Only events about this theme id (`mobilites-decarbonees`…).
 * @attr territory - Only events in this territory (its id, or an EPCI's SIREN), and the territories inside it.
 * @attr organiser - Only events organised by this organisation id.
 * @attr json-ld - Also describe the events shown as schema.org `Event` JSON-LD, in a `<script>` child of the element.
 * @attr hide-filters - Hide the visitor's filters.
 * @attr color-scheme - Colour scheme: `light` (default), `dark` or `auto`.
 *
 * @fires maillage-select - `{ kind: 'event', id }` when the visitor opens an event (`id: null` when closing it).
 * @fires maillage-feed-load - When the feed is loaded.
 * @fires maillage-feed-error - When the feed cannot be loaded.
 *
 * @slot - Shown until the element upgrades (e.g. a link to the agenda page), so a page without JavaScript still works.
 *
 * @csspart toolbar - The filters, count and "add to calendar" bar.
 * @csspart event - One event of the list, or the event shown under the timeline.
 * @csspart timeline - The horizontal scrolling region of the timeline.
 * @csspart milestone - One milestone button of the timeline.
 * @csspart state - Loading, error and empty messages.
 *
 * @cssprop --maillage-event-timeline-accent - Colour of dates, milestones and links (default `--maillage-accent`).
 * @cssprop --maillage-event-timeline-today - Colour of the "today" line (default `--maillage-danger`).
 * @cssprop --maillage-event-timeline-milestone-width - Width of a timeline milestone (default 200px).
 */
export class MaillageEventTimeline extends MaillageBase {
  static override styles = [baseStyles, styles];
  static override feedParser = parseTimelineFeed;

  /** `list` or `timeline`. */
  @property({ reflect: true }) layout: 'list' | 'timeline' = 'list';
  /** `upcoming`, `past` or `all`. */
  @property() when: When = 'upcoming';
  /** First day shown (`YYYY-MM-DD`). */
  @property() from?: string;
  /** Last day shown (`YYYY-MM-DD`). */
  @property() to?: string;
  /** At most this many events. */
  @property({ type: Number }) limit?: number;
  /** Event kind id. */
  @property() kind?: string;
  /** Theme id. */
  @property() theme?: string;
  /** Territory id or SIREN. */
  @property() territory?: string;
  /** Organisation id. */
  @property() organiser?: string;
  /** Publish schema.org JSON-LD of the events shown. */
  @property({ type: Boolean, attribute: 'json-ld' }) jsonLd = false;
  /** Hide the visitor's filters. */
  @property({ type: Boolean, attribute: 'hide-filters' }) hideFilters = false;
  /** The present instant (tests and previews); the current time when unset. "Today" is its day in Paris. */
  @property({ attribute: false }) now?: Date;

  @state() private visitorWhen?: When;
  @state() private visitorKind = '';
  @state() private visitorTheme = '';
  /** A territory chosen in another element (`maillage-select`). */
  @state() private followedTerritory?: string;
  @state() private selectedId?: string;
  @state() private activeIndex = -1;
  @state() private shownCount = PAGE;
  /** Index of the first milestone rendered in the timeline. */
  @state() private windowStart = 0;

  private events: FeedEvent[] = [];
  private eventsFeed?: Feed;
  private selectionKey = '';
  /** What the timeline scrolls to after the next render: today's line (a new selection), or the active milestone. */
  private scrollPending?: 'today' | 'active';
  private jsonLdScript?: HTMLScriptElement;
  private jsonLdKey = '';
  /** Bumped each time the selection of events is recomputed. */
  private selectionVersion = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('maillage-select', this.onSelect);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('maillage-select', this.onSelect);
    this.jsonLdScript?.remove();
    this.jsonLdScript = undefined;
    this.jsonLdKey = '';
  }

  private get feedData(): Feed | undefined {
    return this.feedController.feed;
  }

  private get today(): string {
    return parisDayKey(this.now ?? new Date());
  }

  private get period(): When {
    const when = this.visitorWhen ?? this.when;
    return WHENS.includes(when) ? when : 'upcoming';
  }

  /** Base URL for relative links in the feed. */
  private get base(): string | undefined {
    const url = this.feedController.snapshot?.url;
    return url && /^https?:/.test(url) ? url : undefined;
  }

  private query(visitor = true): AgendaQuery {
    return {
      when: this.period,
      from: this.from,
      to: this.to,
      kind: this.kind || (visitor ? this.visitorKind : '') || undefined,
      theme: this.theme || (visitor ? this.visitorTheme : '') || undefined,
      territories: [this.territory, this.followedTerritory].filter((t): t is string => !!t),
      organiser: this.organiser || undefined,
      now: this.now ?? new Date(),
      limit: this.limit,
    };
  }

  /** The events shown now, in the order shown (the timeline always runs left to right in time). */
  get shownEvents(): FeedEvent[] {
    return this.events;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const feed = this.feedData;
    if (!feed) {
      this.events = [];
      return;
    }
    const q = this.query();
    const key = JSON.stringify({ ...q, now: parisDayKey(q.now), layout: this.layout }) + this.language;
    if (key === this.selectionKey && this.eventsFeed === feed) return;
    this.selectionKey = key;
    this.eventsFeed = feed;
    let events = selectEvents(feed, q);
    if (this.layout === 'timeline' && this.period === 'past') events = events.reverse();
    this.events = events;
    this.selectionVersion++;
    this.shownCount = PAGE;
    for (const e of events)
      if (endsBeforeStart(e) && !warned.has(e)) {
        warned.add(e);
        console.warn(`maillage-event-timeline: the event "${e.id}" ends before it starts; only its start is shown.`);
      }
    const today = this.today;
    const next = todayIndex(events, today);
    this.activeIndex = events.length ? Math.min(next, events.length - 1) : -1;
    this.windowStart = 0;
    this.reveal(this.activeIndex);
    this.scrollPending = this.layout === 'timeline' ? 'today' : undefined;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.scrollPending === 'today') this.scrollToToday();
    else if (this.scrollPending === 'active') this.scrollToMilestone(this.activeIndex, false);
    this.scrollPending = undefined;
    this.syncJsonLd();
  }

  /**
   * The iCalendar text of one event (by id), or of every event the element selects now.
   * The .ics and JSON-LD builders load on first use: most visitors never need them.
   */
  async toICalendar(eventId?: string): Promise<string> {
    const feed = this.feedData;
    if (!feed) return '';
    const events = eventId === undefined ? this.events : feed.events.filter((e) => e.id === eventId);
    const t = messages[this.language];
    const lang = this.language;
    const { buildICalendar } = await import('./ical.js');
    return buildICalendar({
      feed,
      events,
      lang,
      now: new Date(),
      base: this.base,
      name: eventId === undefined ? t.calendarName(localize(feed.network.name, lang)) : undefined,
      labels: {
        cancelled: t.cancelled,
        postponed: t.postponed,
        online: t.online,
        organisedBy: t.organisedBy,
        registration: t.registrationLine,
        kind: (k) => this.kindLabel(k),
      },
    });
  }

  /** The schema.org JSON-LD of the events shown (the first 100), as published with the `json-ld` attribute. */
  async toJsonLd(): Promise<JsonLdObject | undefined> {
    const feed = this.feedData;
    if (!feed) return undefined;
    const events = this.events.slice(0, MAX_JSON_LD);
    const { agendaJsonLd } = await import('./json-ld.js');
    return agendaJsonLd(feed, events, this.language, this.base);
  }

  private async downloadCalendar(eventId?: string) {
    const feed = this.feedData;
    if (!feed) return;
    const [text, { icsFileName }] = await Promise.all([this.toICalendar(eventId), import('./ical.js')]);
    this.download(text, icsFileName(eventId ?? `agenda-${feed.network.id}`));
  }

  /** Writes the JSON-LD script when the events shown change (not on every render). */
  private syncJsonLd() {
    const key = this.jsonLd && this.feedData ? `${this.selectionVersion}` : '';
    if (key === this.jsonLdKey) return;
    this.jsonLdKey = key;
    if (!key) {
      this.jsonLdScript?.remove();
      this.jsonLdScript = undefined;
      return;
    }
    void Promise.all([this.toJsonLd(), import('./json-ld.js')]).then(([data, { serializeJsonLd }]) => {
      if (data && this.jsonLdKey === key && this.isConnected) this.writeJsonLd(serializeJsonLd(data));
    });
  }

  private writeJsonLd(text: string) {
    if (!this.jsonLdScript) {
      const script = document.createElement('script');
      script.type = 'application/ld+json';
      script.setAttribute(JSON_LD_MARK, '');
      this.jsonLdScript = script;
    }
    try {
      if (this.jsonLdScript.textContent !== text) this.jsonLdScript.textContent = text;
      if (this.jsonLdScript.parentNode !== this) this.append(this.jsonLdScript);
    } catch (error) {
      // A page enforcing Trusted Types refuses script text; the agenda still shows.
      console.warn('maillage-event-timeline: the JSON-LD could not be added to the page.', error);
    }
  }

  private download(text: string, fileName: string) {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.hidden = true;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
  }

  private onSelect = (event: CustomEvent<MaillageSelectDetail>) => {
    if (event.target === this) return;
    const { kind, id } = event.detail;
    if (kind === 'territory') {
      this.followedTerritory = id ?? undefined;
    } else if (kind === 'event') {
      const index = id === null ? -1 : this.events.findIndex((e) => e.id === id);
      this.selectedId = index === -1 ? undefined : id!;
      if (index !== -1) {
        this.activeIndex = index;
        this.reveal(index);
        this.shownCount = Math.max(this.shownCount, index + 1);
        if (this.layout === 'timeline') this.scrollPending = 'active';
      }
    }
  };

  /** Moves the timeline's window of rendered milestones so that `index` is in it. */
  private reveal(index: number) {
    if (index >= this.windowStart && index < this.windowStart + WINDOW) return;
    this.windowStart = Math.max(0, Math.min(index - WINDOW / 2, this.events.length - WINDOW));
  }

  /** Shows the milestones before or after the window, and puts the visitor on the first one revealed. */
  private shiftWindow(direction: 1 | -1) {
    const target = direction < 0 ? this.windowStart - 1 : this.windowStart + WINDOW;
    this.windowStart = Math.max(0, Math.min(this.windowStart + (direction * WINDOW) / 2, this.events.length - WINDOW));
    this.activeIndex = target;
    void this.updateComplete.then(() => this.scrollToMilestone(target, true));
  }

  private choose(event: FeedEvent) {
    const closing = this.layout === 'list' && this.selectedId === event.id;
    this.selectedId = closing ? undefined : event.id;
    this.emit('maillage-select', { kind: 'event', id: closing ? null : event.id });
  }

  private kindLabel(kind: string): string {
    return messages[this.language].kinds(kind) || humanizeKind(kind);
  }

  override render() {
    return renderFeedState(this.feedController, this.language) ?? this.renderReady(this.feedData!);
  }

  private renderReady(feed: Feed): TemplateResult {
    const t = messages[this.language];
    const events = this.events;
    const filtered = !!(this.visitorKind || this.visitorTheme || this.followedTerritory);
    return html`${renderStaleNotice(this.feedController, this.language)} ${this.renderToolbar(feed, events.length)}
    ${
      events.length === 0
        ? renderEmpty(
            filtered ? t.emptyFiltered : t.empty(this.period),
            filtered
              ? html`<button class="button button--quiet" type="button" @click=${this.resetFilters}>
                  ${t.resetFilters}
                </button>`
              : undefined,
          )
        : this.layout === 'timeline'
          ? this.renderTimeline(feed, events)
          : this.renderList(feed, events)
    }`;
  }

  /** Shows the next page of events and puts keyboard focus on the first of them. */
  private showMore = async () => {
    const first = this.shownCount;
    this.shownCount += PAGE;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#event-${first}-title`)?.focus();
  };

  private resetFilters = () => {
    this.visitorKind = '';
    this.visitorTheme = '';
    this.followedTerritory = undefined;
  };

  private renderToolbar(feed: Feed, count: number): TemplateResult {
    const t = messages[this.language];
    const lang = this.language;
    const compact = this.hideFilters || (this.limit ?? 0) > 0;
    const chip = this.followedTerritory
      ? this.renderTerritoryChip(
          localize(territoryById(feed, this.followedTerritory)?.name, lang) || this.followedTerritory,
        )
      : nothing;
    if (compact) return html`${chip}`;
    // Facets come from the selection without the visitor's own kind and theme, so a choice can be undone.
    const pool = selectEvents(feed, { ...this.query(false), limit: undefined });
    const kinds = this.kind ? [] : facetValues(pool, (e) => (e.kind ? [e.kind] : []));
    const themes = this.theme
      ? []
      : facetValues(pool, (e) => e.themes).filter((id) => themeById(feed, id) !== undefined);
    return html`<div class="toolbar" part="toolbar">
      <div class="filters" role="group" aria-label=${t.filters}>
        <label class="field"
          ><span class="field__label">${t.period}</span>
          <select
            @change=${(e: Event) => (this.visitorWhen = (e.target as HTMLSelectElement).value as When)}
            .value=${this.period}
          >
            ${WHENS.map((w) => html`<option value=${w} ?selected=${w === this.period}>${t[w]}</option>`)}
          </select></label
        >
        ${
          kinds.length > 1 || this.visitorKind
            ? html`<label class="field"
                ><span class="field__label">${t.kind}</span>
                <select @change=${(e: Event) => (this.visitorKind = (e.target as HTMLSelectElement).value)}>
                  <option value="" ?selected=${!this.visitorKind}>${t.allKinds}</option>
                  ${kinds.map(
                    (k) =>
                      html`<option value=${k} ?selected=${k === this.visitorKind}>
                        ${clampText(this.kindLabel(k), 60)}
                      </option>`,
                  )}
                </select></label
              >`
            : nothing
        }
        ${
          themes.length > 1 || this.visitorTheme
            ? html`<label class="field"
                ><span class="field__label">${t.theme}</span>
                <select @change=${(e: Event) => (this.visitorTheme = (e.target as HTMLSelectElement).value)}>
                  <option value="" ?selected=${!this.visitorTheme}>${t.allThemes}</option>
                  ${themes.map(
                    (id) =>
                      html`<option value=${id} ?selected=${id === this.visitorTheme}>
                        ${clampText(localize(themeById(feed, id)?.label, lang), 60)}
                      </option>`,
                  )}
                </select></label
              >`
            : nothing
        }
      </div>
      ${chip}
      <p class="count" role="status">${t.count(count, this.period)}</p>
      ${
        count > 0
          ? html`<button class="button button--quiet" type="button" @click=${() => this.downloadCalendar()}>
              ${t.addAllToCalendar(count)}
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderTerritoryChip(name: string): TemplateResult {
    const t = messages[this.language];
    const label = clampText(name, 80);
    return html`<p class="chip">
      <span class="text">${t.territoryChip(label)}</span>
      <button
        class="chip__clear"
        type="button"
        aria-label=${t.clearTerritory(label)}
        @click=${() => (this.followedTerritory = undefined)}
      >
        <span aria-hidden="true">×</span>
      </button>
    </p>`;
  }

  private renderList(feed: Feed, events: FeedEvent[]): TemplateResult {
    const t = messages[this.language];
    const lang = this.language;
    const shown = events.slice(0, this.shownCount);
    let index = 0;
    return html`<div class="list">
      ${groupByYearAndMonth(shown).map(
        (year) =>
          html`<section class="year">
            <h3 class="year__title">${year.year}</h3>
            ${year.months.map(
              (month) =>
                html`<section class="month">
                  <h4 class="month__title">
                    ${monthName(`${month.key}-15`, lang, 'long')} <span class="visually-hidden">${year.year}</span>
                  </h4>
                  <ol class="events">
                    ${month.events.map((e) => html`<li>${this.renderListItem(feed, e, index++)}</li>`)}
                  </ol>
                </section>`,
            )}
          </section>`,
      )}
      ${
        events.length > shown.length
          ? html`<button class="button button--quiet more" type="button" @click=${this.showMore}>
              ${t.showMore(Math.min(PAGE, events.length - shown.length))}
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderListItem(feed: Feed, event: FeedEvent, index: number): TemplateResult {
    const lang = this.language;
    const open = this.selectedId === event.id;
    const dates = eventDates(event)!;
    const moment = momentOf(event, this.today);
    const id = `event-${index}`;
    return html`<article
      class="event event--${moment} ${event.status === 'cancelled' ? 'event--cancelled' : ''} ${
        open ? 'event--open' : ''
      }"
      part="event"
      aria-labelledby="${id}-title"
    >
      <div class="event__day" aria-hidden="true">
        ${
          datePrecision(event) === 'day'
            ? html`<span class="event__day-number">${+dates.first.slice(8, 10)}</span>
                <span class="event__day-month">${monthName(dates.first, lang, 'short')}</span>`
            : html`<span class="event__day-month">${monthName(dates.first, lang, 'short')}</span>
                <span class="event__day-month">${dates.first.slice(0, 4)}</span>`
        }
      </div>
      <div class="event__body">
        <h5 class="event__title">
          <button
            id="${id}-title"
            class="event__toggle"
            type="button"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls="${id}-details"
            @click=${() => this.choose(event)}
          >
            <span class="text">${clampText(localize(event.title, lang), 300)}</span>
          </button>
        </h5>
        ${this.renderSummary(feed, event)}
        <div id="${id}-details" class="event__details" ?hidden=${!open}>
          ${open ? this.renderDetails(feed, event) : nothing}
        </div>
      </div>
    </article>`;
  }

  /** Date, relative day, kind, status, place and organiser: what every event shows. */
  private renderSummary(feed: Feed, event: FeedEvent): TemplateResult {
    const t = messages[this.language];
    const lang = this.language;
    const dates = eventDates(event)!;
    const today = this.today;
    const moment = momentOf(event, today);
    const distance = daysBetween(today, dates.first);
    const relative =
      moment === 'ongoing'
        ? t.ongoing
        : datePrecision(event) === 'day' && distance >= -RELATIVE_WINDOW.before && distance <= RELATIVE_WINDOW.after
          ? formatRelativeDay(dates.first, this.now ?? new Date(), lang)
          : '';
    const organiser = event.organiser ? organisationById(feed, event.organiser) : undefined;
    const place = clampText(
      localize(event.location?.name, lang) ||
        localize(territoryById(feed, event.location?.territory ?? '')?.name, lang),
      200,
    );
    return html`<p class="event__when">
        <time datetime=${event.start}>${formatEventDate(event, lang)}</time
        >${relative ? html` <span class="event__relative">· ${relative}</span>` : nothing}
      </p>
      <p class="event__tags">
        ${event.kind ? html`<span class="tag">${clampText(this.kindLabel(event.kind), 60)}</span>` : nothing}
        ${
          event.status === 'cancelled'
            ? html`<span class="tag tag--cancelled">${t.cancelled}</span>`
            : event.status === 'postponed'
              ? html`<span class="tag tag--postponed">${t.postponed}</span>`
              : nothing
        }
      </p>
      ${
        place || event.online
          ? html`<p class="event__where">
              <span class="text">${place}</span>${place && event.online ? ` ${t.andOnline}` : ''}${
                !place && event.online ? t.online : ''
              }
            </p>`
          : nothing
      }
      ${
        organiser
          ? html`<p class="event__by">
              <span class="text">${t.organisedBy(clampText(localize(organiser.name, lang), 200))}</span>
            </p>`
          : nothing
      }`;
  }

  private renderDetails(feed: Feed, event: FeedEvent): TemplateResult {
    const t = messages[this.language];
    const lang = this.language;
    const title = clampText(localize(event.title, lang), 300);
    const link = (value: unknown) => {
      const href = safeHref(value, this.base);
      return href && /^https?:/.test(href) ? href : undefined;
    };
    const url = link(event.url);
    const registration = link(event.registrationUrl);
    const online = typeof event.online === 'string' ? link(event.online) : undefined;
    const description = clampText(localize(event.description, lang), DESCRIPTION_MAX);
    const themes = themesOf(feed, event.themes);
    const address = clampText(event.location?.address ?? '', 300);
    const hidden = (s: string) => html`<span class="visually-hidden">${t.aboutEvent(s)}</span>`;
    return html`${address ? html`<p class="event__address"><span class="text">${address}</span></p>` : nothing}
      ${description ? html`<p class="event__description"><span class="text">${description}</span></p>` : nothing}
      ${
        themes.length
          ? html`<ul class="event__themes">
              ${themes.map((th) => html`<li class="tag tag--theme">${clampText(localize(th.label, lang), 60)}</li>`)}
            </ul>`
          : nothing
      }
      <p class="event__actions">
        ${url ? html`<a href=${url}>${t.moreInfo}${hidden(title)}</a>` : nothing}
        ${registration ? html`<a href=${registration}>${t.register}${hidden(title)}</a>` : nothing}
        ${online ? html`<a href=${online}>${t.joinOnline}${hidden(title)}</a>` : nothing}
        <button class="button button--quiet" type="button" @click=${() => this.downloadCalendar(event.id)}>
          ${t.addToCalendar}${hidden(title)}
        </button>
      </p>`;
  }

  private renderTimeline(feed: Feed, events: FeedEvent[]): TemplateResult {
    const t = messages[this.language];
    const lang = this.language;
    const today = this.today;
    const marker = todayIndex(events, today);
    const selected = events.find((e) => e.id === this.selectedId) ?? events[this.activeIndex];
    const items: TemplateResult[] = [];
    const start = this.windowStart;
    const end = Math.min(events.length, start + WINDOW);
    if (start > 0)
      items.push(
        html`<li class="timeline__edge">
          <button class="button button--quiet" type="button" @click=${() => this.shiftWindow(-1)}>
            ${t.moreMilestones(start)}
          </button>
        </li>`,
      );
    let year = '';
    events.slice(start, end).forEach((event, offset) => {
      const i = start + offset;
      if (i === marker) items.push(this.renderTodayMarker(lang));
      const dates = eventDates(event)!;
      const newYear = dates.first.slice(0, 4) !== year;
      year = dates.first.slice(0, 4);
      const moment = momentOf(event, today);
      items.push(
        html`<li class="milestone milestone--${moment} ${event.status === 'cancelled' ? 'milestone--cancelled' : ''}">
          <span class="milestone__year" aria-hidden=${newYear ? 'false' : 'true'}>${newYear ? year : ''}</span>
          <button
            class="milestone__button"
            part="milestone"
            type="button"
            data-index=${i}
            tabindex=${i === this.activeIndex ? '0' : '-1'}
            aria-pressed=${event.id === selected?.id ? 'true' : 'false'}
            @click=${() => {
              this.activeIndex = i;
              this.choose(event);
            }}
            @focus=${() => (this.activeIndex = i)}
          >
            <span class="milestone__dot" aria-hidden="true"></span>
            <time class="milestone__date" datetime=${event.start}>${formatEventDate(event, lang)}</time>
            <span class="milestone__title text">${clampText(localize(event.title, lang), 160)}</span>
            ${
              event.status === 'cancelled' || event.status === 'postponed'
                ? html`<span class="tag tag--${event.status}">${t[event.status]}</span>`
                : event.kind
                  ? html`<span class="milestone__kind">${clampText(this.kindLabel(event.kind), 60)}</span>`
                  : nothing
            }
          </button>
        </li>`,
      );
    });
    if (marker === events.length && end === events.length) items.push(this.renderTodayMarker(lang));
    if (end < events.length)
      items.push(
        html`<li class="timeline__edge">
          <button class="button button--quiet" type="button" @click=${() => this.shiftWindow(1)}>
            ${t.moreMilestones(events.length - end)}
          </button>
        </li>`,
      );
    return html`<div class="timeline">
      <div class="timeline__nav">
        <button class="button button--quiet" type="button" @click=${() => this.scrollPage(-1)}>
          <span aria-hidden="true">←</span> ${t.earlier}
        </button>
        <button class="button button--quiet" type="button" @click=${() => this.scrollPage(1)}>
          ${t.later} <span aria-hidden="true">→</span>
        </button>
      </div>
      <div
        class="timeline__scroller"
        part="timeline"
        role="region"
        tabindex="0"
        aria-label=${t.timeline}
        aria-describedby="timeline-hint"
        @keydown=${this.onTimelineKey}
      >
        <ol class="timeline__track">
          ${items}
        </ol>
      </div>
      <p id="timeline-hint" class="timeline__hint">${t.timelineHint}</p>
      ${
        selected
          ? html`<section class="timeline__details" aria-label=${t.details}>
              <article
                class="event event--${momentOf(selected, today)} ${
                  selected.status === 'cancelled' ? 'event--cancelled' : ''
                }"
                part="event"
                aria-labelledby="selected-title"
              >
                <div class="event__body">
                  <h3 id="selected-title" class="event__title">
                    <span class="text">${clampText(localize(selected.title, lang), 300)}</span>
                  </h3>
                  ${this.renderSummary(feed, selected)} ${this.renderDetails(feed, selected)}
                </div>
              </article>
            </section>`
          : nothing
      }
    </div>`;
  }

  private renderTodayMarker(lang: Lang): TemplateResult {
    const t = messages[lang];
    return html`<li class="today">
      <span class="today__line" aria-hidden="true"></span>
      <span class="today__label">${t.todayLine(formatFeedDate(this.today, lang))}</span>
    </li>`;
  }

  private onTimelineKey = (event: KeyboardEvent) => {
    const last = this.events.length - 1;
    if (last < 0) return;
    const from = this.activeIndex < 0 ? 0 : this.activeIndex;
    const onMilestone = (event.target as HTMLElement).matches?.('.milestone__button');
    let next: number;
    switch (event.key) {
      case 'ArrowRight':
        next = onMilestone ? Math.min(last, from + 1) : from;
        break;
      case 'ArrowLeft':
        next = onMilestone ? Math.max(0, from - 1) : from;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = last;
        break;
      default:
        return;
    }
    event.preventDefault();
    this.activeIndex = next;
    this.reveal(next);
    void this.updateComplete.then(() => this.scrollToMilestone(next, true));
  };

  private milestone(index: number): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`.milestone__button[data-index="${index}"]`);
  }

  /** Brings a milestone to the middle of the scroller (horizontally only: the page itself never jumps). */
  private scrollToMilestone(index: number, focus: boolean) {
    const scroller = this.renderRoot.querySelector<HTMLElement>('.timeline__scroller');
    const target = this.milestone(index);
    if (!scroller || !target) return;
    const box = scroller.getBoundingClientRect();
    const item = target.getBoundingClientRect();
    const left = scroller.scrollLeft + item.left - box.left - (box.width - item.width) / 2;
    scroller.scrollTo({ left, behavior: focus && !reducedMotion() ? 'smooth' : 'auto' });
    if (focus) target.focus({ preventScroll: true });
  }

  /** Puts today's line a third of the way in (at the start on a phone, so the next milestone shows beside it). */
  private scrollToToday() {
    const scroller = this.renderRoot.querySelector<HTMLElement>('.timeline__scroller');
    const line = this.renderRoot.querySelector<HTMLElement>('.today');
    if (!scroller || !line) return this.scrollToMilestone(this.activeIndex, false);
    const box = scroller.getBoundingClientRect();
    const mark = line.getBoundingClientRect();
    const milestone = this.milestone(this.activeIndex)?.getBoundingClientRect().width ?? 0;
    const lead = Math.min(box.width / 3, Math.max(0, box.width - mark.width - milestone - 16));
    scroller.scrollTo({ left: scroller.scrollLeft + mark.left - box.left - lead, behavior: 'auto' });
  }

  private scrollPage(direction: 1 | -1) {
    const scroller = this.renderRoot.querySelector<HTMLElement>('.timeline__scroller');
    scroller?.scrollBy({ left: direction * scroller.clientWidth * 0.8, behavior: reducedMotion() ? 'auto' : 'smooth' });
  }
}

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

const monthFormats = new Map<string, Intl.DateTimeFormat>();
/** "mars" / "March" (long) or "mars" / "Mar" (short): the month of a `YYYY-MM-DD` day. */
function monthName(day: string, lang: Lang, month: 'long' | 'short'): string {
  let f = monthFormats.get(lang + month);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'fr-FR', { month, timeZone: 'UTC' });
    monthFormats.set(lang + month, f);
  }
  return f.format(new Date(`${day}T12:00:00Z`));
}
