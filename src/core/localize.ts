import { toLang, type Lang } from '../feed/text.js';

/** A catalogue: each key a string, or a function of typed parameters returning one. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parameter lists differ per message; each key keeps its own type
export type Messages = Record<string, string | ((...args: any[]) => string)>;

/**
 * A typed pair of catalogues: the English one must have exactly the keys and
 * parameter types of the French one.
 */
export function defineMessages<M extends Messages>(fr: M, en: { [K in keyof M]: M[K] }): Record<Lang, M> {
  return { fr, en };
}

/** The nearest `lang` attribute, looking through shadow roots up to `<html>`; `fr` by default. */
export function resolveLang(el: Element): Lang {
  let node: Element | null = el;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    if (found) {
      const value = found.getAttribute('lang');
      if (value) return toLang(value);
      node = found.parentElement;
      continue;
    }
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return 'fr';
}

type LangListener = () => void;
const listeners = new Set<LangListener>();
let observer: MutationObserver | undefined;

/** Calls `listener` when any `lang` attribute on the page changes (one observer for the whole page). */
export function onLangChange(listener: LangListener): () => void {
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => listeners.forEach((l) => l()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}
