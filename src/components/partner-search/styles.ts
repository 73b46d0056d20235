import { css } from 'lit';

/**
 * One column on narrow containers (filters folded behind a button), filters
 * beside the results from 640 px of the element's own width (container query,
 * so it follows the space the host page gives, not the window).
 */
export const styles = css`
  :host {
    --_ps-accent: var(--maillage-partner-search-accent, var(--_accent));
    --_ps-mark: var(--maillage-partner-search-mark, #fff0a8);
    --_ps-mark-fg: #1e1e1e;
    --_ps-card-bg: var(--maillage-partner-search-card-background, var(--_bg));
    --_ps-filters-width: var(--maillage-partner-search-filters-width, 260px);
    container-type: inline-size;
    background: var(--_bg);
  }
  :host([color-scheme='dark']) {
    --_ps-mark: var(--maillage-partner-search-mark, #6b5200);
    --_ps-mark-fg: #ffffff;
  }
  @media (prefers-color-scheme: dark) {
    :host([color-scheme='auto']) {
      --_ps-mark: var(--maillage-partner-search-mark, #6b5200);
      --_ps-mark-fg: #ffffff;
    }
  }
  a,
  .button--quiet,
  .facet__more {
    color: var(--_ps-accent);
  }
  .button {
    background: var(--_ps-accent);
    border-color: var(--_ps-accent);
  }
  .button--quiet {
    background: transparent;
  }
  input,
  select {
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  select {
    min-height: 36px;
    max-width: 100%;
    padding: 4px 8px;
    font-size: 15px;
  }
  mark {
    background: var(--_ps-mark);
    color: var(--_ps-mark-fg);
    border-radius: 2px;
    padding: 0 1px;
  }

  /* search form */
  .search {
    display: grid;
    gap: 4px;
    margin: 0 0 calc(var(--_space) * 2);
  }
  .search__label {
    font-weight: 600;
  }
  .search__row {
    display: flex;
    gap: var(--_space);
  }
  .search__field {
    position: relative;
    flex: 1;
    min-width: 0;
  }
  .search__field input {
    width: 100%;
    min-height: 44px;
    padding: 8px 44px 8px 12px;
    font-size: 17px;
  }
  .search__field input::-webkit-search-cancel-button {
    display: none;
  }
  /* the × that empties the search field, and the "near" field */
  .search__clear,
  .combo__clear {
    position: absolute;
    inset-block: 4px;
    inset-inline-end: 4px;
    width: 36px;
    border: 0;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_muted);
    font-size: 22px;
    line-height: 1;
    cursor: pointer;
  }
  .search__clear:hover,
  .combo__clear:hover {
    color: var(--_fg);
    background: var(--_surface);
  }
  .combo__clear {
    inset-block: 2px;
    inset-inline-end: 2px;
    width: 32px;
    font-size: 20px;
  }
  .search .button {
    min-height: 44px;
  }
  .hint,
  .notice,
  .scope {
    margin: 0;
    color: var(--_muted);
    font-size: 14px;
  }
  .notice {
    color: var(--_fg);
    padding: 4px 8px;
    border-inline-start: 4px solid var(--_warning);
    background: var(--_surface);
  }
  .scope {
    margin: 0 0 var(--_space);
    color: var(--_fg);
  }

  /* layout */
  .layout {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .layout__results {
    min-width: 0;
  }
  .filters {
    display: none;
  }
  .filters--open {
    display: block;
    margin-top: var(--_space);
  }
  .filters__title {
    margin: 0 0 var(--_space);
    font-size: 17px;
  }
  @container (min-width: 640px) {
    .layout {
      grid-template-columns: var(--_ps-filters-width) minmax(0, 1fr);
      align-items: start;
    }
    .filters-toggle {
      display: none;
    }
    .filters {
      display: block;
    }
  }

  /* facets */
  .facet {
    margin: 0 0 calc(var(--_space) * 2);
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .facet__legend {
    padding: 0;
    margin-bottom: 4px;
    font-weight: 600;
    font-size: 15px;
  }
  .facet__values {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .facet__value {
    display: flex;
    align-items: flex-start;
    gap: 8px;
    padding: 4px 0;
    font-size: 15px;
    line-height: 1.35;
    cursor: pointer;
  }
  .facet__value input {
    flex: none;
    width: 18px;
    height: 18px;
    margin: 1px 0 0;
    accent-color: var(--_ps-accent);
  }
  .facet__label {
    flex: 1;
    min-width: 0;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }
  .facet__count {
    flex: none;
    min-width: 28px;
    padding: 0 6px;
    border-radius: 10px;
    background: var(--_surface);
    color: var(--_muted);
    font-size: 13px;
    text-align: center;
  }
  .facet__more {
    margin-top: 2px;
    padding: 4px 0;
    border: 0;
    background: none;
    font-size: 14px;
    text-decoration: underline;
    cursor: pointer;
  }
  .facet--near select {
    display: block;
    width: 100%;
    margin-bottom: var(--_space);
  }
  /* "near a place": the field and its suggestions, in the flow (never clipped by a host's overflow) */
  .combo {
    position: relative;
    margin-bottom: var(--_space);
  }
  .combo__input {
    box-sizing: border-box;
    width: 100%;
    min-height: 36px;
    padding: 4px 36px 4px 8px;
    font-size: 15px;
  }
  .combo__list {
    list-style: none;
    margin: 2px 0 0;
    padding: 2px 0;
    max-height: 240px;
    overflow-y: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .combo__option {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 8px;
    padding: 6px 8px;
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .combo__option:hover,
  .combo__option[aria-selected='true'] {
    background: var(--_surface);
    outline: 2px solid var(--_ps-accent);
    outline-offset: -2px;
  }
  .combo__kind {
    color: var(--_muted);
    font-size: 13px;
  }
  .combo__empty,
  .combo__more,
  .combo__error {
    margin: 4px 0 0;
    font-size: 13px;
    color: var(--_muted);
  }
  .combo__error {
    color: var(--_fg);
  }
  .combo__locate {
    display: block;
    margin: 0 0 var(--_space);
    padding: 4px 0;
    border: 0;
    background: none;
    color: var(--_ps-accent);
    font: inherit;
    font-size: 14px;
    text-decoration: underline;
    cursor: pointer;
  }
  .combo__locate[aria-disabled='true'] {
    color: var(--_muted);
    cursor: progress;
  }
  .field-label {
    display: block;
    font-size: 14px;
    margin-bottom: 2px;
  }

  /* toolbar, chips */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    margin-bottom: var(--_space);
  }
  .count {
    margin: 0;
    font-weight: 600;
  }
  .sort {
    display: flex;
    align-items: center;
    gap: 6px;
    font-size: 14px;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px;
    margin-bottom: var(--_space);
  }
  .chips__list {
    display: contents;
    list-style: none;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    max-width: 100%;
    min-height: 32px;
    padding: 2px 6px 2px 12px;
    border: 1px solid var(--_ps-accent);
    border-radius: 16px;
    background: var(--_bg);
    color: var(--_fg);
    font-size: 14px;
    text-align: start;
    cursor: pointer;
  }
  .chip bdi {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    min-width: 0;
  }
  .chip__x {
    display: inline-grid;
    place-items: center;
    flex: none;
    width: 20px;
    height: 20px;
    border-radius: 50%;
    background: var(--_ps-accent);
    color: var(--_accent-contrast);
    font-size: 15px;
    line-height: 1;
  }
  .chips__clear {
    min-height: 32px;
    font-size: 14px;
  }

  /* results */
  .results {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .card {
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_ps-card-bg);
    min-width: 0;
  }
  .card--selected {
    border-color: var(--_ps-accent);
    box-shadow: inset 4px 0 0 var(--_ps-accent);
  }
  .card__title {
    margin: 0;
    font-size: 18px;
    font-weight: 700;
    line-height: 1.3;
  }
  .card__select {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
    max-width: 100%;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_fg);
    font-weight: inherit;
    text-align: start;
    cursor: pointer;
  }
  .card__select:hover {
    color: var(--_ps-accent);
    text-decoration: underline;
  }
  .card__meta {
    display: flex;
    flex-wrap: wrap;
    gap: 2px 12px;
    margin: 4px 0 0;
    color: var(--_muted);
    font-size: 14px;
  }
  .card__labels {
    margin: 6px 0 0;
  }
  .label {
    display: inline-block;
    padding: 1px 8px;
    border-radius: 4px;
    background: var(--_success);
    color: var(--_bg);
    font-size: 13px;
    font-weight: 600;
  }
  .card__description {
    margin: 6px 0 0;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 4;
    overflow: hidden;
    unicode-bidi: isolate;
    font-size: 15px;
  }
  .card__themes {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    margin: 8px 0 0;
    padding: 0;
    list-style: none;
  }
  .card__themes li {
    padding: 0 8px;
    border-radius: 10px;
    background: var(--_surface);
    font-size: 13px;
    max-width: 100%;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .card__links {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 16px;
    margin: 8px 0 0;
    font-size: 15px;
  }
  .more {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    margin-top: calc(var(--_space) * 2);
  }
  .more__status {
    color: var(--_muted);
    font-size: 14px;
  }
  .no-results {
    display: block;
  }
  .no-results p {
    margin: 0 0 var(--_space);
  }
  @media (forced-colors: active) {
    mark {
      background: Mark;
      color: MarkText;
    }
    .chip__x,
    .label {
      border: 1px solid;
    }
  }
`;
