import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFeed, type CsvInput } from '../../src/cli/build.js';
import type { CsvListKey } from '../../src/cli/columns.js';
import { problemSentence } from '../../src/cli/problem-messages.js';
import type { Feed } from '../../src/feed/types.js';
import { root, fixture, runCli } from './helpers/cli.js';

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const out = mkdtempSync(join(tmpdir(), 'maillage-vocabulary-'));
const csv = (list: CsvListKey, name: string): CsvInput => ({
  list,
  file: name,
  bytes: readFileSync(`${root}${fixture(name)}`),
});
const inline = (list: CsvListKey, file: string, text: string): CsvInput => ({
  list,
  file,
  bytes: new TextEncoder().encode(text),
});
const network = { today: '2026-01-01', networkId: 'reseau', networkName: 'Réseau' };
const located = (result: ReturnType<typeof buildFeed>) =>
  result.problems.map((p) => [p.file, p.line, p.header, problemSentence(p.problem, 'fr'), !!p.problem.dropped]);

const run = runCli;
describe('maillage build --themes and --brands: the Mayenne sample from its spreadsheets', () => {
  it('builds the themes (UTF-8 with BOM, semicolons, parents by label) and the brand (Windows-1252) of the sample feed', async () => {
    const sample = readJson<Feed>(`${root}demo/feeds/mayenne.json`);
    // The network, territories and organisations from JSON; the themes and the brand only from the spreadsheets.
    const base = readJson<Record<string, unknown>>(`${root}${fixture('mayenne-base.json')}`);
    delete base.themes;
    delete base.brands;
    const basePath = join(out, 'mayenne-sans-vocabulaire.json');
    writeFileSync(basePath, JSON.stringify(base));
    const file = join(out, 'mayenne.json');
    const result = await run([
      'build',
      '--themes',
      fixture('mayenne-themes.csv'),
      '--brands',
      fixture('mayenne-marques.csv'),
      '--base',
      basePath,
      '--out',
      file,
      '--today',
      '2026-11-24',
    ]);
    expect(result.stdout).toContain('mayenne-themes.csv : 14 lignes (UTF-8, séparateur « ; »)');
    expect(result.stdout).toContain('mayenne-marques.csv : 1 ligne (Windows-1252, séparateur « ; »)');
    expect(result.stdout).toContain('Aucun problème : toutes les lignes ont été reprises.');
    expect(result.stdout).toContain('1 marque, 14 thèmes.');
    expect(result.code).toBe(0);
    const built = readJson<Feed>(file);
    expect(built.themes).toEqual(sample.themes);
    // Values in French separated by |, in English one per line; the colour written without "#", in capitals.
    expect(built.brands).toEqual(sample.brands);
  });
});

