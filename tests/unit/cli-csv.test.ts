import { describe, expect, it } from 'vitest';
import {
  type CsvListKey,
  matchHeader,
  normaliseCountry,
  normaliseKind,
  normaliseLookingFor,
  readColour,
  readNumber,
  splitList,
  splitTexts,
} from '../../src/cli/columns.js';
import { decodeCsvBytes, decodeWindows1252, detectSeparator, parseCsv, readCsv } from '../../src/cli/csv.js';
import { parisDateTime, parisOffset, readHumanDate, readTime } from '../../src/cli/dates.js';

const fields = (text: string, sep = ',') => parseCsv(text, sep).records.map((r) => r.fields);

describe('parseCsv (RFC 4180)', () => {
  it('reads plain fields, CRLF and LF line ends, and a last line without line end', () => {
    expect(fields('a,b\r\n1,2\n3,4')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('reads quoted fields with separators, doubled quotes and line breaks, and gives each record its first line', () => {
    const table = parseCsv('nom;description\r\n"Atelier ""Le Fil""";"Couture;\r\nréparation"\r\nB;x\r\n', ';');
    expect(table.records.map((r) => [r.line, r.fields])).toEqual([
      [1, ['nom', 'description']],
      [2, ['Atelier "Le Fil"', 'Couture;\nréparation']],
      [4, ['B', 'x']],
    ]);
    expect(table.issues).toEqual([]);
  });

  it('keeps empty fields and skips empty rows, including the ;;; rows spreadsheets leave', () => {
    expect(fields('a;b;c\n1;;3\n;;\n\n4;5;', ';')).toEqual([
      ['a', 'b', 'c'],
      ['1', '', '3'],
      ['4', '5', ''],
    ]);
  });

  it('reports an unclosed quote at the line it opens, and text after a closing quote', () => {
    expect(parseCsv('a,b\n"x,1\n2,3\n').issues).toEqual([{ code: 'unclosed-quote', line: 2 }]);
    const after = parseCsv('a,b\n"x"y,1\n');
    expect(after.issues).toEqual([{ code: 'text-after-quote', line: 2 }]);
    expect(after.records[1]!.fields).toEqual(['xy', '1']);
  });

  it('takes a quote inside an unquoted field literally', () => {
    expect(fields('a\n5" écran\n')).toEqual([['a'], ['5" écran']]);
  });
});

describe('encodings and separators', () => {
  it('detects the separator from the header line, ignoring quoted ones', () => {
    expect(detectSeparator('nom;type;thèmes\n')).toBe(';');
    expect(detectSeparator('"nom, complet",type\n')).toBe(',');
    expect(detectSeparator('nom\ttype\tville\n')).toBe('\t');
    expect(detectSeparator('nom\n')).toBe(',');
  });

  it('decodes UTF-8 with and without BOM, UTF-16 with BOM, and falls back to Windows-1252', () => {
    const utf8 = new TextEncoder().encode('Élise;Mobilité – vélo');
    expect(decodeCsvBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({
      text: 'Élise;Mobilité – vélo',
      encoding: 'utf-8',
    });
    expect(decodeCsvBytes(utf8)).toEqual({ text: 'Élise;Mobilité – vélo', encoding: 'utf-8' });
    const utf16 = Uint8Array.from([0xff, 0xfe, 0x45, 0x00, 0xe9, 0x00]);
    expect(decodeCsvBytes(utf16)).toEqual({ text: 'Eé', encoding: 'utf-16le' });
    // "Élise;Cœur – l’été €" as Excel saves it on a French Windows.
    const cp1252 = Uint8Array.from([
      0xc9, 0x6c, 0x69, 0x73, 0x65, 0x3b, 0x43, 0x9c, 0x75, 0x72, 0x20, 0x96, 0x20, 0x6c, 0x92, 0xe9, 0x74, 0xe9, 0x20,
      0x80,
    ]);
    expect(decodeCsvBytes(cp1252)).toEqual({ text: 'Élise;Cœur – l’été €', encoding: 'windows-1252' });
    expect(decodeWindows1252(Uint8Array.from([0x85, 0x8c, 0x9f, 0x81]))).toBe('…ŒŸ\u0081');
  });

  it('reads a Windows-1252 semicolon file into header and rows', () => {
    const bytes = Uint8Array.from([...'nom;thèmes\r\nCafé;Mobilité\r\n'].map((c) => c.charCodeAt(0)));
    const file = readCsv(bytes);
    expect(file).toMatchObject({ encoding: 'windows-1252', separator: ';', header: ['nom', 'thèmes'] });
    expect(file.rows).toEqual([{ line: 2, fields: ['Café', 'Mobilité'] }]);
  });
});

describe('dates typed in spreadsheets', () => {
  it('converts JJ/MM/AAAA, with or without a time, to ISO with the Paris offset', () => {
    expect(readHumanDate('12/03/2021')).toEqual({ ok: true, value: '2021-03-12' });
    expect(readHumanDate('1/3/21')).toEqual({ ok: true, value: '2021-03-01' });
    expect(readHumanDate('12/03/2021 18h30')).toEqual({ ok: true, value: '2021-03-12T18:30:00+01:00' });
    expect(readHumanDate('12.07.2021 09:00')).toEqual({ ok: true, value: '2021-07-12T09:00:00+02:00' });
    expect(readHumanDate('2021-03-12T18:00:00+01:00')).toEqual({ ok: true, value: '2021-03-12T18:00:00+01:00' });
  });

  it('explains dates that do not exist, with the nearest real one', () => {
    expect(readHumanDate('31/02/2021')).toEqual({ ok: false, reason: 'no-such-day', suggestion: '2021-02-28' });
    expect(readHumanDate('2021-02-31')).toEqual({ ok: false, reason: 'no-such-day', suggestion: '2021-02-28' });
    expect(readHumanDate('29/02/2024')).toEqual({ ok: true, value: '2024-02-29' });
    expect(readHumanDate('01/01/9999')).toEqual({ ok: false, reason: 'year-out-of-range' });
    expect(readHumanDate('2026-03-12T18:00:00')).toEqual({
      ok: false,
      reason: 'no-offset',
      suggestion: '2026-03-12T18:00:00+01:00',
    });
    expect(readHumanDate('demain')).toEqual({ ok: false, reason: 'unreadable' });
  });

  it('reads a month-first date only when no other reading exists', () => {
    expect(readHumanDate('03/25/2021')).toEqual({ ok: true, value: '2021-03-25' });
    expect(readHumanDate('05/04/2021')).toEqual({ ok: true, value: '2021-04-05' });
  });

  it('knows the Paris offset on both sides of the clock changes', () => {
    expect(parisOffset('2021-03-27')).toBe('+01:00');
    expect(parisOffset('2021-03-28', 12)).toBe('+02:00');
    expect(parisOffset('2021-10-31', 1)).toBe('+02:00');
    expect(parisOffset('2021-10-31', 4)).toBe('+01:00');
    expect(parisDateTime('2024-10-02', 9, 5)).toBe('2024-10-02T09:05:00+02:00');
    expect(readTime('18 h 30')).toEqual({ hour: 18, minute: 30 });
    expect(readTime('25h')).toBeUndefined();
  });
});

describe('column mapping', () => {
  it('accepts French and English headers whatever their accents, case and punctuation', () => {
    expect(matchHeader('organisations', 'Thèmes')?.def.field).toBe('themes');
    expect(matchHeader('organisations', 'THEMES')?.def.field).toBe('themes');
    expect(matchHeader('organisations', 'Site web')?.def.field).toBe('website');
    expect(matchHeader('organisations', 'E-mail')?.def.field).toBe('contact.email');
    expect(matchHeader('events', 'Date de début')?.def.field).toBe('start');
    expect(matchHeader('cooperationRequests', 'nom')?.def.field).toBe('contact.familyName');
    expect(matchHeader('territories', 'SIREN')?.def.field).toBe('codes.siren');
    expect(matchHeader('organisations', 'couleur préférée')).toBeUndefined();
  });

  it('reads the language of a localized column from its suffix', () => {
    expect(matchHeader('events', 'Titre (EN)')).toMatchObject({ def: { field: 'title' }, lang: 'en' });
    expect(matchHeader('events', 'title_fr')).toMatchObject({ def: { field: 'title' }, lang: 'fr' });
    expect(matchHeader('organisations', 'description anglais')).toMatchObject({
      def: { field: 'description' },
      lang: 'en',
    });
    expect(matchHeader('organisations', 'site web (en)')).toBeUndefined();
  });

  it('reads the language of a localized column written first in full, as in "English label"', () => {
    expect(matchHeader('themes', 'English label')).toMatchObject({ def: { field: 'label' }, lang: 'en' });
    expect(matchHeader('themes', 'Libellé français')).toMatchObject({ def: { field: 'label' }, lang: 'fr' });
    expect(matchHeader('brands', 'Valeurs (EN)')).toMatchObject({ def: { field: 'values' }, lang: 'en' });
    expect(matchHeader('brands', 'English website')).toBeUndefined();
    // An exact header wins over a language prefix: "en ligne" is an event's online column.
    expect(matchHeader('events', 'En ligne')).toEqual({ def: expect.objectContaining({ field: 'online' }) });
  });

  it('maps the themes and brands columns', () => {
    expect(matchHeader('themes', 'Thème parent')?.def.field).toBe('parent');
    expect(matchHeader('themes', 'Libellé')?.def.field).toBe('label');
    expect(matchHeader('brands', 'Page partenaire')?.def.field).toBe('partnerUrl');
    expect(matchHeader('brands', 'Logo URL')?.def.field).toBe('logo.url');
    expect(matchHeader('brands', 'Couleur principale')?.def.field).toBe('colours.primary');
    expect(matchHeader('brands', 'Territoire')?.def.field).toBe('territory');
    expect(matchHeader('brands', 'Marque')?.def.field).toBe('name');
  });

  it('normalises the values people type', () => {
    expect(normaliseKind('organisations', 'Chambre consulaire')).toBe('chambre-consulaire');
    expect(normaliseKind('organisations', 'Company')).toBe('entreprise');
    expect(normaliseKind('territories', 'CC')).toBe('epci');
    expect(normaliseKind('territories', 'Commune')).toBe('commune');
    expect(normaliseKind('organisations', 'Commune')).toBe('collectivite');
    expect(normaliseKind('events', 'Assemblée générale')).toBe('assemblee-generale');
    expect(normaliseKind('events', 'Tiers-lieu éphémère')).toBe('tiers-lieu-ephemere');
    expect(normaliseLookingFor('Partenaires')).toBe('partners');
    expect(normaliseLookingFor('thème')).toBe('topic');
    expect(normaliseCountry('Finlande')).toBe('FI');
    expect(normaliseCountry('fr')).toBe('FR');
    expect(normaliseCountry('Atlantide')).toBe('Atlantide');
    expect(readNumber('47,25')).toBe(47.25);
    expect(readNumber('12 000')).toBe(12000);
    expect(readNumber('12\u202f000')).toBe(12000);
    expect(readNumber('abc')).toBe('abc');
    expect(splitList('mobilite | tourisme, sante;;')).toEqual(['mobilite', 'tourisme', 'sante']);
    expect(splitTexts('Confiance | Solidarité, entraide\r\nInnovation;;')).toEqual([
      'Confiance',
      'Solidarité, entraide',
      'Innovation',
    ]);
    expect(readColour('1F4E5F')).toBe('#1f4e5f');
    expect(readColour(' #FFF ')).toBe('#fff');
    expect(readColour('rouge')).toBe('rouge');
  });
});

describe('the column table of docs/publish-your-feed.md', () => {
  it('lists exactly the headers the tool accepts, for every list, in both languages', async () => {
    const { readFileSync } = await import('node:fs');
    const { COLUMNS } = await import('../../src/cli/columns.js');
    const doc = readFileSync(new URL('../../docs/publish-your-feed.md', import.meta.url), 'utf8');
    const lists: Record<string, CsvListKey> = {
      organisations: 'organisations',
      events: 'events',
      requests: 'cooperationRequests',
      territories: 'territories',
      themes: 'themes',
      brands: 'brands',
    };
    let list: (typeof lists)[string] | undefined;
    let rows = 0;
    for (const line of doc.split('\n')) {
      const heading = /^#### .*\(`--(\w+)`\)/.exec(line);
      if (heading) list = lists[heading[1]!];
      const row = /^\| `([^`]+)`[^|]*\| (.+?) \|/.exec(line);
      if (!row || !list) continue;
      const headers = [...row[2]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
      for (const header of headers)
        expect([list, header, matchHeader(list, header)?.def.headers.includes(header)]).toEqual([list, header, true]);
      rows++;
    }
    const total = Object.values(COLUMNS).reduce((n, defs) => n + defs.length, 0);
    expect(rows).toBe(total * 2);
  });
});
