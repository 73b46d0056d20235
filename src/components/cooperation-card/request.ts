/**
 * What a cooperation card shows, worked out without the DOM: the state a
 * request is in on a given day, its contact link, its shareable link, and
 * feed text made safe to put in a mail subject or a short excerpt.
 */
import type { CooperationRequest } from '../../feed/types.js';
import { daysBetween } from '../../feed/text.js';
import { safeHref } from '../../feed/url.js';

/** The status a reader sees: an open request past its expiry date is expired. */
export type EffectiveStatus = 'open' | 'matched' | 'closed' | 'expired';

export function effectiveStatus(request: CooperationRequest, today: string): EffectiveStatus {
  const status = request.status ?? 'open';
  if (status !== 'open') return status;
  return request.expires && request.expires < today ? 'expired' : 'open';
}

/** Days from `today` to the expiry date (negative once expired), or `undefined` without one. */
export function daysLeft(request: CooperationRequest, today: string): number | undefined {
  return request.expires ? daysBetween(today, request.expires) : undefined;
}

/** Under this many days left, the expiry is said in days and highlighted. */
export const SOON_DAYS = 30;

/**
 * An `.ics` file can be written for an event starting at `start` (a day, or a date-time a browser reads): the
 * test `buildEventIcs` makes, here so the card can offer the button without loading the writer.
 */
export const icsCanStart = (start: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(start) || !isNaN(Date.parse(start));

/** The element id a request's card carries; the shareable link points at it. */
export const requestAnchorId = (id: string): string => `maillage-request-${id}`;

/** The page's address with the request's fragment (`…/page#maillage-request-<id>`). */
export function requestLink(pageUrl: string, id: string): string {
  const base = pageUrl.split('#')[0]!;
  return `${base}#${encodeURIComponent(requestAnchorId(id))}`;
}

/** Whether a location hash (`#maillage-request-…`) points at the request `id`. */
export function hashTargets(hash: string, id: string): boolean {
  if (!hash.startsWith('#')) return false;
  try {
    return decodeURIComponent(hash.slice(1)) === requestAnchorId(id);
  } catch {
    return false;
  }
}

// Stricter than RFC 5322 on purpose: no characters that would change the meaning of a mailto: URL.
const EMAIL_RE =
  /^[A-Za-z0-9.!$'*+/=^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

export const isValidEmail = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= 254 && EMAIL_RE.test(value);

/** Feed text fit for one line of a mail header or a file name: no control or bidi characters, clamped. */
export function oneLine(value: string, max = 120): string {
  const flat = value
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    .replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > max ? flat.slice(0, max - 1).trimEnd() + '…' : flat;
}

/** Feed text without bidi override characters, which could make a name read backwards (`\u202Egnp.exe`). */
export const withoutOverrides = (value: string): string => value.replace(/[\u202a-\u202e\u2066-\u2069]/g, '');

/** "Clémentine ALLANOU" from a contact's given and family names, or its single name. */
export function personName(contact: CooperationRequest['contact']): string {
  if (!contact) return '';
  return withoutOverrides([contact.givenName, contact.familyName].filter(Boolean).join(' ') || contact.name || '');
}

/** `mailto:` with an encoded subject (and body), or `undefined` when the address is not a plain e-mail. */
export function mailtoHref(email: unknown, subject: string, body?: string): string | undefined {
  if (!isValidEmail(email)) return undefined;
  const query = [`subject=${encodeURIComponent(oneLine(subject, 200))}`];
  if (body) query.push(`body=${encodeURIComponent(body.slice(0, 1500))}`);
  return safeHref(`mailto:${email}?${query.join('&')}`);
}

/** The first characters of a text, cut at a word, with an ellipsis when cut. */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '') + '…';
}

/** Paragraphs of a feed text (separated by blank lines), empty ones dropped. */
export const paragraphs = (text: string): string[] =>
  text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);

const regionNames = new Map<string, Intl.DisplayNames>();

/** "France" / "Belgique" for an ISO 3166 code in the page language; the code itself if unknown. */
export function countryName(code: string | undefined, lang: string): string {
  if (!code) return '';
  try {
    let names = regionNames.get(lang);
    if (!names) regionNames.set(lang, (names = new Intl.DisplayNames([lang], { type: 'region' })));
    return names.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** A language's name in that language, capitalised: "Français", "English", "Deutsch". */
export function languageAutonym(code: string): string {
  try {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
    return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
  } catch {
    return code;
  }
}
