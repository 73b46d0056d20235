/** WCAG 2.1 contrast, to choose readable text on a brand colour taken from the feed. */

/** `[r, g, b]` (0–255) of `#rgb`, `#rgba`, `#rrggbb` or `#rrggbbaa` (alpha ignored), else `undefined`. */
export function parseHex(hex: string): [number, number, number] | undefined {
  const m = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(hex.trim());
  if (!m) return undefined;
  const digits = m[1]!.length < 6 ? [...m[1]!].map((d) => d + d).join('') : m[1]!;
  return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as [number, number, number];
}

/** Relative luminance (WCAG 2.1, sRGB). */
export function relativeLuminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Contrast ratio between two colours, 1 to 21; `undefined` if either is not a hex colour. */
export function contrastRatio(a: string, b: string): number | undefined {
  const ca = parseHex(a);
  const cb = parseHex(b);
  if (!ca || !cb) return undefined;
  const [la, lb] = [relativeLuminance(ca), relativeLuminance(cb)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

// Pure black and white: one of them always reaches 4.58:1 on any colour.
export const DARK_INK = '#000000';
export const LIGHT_INK = '#ffffff';

/**
 * Text colour for `background`: the brand's own `preferred` text colour when it
 * reaches 4.5:1 (WCAG AA for normal text), else whichever of black and white
 * contrasts more.
 */
export function readableInk(background: string, preferred?: string): string {
  if (preferred && (contrastRatio(preferred, background) ?? 0) >= 4.5) return preferred;
  return (contrastRatio(DARK_INK, background) ?? 0) >= (contrastRatio(LIGHT_INK, background) ?? 0)
    ? DARK_INK
    : LIGHT_INK;
}
