import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFeed } from '../../src/cli/build.js';
import { hyperlinkTarget } from '../../src/cli/columns.js';
import { checkFeedText } from '../../src/cli/index.js';
import { problemSentence } from '../../src/cli/problem-messages.js';
import type { Feed } from '../../src/feed/types.js';
import { root, fixture, runCli } from './helpers/cli.js';

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const out = mkdtempSync(join(tmpdir(), 'maillage-build-'));

const run = runCli;
/** The listed fields of each original item, compared with the built item of the same id. */
function expectSameItems<T extends { id: string }>(built: T[], original: T[], fields: (keyof T)[]) {
  const byId = new Map(built.map((i) => [i.id, i]));
  expect(built).toHaveLength(original.length);
  for (const item of original) {
    const copy = byId.get(item.id);
    expect(copy, item.id).toBeDefined();
    for (const field of fields) expect([item.id, field, copy![field]]).toEqual([item.id, field, item[field]]);
  }
}

describe('maillage build: the seed data makes the round trip spreadsheet → feed → validate', () => {
  it('AILB: territories (English headers, members by SIREN) and organisations (UTF-8 with BOM, multi-line cells)', async () => {
    const file = join(out, 'ailb.json');
    const result = await run([
      'build',
      '--territories',
      fixture('ailb-territories.csv'),
      '--organisations',
      fixture('ailb-organisations.csv'),
      '--base',
      fixture('ailb-base.json'),
      '--out',
      file,
      '--today',
      '2026-11-24',
    ]);
    expect(result.stdout).toContain('ailb-organisations.csv : 43 lignes (UTF-8, séparateur « , »)');
    expect(result.stdout).toContain('Aucun problème : toutes les lignes ont été reprises.');
    expect(result.code).toBe(0);
    const built = readJson<Feed>(file);
    const sample = readJson<Feed>(`${root}demo/feeds/ailb.json`);
    expectSameItems(built.organisations, sample.organisations, [
      'name',
      'shortName',
      'kind',
      'territories',
      'themes',
      'description',
      'website',
      'contact',
      'address',
      'location',
      'memberOf',
    ]);
    expectSameItems(built.territories, sample.territories, [
      'name',
      'kind',
      'officialName',
      'legalForm',
      'codes',
      'population',
      'parents',
      'members',
      'communeCount',
    ]);

    // Then the outlines, then the validator: a feed ready to publish.
    const withOutlines = join(out, 'ailb-outlines.json');
    expect((await run(['outlines', file, '--geojson', 'data/epci-ouest.geojson', '--out', withOutlines])).code).toBe(0);
    const check = await run(['validate', withOutlines, '--today', '2026-11-24']);
    expect(check.stdout).toContain('aucun problème');
    expect(check.stdout).toContain('20 territoires (13 avec contour), 43 organisations');
    expect(check.code).toBe(0);
  });

  it('Mayenne: events from a Windows-1252, semicolon CSV with dates in JJ/MM/AAAA and decimal commas', async () => {
    const file = join(out, 'mayenne.json');
    const result = await run([
      'build',
      '--events',
      fixture('mayenne-evenements.csv'),
      '--base',
      fixture('mayenne-base.json'),
      '--out',
      file,
      '--today',
      '2026-11-24',
    ]);
    expect(result.stdout).toContain('mayenne-evenements.csv : 23 lignes (Windows-1252, séparateur « ; »)');
    expect(result.code).toBe(0);
    const built = readJson<Feed>(file);
    const sample = readJson<Feed>(`${root}demo/feeds/mayenne.json`);
    // The narrow no-break space does not exist in Windows-1252: the spreadsheet holds a plain no-break space.
    const nbsp = <T>(x: T): T => JSON.parse(JSON.stringify(x).replace(/\u202f/g, '\u00a0')) as T;
    expectSameItems(built.events, nbsp(sample.events), [
      'title',
      'start',
      'end',
      'kind',
      'organiser',
      'themes',
      'territories',
      'location',
      'description',
    ]);
    expect(built.events.find((e) => e.id === 'mayenne-2018-09-lancement-campagne-medecins')!.title).toEqual({
      fr: 'Lancement campagne médecins',
      en: 'Doctors’ recruitment campaign launched',
    });
    expect(checkFeedText(readFileSync(file, 'utf8'), { today: '2026-11-24' }).problems).toEqual([]);
  });

  it('LEADER 2024: requests whose organisation, country, search and status are written in words', async () => {
    const file = join(out, 'leader.json');
    const result = await run([
      'build',
      '--requests',
      fixture('leader-demandes.csv'),
      '--base',
      fixture('leader-base.json'),
      '--out',
      file,
      '--today',
      '2024-09-01',
    ]);
    expect(result.code).toBe(0);
    const built = readJson<Feed>(file);
    const sample = readJson<Feed>(`${root}demo/feeds/leader-2024.json`);
    expectSameItems(built.cooperationRequests, sample.cooperationRequests, [
      'organisation',
      'title',
      'contact',
      'country',
      'keyword',
      'themes',
      'lookingFor',
      'explanation',
      'areaType',
      'territories',
      'event',
      'published',
      'expires',
      'status',
      'url',
    ]);
  });
});