describe('maillage build --themes and --brands: English headers, bad rows and links', () => {
  const result = buildFeed([csv('themes', 'themes-en.csv'), csv('brands', 'brands-en.csv')], [], network);
  const feed = result.feed!;
  const theme = (id: string) => feed.themes.find((t) => t.id === id);

  it('reads English headers ("French label", "Parent theme", "Partner page", "Logo URL"…) and resolves parents by label', () => {
    expect(feed.themes.map((t) => t.id)).toEqual([
      'cooperation-leader',
      'biodiversite',
      'trame-noire',
      'soil-strategy',
      'mobilite-durable',
      'velo',
      'sentiers',
      'Agri-Bio',
    ]);
    expect(theme('trame-noire')).toEqual({
      id: 'trame-noire',
      label: { fr: 'Trame noire', en: 'Dark corridors (light pollution)' },
      parent: 'biodiversite',
      description: 'Réduire la pollution lumineuse',
    });
    // No id: one is made from the label; a parent written as its label without accents finds its id.
    expect(theme('soil-strategy')).toEqual({
      id: 'soil-strategy',
      label: { en: 'Soil strategy' },
      parent: 'biodiversite',
    });
    expect(theme('velo')!.parent).toBe('mobilite-durable');
    expect(feed.brands.find((b) => b.id === 'marque-exemple')).toEqual({
      id: 'marque-exemple',
      name: { fr: 'Marque Exemple', en: 'Example brand' },
      partnerLabel: 'Partenaire Marque Exemple',
      tagline: "L'esprit du lieu",
      // A name the territories list would resolve; without one, it stays as written.
      territory: 'Mayenne',
      url: 'https://marque.example.org/',
      partnerUrl: 'https://marque.example.org/partenaires/{id}',
      logo: { url: 'https://marque.example.org/logo.svg', alt: 'Logo de la Marque Exemple' },
      colours: { primary: '#e30613', text: '#fff' },
      // Values are split at | (or line breaks), not at the comma inside one.
      values: [
        { fr: 'Confiance', en: 'Trust' },
        { fr: 'Solidarité, entraide', en: 'Solidarity, mutual aid' },
      ],
    });
  });

  it('reports each bad row at its file, line and column, and keeps the rest', () => {
    const expected = [
      [
        'themes-en.csv',
        6,
        'French label',
        'themes[4].label : le champ "label" manque ; ajoutez "label": {"fr": "Mobilité", "en": "Mobility"}',
        true,
      ],
      [
        'themes-en.csv',
        9,
        'Parent theme',
        'themes[7].parent : « Randonnée » ne correspond à aucun thème du flux (le lien est ignoré) ; corrigez l’identifiant, ou ajoutez dans "themes" un élément d’identifiant "Randonnée"',
        false,
      ],
      [
        'brands-en.csv',
        2,
        'Territory',
        'brands[0].territory : « Mayenne » ne correspond à aucun territoire du flux (le lien est ignoré) ; corrigez l’identifiant, ou ajoutez dans "territories" un élément d’identifiant "Mayenne"',
        false,
      ],
      // Rows left out are not checked further.
      [
        'brands-en.csv',
        3,
        'Territory',
        'brands[1].territory : « dep-53 » ne correspond à aucun territoire du flux (le lien est ignoré) ; corrigez l’identifiant, ou ajoutez dans "territories" un élément d’identifiant "dep-53"',
        false,
      ],
      [
        'brands-en.csv',
        3,
        'Website',
        'brands[1].url : lien « javascript:alert(document.cookie) » retiré : seuls les liens https, http et mailto sont acceptés ; écrivez une adresse qui commence par https:// (ou mailto: pour un e-mail)',
        false,
      ],
      [
        'brands-en.csv',
        3,
        'Partner page',
        'brands[1].partnerUrl : lien « data:text/html,<script>alert(1)</script> » retiré : seuls les liens https, http et mailto sont acceptés ; écrivez une adresse qui commence par https:// (ou mailto: pour un e-mail)',
        false,
      ],
      [
        'brands-en.csv',
        3,
        'Logo URL',
        'brands[1].logo.url : lien « vbscript:msgbox(1) » retiré : seuls les liens https, http et mailto sont acceptés ; écrivez une adresse qui commence par https:// (ou mailto: pour un e-mail)',
        false,
      ],
      [
        'brands-en.csv',
        4,
        'Primary colour',
        'brands[2].colours.primary : « rouge » : attendu : une couleur comme #e30613',
        true,
      ],
      [
        'brands-en.csv',
        5,
        'Name',
        'brands[3].name : le champ "name" manque ; ajoutez "name": "Redon Agglomération"',
        true,
      ],
    ];
    expect(located(result)).toEqual(expect.arrayContaining(expected));
    expect(located(result)).toHaveLength(expected.length);
    expect(feed.brands.map((b) => b.id)).toEqual(['marque-exemple', 'marque-piegee']);
  });

  it('refuses unsafe brand links at their cell and keeps the brand without them', async () => {
    const trapped = feed.brands.find((b) => b.id === 'marque-piegee')!;
    expect(trapped.url).toBeUndefined();
    expect(trapped.partnerUrl).toBeUndefined();
    expect(trapped.logo?.url).toBeUndefined();
    expect(JSON.stringify(feed)).not.toMatch(/javascript:|vbscript:|data:text/);

    const { code, stdout } = await run([
      'build',
      '--brands',
      fixture('brands-en.csv'),
      '--network-id',
      'n',
      '--network-name',
      'N',
      '--out',
      join(out, 'brands.json'),
      '--lang',
      'en',
    ]);
    expect(code).toBe(1);
    expect(stdout).toContain(
      'Error — brands-en.csv, line 3, column "Website" — /brands/1/url\n  brands[1].url: link "javascript:alert(document.cookie)" removed: only https, http and mailto links are accepted; write an address starting with https:// (or mailto: for an e-mail)',
    );
    expect(readFileSync(join(out, 'brands.json'), 'utf8')).not.toContain('javascript:');
  });
});

