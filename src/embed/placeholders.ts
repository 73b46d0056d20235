/**
 * CMS-proof embedding. WordPress's and Drupal's editors (CKEditor 5) strip
 * unknown tags but keep `<div data-…>`: a placeholder such as
 *
 *   <div data-maillage="partner-search" data-src="/feed.json" data-theme="numerique">
 *     <a href="https://…">Annuaire des partenaires</a>
 *   </div>
 *
 * becomes `<maillage-partner-search src="/feed.json" theme="numerique">` with
 * the same children (the link stays as the no-JavaScript fallback).
 */

/** Element names a placeholder may ask for (`data-maillage="…"`). */
export const EMBEDDABLE = [
  'cooperation-card',
  'cooperation-list',
  'epci-map',
  'partner-search',
  'event-timeline',
  'marque-badge',
] as const;
export type EmbeddableName = (typeof EMBEDDABLE)[number];

/** Attributes copied as they are, besides `data-*` options. */
const KEPT = ['id', 'class', 'lang', 'title', 'style'];

/** Upgrades one placeholder; returns the new element, or null when the name is unknown. */
export function upgradePlaceholder(placeholder: HTMLElement): HTMLElement | null {
  const name = placeholder.dataset.maillage
    ?.trim()
    .toLowerCase()
    .replace(/^maillage-/, '');
  if (!name || !(EMBEDDABLE as readonly string[]).includes(name)) {
    console.warn(
      `maillage: unknown element "${placeholder.dataset.maillage}" in data-maillage; expected one of ${EMBEDDABLE.join(', ')}.`,
    );
    placeholder.removeAttribute('data-maillage');
    return null;
  }
  const element = placeholder.ownerDocument.createElement(`maillage-${name}`);
  for (const { name: attr, value } of [...placeholder.attributes]) {
    if (attr === 'data-maillage') continue;
    if (attr.startsWith('data-')) element.setAttribute(attr.slice(5), value);
    else if (KEPT.includes(attr)) element.setAttribute(attr, value);
  }
  element.append(...placeholder.childNodes);
  placeholder.replaceWith(element);
  return element;
}

/** Upgrades every placeholder under `root` now. */
export function upgradePlaceholders(root: ParentNode = document): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('[data-maillage]')]
    .map(upgradePlaceholder)
    .filter((e): e is HTMLElement => e !== null);
}

/** Upgrades placeholders now and whenever the page adds some (CMS blocks loaded later). */
export function watchPlaceholders(root: Document = document): MutationObserver {
  upgradePlaceholders(root);
  const observer = new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes) {
        if (!(node instanceof HTMLElement)) continue;
        if (node.dataset.maillage !== undefined) upgradePlaceholder(node);
        upgradePlaceholders(node);
      }
  });
  observer.observe(root.documentElement, { childList: true, subtree: true });
  return observer;
}