describe('maillage build: rows it cannot use', () => {
  const csv = (name: string) => ({ file: name, bytes: readFileSync(`${root}${fixture(name)}`) });
  const result = buildFeed(
    [
      { list: 'organisations', ...csv('broken-organisations.csv') },
      { list: 'events', ...csv('broken-events.csv') },
      { list: 'cooperationRequests', ...csv('broken-requests.csv') },
    ],
    [{ file: 'broken-base.json', text: readFileSync(`${root}${fixture('broken-base.json')}`, 'utf8') }],
    { today: '2026-11-24' },
  );
  const located = result.problems.map((p) => [
    p.file,
    p.line,
    p.header,
    problemSentence(p.problem, 'fr'),
    !!p.problem.dropped,
  ]);

  it('reports each bad row with its file, line, column and reason', () => {
    expect(located).toEqual(
      expect.arrayContaining([
        [
          'broken-organisations.csv',
          3,
          'nom',
          'organisations[1].name : le champ "name" manque ; ajoutez "name": "Redon Agglomération"',
          true,
        ],
        [
          'broken-organisations.csv',
          4,
          'courriel',
          'organisations[2].contact.email : « pas-un-courriel » : ce n’est pas une adresse e-mail valide',
          true,
        ],
        [
          'broken-organisations.csv',
          5,
          'territoires',
          'organisations[3].territories[0] : « Territoire inconnu » ne correspond à aucun territoire du flux (le lien est ignoré) ; corrigez l’identifiant, ou ajoutez dans "territories" un élément d’identifiant "Territoire inconnu"',
          false,
        ],
        [
          'broken-organisations.csv',
          6,
          'longitude',
          'organisations[4].location.lon : « abc » : attendu un nombre',
          true,
        ],
        [
          'broken-organisations.csv',
          9,
          'id',
          'organisations[6].id : l’identifiant « asso-velo » est déjà pris par organisations[0] ; donnez un identifiant différent à l’un des deux (ou supprimez le doublon)',
          true,
        ],
        [
          'broken-events.csv',
          3,
          'début',
          'events[1].start : « 31/02/2021 » n’est pas une date ; écrivez 2021-02-28 ou 2021-02-28T18:00:00+01:00',
          true,
        ],
        [
          'broken-events.csv',
          4,
          'fin',
          'events[2].end : l’événement finit (2021-03-02) avant de commencer (2021-04-02) ; vérifiez "start" et "end" (jour et mois inversés ?)',
          false,
        ],
        [
          'broken-events.csv',
          5,
          'début',
          'events[3].start : « 2021-05-12 25h » n’est pas une date ; écrivez-la AAAA-MM-JJ, par exemple 2021-03-12 ou 2021-03-12T18:00:00+01:00',
          true,
        ],
        [
          'broken-events.csv',
          6,
          'titre',
          'events[4].title : le champ "title" manque ; ajoutez "title": {"fr": "Assemblée générale", "en": "General meeting"}',
          true,
        ],
        [
          'broken-events.csv',
          7,
          'organisateur',
          'events[5].organiser : « Organisateur inconnu » ne correspond à aucune organisation du flux (le lien est ignoré) ; corrigez l’identifiant, ou ajoutez dans "organisations" un élément d’identifiant "Organisateur inconnu"',
          false,
        ],
        [
          'broken-requests.csv',
          3,
          'recherche',
          'cooperationRequests[1].lookingFor[0] : « argent » : attendu : "project", "partners" ou "topic"',
          true,
        ],
        [
          'broken-requests.csv',
          4,
          'pays',
          'cooperationRequests[2].country : « Atlantide » : attendu : un code de pays à deux lettres, comme FR',
          true,
        ],
        [
          'broken-requests.csv',
          5,
          'expire le',
          'cooperationRequests[3].expires : la demande a expiré le 2020-12-31 mais reste marquée ouverte ; passez "status" à "closed" (ou "matched"), ou repoussez "expires"',
          false,
        ],
        [
          'broken-requests.csv',
          6,
          'explication',
          'cooperationRequests[4].explanation : le champ "explanation" manque ; ajoutez "explanation": {"fr": "…", "en": "…"}',
          true,
        ],
      ]),
    );
    expect(located).toHaveLength(14);
  });

  it('notes unknown columns, themes it creates and month-first dates', () => {
    expect(result.notes.filter((n) => n.code !== 'csv-read')).toEqual([
      {
        severity: 'warning',
        code: 'unknown-columns',
        file: 'broken-organisations.csv',
        line: 1,
        params: { columns: 'couleur préférée' },
      },
      {
        severity: 'warning',
        code: 'swapped-date',
        file: 'broken-events.csv',
        line: 7,
        header: 'début',
        params: { value: '03/25/2021', iso: '2021-03-25' },
      },
      {
        severity: 'info',
        code: 'created-theme',
        file: 'broken-organisations.csv',
        line: 2,
        header: 'thèmes',
        params: { label: 'Vélo', id: 'velo' },
      },
    ]);
  });

  it('keeps the good rows: names, codes and theme labels resolved to ids, Windows-1252 text intact', () => {
    const feed = result.feed!;
    expect(feed.organisations.map((o) => o.name)).toEqual([
      'Association Vélo Redon',
      'Garage Central',
      'Atelier "Le Fil"',
    ]);
    expect(feed.organisations[0]).toMatchObject({
      id: 'asso-velo',
      kind: 'association',
      territories: ['epci-243500741'],
      themes: ['mobilite', 'velo'],
      location: { lon: -2.08, lat: 47.65 },
    });
    expect(feed.organisations[2]!.description).toBe('Couture\net réparation');
    expect(feed.events[0]).toMatchObject({
      title: 'Assemblée générale',
      start: '2021-03-12T18:30:00+01:00',
      kind: 'assemblee-generale',
      organiser: 'asso-velo',
    });
    expect(feed.cooperationRequests[0]).toMatchObject({
      organisation: 'asso-velo',
      lookingFor: ['partners'],
      explanation: 'Échanges sur le vélo – en milieu rural',
      country: 'FR',
      status: 'open',
      expires: '2030-12-31',
    });
  });

  it('prints the report in file and row order, and exits 1', async () => {
    const { code, stdout } = await run([
      'build',
      '--organisations',
      fixture('broken-organisations.csv'),
      '--events',
      fixture('broken-events.csv'),
      '--requests',
      fixture('broken-requests.csv'),
      '--base',
      fixture('broken-base.json'),
      '--out',
      join(out, 'broken.json'),
      '--today',
      '2026-11-24',
      '--lang',
      'en',
    ]);
    expect(code).toBe(1);
    expect(stdout).toContain('broken-requests.csv: 5 rows (Windows-1252, separator ";")');
    expect(stdout).toContain(
      'Error — broken-events.csv, line 3, column "début" — /events/1/start\n  events[1].start: "31/02/2021" is not a date; write 2021-02-28 or 2021-02-28T18:00:00+01:00\n  → this row is left out of the feed',
    );
    expect(stdout).toContain(
      'Error — broken-events.csv, line 6, column "titre" — /events/4/title\n  events[4].title: the field "title" is missing; fill in the column "titre" of this row',
    );
    expect(stdout.indexOf('broken-organisations.csv, line 9')).toBeLessThan(
      stdout.indexOf('broken-events.csv, line 3'),
    );
    expect(stdout.indexOf('broken-events.csv, line 3')).toBeLessThan(stdout.indexOf('broken-events.csv, line 4'));
    expect(stdout).toContain('16 problems, 10 rows or items left out.');
  });
});