describe('maillage build: rows that name themes and brands', () => {
  const organisations = inline(
    'organisations',
    'organisations.csv',
    [
      'nom;type;thèmes;marque',
      'Asso A;association;BIODIVERSITE | trame noire | Vélo;Marque Exemple',
      'Asso B;association;Mobilité durable | cooperation-leader | Cycling;example brand',
      'Asso C;association;Randonnée | Tourisme;',
      'Asso D;association;Biodiversté;',
      'Asso E;association;randonnée | agri-bio;',
    ].join('\n'),
  );
  const result = buildFeed(
    [csv('themes', 'themes-en.csv'), csv('brands', 'brands-en.csv'), organisations],
    [],
    network,
  );
  const feed = result.feed!;
  const themesOf = (name: string) => feed.organisations.find((o) => o.name === name)!.themes;

  it('gives an organisation the id of the theme it names by label or id, whatever the accents and capitals', () => {
    expect(themesOf('Asso A')).toEqual(['biodiversite', 'trame-noire', 'velo']);
    // "Mobilité durable" is the id "mobilite-durable" as a person writes it; "Cycling" is the English label.
    expect(themesOf('Asso B')).toEqual(['mobilite-durable', 'cooperation-leader', 'velo']);
    expect(feed.organisations[0]!.labels).toEqual([{ brand: 'marque-exemple' }]);
    expect(feed.organisations[1]!.labels).toEqual([{ brand: 'marque-exemple' }]);
  });

  it('keeps the listed theme rather than making one from a row, and creates only unknown themes, once', () => {
    expect(feed.themes.filter((t) => t.id === 'velo')).toEqual([
      { id: 'velo', label: { fr: 'Vélo', en: 'Cycling' }, parent: 'mobilite-durable' },
    ]);
    expect(themesOf('Asso C')).toEqual(['randonnee', 'tourisme']);
    // An id matches whatever its capitals.
    expect(themesOf('Asso E')).toEqual(['randonnee', 'Agri-Bio']);
    expect(feed.themes.slice(8)).toEqual([
      { id: 'randonnee', label: 'Randonnée' },
      { id: 'tourisme', label: 'Tourisme' },
      { id: 'biodiverste', label: 'Biodiversté' },
    ]);
    // The listed theme whose parent was only named by an organisation row now finds it.
    expect(feed.themes.find((t) => t.id === 'sentiers')!.parent).toBe('randonnee');
    expect(located(result).filter(([file]) => file !== 'brands-en.csv')).toEqual([
      [
        'themes-en.csv',
        6,
        'French label',
        'themes[4].label : le champ "label" manque ; ajoutez "label": {"fr": "Mobilité", "en": "Mobility"}',
        true,
      ],
    ]);
  });

  it('says which themes it created, and warns when one looks like a listed theme misspelt', async () => {
    expect(result.notes.filter((n) => n.code === 'created-theme')).toEqual([
      {
        severity: 'info',
        code: 'created-theme',
        file: 'organisations.csv',
        line: 4,
        header: 'thèmes',
        params: { label: 'Randonnée', id: 'randonnee' },
      },
      {
        severity: 'info',
        code: 'created-theme',
        file: 'organisations.csv',
        line: 4,
        header: 'thèmes',
        params: { label: 'Tourisme', id: 'tourisme' },
      },
      {
        severity: 'warning',
        code: 'created-theme',
        file: 'organisations.csv',
        line: 5,
        header: 'thèmes',
        params: { label: 'Biodiversté', id: 'biodiverste', suggestion: 'Biodiversité', suggestionId: 'biodiversite' },
      },
    ]);
    const file = join(out, 'organisations.csv');
    writeFileSync(file, organisations.bytes);
    const { stdout } = await run([
      'build',
      '--themes',
      fixture('themes-en.csv'),
      '--organisations',
      file,
      '--network-id',
      'n',
      '--network-name',
      'N',
      '--out',
      join(out, 'organisations.json'),
    ]);
    expect(stdout).toContain(
      'Information — organisations.csv, ligne 4, colonne « thèmes »\n  thème « Randonnée » inconnu : il est ajouté au flux avec l’identifiant « randonnee »',
    );
    expect(stdout).toContain(
      'Avertissement — organisations.csv, ligne 5, colonne « thèmes »\n  thème « Biodiversté » inconnu : il est ajouté au flux avec l’identifiant « biodiverste » ; vouliez-vous dire « Biodiversité » ? Corrigez alors la case',
    );
  });
});

