import { css } from 'lit';

export const styles = css`
  :host {
    --_et-accent: var(--maillage-event-timeline-accent, var(--_accent));
    --_et-today: var(--maillage-event-timeline-today, var(--_danger));
    --_et-milestone: var(--maillage-event-timeline-milestone-width, 200px);
  }
  p,
  h3,
  h4,
  h5,
  ol,
  ul {
    margin: 0;
    padding: 0;
  }
  ol,
  ul {
    list-style: none;
  }
  /* Feed text is isolated, so a right-to-left override in it cannot reorder what is around it. */
  .text {
    unicode-bidi: isolate;
    overflow-wrap: anywhere;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_space) calc(var(--_space) * 2);
    margin-block-end: calc(var(--_space) * 2);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    min-width: 0;
    max-width: 100%;
  }
  .field {
    display: flex;
    flex-direction: column;
    flex: 1 1 120px;
    gap: 2px;
    min-width: 0;
    max-width: 100%;
    font-size: 14px;
  }
  .field__label {
    font-weight: 600;
  }
  select {
    width: 100%;
    min-height: 36px;
    max-width: 100%;
    padding: 4px 8px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
    font-size: 15px;
  }
  .count {
    font-size: 14px;
    color: var(--_muted);
    margin-inline-start: auto;
    align-self: center;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    max-width: 100%;
    padding: 2px 2px 2px 12px;
    border: 1px solid var(--_et-accent);
    border-radius: 999px;
    color: var(--_fg);
    background: var(--_surface);
    font-size: 14px;
    align-self: center;
  }
  .chip__clear {
    display: inline-grid;
    place-items: center;
    min-width: 32px;
    min-height: 32px;
    border: 0;
    border-radius: 50%;
    background: transparent;
    font-size: 20px;
    line-height: 1;
    cursor: pointer;
  }
  .chip__clear:hover {
    background: var(--_border);
  }
  .year + .year {
    margin-block-start: calc(var(--_space) * 3);
  }
  .year__title {
    font-size: 22px;
    line-height: 1.2;
    font-weight: 700;
    color: var(--_fg);
  }
  .month {
    margin-block-start: calc(var(--_space) * 1.5);
  }
  .month__title {
    font-size: 17px;
    font-weight: 700;
    color: var(--_et-accent);
    padding-block-end: 4px;
    border-block-end: 2px solid var(--_et-accent);
  }
  .month__title::first-letter {
    text-transform: uppercase;
  }
  .event {
    display: grid;
    grid-template-columns: 56px minmax(0, 1fr);
    gap: calc(var(--_space) * 1.5);
    padding-block: calc(var(--_space) * 1.5);
    border-block-end: 1px solid var(--_border);
  }
  .timeline__details .event {
    grid-template-columns: minmax(0, 1fr);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 2);
    background: var(--_bg);
  }
  .event--open {
    background: var(--_surface);
    box-shadow:
      -8px 0 0 var(--_surface),
      8px 0 0 var(--_surface);
  }
  .event__day {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    align-self: start;
    min-height: 56px;
    border-radius: var(--_radius);
    background: var(--_et-accent);
    color: var(--_accent-contrast);
    line-height: 1.1;
  }
  .event--past .event__day {
    background: var(--_surface);
    color: var(--_muted);
    border: 1px solid var(--_border);
  }
  .event__day-number {
    font-size: 22px;
    font-weight: 700;
  }
  .event__day-month {
    font-size: 13px;
    text-transform: uppercase;
  }
  .event__body {
    display: flex;
    flex-direction: column;
    gap: 4px;
    min-width: 0;
  }
  .event__title {
    font-size: 17px;
    line-height: 1.3;
    font-weight: 700;
  }
  .event__toggle {
    display: block;
    width: 100%;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_fg);
    font-weight: 700;
    text-align: start;
    cursor: pointer;
  }
  .event__toggle::after {
    content: '';
    display: inline-block;
    width: 8px;
    height: 8px;
    margin-inline-start: 8px;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: translateY(-3px) rotate(45deg);
  }
  .event__toggle[aria-expanded='true']::after {
    transform: translateY(1px) rotate(-135deg);
  }
  .event__toggle:hover .text {
    text-decoration: underline;
  }
  .event--cancelled .event__title .text,
  .milestone--cancelled .milestone__title {
    text-decoration: line-through;
  }
  .event__when {
    font-weight: 600;
    color: var(--_fg);
  }
  .event__relative {
    font-weight: 400;
    color: var(--_muted);
  }
  .event__tags,
  .event__themes {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
  }
  .event__tags:empty {
    display: none;
  }
  .tag {
    display: inline-block;
    max-width: 100%;
    padding: 0 8px;
    border: 1px solid var(--_border);
    border-radius: 4px;
    background: var(--_surface);
    color: var(--_fg);
    font-size: 13px;
    line-height: 22px;
    overflow-wrap: anywhere;
  }
  .tag--cancelled {
    border-color: var(--_danger);
    color: var(--_danger);
    font-weight: 700;
    background: var(--_bg);
  }
  .tag--postponed {
    border-color: var(--_warning);
    color: var(--_warning);
    font-weight: 700;
    background: var(--_bg);
  }
  .event__where,
  .event__by,
  .event__address {
    color: var(--_muted);
    font-size: 15px;
  }
  .event__details {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    margin-block-start: 4px;
  }
  .event__details[hidden] {
    display: none;
  }
  .event__description {
    white-space: pre-line;
  }
  .event__actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space) calc(var(--_space) * 2);
  }
  .more {
    margin-block-start: calc(var(--_space) * 2);
  }

  /* Timeline layout */
  .timeline__nav {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_space);
    margin-block-end: var(--_space);
  }
  .timeline__nav .button,
  .timeline__edge .button,
  .toolbar .button {
    overflow-wrap: normal;
  }
  .timeline__nav .button {
    flex: 0 1 auto;
    min-width: 0;
    text-align: center;
  }
  .timeline__nav .button + .button {
    margin-inline-start: auto;
  }
  .timeline__scroller {
    overflow-x: auto;
    overscroll-behavior-x: contain;
    -webkit-overflow-scrolling: touch;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .timeline__track {
    position: relative;
    display: flex;
    align-items: stretch;
    width: max-content;
    min-width: 100%;
    padding: 8px 16px 16px;
  }
  /* The axis, through every dot. */
  .timeline__track::before {
    content: '';
    position: absolute;
    inset-inline: 0;
    top: 58px;
    height: 3px;
    background: var(--_et-accent);
  }
  .milestone {
    position: relative;
    display: flex;
    flex-direction: column;
    width: var(--_et-milestone);
    flex: none;
  }
  .milestone__year {
    height: 28px;
    font-size: 18px;
    font-weight: 700;
    color: var(--_fg);
    padding-inline: 8px;
  }
  .milestone__button {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 4px;
    flex: 1;
    width: 100%;
    padding: 0 8px 8px;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: none;
    text-align: start;
    cursor: pointer;
  }
  .milestone__button:hover .milestone__title {
    text-decoration: underline;
  }
  .milestone__button[aria-pressed='true'] {
    border-color: var(--_et-accent);
    background: var(--_bg);
  }
  .milestone__dot {
    width: 20px;
    height: 20px;
    margin-block: 12px 8px;
    border: 3px solid var(--_et-accent);
    border-radius: 50%;
    background: var(--_bg);
  }
  .milestone--past .milestone__dot {
    background: var(--_et-accent);
  }
  .milestone__date {
    font-weight: 700;
    font-size: 15px;
    line-height: 1.3;
  }
  .milestone__title {
    font-size: 15px;
    line-height: 1.35;
    display: -webkit-box;
    -webkit-line-clamp: 4;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  .milestone__kind {
    font-size: 13px;
    color: var(--_muted);
  }
  .timeline__edge {
    display: flex;
    align-items: center;
    flex: none;
    width: 160px;
    padding-inline: 8px;
  }
  .today {
    position: relative;
    display: flex;
    flex-direction: column;
    align-items: center;
    flex: none;
    width: 112px;
    padding-block-start: 28px;
  }
  .today__line {
    position: absolute;
    top: 8px;
    bottom: 0;
    left: 50%;
    width: 3px;
    margin-left: -1px;
    background: var(--_et-today);
  }
  .today__label {
    position: relative;
    margin-block-start: 48px;
    padding: 2px 6px;
    border: 2px solid var(--_et-today);
    border-radius: 4px;
    background: var(--_bg);
    color: var(--_fg);
    font-size: 13px;
    font-weight: 700;
    text-align: center;
  }
  .timeline__hint {
    margin-block: 4px calc(var(--_space) * 2);
    font-size: 13px;
    color: var(--_muted);
  }
  @media (hover: none) {
    .timeline__hint {
      display: none;
    }
  }
`;
