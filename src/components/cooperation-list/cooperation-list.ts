import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { MaillageBase } from '../../core/element-base.js';
import type { MaillageSelectDetail } from '../../core/events.js';
import { renderEmpty, renderFeedState, renderStaleNotice } from '../../core/states.js';
import { baseStyles } from '../../core/tokens.js';
import { territoryById } from '../../feed/selectors.js';
import { localize, parisDayKey } from '../../feed/text.js';
import type { CooperationRequest, Feed } from '../../feed/types.js';
import { parseCooperationFeed } from '../cooperation-card/feed-profile.js';
import { countryName, hashTargets } from '../cooperation-card/request.js';
import {
  SORT_ORDERS,
  STATUS_FILTERS,
  filterChoices,
  filterRequests,
  toLookingFor,
  toSortOrder,
  toStatusFilter,
} from './filter.js';
import { listMessages } from './messages.js';
import { styles } from './styles.js';

const dateConverter = {
  fromAttribute: (value: string | null): Date => {
    const date = value ? new Date(value) : new Date();
    return isNaN(+date) ? new Date() : date;
  },
  toAttribute: (value: Date): string => value.toISOString(),
};

type FilterKey = 'theme' | 'lookingFor' | 'country' | 'status' | 'sort';
const FILTER_ATTRIBUTES: Record<FilterKey, string> = {
  theme: 'theme',
  lookingFor: 'looking-for',
  country: 'country',
  status: 'status',
  sort: 'sort',
};

/**
 * The network's cooperation requests as compact cards, filterable by theme,
 * by what is sought and by country, sorted by newest or soonest expiry. The
 * filters are attributes too, so a commune page embeds "requests about
 * mobility" with one line; visitors change them with the controls above the
 * cards. A territory chosen on a map of the same page (a `maillage-select`
 * event) narrows the list.
 *
 * @tagname maillage-cooperation-list
 * @summary A filterable list of cooperation requests.
 *
 * @attr {string} src - URL of the network's JSON feed.
 * @attr {string} theme - Only requests with this theme id (`mobilite-durable`).
 * @attr {'project'|'partners'|'topic'} looking-for - Only requests seeking this.
 * @attr {string} country - Only requests from this country (ISO code, `FR`).
 * @attr {'open'|'matched'|'closed'|'expired'|'all'} status - Which requests: `open` (default: open and not expired), `matched`, `closed`, `expired` or `all`.
 * @attr {'newest'|'expiry'} sort - `newest` (default) or `expiry` (soonest closing date first).
 * @attr {number} limit - How many cards to show before a "show more" button (default 12; 0 shows all).
 * @attr {string} territory - Only requests of this territory (or of territories inside it); also set by `maillage-select` events.
 * @attr {boolean} hide-filters - Hides the visitor's filter controls (the attributes still apply).
 * @attr {number} heading-level - Heading level of each card's title (default 3).
 * @attr {string} now - The day the list is read on (`2026-03-01`); defaults to the current time.
 * @attr {'light'|'dark'|'auto'} color-scheme - Colour scheme of the list and its cards.
 *
 * @fires maillage-select - `{kind: 'request', id}` when a visitor opens a request's details.
 * @fires maillage-feed-load - When the feed is loaded.
 * @fires maillage-feed-error - When the feed cannot be loaded.
 *
 * @slot - Fallback content (for example a link to the requests page), shown until the element upgrades and when the feed cannot be loaded.
 *
 * @csspart filters - The visitor's filter controls.
 * @csspart count - The sentence that says how many requests match (a polite live region).
 * @csspart list - The list of cards.
 * @csspart territory - The notice of the territory the list is narrowed to.
 * @csspart state - Loading, error and empty messages.
 * @csspart retry - The retry button of the error state.
 * @csspart stale-notice - The notice shown when the data is a saved copy.
 *
 * @cssprop --maillage-cooperation-list-gap - Space between cards (default 16px).
 * @cssprop --maillage-cooperation-list-min-card-width - Narrowest a card gets before the grid drops a column (default 300px).
 */
export class MaillageCooperationList extends MaillageBase {
  static override styles = [baseStyles, styles];
  static override feedParser = parseCooperationFeed;

