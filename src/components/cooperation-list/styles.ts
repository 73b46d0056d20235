import { css } from 'lit';

export const styles = css`
  :host {
    --_gap: var(--maillage-cooperation-list-gap, 16px);
    --_min-card: var(--maillage-cooperation-list-min-card-width, 300px);
  }
  .wrap {
    display: flex;
    flex-direction: column;
    gap: 12px;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 12px;
    margin: 0;
    padding: 12px 16px 16px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_fg);
  }
  legend {
    padding: 0 4px;
    font-weight: 700;
  }
  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 104px), 1fr));
    gap: 10px 12px;
    flex: 1 1 480px;
    min-width: 0;
  }
  .field {
    display: flex;
    flex-direction: column;
    justify-content: flex-end;
    gap: 2px;
    min-width: 0;
  }
  label {
    font-size: 14px;
    font-weight: 600;
  }
  select {
    width: 100%;
    min-height: 40px;
    padding: 4px 8px;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
    font-size: 15px;
  }
  .count {
    margin: 0;
    font-weight: 600;
  }
  .territory {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 8px 16px;
    padding: 8px 12px;
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .territory p {
    margin: 0;
    font-weight: 600;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_min-card)), 1fr));
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .grid > li {
    min-width: 0;
    border-radius: var(--_radius);
  }
  .grid > li > * {
    height: 100%;
  }
  /* A card opened in place takes the whole row, so its neighbours keep their size. */
  .grid > li:has(> [open]) {
    grid-column: 1 / -1;
  }
  .more {
    align-self: center;
  }
`;
