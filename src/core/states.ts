import { html, nothing, type TemplateResult } from 'lit';
import { formatFeedDate, type Lang } from '../feed/text.js';
import type { FeedController } from './feed-controller.js';
import { coreMessages } from './messages.js';

/**
 * The loading, error and missing-source states every element shows the same
 * way, or `undefined` when the feed is ready. Never a blank box.
 */
export function renderFeedState(controller: FeedController, lang: Lang): TemplateResult | undefined {
  const t = coreMessages[lang];
  switch (controller.state) {
    case 'ready':
      return undefined;
    case 'loading':
      return html`<div class="state state--loading" part="state" role="status" aria-live="polite">
        <span class="state__spinner" aria-hidden="true"></span><span>${t.loading}</span>
      </div>`;
    case 'missing':
      return html`<div class="state state--error" part="state" role="alert">${t.missingSource}</div>`;
    case 'error': {
      const error = controller.error;
      return html`<div class="state state--error" part="state" role="alert">
        <span>${t.error(error?.code ?? 'unknown', error?.details.status)}</span>
        <button class="button" part="retry" type="button" @click=${() => controller.retry()}>${t.retry}</button>
      </div>`;
    }
  }
}

/** A one-line notice when the data shown is the last good copy because the network failed. */
export function renderStaleNotice(controller: FeedController, lang: Lang): TemplateResult | typeof nothing {
  const snapshot = controller.snapshot;
  if (!snapshot?.stale) return nothing;
  const t = coreMessages[lang];
  return html`<p class="state state--stale" part="stale-notice" role="status">
    <span>${t.staleNotice(formatFeedDate(snapshot.fetchedAt.toISOString(), lang))}</span>
    <button class="button button--quiet" type="button" @click=${() => controller.retry()}>${t.retry}</button>
  </p>`;
}

/** A clear sentence where there is nothing to show. */
export const renderEmpty = (message: string, action?: TemplateResult): TemplateResult =>
  html`<div class="state state--empty" part="state" role="status">${message}${action ?? nothing}</div>`;
