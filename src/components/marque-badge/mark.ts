import { html, type TemplateResult } from 'lit';
import type { BadgeStatus } from './badge-model.js';

/**
 * The project's own mark (not the brand's official logo): a stylised "M"
 * over the river, with a leaf. Drawn in `currentColor` and `--_leaf`.
 */
export const originalMark = html`<svg class="mark" viewBox="0 0 48 48" aria-hidden="true">
  <g fill="none" stroke="currentColor" stroke-linecap="round">
    <path d="M11 32V14l13 13 13-13v18" stroke-width="5" stroke-linejoin="round" />
    <path d="M7 39.5c4.5-3 9-3 13.5 0s9 3 13.5 0 5-2 7-1.5" stroke-width="2.5" opacity=".8" />
  </g>
  <path class="leaf" d="M31 9.5C33 4 38 3 42.5 3.5 42.5 8 40 12.5 34 12.5c-1.3 0-2.3-.3-3-.8" />
</svg>`;

const CLOCK = 'M8 4.8V8l2.2 1.6';
const QUESTION = 'M6.2 6.3a1.9 1.9 0 1 1 2.6 1.7c-.6.3-.8.7-.8 1.3m0 1.9v.2';

/** The small seal on the mark's corner: a check for verified, another sign for every other state. */
const GLYPHS: Partial<Record<BadgeStatus, string>> = {
  verified: 'M4.5 8.5l2.4 2.4L11.5 6',
  revoked: 'M5.5 5.5l5 5m0-5l-5 5',
  suspended: 'M6.3 5v6m3.4-6v6',
  expired: CLOCK,
  future: CLOCK,
  unavailable: 'M8 4.5v4.2m0 2.6v.2',
  'no-label': QUESTION,
  'unknown-partner': QUESTION,
  'unknown-brand': QUESTION,
};

export function seal(status: BadgeStatus): TemplateResult | undefined {
  const d = GLYPHS[status];
  return d
    ? html`<svg class="seal" viewBox="0 0 16 16" aria-hidden="true">
        <circle cx="8" cy="8" r="7.5" />
        <path d=${d} />
      </svg>`
    : undefined;
}
