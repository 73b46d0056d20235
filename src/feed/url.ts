const SAFE_PROTOCOLS = new Set(['https:', 'http:', 'mailto:']);

/**
 * The link as an absolute URL if it is http(s) or mailto, else `undefined`.
 * Feed text is untrusted: `javascript:`, `data:`, `vbscript:`… never become links.
 */
export function safeHref(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.length > 4000) return undefined;
  try {
    const url = new URL(trimmed, base ?? 'https://invalid.invalid/');
    if (!SAFE_PROTOCOLS.has(url.protocol)) return undefined;
    if (!base && url.hostname === 'invalid.invalid') return undefined;
    return url.href;
  } catch {
    return undefined;
  }
}

/**
 * Links that are certainly safe http(s) URLs (a plain host whose last label starts with a letter, so never an
 * IP or punycode to decode), recognised without `new URL`, which costs more than the rest of a partner's checks.
 */
export const PLAIN_HTTP_LINK = /^https?:\/\/(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*\.?(?::\d{1,4})?(?:[/?#][^\s\\]*)?$/i;

/**
 * Whether a link may be kept: exactly when {@link safeHref} accepts it (a fuzz test checks the fast path never
 * accepts more), without parsing the plain http(s) links most feeds hold.
 */
export const isSafeLink = (value: unknown, base?: string): boolean =>
  (typeof value === 'string' && PLAIN_HTTP_LINK.test(value) && !/xn--/i.test(value)) || !!safeHref(value, base);

/** Image sources: https (or same-page relative), never `javascript:`; SVG markup goes through `svgDataUrl`. */
export function safeImageSrc(value: unknown, base?: string): string | undefined {
  const href = safeHref(value, base);
  return href && /^https?:/.test(href) ? href : undefined;
}

/** An SVG document as a `data:` URL, so it can only ever be an image (scripts in it never run). */
export function svgDataUrl(svg: string): string | undefined {
  if (!/^\s*(<\?xml[^>]*>\s*)?<svg[\s>]/i.test(svg) || svg.length > 200_000) return undefined;
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