describe('maillage build: files and options', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('reports a required column that is missing, and an unclosed quote', () => {
    const result = buildFeed(
      [
        { list: 'cooperationRequests', file: 'demandes.csv', bytes: bytes('organisation,explication\nA,B\n') },
        {
          list: 'organisations',
          file: 'unclosed-quote.csv',
          bytes: readFileSync(`${root}${fixture('unclosed-quote.csv')}`),
        },
      ],
      [],
      { today: '2026-01-01', networkId: 'n', networkName: 'Réseau' },
    );
    expect(result.notes).toContainEqual({
      severity: 'error',
      code: 'missing-column',
      file: 'demandes.csv',
      line: 1,
      params: { column: 'recherche / lookingFor' },
    });
    expect(result.notes).toContainEqual({
      severity: 'error',
      code: 'unclosed-quote',
      file: 'unclosed-quote.csv',
      line: 3,
      params: {},
    });
    expect(result.feed!.network).toEqual({ id: 'n', name: 'Réseau' });
  });

  it('needs a network, and says where a JSON part is broken', async () => {
    const result = buildFeed([], [{ file: 'part.json', text: '{\n  "themes": [,]\n}' }], { today: '2026-01-01' });
    expect(result.feed).toBeUndefined();
    expect(result.notes.map((n) => n.code)).toEqual(['no-network']);
    expect(result.problems[0]).toMatchObject({
      file: 'part.json',
      line: 2,
      column: 14,
      problem: { code: 'json-syntax', params: { reason: 'unexpected-character' } },
    });
    const { code, stdout, stderr } = await run(['build', '--base', fixture('trailing-comma.json')]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(
      'Erreur — trailing-comma.json, ligne 6, colonne 3\n  (document) : ce n’est pas du JSON valide : virgule en trop',
    );
    expect(stderr).toContain('le flux n’a pas de réseau');
  });

  it('lets a spreadsheet row replace the JSON item with the same id', () => {
    const part = {
      file: 'base.json',
      text: JSON.stringify({
        network: { id: 'n', name: 'N' },
        organisations: [{ id: 'a', name: 'Ancien nom', kind: 'association' }],
      }),
    };
    const result = buildFeed(
      [{ list: 'organisations', file: 'o.csv', bytes: bytes('id,nom,type\na,Nouveau nom,association\n') }],
      [part],
      { today: '2026-01-01' },
    );
    expect(result.feed!.organisations).toEqual([{ id: 'a', name: 'Nouveau nom', kind: 'association' }]);
  });

  it('writes the feed to standard output and the report to standard error without --out', async () => {
    const { code, stdout, stderr } = await run([
      'build',
      '--organisations',
      fixture('ailb-organisations.csv'),
      '--network-id',
      'n',
      '--network-name',
      'Réseau',
      '--today',
      '2026-01-01',
    ]);
    expect(JSON.parse(stdout).organisations).toHaveLength(43);
    expect(stderr).toContain('ailb-organisations.csv : 43 lignes');
    // No territory or theme list was given, so every reference dangles.
    expect(code).toBe(1);
  });

  it('gives one JSON document with --json: the report, and the feed when there is no --out', async () => {
    const { code, stdout } = await run([
      'build',
      '--events',
      fixture('broken-events.csv'),
      '--base',
      fixture('broken-base.json'),
      '--json',
      '--today',
      '2026-01-01',
      '--lang',
      'en',
    ]);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({
      ok: false,
      out: null,
      summary: { events: 3 },
      feed: { network: { id: 'reseau-test' } },
    });
    expect(report.problems[0]).toMatchObject({
      file: 'broken-events.csv',
      line: 3,
      header: 'début',
      code: 'invalid-date',
      message: '"31/02/2021" is not a date',
    });
    expect(report.notes[0]).toMatchObject({
      code: 'csv-read',
      message: 'broken-events.csv: 6 rows (UTF-8, separator ",")',
    });
  });

  it('says when the output cannot be written', async () => {
    const { code, stderr } = await run([
      'build',
      '--base',
      fixture('broken-base.json'),
      '--out',
      join(out, 'no-such-folder', 'feed.json'),
    ]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^maillage: impossible de lire ou d’écrire .*no-such-folder\/feed\.json \(ENOENT\)/);
  });

  it('exits 2 without any input', async () => {
    expect(await run(['build', '--out', 'x.json'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('indiquez au moins un fichier'),
    });
  });
});

describe('maillage build gathers references to one missing id', () => {
  // No territory list is given, so each territory an organisation row names is missing; some are named by several rows.
  const args = [
    'build',
    '--organisations',
    fixture('ailb-organisations.csv'),
    '--network-id',
    'n',
    '--network-name',
    'Réseau',
    '--out',
    join(out, 'ailb-sans-territoires.json'),
    '--today',
    '2026-01-01',
  ];

  it('gives one entry per missing id, with the rows that name it and the one fix', async () => {
    const { code, stdout } = await run(args);
    expect(code).toBe(1);
    expect(stdout).toContain(
      [
        'Avertissement — ailb-organisations.csv, colonne « territoires » — 4 lignes',
        '  organisations[…].territories : « epci-243500741 » ne correspond à aucun territoire du flux, et 4 lignes le nomment (ces liens sont ignorés) ; ajoutez dans "territories" un élément d’identifiant "epci-243500741", ou corrigez la case de ces 4 lignes',
        '  lignes : 23, 46, 47, 59',
      ].join('\n'),
    );
    expect(stdout.match(/« epci-243500741 »/g)).toHaveLength(1);
    // A territory named by one row reads as before.
    expect(stdout).toContain(
      'Avertissement — ailb-organisations.csv, ligne 24, colonne « territoires » — /organisations/2/territories/0\n  organisations[2].territories[0] : « epci-244400552 » ne correspond à aucun territoire du flux (le lien est ignoré)',
    );
    expect(stdout).toContain(
      '35 problèmes (dont 35 liens vers 19 identifiants de territoire absents), 0 ligne ou élément écarté.',
    );
  });

  it('says the same in English, and keeps every reference in --json', async () => {
    const { stdout } = await run([...args, '--lang', 'en']);
    expect(stdout).toContain(
      'Warning — ailb-organisations.csv, column "territoires" — 4 rows\n  organisations[…].territories: "epci-243500741" matches no territory in the feed, and 4 rows name it (these links are ignored); add to "territories" an item with the id "epci-243500741", or correct the cell in these 4 rows\n  rows: 23, 46, 47, 59',
    );
    expect(stdout).toContain(
      '35 problems (of which 35 are links to 19 missing territory ids), 0 rows or items left out.',
    );

    const report = JSON.parse((await run([...args, '--json'])).stdout);
    expect(report.problems).toHaveLength(35);
    expect(
      report.problems.filter((p: { params: { value: string } }) => p.params.value === 'epci-243500741'),
    ).toHaveLength(4);
    expect(report.groups.find((g: { value: string }) => g.value === 'epci-243500741')).toMatchObject({
      code: 'dangling-reference',
      list: 'organisations',
      target: 'territories',
      count: 4,
      fix: 'ajoutez dans "territories" un élément d’identifiant "epci-243500741", ou corrigez la case de ces 4 lignes',
    });
  });

  it('places references from a JSON part by item, line and column', async () => {
    const base = readJson<Record<string, unknown>>(`${root}${fixture('mayenne-base.json')}`);
    delete base.themes;
    const file = join(out, 'mayenne-sans-themes.json');
    writeFileSync(file, JSON.stringify(base, null, 2));
    const { stdout } = await run(['build', '--base', file, '--out', join(out, 'mayenne-sans-themes-out.json')]);
    expect(stdout).toMatch(
      /\nAvertissement — mayenne-sans-themes\.json — 12 organisations\n {2}organisations\[…\]\.themes : « entreprises-confiance » ne correspond à aucun thème du flux, et 12 organisations le nomment \(ces liens sont ignorés\) ; .*\n {2}éléments : « conseil-departemental-mayenne » \(ligne \d+, colonne 5\), « laval-eco » \(ligne \d+, colonne 5\), « cci-mayenne » \(ligne \d+, colonne 5\) et 9 autres\n/,
    );
    expect(stdout).toContain('72 problèmes (dont 72 liens vers 11 identifiants de thème absents)');
  });
});

describe('maillage build: formulas in link cells', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  const organisations = [
    'nom;type;site web',
    'Asso A;association;"=HYPERLINK(""https://asso-a.example.org/"";""Site (officiel)"")"',
    'Asso B;association;=A2',
    'Asso C;association;"=LIEN_HYPERTEXTE(""https://asso-c.example.org/""&B4;""Site"")"',
    'Asso D;association;"=HYPERLINK(""javascript:alert(1)"")"',
    'Asso E;association;https://asso-e.example.org/',
  ].join('\n');
  const events = [
    'titre,début,lien,inscription,en ligne',
    'Forum,12/03/2026,"=LIEN_HYPERTEXTE(""https://forum.example.org/"", ""Forum"")",=B2,=C2',
  ].join('\n');
  const result = buildFeed(
    [
      { list: 'organisations', file: 'organisations.csv', bytes: bytes(organisations) },
      { list: 'events', file: 'evenements.csv', bytes: bytes(events) },
    ],
    [],
    { today: '2026-01-01', networkId: 'n', networkName: 'Réseau' },
  );
  const fix =
    'écrivez l’adresse elle-même, qui commence par https:// (dans le tableur : copier la case, puis collage spécial, valeurs seulement)';

  it('reports a formula at its cell, drops the link and keeps the row', () => {
    expect(
      result.problems.map((p) => [p.file, p.line, p.header, p.problem.severity, problemSentence(p.problem, 'fr')]),
    ).toEqual([
      [
        'organisations.csv',
        3,
        'site web',
        'error',
        `organisations[1].website : « =A2 » est une formule de tableur, pas une adresse : le lien est retiré ; ${fix}`,
      ],
      [
        'organisations.csv',
        4,
        'site web',
        'error',
        `organisations[2].website : « =LIEN_HYPERTEXTE("https://asso-c.example.org/"&B4;"Site") » est une formule de tableur, pas une adresse : le lien est retiré ; ${fix}`,
      ],
      [
        'organisations.csv',
        5,
        'site web',
        'error',
        `organisations[3].website : « =HYPERLINK("javascript:alert(1)") » est une formule de tableur, pas une adresse : le lien est retiré ; ${fix}`,
      ],
      [
        'evenements.csv',
        2,
        'inscription',
        'error',
        `events[0].registrationUrl : « =B2 » est une formule de tableur, pas une adresse : le lien est retiré ; ${fix}`,
      ],
      [
        'evenements.csv',
        2,
        'en ligne',
        'error',
        `events[0].online : « =C2 » est une formule de tableur, pas une adresse : le lien est retiré ; ${fix}`,
      ],
    ]);
    expect(result.problems.every((p) => !p.problem.dropped)).toBe(true);
    const feed = result.feed!;
    expect(feed.organisations.map((o) => [o.name, o.website])).toEqual([
      ['Asso A', 'https://asso-a.example.org/'],
      ['Asso B', undefined],
      ['Asso C', undefined],
      ['Asso D', undefined],
      ['Asso E', 'https://asso-e.example.org/'],
    ]);
    expect(feed.events[0]).toMatchObject({ title: 'Forum', url: 'https://forum.example.org/' });
    expect(feed.events[0]).not.toHaveProperty('registrationUrl');
    expect(feed.events[0]).not.toHaveProperty('online');
  });

  it('keeps the address of a =HYPERLINK("https://…") formula, with a note', () => {
    expect(result.notes.filter((n) => n.code === 'link-from-formula')).toEqual([
      {
        severity: 'info',
        code: 'link-from-formula',
        file: 'organisations.csv',
        line: 2,
        header: 'site web',
        params: {
          formula: '=HYPERLINK("https://asso-a.example.org/";"Site (officiel)")',
          url: 'https://asso-a.example.org/',
        },
      },
      {
        severity: 'info',
        code: 'link-from-formula',
        file: 'evenements.csv',
        line: 2,
        header: 'lien',
        params: {
          formula: '=LIEN_HYPERTEXTE("https://forum.example.org/", "Forum")',
          url: 'https://forum.example.org/',
        },
      },
    ]);
  });

  it('prints both in French and English; a formula whose address is taken is not counted as a problem', async () => {
    const file = join(out, 'organisations-formules.csv');
    writeFileSync(file, organisations);
    const args = ['build', '--organisations', file, '--network-id', 'n', '--network-name', 'N'];
    const fr = await run([...args, '--out', join(out, 'formules.json')]);
    expect(fr.code).toBe(1);
    expect(fr.stdout).toContain(
      'Information — organisations-formules.csv, ligne 2, colonne « site web »\n  formule « =HYPERLINK("https://asso-a.example.org/";"Site (officiel)") » : son adresse https://asso-a.example.org/ est reprise ; la prochaine fois, écrivez l’adresse elle-même dans la case',
    );
    expect(fr.stdout).toContain(
      `Erreur — organisations-formules.csv, ligne 3, colonne « site web » — /organisations/1/website\n  organisations[1].website : « =A2 » est une formule de tableur, pas une adresse : le lien est retiré ; ${fix}`,
    );
    expect(fr.stdout).toContain('3 problèmes, 0 ligne ou élément écarté.');
    const en = await run([...args, '--out', join(out, 'formulas.json'), '--lang', 'en']);
    expect(en.stdout).toContain(
      'Note — organisations-formules.csv, line 2, column "site web"\n  formula "=HYPERLINK("https://asso-a.example.org/";"Site (officiel)")": its address https://asso-a.example.org/ is used; next time, write the address itself in the cell',
    );
    expect(en.stdout).toContain(
      'Error — organisations-formules.csv, line 3, column "site web" — /organisations/1/website\n  organisations[1].website: "=A2" is a spreadsheet formula, not an address: the link is removed; write the address itself, starting with https:// (in the spreadsheet: copy the cell, then paste special, values only)',
    );

    // Only a formula whose address can be taken: the build succeeds.
    writeFileSync(file, organisations.split('\n').slice(0, 2).join('\n'));
    const ok = await run([...args, '--out', join(out, 'formules-ok.json')]);
    expect(ok.stdout).toContain('Aucun problème : toutes les lignes ont été reprises.');
    expect(ok.code).toBe(0);
  });

  it('reads the address of a link formula only when it is written out in full', () => {
    expect(hyperlinkTarget('=HYPERLINK("https://a.example/x?q=1")')).toBe('https://a.example/x?q=1');
    expect(hyperlinkTarget('= lien_hypertexte( "http://a.example/" ; A2 )')).toBe('http://a.example/');
    expect(hyperlinkTarget('=LIEN.HYPERTEXTE("mailto:contact@a.example";"Écrire")')).toBe('mailto:contact@a.example');
    expect(hyperlinkTarget('=HYPERLINK("https://a.example/?q=""x""", "x")')).toBe('https://a.example/?q="x"');
    for (const other of [
      '=A2',
      '=HYPERLINK(A2)',
      '=HYPERLINK("www.a.example")',
      '=HYPERLINK("https://a.example/"&A2)',
      '=HYPERLINK("https://a.example/ x")',
      '=HYPERLINK("javascript:alert(1)")',
      '=CONCAT("https://", "a.example")',
    ])
      expect(hyperlinkTarget(other), other).toBeUndefined();
  });
});

