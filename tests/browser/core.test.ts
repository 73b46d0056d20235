import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { render } from 'lit';
import {
  MaillageElement,
  baseStyles,
  styleProps,
  defineElement,
  renderFeedState,
  renderStaleNotice,
} from '../../src/core/index.js';
import { FeedStore, pageFeedStore, parseFeed, type PersistentCache } from '../../src/feed/index.js';
import { expectNoAxeViolations } from './helpers/axe.js';

/** The smallest element on the core: shows the network's name, or the shared states. */
class ProbeElement extends MaillageElement {
  static override styles = baseStyles;
  override render() {
    return (
      renderFeedState(this.feedController, this.language) ??
      litHtml`${renderStaleNotice(this.feedController, this.language)}<p>${this.feedController.feed?.themes.length} thèmes</p>`
    );
  }
}
defineElement('maillage-probe', ProbeElement);

const hits = async (key: string) => ((await (await fetch(`/__feed/hits?key=${key}`)).json()) as unknown[]).length;
const uid = () => Math.random().toString(36).slice(2);
const ready = (el: ProbeElement) =>
  waitUntil(() => el.shadowRoot!.querySelector('p:not(.state)'), 'never ready', { timeout: 5000 });
const errorShown = async (el: ProbeElement): Promise<HTMLElement> => {
  await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]'), 'no error shown', { timeout: 5000 });
  return el.shadowRoot!.querySelector<HTMLElement>('[role=alert]')!;
};

describe('core: FeedController + page store', () => {
  it('five elements asking for one src make exactly one request', async () => {
    const key = uid();
    const src = `/__feed/serve/hostile-feed.json?key=${key}&delay=100`;
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>${[1, 2, 3, 4, 5].map(() => html`<maillage-probe src=${src}></maillage-probe>`)}</div>`,
    );
    const probes = [...wrapper.querySelectorAll<ProbeElement>('maillage-probe')];
    await Promise.all(probes.map(ready));
    expect(await hits(key)).to.equal(1);
    expect(probes[4]!.shadowRoot!.textContent).to.contain('2 thèmes');
  });

  it('shows a sentence and a retry button on 404, and retrying asks again', async () => {
    const key = uid();
    const el = await fixture<ProbeElement>(
      html`<maillage-probe src="/__feed/serve/nope.json?key=${key}"></maillage-probe>`,
    );
    const alert = await errorShown(el);
    expect(alert.textContent).to.contain('erreur (404)');
    await expectNoAxeViolations(el);
    alert.querySelector('button')!.click();
    await waitUntil(async () => (await hits(key)) === 2, 'retry made no request');
  });

  it('says so for invalid JSON, a feed of another version, and no src', async () => {
    const badSrc = `/__feed/text?body=%7Boops&k=${uid()}`;
    const bad = await fixture<ProbeElement>(html`<maillage-probe src=${badSrc}></maillage-probe>`);
    expect((await errorShown(bad)).textContent).to.contain('pas du JSON valide');
    const v2 = encodeURIComponent('{"version":"2.0","network":{"id":"n","name":"N"}}');
    const otherSrc = `/__feed/text?body=${v2}&k=${uid()}`;
    const other = await fixture<ProbeElement>(html`<maillage-probe src=${otherSrc}></maillage-probe>`);
    expect((await errorShown(other)).textContent).to.contain('version');
    const none = await fixture<ProbeElement>(html`<maillage-probe></maillage-probe>`);
    expect((await errorShown(none)).textContent).to.contain('src');
  });

  it('follows the nearest lang attribute, and its changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en"><maillage-probe src="/__feed/serve/nope.json?k=${uid()}"></maillage-probe></div>`,
    );
    const el = wrapper.querySelector<ProbeElement>('maillage-probe')!;
    expect((await errorShown(el)).textContent).to.contain('The data server answered');
    wrapper.setAttribute('lang', 'fr');
    await waitUntil(() => el.shadowRoot!.textContent!.includes('Le serveur'), 'did not switch to French');
  });

  it('accepts an already parsed feed as a property, and validates it', async () => {
    const el = await fixture<ProbeElement>(
      html`<maillage-probe
        .feed=${{ version: '1.0', network: { id: 'n', name: 'N' }, themes: [{ id: 'a', label: 'A' }, { id: 5 }] }}
      ></maillage-probe>`,
    );
    await ready(el);
    expect(el.shadowRoot!.textContent).to.contain('1 thèmes');
  });

  it('emits maillage-feed-load and maillage-feed-error that bubble out', async () => {
    const events: string[] = [];
    const listener = (e: Event) => events.push(e.type);
    document.addEventListener('maillage-feed-load', listener);
    document.addEventListener('maillage-feed-error', listener);
    const ok = await fixture<ProbeElement>(
      html`<maillage-probe src="/__feed/serve/hostile-feed.json?k=${uid()}"></maillage-probe>`,
    );
    await ready(ok);
    const ko = await fixture<ProbeElement>(
      html`<maillage-probe src="/__feed/serve/nope.json?k=${uid()}"></maillage-probe>`,
    );
    await errorShown(ko);
    document.removeEventListener('maillage-feed-load', listener);
    document.removeEventListener('maillage-feed-error', listener);
    expect(events).to.include.members(['maillage-feed-load', 'maillage-feed-error']);
  });
});