describe('maillage build --themes and --brands: hostile cells, as in the other lists', () => {
  const longText = 'x'.repeat(10_000);
  const longId = 'i'.repeat(10_000);
  const result = buildFeed(
    [
      inline(
        'themes',
        'themes.csv',
        [
          'id,libellé,description',
          'script,<script>alert(1)</script>,"=HYPERLINK(""https://evil.example"",""x"")"',
          `long,Long,${longText}`,
          `${longId},Identifiant trop long,`,
        ].join('\n'),
      ),
      inline('brands', 'marques.csv', 'nom,slogan,valeurs\n<img src=x onerror=alert(1)>,=1+1,=A1 | <b>gras</b>\n'),
    ],
    [],
    network,
  );
  const feed = result.feed!;

  it('keeps markup and formulas as plain text, and long texts whole', () => {
    expect(feed.themes.find((t) => t.id === 'script')).toEqual({
      id: 'script',
      label: '<script>alert(1)</script>',
      description: '=HYPERLINK("https://evil.example","x")',
    });
    expect(feed.themes.find((t) => t.id === 'long')!.description).toBe(longText);
    expect(feed.brands).toEqual([
      {
        id: 'img-src-x-onerror-alert-1',
        name: '<img src=x onerror=alert(1)>',
        tagline: '=1+1',
        values: ['=A1', '<b>gras</b>'],
      },
    ]);
  });

  it('refuses a 10,000-character id at its row and column', () => {
    expect(located(result)).toEqual([
      [
        'themes.csv',
        4,
        'id',
        `themes[2].id : « ${'i'.repeat(59)}… » : un identifiant fait au plus 200 caractères`,
        true,
      ],
    ]);
    expect(feed.themes.map((t) => t.id)).toEqual(['script', 'long']);
  });

  it('prints a theme created from a hostile cell shortened, with control characters shown as escapes', async () => {
    const file = join(out, 'hostile-organisations.csv');
    writeFileSync(file, `nom,type,thèmes\nAsso,association,"\u202e${'y'.repeat(10_000)}"\n`);
    const { stdout } = await run([
      'build',
      '--organisations',
      file,
      '--network-id',
      'n',
      '--network-name',
      'N',
      '--out',
      join(out, 'hostile.json'),
    ]);
    const note = stdout.split('\n').find((l) => l.includes('inconnu'))!;
    expect(note).toContain('« \\u202eyyy');
    expect(note).not.toContain('\u202e');
    expect(note.length).toBeLessThan(300);
  });
});

describe('maillage build --help', () => {
  it('names --themes and --brands in both languages', async () => {
    for (const lang of ['fr', 'en']) {
      const { code, stdout } = await run(['build', '--help', '--lang', lang]);
      expect(code).toBe(0);
      expect(stdout).toMatch(/--themes F\.csv\] \[--brands F\.csv\]/);
      expect(stdout).toMatch(/--themes {10}th/);
    }
    expect((await run(['build'])).stderr).toContain('--themes, --brands ou --base');
  });
});