describe('maillage build from JSON parts only', () => {
  it('gives back the sample feed it was given', async () => {
    const file = join(out, 'reseau.json');
    const { code } = await run(['build', '--base', 'demo/feeds/reseau.json', '--out', file, '--today', '2026-11-24']);
    expect(code).toBe(0);
    const sample = readJson<Feed & Record<string, unknown>>(`${root}demo/feeds/reseau.json`);
    const built = readJson<Feed & Record<string, unknown>>(file);
    expect({ ...built, updated: sample.updated }).toEqual(sample);
  });

  it('reports the hostile fixture’s problems at their place in that file and drops what widgets would drop', async () => {
    const file = join(out, 'hostile.json');
    const { code, stdout } = await run([
      'build',
      '--base',
      'tests/fixtures/hostile-feed.json',
      '--out',
      file,
      '--today',
      '2026-11-24',
    ]);
    expect(code).toBe(1);
    const hostile = readFileSync(`${root}tests/fixtures/hostile-feed.json`, 'utf8');
    const column = hostile.indexOf('{"id":"event-invalid-date"') + 1;
    expect(stdout).toContain(`Erreur — hostile-feed.json, ligne 1, colonne ${column} — /events/3/start`);
    const built = readFileSync(file, 'utf8');
    expect(built).not.toMatch(/"(url|website|registrationUrl)": "(javascript|data|vbscript):/);
    expect(JSON.parse(built).events.map((e: { id: string }) => e.id)).toEqual([
      'event-hostile',
      'event-end-before-start',
      'event-other-tz',
    ]);
  });
});
