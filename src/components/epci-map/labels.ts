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

/** A box that labels must not cover (a partner point or cluster), centre and size in px. */
export interface Obstacle {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Which labels to show and where: highest priority first, each at its point or, when that covers a label
 * already kept or an obstacle, just above, below, left or right of it; dropped when every place overlaps or
 * leaves the `width` × `height` view. Returns the shift `[dx, dy]` of each kept label. A grid keeps it fast for a
 * thousand labels.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  width: number,
  height: number,
  obstacles: readonly Obstacle[] = [],
): Map<string, readonly [number, number]> {
  const cell = 64;
  type Box = { x0: number; y0: number; x1: number; y1: number };
  const grid = new Map<string, Box[]>();
  const cellsOf = (box: Box) => {
    const keys: string[] = [];
    for (let gx = Math.floor(box.x0 / cell); gx <= Math.floor(box.x1 / cell); gx++)
      for (let gy = Math.floor(box.y0 / cell); gy <= Math.floor(box.y1 / cell); gy++) keys.push(`${gx}:${gy}`);
    return keys;
  };
  const add = (box: Box) => {
    for (const k of cellsOf(box)) {
      const list = grid.get(k);
      if (list) list.push(box);
      else grid.set(k, [box]);
    }
  };
  const boxAt = (x: number, y: number, w: number, h: number): Box => ({
    x0: x - w / 2,
    y0: y - h / 2,
    x1: x + w / 2,
    y1: y + h / 2,
  });
  for (const o of obstacles) add(boxAt(o.x, o.y, o.width, o.height));
  const kept = new Map<string, readonly [number, number]>();
  const ordered = [...candidates].sort((a, b) => b.priority - a.priority);
  for (const c of ordered) {
    const dy = c.height / 2 + 12;
    const dx = c.width / 2 + 12;
    for (const [ox, oy] of [
      [0, 0],
      [0, -dy],
      [0, dy],
      [-dx, 0],
      [dx, 0],
    ] as const) {
      const box = boxAt(c.x + ox, c.y + oy, c.width, c.height);
      if (box.x0 < 0 || box.y0 < 0 || box.x1 > width || box.y1 > height) continue;
      const overlaps = cellsOf(box).some((k) =>
        grid.get(k)?.some((o) => box.x0 < o.x1 && box.x1 > o.x0 && box.y0 < o.y1 && box.y1 > o.y0),
      );
      if (overlaps) continue;
      kept.set(c.id, [ox, oy]);
      add(box);
      break;
    }
  }
  return kept;
}
