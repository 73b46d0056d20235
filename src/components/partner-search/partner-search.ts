import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { MaillageBase } from '../../core/element-base.js';
import type { MaillageSelectDetail } from '../../core/events.js';
import { renderEmpty, renderFeedState, renderStaleNotice } from '../../core/states.js';
import { baseStyles } from '../../core/tokens.js';
import { feedIndex } from '../../feed/selectors.js';
import { compareFrench, formatNumber, localize, parisDayKey } from '../../feed/text.js';
import type { Feed } from '../../feed/types.js';
import { safeHref } from '../../feed/url.js';
import { parsePartnerFeed } from './feed-profile.js';
import { CorpusBuilder, type MatchMode, type PartnerCorpus, type PartnerRecord, type TextMatches } from './corpus.js';
import {
  activeFilterCount,
  applyFilters,
  DEFAULT_RADIUS,
  noFilters,
  RADII,
  type Filters,
  type SearchOutcome,
  type SortOrder,
} from './facets.js';
import { partnerSearchMessages } from './messages.js';
import { PlacePicker } from './place-picker.js';
import { placeOptions, resolvePlace, resolveTerritory, type Place } from './places.js';
import { clampQuery, excerpt, highlight, MAX_QUERY_LENGTH, type Segment } from './query.js';
import { styles } from './styles.js';
import {
  emptyUrlState,
  readUrlState,
  sameUrlState,
  writeUrlState,
  type UrlSearchState,
  type UrlStateMode,
} from './url-state.js';

/** Sent after results are rendered (the DOM is updated; the browser paints on its next frame). */
export interface PartnerSearchResultsDetail {
  /** The query searched, as clamped (at most 200 characters). */
  query: string;
  /** Number of partners found (all pages). */
  count: number;
  /** How the text was matched: `all` (no query), `name-prefix` (one letter), `scan` (index not ready yet), `index`. */
  mode: MatchMode;
}

declare global {
  interface HTMLElementEventMap {
    'maillage-search-results': CustomEvent<PartnerSearchResultsDetail>;
  }
}

type ListFacet = 'themes' | 'kinds' | 'territories' | 'brands';

/** Facet values shown before "show more". */
const VISIBLE_VALUES = 6;
/** Time slice for building the search index, in ms (well under the 50 ms of a long task). */
const SLICE_MS = 8;
/** The result count is read out once typing pauses this long. */
const ANNOUNCE_DELAY = 500;

const listOf = (value: string | undefined): string[] =>
  [...new Set((value ?? '').split(/[\s,]+/).filter(Boolean))].slice(0, 50);

interface SchedulerLike {
  postTask(callback: () => void, options?: { priority?: 'user-blocking' | 'user-visible' | 'background' }): unknown;
}

/** Runs `callback` in a later task, letting the page handle input and paint in between. */
function nextTask(callback: () => void): void {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (scheduler?.postTask) scheduler.postTask(callback, { priority: 'user-visible' });
  else setTimeout(callback, 0);
}

/**
 * The network's partners, found in a keystroke: French-aware search (accents
 * and case ignored, prefixes while typing, small typos forgiven, names first),
 * facets with live counts (theme, kind, territory, label, distance), result
 * cards with highlighted matches, a shareable link and back/forward.
 *
 * "Near a place" suggests the feed's communes, EPCI and départements as the
 * visitor types a name or a code, and offers the visitor's own position (asked
 * of the browser on a click, rounded to about a kilometre; in an iframe the
 * host page must allow it with `allow="geolocation"`).
 *
 * Page authors can limit the directory with preset attributes (`theme`,
 * `kind`, `territory`, `brand`, `near` + `radius`): visitors then search and
 * filter within that scope and cannot remove it — e.g. `brand="marque-mayenne"`
 * on a brand portal shows only current label holders.
 *
 * @tagname maillage-partner-search
 * @summary Search the network's partners: text, facets with counts, distance, shareable links.
 *
 * @slot - Light-DOM fallback shown until the element upgrades (e.g. a link to the partner directory page). Hidden once the search renders.
 *
 * @fires maillage-select - `{kind: 'organisation', id}` when a visitor chooses a result (`id: null` when they unchoose it). The element also follows `maillage-select` `{kind: 'territory', id}` from other elements (a map): it filters by that territory, replacing the territory a previous map selection added; `id: null` removes it.
 * @fires maillage-search-results - `{query, count, mode}` after the results for a query or filter change are rendered (the benchmark measures keystroke-to-paint with it, adding one animation frame).
 *
 * @csspart search - The search form.
 * @csspart input - The search field.
 * @csspart filters - The filters panel.
 * @csspart chips - The list of active filters.
 * @csspart results - The list of results.
 * @csspart card - One result.
 * @csspart more - The "show more" button.
 * @csspart state - Loading, error and empty messages.
 * @csspart retry - The retry button of the error state.
 *
 * @cssprop --maillage-partner-search-accent - Colour of buttons, links and selected filters (default `--maillage-accent`).
 * @cssprop --maillage-partner-search-mark - Background of highlighted words (default a light yellow; dark theme: a dark amber).
 * @cssprop --maillage-partner-search-card-background - Background of result cards (default `--maillage-background`).
 * @cssprop --maillage-partner-search-filters-width - Width of the filters column on wide layouts (default 260px).
 */
