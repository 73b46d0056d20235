import { css } from 'lit';

export const styles = css`
  :host {
    --_map-height: var(--maillage-epci-map-height, 480px);
    --_panel-width: var(--maillage-epci-map-panel-width, 340px);
    --_label-color: var(--maillage-epci-map-label-color, #111111);
    --_label-halo: var(--maillage-epci-map-label-halo, rgba(255, 255, 255, 0.9));
    container-type: inline-size;
  }
  :host([color-scheme='dark']) {
    --_label-color: var(--maillage-epci-map-label-color, #f4f4f6);
    --_label-halo: var(--maillage-epci-map-label-halo, rgba(0, 0, 0, 0.85));
  }
  @media (prefers-color-scheme: dark) {
    :host([color-scheme='auto']) {
      --_label-color: var(--maillage-epci-map-label-color, #f4f4f6);
      --_label-halo: var(--maillage-epci-map-label-halo, rgba(0, 0, 0, 0.85));
    }
  }
  :host(:fullscreen) {
    --_map-height: calc(100vh - 160px);
    padding: 12px;
    background: var(--_bg);
    overflow: auto;
  }
  .root {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    justify-content: space-between;
    gap: var(--_space);
  }
  .picker {
    display: flex;
    flex-direction: column;
    gap: 2px;
    min-width: 0;
    flex: 1 1 220px;
    max-width: 420px;
    font-size: 14px;
  }
  .picker select {
    min-height: 36px;
    padding: 4px 8px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
    font-size: 15px;
    max-width: 100%;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .button[aria-expanded='true'] {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  .stage {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
  }
  @container (min-width: 760px) {
    .stage--panel {
      grid-template-columns: minmax(0, 1fr) var(--_panel-width);
    }
    .stage--panel .panel {
      max-height: var(--_fit-height, var(--_map-height));
      overflow: auto;
    }
  }
  @container (max-width: 480px) {
    :host {
      --_map-height: var(--maillage-epci-map-height, 380px);
    }
  }
  .map {
    position: relative;
    height: var(--_fit-height, var(--_map-height));
    min-height: 240px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
    background: var(--_surface);
  }
  .gl {
    position: absolute;
    inset: 0;
  }
  .gl canvas:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  .labels {
    position: absolute;
    inset: 0;
    pointer-events: none;
    overflow: hidden;
  }
  .label,
  .cluster-count {
    position: absolute;
    top: 0;
    left: 0;
    will-change: transform;
  }
  .labels .label {
    display: flex;
    flex-direction: column;
    align-items: center;
    color: var(--_label-color);
    font-size: 12px;
    font-weight: 600;
    text-align: center;
    white-space: nowrap;
    text-shadow:
      0 0 2px var(--_label-halo),
      0 0 2px var(--_label-halo),
      0 0 3px var(--_label-halo);
  }
  .labels .label--selected {
    font-weight: 800;
  }
  .cluster-count {
    z-index: 1;
    color: #ffffff;
    font-size: 12px;
    font-weight: 700;
    line-height: 1;
  }
  :host([color-scheme='dark']) .cluster-count {
    color: #101114;
  }
  .maplibregl-popup-content {
    padding: 8px 32px 8px 12px;
    color: #1e1e1e;
    font: 14px/1.4 var(--_font);
    max-width: 280px;
    overflow-wrap: anywhere;
  }
  .maillage-tooltip .maplibregl-popup-content {
    padding: 4px 8px;
    font-weight: 600;
    pointer-events: none;
  }
  .maplibregl-popup-content a {
    color: #1d4f91;
  }
  .maplibregl-popup-close-button {
    width: 28px;
    height: 28px;
    font-size: 20px;
  }
  .maplibregl-ctrl-attrib a {
    text-decoration: underline;
  }
  .maplibregl-ctrl-group button {
    width: 36px;
    height: 36px;
  }
  .popup-note {
    display: block;
    color: #555555;
    font-size: 13px;
  }
  .map-state {
    position: absolute;
    inset: auto 8px 8px 8px;
    margin: 0;
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    justify-content: space-between;
    gap: var(--_space) calc(var(--_space) * 3);
    font-size: 14px;
  }
  .legend {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .legend__title {
    margin: 0 0 4px;
    font-weight: 600;
  }
  .legend ul {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 14px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 6px;
  }
  .swatch {
    display: inline-block;
    flex: none;
    width: 18px;
    height: 14px;
    border: 1px solid var(--_fg);
    border-radius: 2px;
    forced-color-adjust: none;
  }
  .swatch--line {
    height: 0;
    border-width: 2px 0 0;
  }
  .swatch--point {
    width: 12px;
    height: 12px;
    border-radius: 50%;
    border-color: var(--_bg);
  }
  .legend__method {
    margin: 4px 0 0;
    color: var(--_muted);
    font-size: 13px;
  }
  .attribution {
    flex: 1 1 260px;
    margin: 0;
    color: var(--_muted);
    font-size: 12px;
    text-align: end;
    max-height: 5.5em;
    overflow: hidden;
  }
  .attribution a {
    color: inherit;
  }
  .notes {
    display: flex;
    flex-direction: column;
    gap: 4px;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 14px;
  }
  .notes li {
    padding: 4px 10px;
    border-inline-start: 4px solid var(--_warning);
    background: var(--_surface);
  }
  .notes .note--error {
    border-color: var(--_danger);
  }
`;
