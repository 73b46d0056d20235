/**
 * RFC 5545 building blocks shared by every "add to my calendar": TEXT
 * escaping, 75-octet line folding, UTC date-times, all-day dates and the
 * VCALENDAR envelope. The elements build their VEVENTs on top.
 */

export const CRLF = '\r\n';

/** Text made safe for a content line: well-formed UTF-16, no control characters but tab and newline. */
export function cleanText(s: string): string {
  return (
    s
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- control characters are exactly what TEXT values may not hold
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
  );
}

/** RFC 5545 §3.3.11 TEXT escaping: backslash, semicolon, comma and newline. */
export function escapeText(s: string): string {
  return cleanText(s).replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : '\\' + c));
}

/**
 * ORGANIZER (§3.8.4.3) for an organisation with an e-mail address, its name as CN; `undefined` without an
 * address, since the property's value must be one. The name is a quoted parameter: no quote or control character.
 */
export function organizerLine(name: string, email: string | undefined): string | undefined {
  // The feed's validator only lets plain addresses through; anything else is left out rather than escaped.
  if (!email || !/^[\w.+-]+@[\w.-]+$/.test(email)) return undefined;
  const cn = cleanText(name)
    .replace(/["\n\t]/g, ' ')
    .trim()
    .slice(0, 200);
  return `ORGANIZER${cn ? `;CN="${cn}"` : ''}:mailto:${email}`;
}

const utf8Length = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/** Folds a content line at 75 octets (§3.1), never inside a UTF-8 sequence; continuation lines start with a space. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of line) {
    const size = utf8Length(ch.codePointAt(0)!);
    if (bytes + size > 75) {
      out.push(current);
      current = ' ';
      bytes = 1;
    }
    current += ch;
    bytes += size;
  }
  out.push(current);
  return out.join(CRLF);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `20210312T170000Z`. */
export const formatUtc = (d: Date): string =>
  `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;

/** `2024-10-03` → `20241003`, a DATE value. */
export const compactDay = (day: string): string => day.replace(/-/g, '');

/** The day after `YYYY-MM-DD` (an all-day DTEND is exclusive). */
export function nextDay(day: string): string {
  const d = new Date(Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10) + 1));
  return d.toISOString().slice(0, 10);
}

/** A whole `.ics` document: the VCALENDAR envelope around `body`, folded, with CRLF line ends. */
export function calendarDocument(prodId: string, body: string[], header: string[] = []): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${prodId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...header,
    ...body,
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