  /** Theme id filter (`theme` attribute). */
  @property({ attribute: 'theme' }) themeFilter = '';
  /** `project`, `partners` or `topic`. */
  @property({ attribute: 'looking-for' }) lookingFor = '';
  /** ISO country code filter. */
  @property() country = '';
  /** `open`, `matched`, `closed`, `expired` or `all`. */
  @property() status = 'open';
  /** `newest` or `expiry`. */
  @property() sort = 'newest';
  /** Cards shown before "show more"; 0 shows all. */
  @property({ type: Number }) limit = 12;
  /** Territory id the list is narrowed to. */
  @property() territory = '';
  /** Hide the visitor's filter controls. */
  @property({ type: Boolean, attribute: 'hide-filters' }) hideFilters = false;
  /** Heading level of each card's title. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;
  /** The moment the list is read at (decides which requests have expired). */
  @property({ converter: dateConverter }) now: Date = new Date();

  @state() private shown = 0;
  private focusFrom = -1;

  private readonly onSelect = (event: Event) => {
    const { detail } = event as CustomEvent<MaillageSelectDetail>;
    if (event.composedPath().includes(this) || detail?.kind !== 'territory') return;
    this.territory = detail.id ?? '';
  };

  private readonly onHashChange = () => this.requestUpdate();

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('maillage-select', this.onSelect);
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('maillage-select', this.onSelect);
    window.removeEventListener('hashchange', this.onHashChange);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const filters = ['themeFilter', 'lookingFor', 'country', 'status', 'sort', 'territory', 'limit'] as const;
    if (filters.some((k) => changed.has(k))) this.shown = 0;
  }

  private get pageSize(): number {
    return this.limit > 0 ? Math.floor(this.limit) : Infinity;
  }

  private results(feed: Feed): CooperationRequest[] {
    const today = parisDayKey(isNaN(+this.now) ? new Date() : this.now);
    return filterRequests(
      feed,
      {
        theme: this.themeFilter,
        lookingFor: this.lookingFor,
        country: this.country,
        status: this.status,
        sort: this.sort,
        territory: this.territory || undefined,
      },
      today,
    );
  }

  override render() {
    const pending = renderFeedState(this.feedController, this.language);
    if (pending) return html`${pending}${this.feedController.state === 'error' ? html`<slot></slot>` : nothing}`;
    const feed = this.feedController.feed!;
    const t = listMessages[this.language];
    const stale = renderStaleNotice(this.feedController, this.language);
    if (!feed.cooperationRequests.length) return html`${stale}${renderEmpty(t.noneInFeed)}`;
    const results = this.results(feed);
    // A shared link to a request further down the list opens the list far enough to show it.
    const target = results.findIndex((r) => hashTargets(location.hash, r.id));
    const visibleCount = Math.min(results.length, Math.max(this.shown || this.pageSize, target + 1));
    const visible = results.slice(0, visibleCount);
    const left = results.length - visible.length;
    return html`${stale}
      <div class="wrap">
        ${this.renderTerritory(feed)} ${this.hideFilters ? nothing : this.renderFilters(feed)}
        <p class="count" part="count" role="status" aria-live="polite">
          ${t.count(results.length)}${left > 0 ? t.showing(visible.length) : ''}
        </p>
        ${
          results.length
            ? html`<ul class="grid" part="list">
                ${repeat(
                  visible,
                  (r) => r.id,
                  (r, i) =>
                    html`<li tabindex=${ifDefined(i === this.focusFrom ? '-1' : undefined)}>
                      <maillage-cooperation-card
                        variant="compact"
                        request=${r.id}
                        src=${ifDefined(this.src)}
                        .feed=${this.feed}
                        .now=${this.now}
                        heading-level=${this.headingLevel}
                        color-scheme=${this.colorScheme}
                      ></maillage-cooperation-card>
                    </li>`,
                )}
              </ul>`
            : this.isFiltered()
              ? html`<button type="button" class="button button--quiet" @click=${this.resetFilters}>${t.reset}</button>`
              : nothing
        }
        ${
          left > 0
            ? html`<button type="button" class="button more" @click=${() => this.showMore(visible.length)}>
                ${t.more(Math.min(left, this.limit > 0 ? this.limit : left))}
              </button>`
            : nothing
        }
      </div>`;
  }

  protected override updated(): void {
    if (this.focusFrom < 0) return;
    const item = this.renderRoot.querySelectorAll<HTMLElement>('.grid > li')[this.focusFrom];
    this.focusFrom = -1;
    item?.focus();
  }

  private showMore(current: number) {
    this.focusFrom = current;
    this.shown = current + (this.limit > 0 ? this.limit : Infinity);
  }

  private renderTerritory(feed: Feed) {
    if (!this.territory) return nothing;
    const t = listMessages[this.language];
    const territory = territoryById(feed, this.territory);
    const name = territory ? localize(territory.name, this.language) : t.unknownTerritory;
    return html`<div class="territory" part="territory">
      <p>${t.territory(name)}</p>
      <button type="button" class="button button--quiet" @click=${() => (this.territory = '')}>${t.showAll}</button>
    </div>`;
  }

  private renderFilters(feed: Feed) {
    const lang = this.language;
    const t = listMessages[lang];
    const choices = filterChoices(feed);
    const select = (key: FilterKey, label: string, options: [string, string][]) =>
      html`<div class="field">
        <label for="filter-${key}">${label}</label>
        <select id="filter-${key}" .value=${this.filterValue(key)} @change=${(e: Event) => this.setFilter(key, e)}>
          ${options.map(([value, text]) => html`<option value=${value} ?selected=${value === this.filterValue(key)}>${text}</option>`)}
        </select>
      </div>`;
    const themeValue = this.themeFilter;
    const themeOptions: [string, string][] = choices.themes.map((th) => [th.id, localize(th.label, lang)]);
    if (themeValue && !themeOptions.some(([id]) => id === themeValue)) themeOptions.push([themeValue, themeValue]);
    const countryOptions: [string, string][] = choices.countries.map((c) => [c, countryName(c, lang)]);
    const country = this.country.trim().toUpperCase();
    if (country && !choices.countries.includes(country)) countryOptions.push([country, countryName(country, lang)]);
    return html`<fieldset class="filters" part="filters">
      <legend>${t.filters}</legend>
      <div class="fields">
        ${themeOptions.length > 1 || themeValue ? select('theme', t.theme, [['', t.any], ...themeOptions]) : nothing}
        ${
          choices.lookingFor.length > 1 || this.lookingFor
            ? select('lookingFor', t.lookingFor, [
                ['', t.anyNeed],
                ...choices.lookingFor.map((k): [string, string] => [k, t.need(k)]),
              ])
            : nothing
        }
        ${countryOptions.length > 1 || country ? select('country', t.country, [['', t.any], ...countryOptions]) : nothing}
        ${select(
          'status',
          t.status,
          STATUS_FILTERS.map((s) => [s, t.statusOption(s)]),
        )}
        ${select(
          'sort',
          t.sort,
          SORT_ORDERS.map((s) => [s, t.sortOption(s)]),
        )}
      </div>
      ${
        this.isFiltered()
          ? html`<button type="button" class="button button--quiet reset" @click=${this.resetFilters}>
              ${t.reset}
            </button>`
          : nothing
      }
    </fieldset>`;
  }

  /** The current value of a filter, normalised the way its select lists it. */
  private filterValue(key: FilterKey): string {
    switch (key) {
      case 'theme':
        return this.themeFilter.trim();
      case 'lookingFor':
        return toLookingFor(this.lookingFor);
      case 'country':
        return this.country.trim().toUpperCase();
      case 'status':
        return toStatusFilter(this.status);
      case 'sort':
        return toSortOrder(this.sort);
    }
  }

  private setFilter(key: FilterKey, event: Event) {
    const value = (event.target as HTMLSelectElement).value;
    if (key === 'theme') this.themeFilter = value;
    else this[key] = value;
  }

  /** Whether the visitor moved a filter away from what the page's attributes say. */
  private isFiltered(): boolean {
    return (Object.keys(FILTER_ATTRIBUTES) as FilterKey[]).some((key) => {
      const attribute = this.getAttribute(FILTER_ATTRIBUTES[key]) ?? '';
      const initial =
        key === 'status' ? toStatusFilter(attribute) : key === 'sort' ? toSortOrder(attribute) : attribute.trim();
      return (
        this.filterValue(key) !==
        (key === 'country' ? initial.toUpperCase() : key === 'lookingFor' ? toLookingFor(initial) : initial)
      );
    });
  }

  private resetFilters = () => {
    this.themeFilter = this.getAttribute('theme') ?? '';
    this.lookingFor = this.getAttribute('looking-for') ?? '';
    this.country = this.getAttribute('country') ?? '';
    this.status = this.getAttribute('status') ?? 'open';
    this.sort = this.getAttribute('sort') ?? 'newest';
  };
}
