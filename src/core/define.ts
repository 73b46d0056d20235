const WARNED = Symbol.for('maillage.warned-double-load');

/**
 * Registers a tag once. Third-party pages do load bundles twice (a CMS plugin
 * and a theme): a second definition keeps the first, warns once per page, and
 * never throws into the host page.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === ctor) return;
  if (existing) {
    const g = globalThis as { [WARNED]?: boolean };
    if (!g[WARNED]) {
      g[WARNED] = true;
      console.warn(
        `maillage: <${tag}> is already defined — the maillage script is loaded twice on this page. The first copy is kept; remove one of the two <script> tags.`,
      );
    }
    return;
  }
  try {
    customElements.define(tag, ctor);
  } catch (error) {
    console.warn(`maillage: <${tag}> could not be defined`, error);
  }
}