export class MaillagePartnerSearch extends MaillageBase {
  static override styles = [baseStyles, styles];
  static override feedParser = parsePartnerFeed;

  /** Preset: theme ids (space- or comma-separated); partners with any of them. Not removable by visitors. */
  @property() theme?: string;

  /** Preset: kinds of organisation (`association`, `entreprise`…), space- or comma-separated. */
  @property() kind?: string;

  /** Preset: territories by id, SIREN (EPCI) or INSEE code; partners in them or in any territory inside them. */
  @property() territory?: string;

  /** Preset: brand ids (`marque-mayenne`); only partners holding the label today. */
  @property() brand?: string;

  /** Preset: a place (territory id, SIREN, INSEE code, or `lon,lat`); only partners within `radius` km of it. */
  @property() near?: string;

  /** Km around `near` (default 20). */
  @property({ type: Number }) radius = DEFAULT_RADIUS;

  /** Keep the search in the page address: `query` (`?q=…&theme=…`) or `hash` (`#q=…`). Off by default, so it never fights the host page's router. */
  @property({ attribute: 'url-state' }) urlState?: UrlStateMode | '';

  /** Results shown at first and added by each "show more". */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;

  /** Level of the result headings (2–6, default 3), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** The day labels are checked on (`YYYY-MM-DD`), default today in Paris; set it in tests. */
  @property() now?: string;

  /** What the visitor searched and chose (the state written to links). */
  @state() private selection: UrlSearchState = emptyUrlState();
  @state() private outcome?: SearchOutcome;
  @state() private truncated = false;
  @state() private visibleCount = 20;
  @state() private expanded = new Set<string>();
  @state() private filtersOpen = false;
  @state() private selectedId?: string;
  @state() private announcement = '';
  @state() private preparing = false;

