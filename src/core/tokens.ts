import { css } from 'lit';

// A dark element carries its own background, so it stays readable even on a light page.
const darkTokens = css`
  --_accent: var(--maillage-accent, #8cb4ff);
  --_accent-contrast: var(--maillage-accent-contrast, #0b1a33);
  --_fg: var(--maillage-color, #ececf0);
  --_muted: var(--maillage-muted-color, #b9b9c2);
  --_bg: var(--maillage-background, #17181c);
  --_surface: var(--maillage-surface, #23252b);
  --_border: var(--maillage-border-color, #4a4c55);
  --_danger: var(--maillage-danger, #ffb4ab);
  --_success: var(--maillage-success, #7dd99a);
  --_warning: var(--maillage-warning, #f5c46b);
  --_focus: var(--maillage-focus-color, #9ec5ff);
  color-scheme: dark;
  background-color: var(--_bg);
`;

/**
 * Design tokens and the host reset every element starts from. Public tokens
 * are `--maillage-*`; each element maps them to private `--_*` internals.
 * Sizes are in px, never rem: the host page's root font size must not matter.
 * Inherited text properties are reset with !important because, across the
 * shadow boundary, important `:host` rules beat a host page's
 * `* { line-height: 3 !important }`; pages style elements through the tokens.
 * An element that shows neither the shared feed states nor `.button` (the
 * badge) takes only these.
 */
export const hostStyles = css`
  :host {
    --_accent: var(--maillage-accent, #1d4f91);
    --_accent-contrast: var(--maillage-accent-contrast, #ffffff);
    --_fg: var(--maillage-color, #1e1e1e);
    --_muted: var(--maillage-muted-color, #555555);
    --_bg: var(--maillage-background, #ffffff);
    --_surface: var(--maillage-surface, #f5f5f7);
    --_border: var(--maillage-border-color, #c8c8cc);
    --_danger: var(--maillage-danger, #b3261e);
    --_success: var(--maillage-success, #18753c);
    --_warning: var(--maillage-warning, #8a5300);
    --_focus: var(--maillage-focus-color, #0a76f6);
    --_radius: var(--maillage-radius, 8px);
    --_space: var(--maillage-space, 8px);
    --_font: var(
      --maillage-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      Ubuntu,
      'Noto Sans',
      'DejaVu Sans',
      sans-serif
    );
    display: block;
    box-sizing: border-box;
    color: var(--_fg) !important;
    font-family: var(--_font) !important;
    font-size: var(--maillage-font-size, 16px);
    font-style: normal !important;
    font-weight: 400;
    line-height: 1.5 !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    text-shadow: none !important;
    white-space: normal !important;
    direction: ltr !important;
    visibility: visible;
    overflow-wrap: anywhere !important;
    color-scheme: light;
  }
  :host([color-scheme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host([color-scheme='auto']) {
      ${darkTokens}
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  a {
    color: var(--_accent);
  }
  button {
    font: inherit;
    color: inherit;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;

/*
 * A tagged template cannot carry `@__PURE__`, a call can: wrapped so, the rules
 * below stay out of the bundle of an element that takes only `hostStyles`.
 */

/** The loading, error, empty and stale states (`renderFeedState`…) and the `.button` they share. */
const stateStyles = /* @__PURE__ */ (() => css`
  .state {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_fg);
  }
  .state--error {
    border-color: var(--_danger);
    border-inline-start-width: 4px;
  }
  .state--stale {
    padding: var(--_space) calc(var(--_space) * 2);
    border-color: var(--_warning);
    font-size: 14px;
  }
  .state__spinner {
    width: 16px;
    height: 16px;
    border: 2px solid var(--_border);
    border-top-color: var(--_accent);
    border-radius: 50%;
    animation: maillage-spin 0.9s linear infinite;
  }
  @media (prefers-reduced-motion: reduce) {
    .state__spinner {
      animation: none;
    }
  }
  @keyframes maillage-spin {
    to {
      transform: rotate(1turn);
    }
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    min-height: 36px;
    padding: 4px 14px;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-size: 15px;
    font-weight: 600;
    line-height: 1.2;
    cursor: pointer;
  }
  .button--quiet {
    background: transparent;
    color: var(--_accent);
  }
`)();

/** Everything an element shows the shared states with: `static styles = [baseStyles, styles]`. */
export const baseStyles = /* @__PURE__ */ (() => css`
  ${hostStyles}
  ${stateStyles}
`)();
