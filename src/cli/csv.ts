/**
 * CSV as spreadsheets write it: RFC 4180 (quoted fields, doubled quotes,
 * line breaks inside quotes), UTF-8 with or without BOM, and the
 * Windows-1252 + semicolon files that French office software saves.
 */

/** One row of a CSV file and the line it starts on (the header is line 1). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export type CsvIssueCode = 'unclosed-quote' | 'text-after-quote';

export interface CsvIssue {
  code: CsvIssueCode;
  line: number;
}

export interface CsvTable {
  records: CsvRecord[];
  issues: CsvIssue[];
}

/**
 * Parses CSV text with the given separator. Rows that are entirely empty
 * (blank lines, or `;;;` that spreadsheets leave) are dropped. Lenient where
 * spreadsheets are: text after a closing quote is kept, with an issue.
 */
export function parseCsv(text: string, separator = ','): CsvTable {
  const records: CsvRecord[] = [];
  const issues: CsvIssue[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const n = text.length;
  const endRecord = () => {
    fields.push(field);
    if (fields.some((f) => f.trim() !== '')) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };
  while (i < n) {
    const c = text[i]!;
    if (c === '"' && field === '') {
      // A quoted field: runs to the next lone quote, across separators and line breaks.
      const openLine = line;
      i++;
      let closed = false;
      while (i < n) {
        const q = text[i]!;
        if (q === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          closed = true;
          break;
        }
        if (q === '\n') line++;
        if (q === '\r' && text[i + 1] === '\n') {
          i++;
          continue;
        }
        field += q === '\r' ? '\n' : q;
        i++;
      }
      if (!closed) {
        issues.push({ code: 'unclosed-quote', line: openLine });
        break;
      }
      if (i < n && text[i] !== separator && text[i] !== '\n' && text[i] !== '\r') {
        issues.push({ code: 'text-after-quote', line });
        // Keep the quoted part and what follows it, as spreadsheets do.
        while (i < n && text[i] !== separator && text[i] !== '\n' && text[i] !== '\r') field += text[i++];
      }
      continue;
    }
    if (c === separator) {
      fields.push(field);
      field = '';
      i++;
    } else if (c === '\n' || c === '\r') {
      endRecord();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
    } else {
      field += c;
      i++;
    }
  }
  if (field !== '' || fields.length) endRecord();
  return { records, issues };
}

/** The separator of a CSV file: the most frequent of `;`, `,` and tab in its first line, outside quotes. */
export function detectSeparator(text: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let best = ',';
  for (const [sep, count] of counts) if (count > counts.get(best)!) best = sep;
  return best;
}

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'windows-1252';

/** Windows-1252 characters of bytes 0x80–0x9F (the rest of the code page is Latin-1). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Decodes Windows-1252. Node's `TextDecoder('windows-1252')` decodes as
 * Latin-1 and turns ’ – € œ into control characters, so this does it itself.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(
      ...Array.from(chunk, (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH.charCodeAt(b - 0x80) : b)),
    );
  }
  return out;
}

/**
 * Decodes the bytes of a CSV file: a BOM says UTF-8 or UTF-16; otherwise
 * bytes that are not valid UTF-8 are Windows-1252, what Excel saves as "CSV
 * (séparateur : point-virgule)" on a French Windows.
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/** A CSV file read into a header and rows, with the encoding and separator it used. */
export interface CsvFile extends CsvTable {
  header: string[];
  /** Rows after the header. */
  rows: CsvRecord[];
  encoding: CsvEncoding;
  separator: string;
}

export function readCsv(bytes: Uint8Array): CsvFile {
  const { text, encoding } = decodeCsvBytes(bytes);
  const separator = detectSeparator(text);
  const table = parseCsv(text, separator);
  const [head, ...rows] = table.records;
  return { ...table, header: (head?.fields ?? []).map((h) => h.trim()), rows, encoding, separator };
}
