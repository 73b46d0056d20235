/**
 * Territory names written on the map without a glyph server: lines wrapped
 * by a character budget, sizes estimated, and a greedy placement that drops a
 * label when it would overlap one already placed. Pure functions.
 */

/** Font size (px) and line height (px) of a label; the CSS uses the same numbers. */
export const LABEL_FONT_SIZE = 12;
export const LABEL_LINE_HEIGHT = 14;
const CHAR_WIDTH = 0.58 * LABEL_FONT_SIZE;
const MAX_LINE_CHARS = 18;
const MAX_LINES = 3;

/** A name cut into at most three lines of about 18 characters, ending in "…" when cut short. */
export function wrapLabel(name: string): string[] {
  const lines: string[] = [];
  let line = '';
  let cut = false;
  for (const raw of name
    .replace(/\s+/g, ' ')
    .trim()
    .split(/ |(?<=-)/)) {
    const word = raw.length > MAX_LINE_CHARS ? raw.slice(0, MAX_LINE_CHARS - 1) + '…' : raw;
    // A hyphen is a place to break too ("Châteaubriant-" / "Derval"), and joins without a space.
    const join = line.endsWith('-') ? '' : ' ';
    if (!line) line = word;
    else if (line.length + join.length + word.length <= MAX_LINE_CHARS) line += join + word;
    else {
      lines.push(line);
      line = word;
      if (lines.length === MAX_LINES) {
        cut = true;
        break;
      }
    }
  }
  if (!cut && line) lines.push(line);
  const last = lines.at(-1);
  if (cut && last && !last.endsWith('…'))
    lines[lines.length - 1] = (last.length >= MAX_LINE_CHARS ? last.slice(0, MAX_LINE_CHARS - 1) : last) + '…';
  return lines;
}

/** Estimated box of a wrapped label, in px. */
export function labelSize(lines: readonly string[]): { width: number; height: number } {
  const longest = Math.max(0, ...lines.map((l) => l.length));
  return { width: Math.ceil(longest * CHAR_WIDTH) + 6, height: lines.length * LABEL_LINE_HEIGHT + 2 };
}

export interface LabelCandidate {
  id: string;
  /** Centre, in px. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Higher goes first. */
  priority: number;
}

/**
 * Which labels to show: highest priority first, each kept when it lies inside the `width` × `height` view
 * and overlaps no label kept before it. A grid of cells keeps it fast for a thousand labels.
 */
export function placeLabels(candidates: readonly LabelCandidate[], width: number, height: number): Set<string> {
  const cell = 64;
  const grid = new Map<string, { x0: number; y0: number; x1: number; y1: number }[]>();
  const kept = new Set<string>();
  const ordered = [...candidates].sort((a, b) => b.priority - a.priority);
  for (const c of ordered) {
    const box = { x0: c.x - c.width / 2, y0: c.y - c.height / 2, x1: c.x + c.width / 2, y1: c.y + c.height / 2 };
    if (box.x0 < 0 || box.y0 < 0 || box.x1 > width || box.y1 > height) continue;
    const keys: string[] = [];
    for (let gx = Math.floor(box.x0 / cell); gx <= Math.floor(box.x1 / cell); gx++)
      for (let gy = Math.floor(box.y0 / cell); gy <= Math.floor(box.y1 / cell); gy++) keys.push(`${gx}:${gy}`);
    const overlaps = keys.some((k) =>
      grid.get(k)?.some((o) => box.x0 < o.x1 && box.x1 > o.x0 && box.y0 < o.y1 && box.y1 > o.y0),
    );
    if (overlaps) continue;
    kept.add(c.id);
    for (const k of keys) {
      const list = grid.get(k);
      if (list) list.push(box);
      else grid.set(k, [box]);
    }
  }
  return kept;
}
