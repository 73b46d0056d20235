/**
 * The sortable table of every territory, drawn or not: the map's accessible alternative, one button away. The
 * element loads this module the first time the table is opened; a map shows without it.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { formatNumber, type Lang } from '../../feed/text.js';
import type { EpciMapMessages } from './messages.js';
import type { MapModel, MapTerritory } from './model.js';
import { sortTerritories, type SortKey } from './table.js';

export interface TerritoryListContext {
  t: EpciMapMessages;
  lang: Lang;
  model: MapModel;
  selected: string | null;
  sortKey: SortKey;
  sortAscending: boolean;
  kindLabel(x: MapTerritory): string;
  /** A column's button was pressed; `label` is the column's name, to announce the new order. */
  sortBy(key: SortKey, label: string): void;
  /** A territory's button was pressed. */
  choose(id: string, trigger: HTMLElement): void;
}

export function renderTerritoryList(c: TerritoryListContext): TemplateResult {
  const { t, lang } = c;
  const rows = sortTerritories(c.model.territories, c.sortKey, c.sortAscending, c.kindLabel);
  const label = (key: SortKey): string =>
    ({
      name: t.colName,
      kind: t.colKind,
      population: t.colPopulation,
      partners: t.colPartners,
      requests: t.colRequests,
      events: t.colEvents,
    })[key];
  const header = (key: SortKey, numeric = false) => {
    const sorted = c.sortKey === key;
    return html`<th
      scope="col"
      class=${numeric ? 'number' : ''}
      aria-sort=${sorted ? (c.sortAscending ? 'ascending' : 'descending') : 'none'}
    >
      <button type="button" @click=${() => c.sortBy(key, label(key))}>
        ${label(key)}
        <span class="sort-icon" aria-hidden="true">${sorted ? (c.sortAscending ? '▲' : '▼') : '↕'}</span>
      </button>
    </th>`;
  };
  return html`<div class="list" part="list" id="territory-list">
    <table>
      <caption>
        ${t.tableCaption(rows.length)}
      </caption>
      <thead>
        <tr>
          ${header('name')} ${header('kind')} ${header('population', true)} ${header('partners', true)}
          ${header('requests', true)} ${header('events', true)}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (x) =>
            html`<tr aria-current=${x.id === c.selected ? 'true' : 'false'}>
              <th scope="row">
                <button
                  type="button"
                  class="row-button"
                  @click=${(e: Event) => c.choose(x.id, e.currentTarget as HTMLElement)}
                >
                  ${x.name.slice(0, 200)}
                </button>
                ${
                  x.notDrawn
                    ? html`<span class="row-note">${t.notDrawnPrefix} ${t.notDrawn(x.notDrawn)}</span>`
                    : nothing
                }
              </th>
              <td>${c.kindLabel(x)}</td>
              <td class="number">${x.territory.population ? formatNumber(x.territory.population.value, lang) : '—'}</td>
              <td class="number">${x.counts.partners}</td>
              <td class="number">${x.counts.requests}</td>
              <td class="number">${x.counts.events}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

export const territoryListStyles = css`
  .list {
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 14px;
  }
  caption {
    padding: 4px 0 8px;
    font-weight: 600;
    text-align: start;
  }
  th,
  td {
    overflow-wrap: break-word;
    padding: 4px 8px;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  th {
    white-space: nowrap;
  }
  td.number,
  th.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  th button {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    min-height: 32px;
    padding: 2px 4px;
    border: 0;
    background: none;
    color: var(--_fg);
    font-weight: 700;
    cursor: pointer;
  }
  .sort-icon {
    font-size: 11px;
    color: var(--_muted);
  }
  .row-button {
    display: inline;
    padding: 2px 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font-weight: 600;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
    overflow-wrap: anywhere;
    max-width: 40ch;
  }
  tr[aria-current='true'] {
    background: var(--_surface);
  }
  .row-note {
    display: block;
    color: var(--_muted);
    font-size: 13px;
  }
`;