  /** The search field (focus returns to it after clearing). */
  get #input(): HTMLInputElement | null {
    return this.renderRoot.querySelector('#q');
  }

  #builder?: CorpusBuilder;
  #corpus?: PartnerCorpus;
  #corpusFeed?: Feed;
  #corpusKey = '';
  #indexWaiters: (() => void)[] = [];
  #lastMatches?: { query: string; indexed: boolean; matches: TextMatches };
  #frame = 0;
  #frameFallback = 0;
  #searchPending = false;
  #announceTimer = 0;
  #resultsPending = false;
  /** The next results come from a visitor's action, so their count is read out. */
  #announceNext = false;
  #focusAfterRender?: () => HTMLElement | null | undefined;
  #mapTerritory?: string;
  #placePicker = new PlacePicker(this, { choose: (ref) => this.#setNear(ref) });
  #urlWrite: 'push' | 'replace' | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('maillage-select', this.#onSelect);
    window.addEventListener('popstate', this.#onUrlChange);
    window.addEventListener('hashchange', this.#onUrlChange);
    this.#readUrl();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('maillage-select', this.#onSelect);
    window.removeEventListener('popstate', this.#onUrlChange);
    window.removeEventListener('hashchange', this.#onUrlChange);
    cancelAnimationFrame(this.#frame);
    clearTimeout(this.#frameFallback);
    clearTimeout(this.#announceTimer);
    this.#frame = 0;
    // An unfinished build stops here and starts again if the element comes back (moved in the page).
    if (!this.#builder?.done) {
      this.#builder = undefined;
      this.#corpusFeed = undefined;
      this.#corpusKey = '';
    }
  }

  /** Resolves once the typo-tolerant index is built for the current feed (queries are answered by a scan before). */
  whenIndexed(): Promise<void> {
    if (this.#corpus?.index && this.#builder?.done) return Promise.resolve();
    return new Promise((resolve) => this.#indexWaiters.push(resolve));
  }

  get #t() {
    return partnerSearchMessages[this.language];
  }

  get #day(): string {
    return this.now && /^\d{4}-\d{2}-\d{2}/.test(this.now) ? this.now.slice(0, 10) : parisDayKey(new Date());
  }

  // In update(), not willUpdate(): the feed controller (a reactive controller) parses an inline feed
  // after willUpdate, and this update must already see that feed.
  protected override update(changed: PropertyValues<this>): void {
    if (changed.has('pageSize')) this.visibleCount = this.#clampedPageSize;
    const feed = this.feedController.feed;
    const key = feed ? `${this.language}|${this.#day}` : '';
    if (feed !== this.#corpusFeed || key !== this.#corpusKey) this.#startBuild(feed, key);
    else if (
      this.#corpus &&
      (['theme', 'kind', 'territory', 'brand', 'near', 'radius'] as const).some((p) => changed.has(p))
    )
      this.#runSearch();
    super.update(changed);
  }

  get #clampedPageSize(): number {
    return Number.isFinite(this.pageSize) && this.pageSize >= 1 ? Math.min(Math.floor(this.pageSize), 500) : 20;
  }

  // ---------- building the index, a slice at a time ----------

  #startBuild(feed: Feed | undefined, key: string) {
    this.#corpusFeed = feed;
    this.#corpusKey = key;
    this.#corpus = undefined;
    this.outcome = undefined;
    this.#lastMatches = undefined;
    this.#builder = undefined;
    if (!feed) return;
    const lang = this.language;
    const t = this.#t;
    const builder = new CorpusBuilder(feed, { lang, day: this.#day, kindLabel: (k) => t.kindName(k) });
    this.#builder = builder;
    this.preparing = true;
    this.#pump(builder);
  }

  #pump(builder: CorpusBuilder) {
    if (builder !== this.#builder) return;
    const wasSearchable = builder.searchable;
    const done = builder.step(performance.now() + SLICE_MS);
    if (builder.searchable && !wasSearchable) {
      // The first results render in a task of their own, queued before the next slice: never one long task.
      nextTask(() => {
        if (builder !== this.#builder) return;
        this.#corpus = builder.corpus;
        this.preparing = false;
        this.#runSearch();
      });
    } else if (done && this.outcome?.matches.mode === 'scan') {
      // The scan answered until now; the same query is asked again of the typo-tolerant index, in its own task.
      nextTask(() => builder === this.#builder && this.#runSearch());
    }
    if (done) {
      this.#indexWaiters.splice(0).forEach((resolve) => resolve());
      return;
    }
    const next = () => nextTask(() => this.#pump(builder));
    // Offline before MiniSearch arrived: no index, the scan keeps answering.
    if (builder.waiting) builder.waiting.then(next, () => {});
    else next();
  }

  // ---------- searching ----------

  /**
   * At most one search per animation frame: the first keystroke of a frame is searched at once (its
   * results paint in that frame); keys typed before the frame is painted are searched together in it.
   */
  #scheduleSearch() {
    if (this.#frame) {
      this.#searchPending = true;
      return;
    }
    this.#runSearch();
    const endFrame = () => {
      cancelAnimationFrame(this.#frame);
      clearTimeout(this.#frameFallback);
      this.#frame = 0;
      if (this.#searchPending) {
        this.#searchPending = false;
        this.#runSearch();
      }
    };
    this.#frame = requestAnimationFrame(endFrame);
    // A background tab gets no animation frames; the last keys are still searched.
    this.#frameFallback = window.setTimeout(endFrame, 200);
  }

  #runSearch() {
    const corpus = this.#corpus;
    if (!corpus) return;
    const query = this.selection.query;
    const indexed = !!corpus.index;
    let matches = this.#lastMatches;
    if (!matches || matches.query !== query || matches.indexed !== indexed) {
      matches = { query, indexed, matches: corpus.match(query) };
      this.#lastMatches = matches;
    }
    this.outcome = applyFilters(corpus, matches.matches, this.#scope, this.#userFilters, this.#effectiveSort);
    this.#resultsPending = true;
  }

  #scopeMemo?: { key: string; corpus?: PartnerCorpus; filters: Filters };
  #userMemo?: { selection: UrlSearchState; corpus?: PartnerCorpus; filters: Filters };

  /** The page author's preset filters, resolved against the feed (memoised: read many times per render). */
  get #scope(): Filters {
    const key = JSON.stringify([this.theme, this.kind, this.territory, this.brand, this.near, this.radius]);
    const memo = this.#scopeMemo;
    if (memo?.key === key && memo.corpus === this.#corpus) return memo.filters;
    const filters = this.#resolveScope();
    this.#scopeMemo = { key, corpus: this.#corpus, filters };
    return filters;
  }

  #resolveScope(): Filters {
    const feed = this.#corpusFeed;
    if (!feed) return noFilters();
    // An id the feed lacks keeps its raw value and so matches nothing: a preset never widens to everything.
    const territories = listOf(this.territory).map((ref) => resolveTerritory(feed, ref)?.id ?? ref);
    const place = this.near ? resolvePlace(feed, this.near) : undefined;
    const radius = this.radius > 0 ? this.radius : DEFAULT_RADIUS;
    const unknownPlace: Place = { ref: this.near ?? '', point: [NaN, NaN] };
    return {
      themes: listOf(this.theme),
      kinds: listOf(this.kind),
      territories,
      brands: listOf(this.brand),
      near: this.near ? { place: place ?? unknownPlace, radius } : undefined,
    };
  }

  /** The visitor's filters, resolved against the feed: ids a link or a map names but the feed lacks are ignored. */
  get #userFilters(): Filters {
    const memo = this.#userMemo;
    if (memo?.selection === this.selection && memo.corpus === this.#corpus) return memo.filters;
    const filters = this.#resolveUserFilters();
    this.#userMemo = { selection: this.selection, corpus: this.#corpus, filters };
    return filters;
  }

  #resolveUserFilters(): Filters {
    const feed = this.#corpusFeed;
    const s = this.selection;
    if (!feed) return noFilters();
    const index = feedIndex(feed);
    const kinds = new Set(this.#corpus?.records.map((r) => r.kind));
    const place = s.near ? resolvePlace(feed, s.near) : undefined;
    return {
      themes: s.themes.filter((id) => index.themes.has(id)),
      kinds: s.kinds.filter((k) => kinds.has(k)),
      // A hand-written link may name a territory by its SIREN or INSEE code.
      territories: [...new Set(s.territories.map((ref) => resolveTerritory(feed, ref)?.id ?? ''))].filter(Boolean),
      brands: s.brands.filter((id) => index.brands.has(id)),
      near: place ? { place, radius: s.radius ?? DEFAULT_RADIUS } : undefined,
    };
  }

  get #effectiveSort(): SortOrder {
    const sort = this.selection.sort ?? 'relevance';
    return sort === 'distance' && !this.#userFilters.near && !this.#scope.near ? 'relevance' : sort;
  }

  /** Changes what is searched; `history` says how the page address follows (typing replaces, choosing pushes). */
  #change(change: Partial<UrlSearchState>, history: 'push' | 'replace', focus?: () => HTMLElement | null) {
    this.selection = { ...this.selection, ...change };
    this.visibleCount = this.#clampedPageSize;
    this.#announceNext = true;
    this.#urlWrite = this.#urlWrite === 'push' ? 'push' : history;
    if (focus) this.#focusAfterRender = focus;
    if (history === 'replace') this.#scheduleSearch();
    else this.#runSearch();
  }

  protected override updated(): void {
    // The field follows the query when a link, back/forward or "clear" changes it, and is left alone (caret
    // and all) while it already shows it; checkboxes need no such care: a click always changes the selection.
    const input = this.#input;
    if (input && input.value !== this.selection.query) input.value = this.selection.query;
    if (this.#urlWrite) {
      this.#writeUrl(this.#urlWrite);
      this.#urlWrite = undefined;
    }
    const focus = this.#focusAfterRender?.();
    this.#focusAfterRender = undefined;
    focus?.focus();
    if (this.#resultsPending && this.outcome) {
      this.#resultsPending = false;
      const detail: PartnerSearchResultsDetail = {
        query: this.selection.query.trim(),
        count: this.outcome.results.length,
        mode: this.outcome.matches.mode,
      };
      this.dispatchEvent(new CustomEvent('maillage-search-results', { detail, bubbles: true, composed: true }));
      if (this.#announceNext) this.#scheduleAnnouncement();
      this.#announceNext = false;
    }
  }

  /** Screen readers hear the count once typing pauses, not at every key. */
  #scheduleAnnouncement() {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = window.setTimeout(() => {
      if (!this.outcome) return;
      const t = this.#t;
      const sentence = t.count(this.outcome.results.length, this.selection.query.trim());
      const partial = this.outcome.matches.partial ? ` ${t.partial}` : '';
      this.announcement = sentence + partial;
    }, ANNOUNCE_DELAY);
  }

  // ---------- the page address ----------

  get #urlMode(): UrlStateMode | undefined {
    return this.urlState === 'query' || this.urlState === 'hash' ? this.urlState : undefined;
  }

  #readUrl() {
    const mode = this.#urlMode;
    if (!mode) return;
    const state = readUrlState(location.href, mode);
    if (sameUrlState(state, this.selection)) return;
    this.selection = state;
    this.truncated = false;
    this.visibleCount = this.#clampedPageSize;
    this.#lastMatches = undefined;
    this.#runSearch();
  }

  #writeUrl(how: 'push' | 'replace') {
    const mode = this.#urlMode;
    if (!mode) return;
    const href = writeUrlState(location.href, mode, this.selection);
    if (href === location.href) return;
    if (how === 'push') history.pushState(history.state, '', href);
    else history.replaceState(history.state, '', href);
  }

  readonly #onUrlChange = () => this.#readUrl();

  // ---------- other elements ----------

  readonly #onSelect = (event: CustomEvent<MaillageSelectDetail>) => {
    if (event.composedPath().includes(this)) return;
    const { kind, id } = event.detail;
    if (kind === 'organisation') {
      this.selectedId = id ?? undefined;
      return;
    }
    if (kind !== 'territory') return;
    const feed = this.#corpusFeed;
    const previous = this.#mapTerritory;
    const known = id && feed ? feedIndex(feed).territories.has(id) : false;
    const rest = this.selection.territories.filter((t) => t !== previous);
    this.#mapTerritory = known ? id! : undefined;
    const territories = known && !rest.includes(id!) ? [...rest, id!] : rest;
    if (territories.join() !== this.selection.territories.join()) this.#change({ territories }, 'push');
  };

  // ---------- visitor actions ----------

  #onInput(event: Event) {
    const input = event.target as HTMLInputElement;
    const { query, truncated } = clampQuery(input.value);
    if (truncated) input.value = query;
    if (truncated !== this.truncated) this.truncated = truncated;
    this.#change({ query }, 'replace');
  }

  #onKeydown(event: KeyboardEvent) {
    if (event.key === 'Escape' && this.selection.query) {
      event.preventDefault();
      this.#clearQuery();
    }
  }

  #onSubmit(event: Event) {
    event.preventDefault();
    this.#runSearch();
    this.#announceNext = true;
    this.#urlWrite = 'push';
    this.#focusAfterRender = () => this.renderRoot.querySelector<HTMLElement>('#count');
    this.requestUpdate();
  }

  #clearQuery() {
    this.truncated = false;
    this.#change({ query: '' }, 'push', () => this.#input);
  }

  /** The visitor's values of a facet without `id` (and without a code that names the same territory). */
  #without(facet: ListFacet, id: string): string[] {
    const feed = this.#corpusFeed;
    return this.selection[facet].filter(
      (v) => v !== id && !(facet === 'territories' && feed && resolveTerritory(feed, v)?.id === id),
    );
  }

  #toggleValue(facet: ListFacet, value: string, on: boolean) {
    const next = on ? [...new Set([...this.selection[facet], value])] : this.#without(facet, value);
    if (facet === 'territories' && !on && value === this.#mapTerritory) this.#mapTerritory = undefined;
    this.#change({ [facet]: next }, 'push');
  }

  #setNear(ref: string) {
    this.#change(
      ref ? { near: ref, radius: this.selection.radius ?? DEFAULT_RADIUS } : { near: undefined, radius: undefined },
      'push',
    );
  }

  #removeChip(index: number, change: Partial<UrlSearchState>) {
    this.#change(change, 'push', () => {
      const chips = [...this.renderRoot.querySelectorAll<HTMLElement>('.chip')];
      return chips[Math.min(index, chips.length - 1)] ?? this.#input;
    });
  }

  #clearAll() {
    this.truncated = false;
    this.#mapTerritory = undefined;
    this.#change({ ...emptyUrlState(), sort: this.selection.sort }, 'push', () => this.#input);
  }

  #showMore() {
    const first = this.visibleCount;
    this.visibleCount += this.#clampedPageSize;
    this.#focusAfterRender = () => this.renderRoot.querySelectorAll<HTMLElement>('.card__select')[first];
  }

  #choose(record: PartnerRecord) {
    const id = this.selectedId === record.org.id ? null : record.org.id;
    this.selectedId = id ?? undefined;
    this.emit('maillage-select', { kind: 'organisation', id });
  }

  // ---------- rendering ----------

  override render() {
    return renderFeedState(this.feedController, this.language) ?? this.#renderSearch();
  }

  #renderSearch(): TemplateResult {
    const t = this.#t;
    const feed = this.#corpusFeed;
    if (feed && feed.organisations.length === 0)
      return html`${renderStaleNotice(this.feedController, this.language)}${renderEmpty(t.noPartners)}`;
    const count = this.#userFilterCount;
    return html`
      ${renderStaleNotice(this.feedController, this.language)}
      <form class="search" part="search" role="search" aria-label=${t.searchRegion} @submit=${this.#onSubmit}>
        <label class="search__label" for="q">${t.inputLabel}</label>
        <div class="search__row">
          <div class="search__field">
            <input
              id="q"
              part="input"
              type="search"
              autocomplete="off"
              spellcheck="false"
              enterkeyhint="search"
              aria-describedby=${this.truncated ? 'q-hint q-truncated' : 'q-hint'}
              @input=${this.#onInput}
              @keydown=${this.#onKeydown}
            />
            ${
              this.selection.query
                ? html`<button
                    class="search__clear"
                    type="button"
                    aria-label=${t.clearQuery}
                    @click=${this.#clearQuery}
                  >
                    <span aria-hidden="true">×</span>
                  </button>`
                : nothing
            }
          </div>
          <button class="button" type="submit">${t.submit}</button>
        </div>
        <p class="hint" id="q-hint">${t.inputHint}</p>
        ${this.truncated ? html`<p class="notice" id="q-truncated">${t.truncated(MAX_QUERY_LENGTH)}</p>` : nothing}
      </form>
      ${this.#renderScope()}
      ${
        this.outcome && !this.preparing
          ? html`<div class="layout">
              <div class="layout__filters">
                <button
                  class="button button--quiet filters-toggle"
                  type="button"
                  aria-expanded=${this.filtersOpen ? 'true' : 'false'}
                  aria-controls="filters"
                  @click=${() => (this.filtersOpen = !this.filtersOpen)}
                >
                  ${t.filtersToggle(count)}
                </button>
                <div id="filters" class="filters ${this.filtersOpen ? 'filters--open' : ''}" part="filters">
                  ${this.#renderFacets(this.outcome)}
                </div>
              </div>
              <div class="layout__results">${this.#renderResults(this.outcome)}</div>
            </div>`
          : html`<div class="state" part="state" role="status">
              <span class="state__spinner" aria-hidden="true"></span><span>${t.preparing}</span>
            </div>`
      }
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    `;
  }

  get #userFilterCount(): number {
    return activeFilterCount(this.#userFilters);
  }

  #renderScope() {
    const feed = this.#corpusFeed;
    if (!feed) return nothing;
    const scope = this.#scope;
    const known = this.#filterLabels(feed, scope);
    const labels = known.map((l) => l.value);
    // Preset values the feed lacks are shown as written, so the page author sees why nothing matches.
    for (const facet of ['themes', 'kinds', 'territories', 'brands'] as const)
      for (const id of scope[facet]) if (!known.some((k) => k.facet === facet && k.id === id)) labels.push(id);
    if (scope.near)
      labels.push(
        scope.near.place.territory || Number.isFinite(scope.near.place.point[0])
          ? this.#nearLabel(scope.near.place, scope.near.radius)
          : scope.near.place.ref,
      );
    if (!labels.length) return nothing;
    return html`<p class="scope">${this.#t.scope} : ${labels.map((l, i) => html`${i ? ', ' : ''}<bdi>${l}</bdi>`)}</p>`;
  }

  /** Labels of the list filters, for chips and the scope line. */
  #filterLabels(feed: Feed, filters: Filters) {
    const t = this.#t;
    const lang = this.language;
    const index = feedIndex(feed);
    const out: { facet: ListFacet; id: string; value: string; facetLabel: string }[] = [];
    for (const id of filters.themes) {
      const theme = index.themes.get(id);
      if (theme) out.push({ facet: 'themes', id, value: localize(theme.label, lang), facetLabel: t.theme });
    }
    for (const id of filters.kinds) out.push({ facet: 'kinds', id, value: t.kindName(id), facetLabel: t.kind });
    for (const id of filters.territories) {
      const territory = index.territories.get(id);
      if (territory)
        out.push({
          facet: 'territories',
          id,
          value: localize(territory.name, lang),
          facetLabel: this.#t.territoryKind(territory.kind),
        });
    }
    for (const id of filters.brands) {
      const brand = index.brands.get(id);
      if (brand) out.push({ facet: 'brands', id, value: localize(brand.name, lang), facetLabel: t.brand });
    }
    return out;
  }

  #nearLabel(place: Place, radius: number): string {
    return this.#t.nearChip(this.#formatKm(radius), this.#placeName(place));
  }

  #placeName(place: Place): string {
    if (place.territory) return localize(place.territory.name, this.language);
    const [lon, lat] = place.point;
    return this.#t.nearPoint(lon, lat);
  }

  #formatKm(km: number): string {
    return new Intl.NumberFormat(this.language === 'en' ? 'en-GB' : 'fr-FR', {
      maximumFractionDigits: km < 10 ? 1 : 0,
    }).format(km);
  }

  // ---------- facets ----------

  #renderFacets(outcome: SearchOutcome) {
    const feed = this.#corpusFeed!;
    const t = this.#t;
    const lang = this.language;
    const index = feedIndex(feed);
    const filters = this.#userFilters;
    const { counts } = outcome;
    const byLabel = (a: { label: string }, b: { label: string }) => compareFrench(a.label, b.label);

    /** The values counted and the values chosen (a chosen value may count 0), by label. */
    const values = (counted: Map<string, number>, chosen: string[], label: (id: string) => string) =>
      [...new Set([...counted.keys(), ...chosen])]
        .map((id) => ({ id, label: label(id), count: counted.get(id) ?? 0 }))
        .sort(byLabel);
    const themes = values(counts.themes, filters.themes, (id) => localize(index.themes.get(id)?.label, lang));
    const kinds = values(counts.kinds, filters.kinds, t.kindName);
    const brands = values(counts.brands, filters.brands, (id) => localize(index.brands.get(id)?.name, lang));
    // Territories grouped by kind, biggest first: départements, then intercommunalities, then communes.
    const territoryGroups = new Map<string, { id: string; label: string; count: number }[]>();
    for (const id of new Set([...counts.territories.keys(), ...filters.territories])) {
      const territory = index.territories.get(id);
      if (!territory) continue;
      const group = territoryGroups.get(territory.kind) ?? [];
      group.push({ id, label: localize(territory.name, lang), count: counts.territories.get(id) ?? 0 });
      territoryGroups.set(territory.kind, group);
    }
    const kindOrder = ['region', 'departement', 'pays', 'petr', 'pole-metropolitain', 'gal', 'pnr', 'epci', 'commune'];
    const groups = [...territoryGroups].sort(
      ([a], [b]) => (kindOrder.indexOf(a) + 1 || 50) - (kindOrder.indexOf(b) + 1 || 50) || a.localeCompare(b),
    );

    return html`
      <h2 class="filters__title">${t.filters}</h2>
      ${this.#renderFacet('themes', 'theme', t.theme, themes, filters.themes)}
      ${this.#renderFacet('kinds', 'kind', t.kind, kinds, filters.kinds)}
      ${groups.map(([kind, values]) =>
        this.#renderFacet(
          'territories',
          `territory-${kind}`,
          this.#t.territoryKind(kind),
          values.sort((a, b) => b.count - a.count || byLabel(a, b)),
          filters.territories,
        ),
      )}
      ${this.#renderFacet('brands', 'brand', t.brand, brands, filters.brands)}
      ${this.#renderNear(feed, outcome, filters)}
    `;
  }

  #renderFacet(
    facet: ListFacet,
    key: string,
    legend: string,
    values: { id: string; label: string; count: number }[],
    selected: string[],
  ) {
    const shown = values.filter((v) => v.count > 0 || selected.includes(v.id));
    if (!shown.length) return nothing;
    const t = this.#t;
    const open = this.expanded.has(key);
    const visible = open ? shown : shown.slice(0, VISIBLE_VALUES);
    const hidden = shown.length - VISIBLE_VALUES;
    // A chosen value stays visible even when the list is folded.
    for (const v of shown.slice(VISIBLE_VALUES)) if (!open && selected.includes(v.id)) visible.push(v);
    const listId = `facet-${key}`;
    return html`<fieldset class="facet">
      <legend class="facet__legend">${legend}</legend>
      <ul class="facet__values" id=${listId}>
        ${visible.map(
          (v) =>
            html`<li>
              <label class="facet__value">
                <input
                  type="checkbox"
                  .checked=${selected.includes(v.id)}
                  @change=${(e: Event) => this.#toggleValue(facet, v.id, (e.target as HTMLInputElement).checked)}
                />
                <bdi class="facet__label">${v.label}</bdi>
                <span class="facet__count" aria-hidden="true">${formatNumber(v.count, this.language)}</span>
                <span class="visually-hidden">(${t.valueCount(v.count)})</span>
              </label>
            </li>`,
        )}
      </ul>
      ${
        hidden > 0
          ? html`<button
              class="facet__more"
              type="button"
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls=${listId}
              @click=${() => {
                const next = new Set(this.expanded);
                if (open) next.delete(key);
                else next.add(key);
                this.expanded = next;
              }}
            >
              ${open ? t.showFewerValues : t.showMoreValues(hidden)}
            </button>`
          : nothing
      }
    </fieldset>`;
  }

  #renderNear(feed: Feed, outcome: SearchOutcome, filters: Filters) {
    const places = placeOptions(feed, this.language);
    const near = filters.near;
    if (!places.length && !near) return nothing;
    const t = this.#t;
    const radius = near?.radius ?? DEFAULT_RADIUS;
    const radii = RADII.includes(radius as (typeof RADII)[number])
      ? [...RADII]
      : [...RADII, radius].sort((a, b) => a - b);
    return html`<fieldset class="facet facet--near">
      <legend class="facet__legend">${t.near}</legend>
      ${this.#placePicker.render(places, near ? this.#placeName(near.place) : '', {
        label: t.nearPlace,
        hint: t.nearHint,
        suggestions: t.nearSuggestions,
        found: t.nearFound,
        none: t.nearNoPlace,
        clear: t.nearClear,
        kind: t.territoryKind,
        myPosition: t.nearMyPosition,
        locating: t.nearLocating,
        positionError: t.nearPositionError,
      })}
      <label class="field-label" for="near-radius">${t.radius}</label>
      <select
        id="near-radius"
        ?disabled=${!near}
        @change=${(e: Event) => this.#change({ radius: Number((e.target as HTMLSelectElement).value) }, 'push')}
      >
        ${radii.map(
          (r) =>
            html`<option value=${r} ?selected=${r === radius}>
              ${near ? t.radiusOption(this.#formatKm(r), outcome.counts.radii.get(r) ?? 0) : `${this.#formatKm(r)} km`}
            </option>`,
        )}
      </select>
    </fieldset>`;
  }

  // ---------- results ----------

  #renderResults(outcome: SearchOutcome) {
    const t = this.#t;
    const total = outcome.results.length;
    const query = this.selection.query.trim();
    const shown = Math.min(total, this.visibleCount);
    const hasDistance = !!(this.#userFilters.near ?? this.#scope.near);
    const sort = this.#effectiveSort;
    return html`
      <div class="toolbar">
        <p class="count" id="count" tabindex="-1">${t.count(total, query)}</p>
        <label class="sort">
          <span>${t.sort}</span>
          <select
            @change=${(e: Event) => this.#change({ sort: (e.target as HTMLSelectElement).value as SortOrder }, 'push')}
          >
            <option value="relevance" ?selected=${sort === 'relevance'}>${t.sortRelevance}</option>
            <option value="name" ?selected=${sort === 'name'}>${t.sortName}</option>
            ${
              hasDistance
                ? html`<option value="distance" ?selected=${sort === 'distance'}>${t.sortDistance}</option>`
                : nothing
            }
          </select>
        </label>
      </div>
      ${this.#renderChips()} ${outcome.matches.partial && total ? html`<p class="notice">${t.partial}</p>` : nothing}
      ${
        total === 0
          ? html`<div class="state state--empty no-results" part="state">
              <p>${t.noResults}</p>
              <p>${t.noResultsHint}</p>
              ${
                query || this.#userFilterCount
                  ? html`<button class="button" type="button" @click=${this.#clearAll}>${t.clearAll}</button>`
                  : nothing
              }
            </div>`
          : html`<ul class="results" part="results" aria-labelledby="count">
                ${outcome.results.slice(0, shown).map((i) => this.#renderCard(this.#corpus!.records[i]!, outcome))}
              </ul>
              ${
                shown < total
                  ? html`<div class="more">
                      <button class="button button--quiet" part="more" type="button" @click=${this.#showMore}>
                        ${t.showMore(Math.min(this.#clampedPageSize, total - shown))}
                      </button>
                      <span class="more__status">${t.shown(shown, total)}</span>
                    </div>`
                  : nothing
              }`
      }
    `;
  }

  #renderChips() {
    const feed = this.#corpusFeed!;
    const t = this.#t;
    const filters = this.#userFilters;
    const chips: { text: string; change: Partial<UrlSearchState> }[] = this.#filterLabels(feed, filters).map((f) => ({
      text: t.chip(f.facetLabel, f.value),
      change: { [f.facet]: this.#without(f.facet, f.id) },
    }));
    if (filters.near)
      chips.push({
        text: this.#nearLabel(filters.near.place, filters.near.radius),
        change: { near: undefined, radius: undefined },
      });
    if (!chips.length) return nothing;
    return html`<div class="chips" part="chips">
      <p class="visually-hidden" id="chips-label">${t.activeFilters}</p>
      <ul class="chips__list" aria-labelledby="chips-label">
        ${chips.map(
          (c, i) =>
            html`<li>
              <button class="chip" type="button" @click=${() => this.#removeChip(i, c.change)}>
                <span class="visually-hidden">${t.removeFilter} </span><bdi>${c.text}</bdi>
                <span class="chip__x" aria-hidden="true">×</span>
              </button>
            </li>`,
        )}
      </ul>
      ${
        chips.length > 1 || this.selection.query
          ? html`<button class="button button--quiet chips__clear" type="button" @click=${this.#clearAll}>
              ${t.clearFilters}
            </button>`
          : nothing
      }
    </div>`;
  }

  #renderCard(record: PartnerRecord, outcome: SearchOutcome) {
    const t = this.#t;
    const lang = this.language;
    const feed = this.#corpusFeed!;
    const index = feedIndex(feed);
    const org = record.org;
    const terms = [...outcome.matches.terms, ...(outcome.matches.matched.get(record.i) ?? [])];
    const hl = (text: string) => renderSegments(highlight(text, terms));
    const distance = outcome.distances?.[record.i];
    const places = record.territories.map((id) => localize(index.territories.get(id)!.name, lang));
    const website = safeHref(org.website);
    const email = org.contact?.email ? safeHref(`mailto:${org.contact.email}`) : undefined;
    const contactPage = safeHref(org.contact?.url);
    const selected = this.selectedId === org.id;
    const level = Math.min(6, Math.max(2, Math.floor(this.headingLevel) || 3));
    return html`<li class="card ${selected ? 'card--selected' : ''}" part="card">
      <div class="card__title" role="heading" aria-level=${level}>
        <button
          class="card__select"
          type="button"
          aria-pressed=${selected ? 'true' : 'false'}
          @click=${() => this.#choose(record)}
        >
          <bdi>${hl(record.name)}</bdi>
        </button>
      </div>
      <p class="card__meta">
        <span>${t.kindName(record.kind)}</span>
        ${places.length ? html`<span><bdi>${places.join(', ')}</bdi></span>` : nothing}
        ${distance !== undefined && Number.isFinite(distance) ? html`<span>${t.distance(this.#formatKm(distance))}</span>` : nothing}
      </p>
      ${
        record.brands.length
          ? html`<p class="card__labels">
              ${record.brands.map((id) => {
                const brand = index.brands.get(id)!;
                return html`<span class="label"><bdi>${localize(brand.partnerLabel ?? brand.name, lang)}</bdi></span>`;
              })}
            </p>`
          : nothing
      }
      ${record.description ? html`<p class="card__description" dir="auto">${hl(excerpt(record.description, terms))}</p>` : nothing}
      ${
        record.themes.length
          ? html`<ul class="card__themes" aria-label=${t.themes}>
              ${record.themes.map((id) => html`<li><bdi>${hl(localize(index.themes.get(id)!.label, lang))}</bdi></li>`)}
            </ul>`
          : nothing
      }
      ${
        website || email || contactPage
          ? html`<p class="card__links">
              ${
                website
                  ? html`<a href=${website} rel="noopener noreferrer" target="_blank"
                      >${t.website}<span class="visually-hidden"> — ${t.websiteOf(record.name)}</span></a
                    >`
                  : nothing
              }
              ${
                email
                  ? html`<a href=${email}
                      >${t.email}<span class="visually-hidden"> — ${t.emailOf(record.name)}</span></a
                    >`
                  : nothing
              }
              ${
                contactPage
                  ? html`<a href=${contactPage} rel="noopener noreferrer" target="_blank"
                      >${t.contactPage}<span class="visually-hidden"> — ${t.contactPageOf(record.name)}</span></a
                    >`
                  : nothing
              }
            </p>`
          : nothing
      }
    </li>`;
  }
}

/** Matched words in `<mark>`, the rest as text: feed text never becomes HTML. */
const renderSegments = (segments: Segment[]) => segments.map((s) => (s.mark ? html`<mark>${s.text}</mark>` : s.text));
