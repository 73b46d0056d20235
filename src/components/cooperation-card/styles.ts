import { css } from 'lit';

export const styles = css`
  :host {
    --_card-bg: var(--maillage-cooperation-card-background, var(--_bg));
    --_card-border: var(--maillage-cooperation-card-border-color, var(--_border));
    --_card-radius: var(--maillage-cooperation-card-radius, var(--_radius));
    --_card-padding: var(--maillage-cooperation-card-padding, 20px);
    --_open: var(--maillage-cooperation-card-open-color, var(--_success));
    --_expired: var(--maillage-cooperation-card-expired-color, var(--_warning));
    --_status: var(--_open);
    container-type: inline-size;
    min-width: 0;
  }
  :host([variant='compact']) {
    --_card-padding: var(--maillage-cooperation-card-padding, 14px);
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: 10px;
    height: 100%;
    padding: var(--_card-padding);
    border: 1px solid var(--_card-border);
    border-inline-start: 6px solid var(--_status);
    border-radius: var(--_card-radius);
    background: var(--_card-bg);
    color: var(--_fg);
    scroll-margin-top: 16px;
  }
  .card--targeted {
    box-shadow: 0 0 0 3px var(--_focus);
  }
  .status--matched {
    --_status: var(--_accent);
  }
  .status--closed {
    --_status: var(--_muted);
  }
  .status--expired {
    --_status: var(--_expired);
  }
  .card > *,
  .body > * {
    margin: 0;
  }
  .topline {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px 12px;
    font-size: 14px;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    padding: 1px 10px 1px 8px;
    border: 2px solid var(--_status);
    border-radius: 999px;
    color: var(--_fg);
    font-weight: 700;
  }
  .badge__icon {
    width: 10px;
    height: 10px;
    border-radius: 50%;
    background: var(--_status);
  }
  /* Each status has its own shape too, so colour is never the only cue. */
  .status--matched .badge__icon {
    border-radius: 0;
    transform: rotate(45deg);
  }
  .status--closed .badge__icon {
    border-radius: 0;
  }
  .status--expired .badge {
    border-style: dashed;
  }
  .status--expired .badge__icon {
    background: transparent;
    border: 2px solid var(--_status);
  }
  .status--closed .title,
  .status--expired .title {
    color: var(--_muted);
  }
  .expiry {
    color: var(--_muted);
  }
  .expiry--soon {
    color: var(--_fg);
    font-weight: 700;
  }
  .expiry--past {
    color: var(--_fg);
  }
  .eyebrow {
    color: var(--_muted);
    font-size: 14px;
    font-weight: 600;
    letter-spacing: 0.02em;
    text-transform: uppercase;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }
  .title {
    font-size: 21px;
    font-weight: 700;
    line-height: 1.25;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 4;
    overflow: hidden;
  }
  .card--compact .title {
    font-size: 18px;
    -webkit-line-clamp: 3;
  }
  .who,
  .sought-line,
  .summary {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
  }
  .who {
    font-weight: 600;
  }
  .sought-line {
    font-size: 15px;
  }
  .summary {
    color: var(--_muted);
    font-size: 15px;
  }
  .facts {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 4px 16px;
    margin: 0;
    font-size: 15px;
  }
  .fact {
    display: contents;
  }
  .fact dt {
    color: var(--_muted);
  }
  .fact dd {
    margin: 0;
    max-height: 7.5em;
    overflow: hidden;
  }
  @container (max-width: 360px) {
    .facts {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
    .fact dd {
      margin-bottom: 6px;
    }
    .title {
      font-size: 19px;
    }
  }
  .body {
    display: flex;
    flex-direction: column;
    gap: 14px;
  }
  .body[hidden] {
    display: none;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chip {
    max-width: 100%;
    padding: 2px 10px;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    font-size: 14px;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .section {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 6px;
  }
  .section__head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
    width: 100%;
  }
  .section__title {
    font-size: 16px;
    font-weight: 700;
  }
  .sought {
    margin: 0;
    padding-inline-start: 22px;
  }
  .langs {
    display: inline-flex;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .lang {
    min-height: 32px;
    padding: 2px 12px;
    border: 0;
    background: transparent;
    color: var(--_accent);
    font-size: 14px;
    font-weight: 600;
    cursor: pointer;
  }
  .lang + .lang {
    border-inline-start: 1px solid var(--_accent);
  }
  .lang[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  .lang:focus-visible {
    outline-offset: -3px;
  }
  .explanation {
    width: 100%;
  }
  .explanation p {
    margin: 0 0 10px;
    white-space: pre-line;
  }
  .explanation p:last-child {
    margin-bottom: 0;
  }
  .note {
    color: var(--_muted);
    font-style: italic;
  }
  .link-button {
    min-height: 32px;
    padding: 2px 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font-weight: 600;
    text-decoration: underline;
    cursor: pointer;
  }
  .dates {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 16px;
    color: var(--_muted);
    font-size: 14px;
  }
  .event {
    padding: 10px 12px;
    border-radius: var(--_radius);
    background: var(--_surface);
    font-size: 15px;
  }
  .event__when {
    display: block;
    color: var(--_muted);
  }
  .event__past {
    color: var(--_muted);
    font-size: 14px;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
    margin-top: auto;
    padding-top: 4px;
  }
  .actions .button {
    text-decoration: none;
  }
  .no-contact {
    margin: 0;
    color: var(--_muted);
    font-size: 15px;
  }
  .source-link {
    font-size: 15px;
  }
  .copy-fallback {
    display: flex;
    flex-direction: column;
    gap: 4px;
    font-size: 15px;
  }
  .copy-fallback input {
    width: 100%;
    min-height: 36px;
    padding: 4px 8px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
  }
  .announce {
    color: var(--_success);
    font-size: 15px;
    font-weight: 600;
  }
`;
