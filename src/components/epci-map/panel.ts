/**
 * The selected territory's details beside the map: its facts, members, partners, open cooperation requests and
 * events. The element loads this module the first time a territory is selected; a map shows without it.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { organisationById } from '../../feed/selectors.js';
import { formatFeedDate, formatFeedRange, formatNumber, localize, type Lang } from '../../feed/text.js';
import type { Feed, FeedEvent, Organisation } from '../../feed/types.js';
import { safeHref } from '../../feed/url.js';
import type { EpciMapMessages } from './messages.js';
import { territoryDetails } from './details.js';
import type { MapModel, MapTerritory } from './model.js';

/** A heading, then its items as a list, or a muted sentence when there are none. */
function section<T>(heading: string, items: T[], item: (x: T) => unknown, empty: string, listClass?: string) {
  return html`<h3>${heading}</h3>
    ${
      items.length
        ? html`<ul class=${ifDefined(listClass)}>
            ${items.map(item)}
          </ul>`
        : html`<p class="muted">${empty}</p>`
    }`;
}

export interface PanelContext {
  t: EpciMapMessages;
  lang: Lang;
  feed: Feed;
  model: MapModel;
  now: Date;
  day: string;
  /** Level of the panel's heading (2–6). */
  level: number;
  kindLabel(x: MapTerritory): string;
  close(): void;
}

export function renderPanel(x: MapTerritory, c: PanelContext): TemplateResult {
  const { t, lang, feed, model } = c;
  const details = territoryDetails(feed, model, x.id, { day: c.day, now: c.now, lang });
  const territory = x.territory;
  const placed = new Set(model.partners.filter((p) => p.placedIn === x.id).map((p) => p.id));
  const territoryUrl = safeHref(territory.url);
  const partner = (o: Organisation) => {
    const name = localize(o.name, lang).slice(0, 200);
    const href = safeHref(o.website);
    return html`<li>
      ${href ? html`<a href=${href} rel="noopener">${name}</a>` : name}
      ${placed.has(o.id) ? html`<span class="meta">(${t.placedByPosition})</span>` : nothing}
    </li>`;
  };
  const event = (e: FeedEvent) => {
    const title = localize(e.title, lang).slice(0, 300);
    const href = safeHref(e.url) ?? safeHref(e.registrationUrl);
    const place = localize(e.location?.name, lang).slice(0, 120);
    return html`<li>
      ${href ? html`<a href=${href} rel="noopener">${title}</a>` : title}
      <span class="meta">— ${formatFeedRange(e.start, e.end, lang)}${place ? `, ${place}` : ''}</span>
    </li>`;
  };
  return html`<section
    class="panel"
    part="panel"
    aria-labelledby="panel-title"
    @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && c.close()}
  >
    <button
      class="button button--quiet panel__close"
      type="button"
      aria-label=${t.closePanel(x.name.slice(0, 120))}
      @click=${() => c.close()}
    >
      ×
    </button>
    <div class="panel__title" id="panel-title" role="heading" aria-level=${c.level}>${x.name}</div>
    <p class="panel__kind">${c.kindLabel(x)}</p>
    <dl class="facts">
      ${
        territory.codes?.siren
          ? html`<dt>${t.siren}</dt>
              <dd>${territory.codes.siren}</dd>`
          : nothing
      }
      ${
        territory.codes?.insee
          ? html`<dt>${t.insee}</dt>
              <dd>${territory.codes.insee}</dd>`
          : nothing
      }
      ${
        territory.population
          ? html`<dt>${t.population}</dt>
              <dd>${t.inhabitants(formatNumber(territory.population.value, lang), territory.population.year)}</dd>`
          : nothing
      }
    </dl>
    ${x.notDrawn ? html`<p class="muted">${t.notDrawnPrefix} ${t.notDrawn(x.notDrawn)}</p>` : nothing}
    ${
      territory.description
        ? html`<p class="clamp">${localize(territory.description, lang).slice(0, 1000)}</p>`
        : nothing
    }
    ${territoryUrl ? html`<p><a href=${territoryUrl} rel="noopener">${t.territoryPage}</a></p>` : nothing}
    ${section(
      `${t.members} (${details.members.length || territory.communeCount || 0})`,
      details.members,
      (m) => html`<li>${localize(m.name, lang).slice(0, 200)}</li>`,
      t.noMembers,
      'members',
    )}
    ${section(`${t.partners} (${details.partners.length})`, details.partners, partner, t.noPartners)}
    ${section(
      `${t.requests} (${details.openRequests.length})`,
      details.openRequests,
      (r) => {
        const title =
          localize(r.title, lang) || localize(r.keyword, lang) || localize(r.explanation, lang).slice(0, 120);
        const href = safeHref(r.url);
        const org = organisationById(feed, r.organisation);
        return html`<li>
          ${href ? html`<a href=${href} rel="noopener">${title.slice(0, 300)}</a>` : title.slice(0, 300)}
          <span class="meta"
            >${org ? ` — ${localize(org.name, lang).slice(0, 120)}` : ''}${
              r.expires ? ` (${t.expires(formatFeedDate(r.expires, lang))})` : ''
            }</span
          >
        </li>`;
      },
      t.noRequests,
    )}
    ${section(`${t.upcoming} (${details.upcomingEvents.length})`, details.upcomingEvents, event, t.noUpcoming)}
    ${
      details.pastEvents.length
        ? html`<h3>${t.past}</h3>
            <ul>
              ${details.pastEvents.map(event)}
            </ul>`
        : nothing
    }
  </section>`;
}

export const panelStyles = css`
  .panel {
    position: relative;
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    font-size: 15px;
    min-width: 0;
  }
  .panel__close {
    position: absolute;
    top: 8px;
    inset-inline-end: 8px;
    min-height: 36px;
    min-width: 36px;
    justify-content: center;
    padding: 4px 10px;
  }
  .panel__title {
    margin: 0 48px 2px 0;
    font-size: 20px;
    line-height: 1.25;
    max-height: 5em;
    overflow: hidden;
  }
  .panel__kind {
    margin: 0 0 8px;
    color: var(--_muted);
  }
  .facts {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 2px 12px;
    margin: 0 0 8px;
  }
  .facts dt {
    color: var(--_muted);
  }
  .facts dd {
    margin: 0;
  }
  .panel h3 {
    margin: 14px 0 4px;
    font-size: 16px;
  }
  .panel ul {
    margin: 0;
    padding-inline-start: 20px;
  }
  .panel li {
    margin: 2px 0;
    max-height: 6em;
    overflow: hidden;
  }
  .panel .members {
    max-height: 180px;
    overflow: auto;
    columns: 2 140px;
  }
  .panel .muted,
  .panel .meta {
    color: var(--_muted);
    font-size: 14px;
  }
  .panel p {
    margin: 4px 0;
  }
  .clamp {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
  }
`;
