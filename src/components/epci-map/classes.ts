/**
 * Classes for a choropleth (quantiles or Jenks natural breaks) and the
 * colours the map draws with, in light and dark. Pure functions.
 */

export type Classification = 'quantile' | 'jenks';

/**
 * Class limits `[b0, b1, …, bk]` for integer values: class 0 is `b0…b1`, class j is `b(j)+1…b(j+1)`.
 * Fewer than `k` classes when there are fewer distinct values. Empty for no values.
 */
export function classBreaks(values: readonly number[], k: number, method: Classification): number[] {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const distinct = new Set(sorted).size;
  const classes = Math.max(1, Math.min(k, distinct));
  const inner = method === 'jenks' ? jenksInner(sorted, classes) : quantileInner(sorted, classes);
  const limits = [sorted[0]!, ...inner, sorted.at(-1)!];
  // Ties collapse classes: keep strictly increasing limits; a single value still makes one class.
  const strict = limits.filter((b, i) => i === 0 || b > limits[i - 1]!);
  return strict.length === 1 ? [strict[0]!, strict[0]!] : strict;
}

function quantileInner(sorted: readonly number[], k: number): number[] {
  const out: number[] = [];
  for (let j = 1; j < k; j++) out.push(sorted[Math.min(sorted.length - 1, Math.ceil((j * sorted.length) / k) - 1)]!);
  return out;
}

/** Fisher–Jenks natural breaks (the classic dynamic programme); long lists are sampled to keep it fast. */
function jenksInner(all: readonly number[], k: number): number[] {
  const step = Math.max(1, Math.ceil(all.length / 800));
  const data = all.filter((_, i) => i % step === 0 || i === all.length - 1);
  const n = data.length;
  const lower: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(k + 1).fill(0));
  const variance: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(k + 1).fill(Infinity));
  for (let j = 1; j <= k; j++) {
    lower[1]![j] = 1;
    variance[1]![j] = 0;
  }
  for (let l = 2; l <= n; l++) {
    let s1 = 0;
    let s2 = 0;
    let w = 0;
    let v = 0;
    for (let m = 1; m <= l; m++) {
      const i3 = l - m + 1;
      const val = data[i3 - 1]!;
      s2 += val * val;
      s1 += val;
      w++;
      v = s2 - (s1 * s1) / w;
      const i4 = i3 - 1;
      if (i4 !== 0)
        for (let j = 2; j <= k; j++)
          if (variance[l]![j]! >= v + variance[i4]![j - 1]!) {
            lower[l]![j] = i3;
            variance[l]![j] = v + variance[i4]![j - 1]!;
          }
    }
    lower[l]![1] = 1;
    variance[l]![1] = v;
  }
  const inner: number[] = [];
  let end = n;
  for (let j = k; j >= 2; j--) {
    const start = lower[end]![j]! - 1;
    inner.unshift(data[start - 1]!);
    end = start;
  }
  return inner;
}

/** The class of a value (0-based), or -1 when it has none. */
export function classOf(value: number | undefined, breaks: readonly number[]): number {
  if (value === undefined || !Number.isFinite(value) || breaks.length < 2) return -1;
  if (value < breaks[0]! || value > breaks.at(-1)!) return -1;
  for (let j = 1; j < breaks.length; j++) if (value <= breaks[j]!) return j - 1;
  return -1;
}

/** Number of classes the limits describe. */
export const classCount = (breaks: readonly number[]): number => Math.max(0, breaks.length - 1);

/** Lowest and highest value of class `j`, as people read a legend. */
export function classRange(breaks: readonly number[], j: number): [number, number] {
  return [j === 0 ? breaks[0]! : breaks[j]! + 1, breaks[j + 1]!];
}

export type Scheme = 'light' | 'dark';

/** The colours of the map. Every fill keeps a 3:1 contrast with `outline` (WCAG 1.4.11), tested. */
export interface MapColours {
  background: string;
  /** Sequential classes, low to high. */
  ramp: readonly string[];
  network: string;
  other: string;
  noData: string;
  outline: string;
  context: string;
  selected: string;
  selectedCasing: string;
  point: string;
  pointStroke: string;
}

export const COLOURS: Record<Scheme, MapColours> = {
  light: {
    background: '#f4f6f8',
    ramp: ['#f0f9e8', '#bae4bc', '#7bccc4', '#43a2ca', '#1f78b4'],
    network: '#9ecae1',
    other: '#e3e3e3',
    noData: '#ffffff',
    outline: '#1b1b1b',
    context: '#6b6b6b',
    selected: '#ffffff',
    selectedCasing: '#000000',
    point: '#a3004f',
    pointStroke: '#ffffff',
  },
  dark: {
    background: '#101114',
    ramp: ['#0d2a3a', '#12455a', '#1b6275', '#2a7f8c', '#3e8f95'],
    network: '#2b5a85',
    other: '#2a2c33',
    noData: '#000000',
    outline: '#f0f0f0',
    context: '#a0a0a8',
    selected: '#000000',
    selectedCasing: '#ffffff',
    point: '#ff8ac4',
    pointStroke: '#101114',
  },
};

/** `k` colours from the ramp, spread from its lightest to its darkest end. */
export function rampFor(scheme: Scheme, k: number): string[] {
  const ramp = COLOURS[scheme].ramp;
  if (k <= 0) return [];
  if (k === 1) return [ramp[Math.floor(ramp.length / 2)]!];
  return Array.from({ length: k }, (_, j) => ramp[Math.round((j * (ramp.length - 1)) / (k - 1))]!);
}

const channel = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

/** WCAG relative luminance of `#rrggbb`. */
export function luminance(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => channel(c / 255));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio between two `#rrggbb` colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
