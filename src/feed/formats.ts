/**
 * The feed's formats as plain predicates, without the schema library: the
 * schema (`schemas/common.ts`) uses them in its checks, and the validators
 * generated from it (`checks.ts`) import them, so a browser bundle carries
 * these few lines and not the schema library.
 */

/** Feed format versions this package reads: 1.0, 1.1, … */
export const SUPPORTED_VERSION = /^1(\.\d+)?$/;

const isRealDate = (y: number, m: number, d: number): boolean => {
  if (y < 1900 || y > 2200) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_RE =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(:[0-5]\d(\.\d{1,9})?)?(Z|[+-](0\d|1[0-4]):[0-5]\d)$/;

/** True for a calendar date `YYYY-MM-DD` between 1900 and 2200. */
export function isIsoDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  return !!m && isRealDate(+m[1]!, +m[2]!, +m[3]!);
}

/** True for a date-time with an explicit offset (`2021-03-12T18:00:00+01:00` or `…Z`). */
export function isIsoDateTime(value: string): boolean {
  const m = DATE_TIME_RE.exec(value);
  return !!m && isRealDate(+m[1]!, +m[2]!, +m[3]!);
}

/** A calendar date (all-day) or a date-time with its offset. */
export const isDateOrDateTime = (value: string): boolean => isIsoDate(value) || isIsoDateTime(value);

/** A language map has at least one non-blank text. */
export const hasSomeText = (map: Record<string, string>): boolean => Object.values(map).some((s) => s.trim() !== '');

/** What a cooperation request may seek (LEADER's tick boxes). */
export const LOOKING_FOR = ['project', 'partners', 'topic'] as const;
/** Where a cooperation request stands. */
export const REQUEST_STATUSES = ['open', 'matched', 'closed'] as const;
