import { css } from 'lit';

/**
 * Every box has a fixed size per variant and size, whatever the state, so the
 * badge takes its final place before the feed arrives (no layout shift).
 */
export const styles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
    max-width: 100%;
  }
  .badge {
    --_primary: var(--maillage-marque-badge-primary, var(--_bp, var(--_accent)));
    --_ink: var(--maillage-marque-badge-text, var(--_bi, var(--_accent-contrast)));
    --_secondary: var(--maillage-marque-badge-secondary, var(--_bs, currentColor));
    --_seal: var(--_muted);
    --_tile: 48px;
    --_small: 13px;
    --_lh: 18px;
    --_big: 16px;
    --_lhb: 21px;
    --_act: 32px;
    --_wf: 320px;
    --_wc: 285px;
    position: relative;
    display: block;
    max-width: 100%;
    border: 2px solid var(--_border);
    border-radius: var(--maillage-marque-badge-radius, var(--_radius));
    background: var(--maillage-marque-badge-background, var(--_bg));
    color: var(--_fg);
    text-decoration: none;
  }
  .s {
    --_tile: 36px;
    --_small: 12px;
    --_lh: 16px;
    --_big: 14px;
    --_lhb: 18px;
    --_act: 28px;
    --_wf: 280px;
    --_wc: 250px;
  }
  .l {
    --_tile: 60px;
    --_small: 15px;
    --_lh: 20px;
    --_big: 18px;
    --_lhb: 24px;
    --_act: 36px;
    --_wf: 380px;
    --_wc: 345px;
  }
  .verified {
    border-color: var(--_primary);
    --_seal: var(--_success);
  }
  .off {
    border-style: dashed;
  }
  .revoked {
    --_seal: var(--_danger);
  }
  .expired,
  .future,
  .suspended {
    --_seal: var(--_warning);
  }

  /* The mark: the brand's colours for a verified or plain badge, greyed for every other state. */
  .tile {
    position: relative;
    display: grid;
    flex: none;
    place-items: center;
    width: var(--_tile);
    height: var(--_tile);
    border-radius: 22%;
    background: var(--_primary);
    color: var(--_ink);
  }
  .off .tile,
  .loading .tile {
    background: var(--_surface);
    color: var(--_muted);
    box-shadow: inset 0 0 0 1px var(--_border);
  }
  .loading .tile {
    color: var(--_border);
  }
  .mark {
    width: 82%;
    height: 82%;
  }
  .leaf {
    fill: var(--_secondary);
  }
  .off .leaf,
  .loading .leaf {
    fill: currentColor;
  }
  .tile img {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    border-radius: inherit;
    background: #fff;
    object-fit: contain;
  }
  .off .tile img,
  .loading .tile img {
    filter: grayscale(1);
    opacity: 0.55;
  }
  .seal {
    position: absolute;
    right: -6px;
    bottom: -6px;
    width: max(16px, 42%);
    height: max(16px, 42%);
  }
  .seal circle {
    fill: var(--_seal);
    stroke: var(--_bg);
    stroke-width: 1;
  }
  .seal path {
    fill: none;
    stroke: var(--_bg);
    stroke-width: 1.9;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  /* One line each, clamped: feed text never changes the box. */
  .line {
    display: block;
    overflow: hidden;
    font-size: var(--_small);
    line-height: var(--_lh);
    white-space: nowrap;
    text-overflow: ellipsis;
    unicode-bidi: isolate;
  }
  .wording {
    font-weight: 700;
  }
  .name {
    font-size: var(--_big);
    line-height: var(--_lhb);
    font-weight: 700;
  }
  .status {
    color: var(--_seal);
    font-weight: 600;
  }
  .plain .status,
  .loading .status {
    color: var(--_muted);
    font-weight: 400;
  }
  .full.verified .status span {
    padding: 1px 6px;
    border-radius: 4px;
    background: var(--_primary);
    color: var(--_ink);
    box-decoration-break: clone;
    -webkit-box-decoration-break: clone;
  }
  .skeleton {
    width: 60%;
    height: calc(var(--_lhb) - 6px);
    margin-block: 3px;
    border-radius: 4px;
    background: var(--_surface);
  }

  /* full */
  .full {
    width: var(--maillage-marque-badge-width, var(--_wf));
    padding: 10px 12px;
  }
  /* A narrow column gets the short state ("Vérifié le 24/11/2026"), so the date is never cut off. */
  .full {
    container-type: inline-size;
  }
  .short {
    display: none;
  }
  @container (max-width: 250px) {
    .long {
      display: none;
    }
    .short {
      display: inline;
    }
  }
  .card {
    display: flex;
    align-items: center;
    gap: 14px;
    height: calc(var(--_lh) * 3 + var(--_lhb));
  }
  .text {
    display: flex;
    flex-direction: column;
    justify-content: center;
    min-width: 0;
    height: 100%;
  }
  .full .status {
    display: -webkit-box;
    max-height: calc(var(--_lh) * 2);
    white-space: normal;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
  }
  .actions {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
    height: var(--_act);
    margin-top: 8px;
    font-size: var(--_small);
    white-space: nowrap;
  }
  .bare .actions {
    display: none;
  }
  .actions a {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .actions .button {
    min-height: 0;
    height: var(--_act);
    padding: 0 10px;
    font-size: var(--_small);
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    height: var(--_act);
    margin-inline-start: auto;
    padding: 0 8px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    font-size: var(--_small);
    cursor: pointer;
  }
  .toggle svg {
    width: 10px;
    height: 10px;
    transition: transform 0.15s;
  }
  .toggle[aria-expanded='true'] svg {
    transform: rotate(180deg);
  }
  .values {
    max-height: 240px;
    margin-top: 8px;
    padding: 8px 4px 0 0;
    overflow: auto;
    border-top: 1px solid var(--_border);
    font-size: var(--_small);
    line-height: var(--_lh);
  }
  .values[hidden] {
    display: none;
  }
  .values ul {
    margin: 0;
    padding-inline-start: 18px;
  }
  .values li {
    margin-bottom: 4px;
  }
  .values p {
    margin: 0 0 4px;
    font-weight: 700;
  }
  .values li span {
    display: -webkit-box;
    overflow: hidden;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 6;
    line-clamp: 6;
  }

  /* compact */
  .compact {
    display: flex;
    align-items: center;
    gap: 10px;
    width: var(--maillage-marque-badge-width, var(--_wc));
    height: calc(var(--_tile) * 0.75 + 16px);
    padding: 0 10px 0 6px;
  }
  .compact .tile {
    width: calc(var(--_tile) * 0.75);
    height: calc(var(--_tile) * 0.75);
  }
  .compact .text {
    height: auto;
  }

  /* mark */
  .mark-only {
    display: grid;
    place-items: center;
    width: calc(var(--_tile) + 14px);
    height: calc(var(--_tile) + 14px);
  }
  a.badge:hover {
    box-shadow: 0 1px 6px rgb(0 0 0 / 25%);
  }
  @media (forced-colors: active) {
    .tile {
      border: 1px solid CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .toggle svg {
      transition: none;
    }
  }
`;
