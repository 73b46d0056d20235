import { css } from 'lit';

/*
 * Every box has a fixed size per variant and size, whatever the state, so the
 * badge takes its final place before the feed arrives (no layout shift); feed
 * text is clamped to its lines and never changes the box.
 *
 * The states set custom properties that the rules below read once: the brand's
 * colours for a verified or plain badge, the mark greyed (`.off`, `.loading`)
 * for every other state, and the seal's colour. A narrow column (a container
 * query) gets the short state ("Vérifié le 24/11/2026"), so the date is never cut off.
 * Width alone sizes an SVG: its viewBox gives the height.
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
    --_leaf: var(--maillage-marque-badge-secondary, var(--_bs, currentColor));
    --_seal: var(--_muted);
    --_tile: 48px;
    --_lh: 18px;
    --_big: 16px;
    --_lhb: 21px;
    --_act: 32px;
    --_wf: 320px;
    --_wc: 285px;
    position: relative;
    max-width: 100%;
    border: 2px solid var(--_border);
    border-radius: var(--maillage-marque-badge-radius, var(--_radius));
    background: var(--maillage-marque-badge-background, var(--_bg));
    color: var(--_fg);
    font-size: 13px;
    text-decoration: none;
  }
  .s {
    --_tile: 36px;
    --_lh: 16px;
    --_big: 14px;
    --_lhb: 18px;
    --_act: 28px;
    --_wf: 280px;
    --_wc: 250px;
    font-size: 12px;
  }
  .l {
    --_tile: 60px;
    --_lh: 20px;
    --_big: 18px;
    --_lhb: 24px;
    --_act: 36px;
    --_wf: 380px;
    --_wc: 345px;
    font-size: 15px;
  }
  .verified {
    border-color: var(--_primary);
    --_seal: var(--_success);
  }
  .off {
    border-style: dashed;
  }
  .off,
  .loading {
    --_primary: var(--_surface);
    --_ink: var(--_muted);
    --_leaf: currentColor;
    --_ring: inset 0 0 0 1px var(--_border);
    --_grey: grayscale(1);
    --_fade: 0.55;
  }
  .loading {
    --_ink: var(--_border);
  }
  .revoked {
    --_seal: var(--_danger);
  }
  .expired,
  .future,
  .suspended {
    --_seal: var(--_warning);
  }

  .tile {
    position: relative;
    display: grid;
    flex: none;
    place-items: center;
    width: var(--_tile);
    aspect-ratio: 1;
    border-radius: 22%;
    background: var(--_primary);
    color: var(--_ink);
    box-shadow: var(--_ring);
  }
  .mark {
    width: 82%;
  }
  .leaf {
    fill: var(--_leaf);
  }
  .tile img {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    border-radius: inherit;
    background: #fff;
    object-fit: contain;
    filter: var(--_grey);
    opacity: var(--_fade, 1);
  }
  .seal {
    position: absolute;
    right: -6px;
    bottom: -6px;
    width: max(16px, 42%);
    fill: none;
    stroke: var(--_bg);
    stroke-width: 1.9;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .seal circle {
    fill: var(--_seal);
    stroke-width: 1;
  }

  .line {
    display: block;
    overflow: hidden;
    line-height: var(--_lh);
    white-space: nowrap;
    text-overflow: ellipsis;
    unicode-bidi: isolate;
  }
  .wording,
  .name {
    font-weight: 700;
  }
  .name {
    font-size: var(--_big);
    line-height: var(--_lhb);
  }
  .status {
    color: var(--_seal);
    font-weight: 600;
  }
  .plain .status,
  .loading .status {
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

  .full {
    width: var(--maillage-marque-badge-width, var(--_wf));
    padding: 10px 12px;
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
    min-width: 0;
  }
  .full .status,
  .values li span {
    display: -webkit-box;
    overflow: hidden;
    white-space: normal;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
  }
  .actions {
    display: flex;
    align-items: center;
    gap: 8px;
    height: var(--_act);
    margin-top: 8px;
    white-space: nowrap;
  }
  .bare .actions {
    display: none;
  }
  .actions a {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .retry,
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    height: var(--_act);
    padding: 0 8px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: none;
    cursor: pointer;
  }
  .retry {
    padding: 0 10px;
    border-color: var(--_accent);
    color: var(--_accent);
    font-weight: 600;
    line-height: 1.2;
  }
  .toggle {
    margin-inline-start: auto;
  }
  .toggle svg {
    width: 10px;
  }
  [aria-expanded='true'] svg {
    transform: rotate(180deg);
  }
  .values {
    max-height: 240px;
    margin-top: 8px;
    padding: 8px 4px 0 0;
    overflow: auto;
    border-top: 1px solid var(--_border);
    line-height: var(--_lh);
  }
  .values ul {
    margin: 0;
    padding-inline-start: 18px;
  }
  .values li,
  .values p {
    margin: 0 0 4px;
  }
  .values p {
    font-weight: 700;
  }
  .values li span {
    -webkit-line-clamp: 6;
  }

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
  }
  .mark-only {
    display: grid;
    place-items: center;
    width: calc(var(--_tile) + 14px);
    aspect-ratio: 1;
  }
  a.badge:hover {
    box-shadow: 0 1px 6px rgb(0 0 0 / 25%);
  }
  @media (forced-colors: active) {
    .tile {
      border: 1px solid CanvasText;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .toggle svg {
      transition: transform 0.15s;
    }
  }
`;
