/**
 * References to one missing id from one field of one list (a dozen organisations naming a theme the feed
 * lacks) have one fix, so the human report shows them as one entry: the id, how many name it, and which.
 */
import type { ListKey } from '../feed/schema.js';
import type { Problem, Severity } from './check.js';
import { pointerSegments } from './json-locate.js';

export interface DanglingGroup<T> {
  /** The list the references are in (`organisations`). */
  list: string;
  /** Where they are, without item indexes: `organisations[…].themes`. */
  path: string;
  /** The list the id should be in. */
  target?: ListKey;
  /** The missing id, as the problems quote it. */
  value: string;
  severity: Severity;
  /** Every reference, in the order given. */
  members: T[];
}

/** An entry of the report: one problem as it is, or references to one missing id gathered. */
export type ReportEntry<T> = { one: T } | { group: DanglingGroup<T> };

/** `organisations[…].labels[…].brand` from `/organisations/4/labels/1/brand`; the position in a list of ids is left out. */
function groupPath(pointer: string): string {
  const segs = pointerSegments(pointer);
  while (segs.length && /^\d+$/.test(segs[segs.length - 1]!)) segs.pop();
  return segs.map((s, i) => (/^\d+$/.test(s) ? '[…]' : (i ? '.' : '') + s)).join('');
}

const groupKey = (p: Problem) => `${groupPath(p.pointer)}\u0000${p.params.target ?? ''}\u0000${p.params.value ?? ''}`;

/**
 * The entries in the order given, each dangling reference whose missing id is named again from the same field of
 * the same list gathered with the others at the place of the first; a reference named once stays as it is.
 */
export function groupDangling<T>(entries: readonly T[], problemOf: (entry: T) => Problem): ReportEntry<T>[] {
  const groups = new Map<string, DanglingGroup<T>>();
  const out: ReportEntry<T>[] = [];
  for (const entry of entries) {
    const p = problemOf(entry);
    if (p.code !== 'dangling-reference') {
      out.push({ one: entry });
      continue;
    }
    const key = groupKey(p);
    const known = groups.get(key);
    if (known) {
      known.members.push(entry);
      continue;
    }
    const group: DanglingGroup<T> = {
      list: pointerSegments(p.pointer)[0] ?? '',
      path: groupPath(p.pointer),
      target: p.params.target,
      value: p.params.value ?? '',
      severity: p.severity,
      members: [entry],
    };
    groups.set(key, group);
    out.push({ group });
  }
  return out.map((e) => ('group' in e && e.group.members.length === 1 ? { one: e.group.members[0]! } : e));
}

/** How many references point to missing ids, and to how many ids; for the report's first or last line. */
export interface DanglingTally {
  links: number;
  ids: number;
  /** The list every missing id should be in, when it is the same for all. */
  target?: ListKey;
}

/** The tally of missing ids, when the report gathers some of their references (else `undefined`). */
export function danglingTally<T>(
  entries: readonly ReportEntry<T>[],
  problemOf: (entry: T) => Problem,
): DanglingTally | undefined {
  if (!entries.some((e) => 'group' in e)) return undefined;
  const dangling = entries
    .flatMap((e) => ('group' in e ? e.group.members : [e.one]))
    .map(problemOf)
    .filter((p) => p.code === 'dangling-reference');
  const ids = new Set(dangling.map((p) => `${p.params.target ?? ''}\u0000${p.params.value ?? ''}`));
  const targets = new Set(dangling.map((p) => p.params.target));
  const [target] = targets;
  return { links: dangling.length, ids: ids.size, ...(targets.size === 1 && target ? { target } : {}) };
}