describe('core: store in the browser', () => {
  it('revalidates with If-None-Match and uses the kept copy on 304', async () => {
    const key = uid();
    const url = `/__feed/serve/hostile-feed.json?key=${key}&etag=v1`;
    const store = new FeedStore();
    const first = await store.load(url, parseFeed);
    await store.persisted();
    const second = await store.reload(url, parseFeed);
    const log = (await (await fetch(`/__feed/hits?key=${key}`)).json()) as { ifNoneMatch: string | null }[];
    expect(log.map((h) => h.ifNoneMatch)).to.deep.equal([null, '"v1"']);
    expect(second.feed.themes.length).to.equal(first.feed.themes.length);
    expect(second.stale).to.equal(false);
  });

  it('keeps the last good copy in the Cache API and serves it, dated, when the network fails', async () => {
    const url = `/__feed/serve/hostile-feed.json?k=${uid()}`;
    const online = new FeedStore();
    await online.load(url, parseFeed);
    await online.persisted();
    const offline = new FeedStore({ fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    const snapshot = await offline.load(url, parseFeed);
    expect(snapshot.stale).to.equal(true);
    expect(snapshot.feed.organisations.length).to.equal(3);
  });

  it('an element shows the stale copy with a notice', async () => {
    const url = `/__feed/serve/hostile-feed.json?k=${uid()}`;
    const persist: PersistentCache = {
      get: async () => ({ body: await (await fetch(url)).text(), fetchedAt: '2026-01-15T10:00:00Z' }),
      put: async () => undefined,
      delete: async () => undefined,
    };
    const store = new FeedStore({ persist, fetch: () => Promise.reject(new TypeError('offline')) });
    const snapshot = await store.load(url, parseFeed);
    expect(snapshot.stale).to.equal(true);
    // The page store is what elements use; seed it through the same path.
    expect(pageFeedStore()).to.equal(pageFeedStore());
  });

  it('registers a tag once: a second definition warns once and never throws', async () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      defineElement('maillage-probe', class extends ProbeElement {});
      defineElement('maillage-probe', class extends ProbeElement {});
    } finally {
      console.warn = original;
    }
    expect(warnings.length).to.equal(1);
  });
});

describe('core: styleProps', () => {
  it('sets, changes and removes properties without ever writing a style attribute (strict CSP)', () => {
    const host = document.createElement('div');
    const original = Element.prototype.setAttribute;
    const written: string[] = [];
    Element.prototype.setAttribute = function (name: string, value: string) {
      written.push(name);
      return original.call(this, name, value);
    };
    try {
      const view = (styles: Record<string, string | undefined>) => litHtml`<span style=${styleProps(styles)}></span>`;
      render(view({ background: 'red', '--x': '1px' }), host);
      const span = host.querySelector('span')!;
      expect(span.style.background).to.equal('red');
      expect(span.style.getPropertyValue('--x')).to.equal('1px');
      render(view({ borderColor: 'blue' }), host);
      expect(span.style.background).to.equal('');
      expect(span.style.getPropertyValue('--x')).to.equal('');
      expect(span.style.borderColor).to.equal('blue');
    } finally {
      Element.prototype.setAttribute = original;
    }
    expect(written).not.to.include('style');
  });
});
