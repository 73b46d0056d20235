import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFeedText } from '../../src/cli/index.js';
import { problemSentence } from '../../src/cli/problem-messages.js';
import { root, fixture, runCli } from './helpers/cli.js';

const run = runCli;
describe('maillage validate on the sample feeds', () => {
  it.each(['reseau.json', 'ailb.json', 'mayenne.json', 'leader-2024.json'])('%s has no problem', async (file) => {
    const { code, stdout } = await run(['validate', `demo/feeds/${file}`, '--today', '2024-09-01']);
    expect(stdout).toMatch(/aucun problème, le flux est prêt à publier/);
    expect(stdout).toMatch(/Contenu utilisable : \d+ territoires/);
    expect(code).toBe(0);
  });
});

describe('maillage validate on a broken feed', () => {
  const today = '2026-11-24';
  const text = readFileSync(`${root}${fixture('broken-feed.json')}`, 'utf8');

  it('lists every problem with its line, column, pointer and fix, in file order', () => {
    const { problems } = checkFeedText(text, { today });
    expect(problems.map((p) => [p.line, p.column, p.severity, problemSentence(p, 'fr')])).toEqual([
      [
        7,
        7,
        'error',
        'themes[1].id : l’identifiant « mobilite » est déjà pris par themes[0] ; donnez un identifiant différent à l’un des deux (ou supprimez le doublon)',
      ],
      [
        14,
        18,
        'warning',
        'territories[0].codes.siren : le code SIREN « 243500742 » n’existe pas : son dernier chiffre (clé de Luhn) ne correspond pas ; vérifiez-le sur annuaire-entreprises.data.gouv.fr (un chiffre est faux ou deux sont inversés ; avec ces 8 premiers chiffres la clé serait 243500741)',
      ],
      [
        23,
        9,
        'error',
        'territories[1].geometry.coordinates : le contour se croise lui-même près de [-2, 47.7] ; reprenez le contour (par exemple mapshaper -clean), ou rattachez le contour officiel avec maillage outlines',
      ],
      [
        32,
        25,
        'error',
        'territories[2].geometry.coordinates[0] : cet anneau n’est pas fermé : la dernière position n’est pas la première ; répétez la première position [-2.1, 47.6] à la fin de l’anneau',
      ],
      [
        42,
        26,
        'warning',
        'territories[3].geometry.coordinates[0][0] : la position [318000, 6740000] est hors de France (métropole et outre-mer), comme 3 autre(s) ; les coordonnées doivent être en WGS84 : longitude puis latitude, en degrés (pas en Lambert 93)',
      ],
      [
        51,
        37,
        'warning',
        'organisations[0].territories[1] : « epci-inconnu » ne correspond à aucun territoire du flux (le lien est ignoré) ; corrigez l’identifiant, ou ajoutez dans "territories" un élément d’identifiant "epci-inconnu"',
      ],
      [54, 5, 'error', 'organisations[1].kind : le champ "kind" manque ; ajoutez "kind": "association"'],
      [
        63,
        7,
        'warning',
        'cooperationRequests[0].expires : la demande a expiré le 2025-12-31 mais reste marquée ouverte ; passez "status" à "closed" (ou "matched"), ou repoussez "expires"',
      ],
      [
        77,
        65,
        'warning',
        'events[1].end : l’événement finit (2021-03-02) avant de commencer (2021-04-02) ; vérifiez "start" et "end" (jour et mois inversés ?)',
      ],
      [
        78,
        48,
        'error',
        'events[2].start : « 2021-06-24T09:00:00 » n’indique pas le fuseau horaire ; écrivez 2021-06-24T09:00:00+02:00 (heure de Paris)',
      ],
      [
        79,
        40,
        'error',
        'events[3].start : « 31/02/2021 » n’est pas une date ; écrivez 2021-02-28 ou 2021-02-28T18:00:00+01:00',
      ],
      [
        80,
        80,
        'warning',
        'events[4].end : l’événement finit (2021-05-12T10:00:00+02:00) avant de commencer (2021-05-12T18:00:00+02:00) ; vérifiez "start" et "end" (jour et mois inversés ?)',
      ],
      [
        81,
        7,
        'error',
        'events[5].id : l’identifiant « ag-2021 » est déjà pris par events[0] ; donnez un identifiant différent à l’un des deux (ou supprimez le doublon)',
      ],
    ]);
  });

  it('says the same in English', () => {
    const { problems } = checkFeedText(text, { today });
    const byPointer = new Map(problems.map((p) => [p.pointer, problemSentence(p, 'en')]));
    expect(byPointer.get('/events/3/start')).toBe(
      'events[3].start: "31/02/2021" is not a date; write 2021-02-28 or 2021-02-28T18:00:00+01:00',
    );
    expect(byPointer.get('/cooperationRequests/0/expires')).toBe(
      'cooperationRequests[0].expires: the request expired on 2025-12-31 but is still marked open; set "status" to "closed" (or "matched"), or move "expires" later',
    );
  });

  it('does not call a request expired before its expiry date', () => {
    const { problems } = checkFeedText(text, { today: '2025-06-01' });
    expect(problems.some((p) => p.code === 'request-expired-open')).toBe(false);
  });

  it('prints the report and exits 1', async () => {
    const { code, stdout } = await run(['validate', fixture('broken-feed.json'), '--today', today]);
    expect(code).toBe(1);
    expect(stdout).toContain('tests/fixtures/cli/broken-feed.json : 13 problèmes (7 erreurs, 6 avertissements)');
    expect(stdout).toContain('Erreur — ligne 79, colonne 40 — /events/3/start — élément « forum »');
    expect(stdout).toContain('  → cet événement est ignoré : les widgets ne l’affichent pas');
    expect(stdout).toContain('Contenu utilisable : 4 territoires (3 avec contour), 1 organisation, 3 événements');
  });

  it('prints machine-readable JSON with --json, in the language asked', async () => {
    const { code, stdout } = await run([
      'validate',
      fixture('broken-feed.json'),
      '--json',
      '--today',
      today,
      '--lang',
      'en',
    ]);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({
      ok: false,
      errors: 7,
      warnings: 6,
      summary: { territories: 4, organisations: 1, events: 3 },
    });
    expect(report.problems[10]).toEqual({
      severity: 'error',
      code: 'invalid-date',
      pointer: '/events/3/start',
      path: 'events[3].start',
      line: 79,
      column: 40,
      itemId: 'forum',
      message: '"31/02/2021" is not a date',
      fix: 'write 2021-02-28 or 2021-02-28T18:00:00+01:00',
      consequence: 'this event is left out: the widgets do not show it',
      params: { field: 'start', value: '31/02/2021', reason: 'no-such-day', suggestion: '2021-02-28', dateOnly: false },
    });
  });
});

describe('maillage validate gathers references to one missing id', () => {
  // The Mayenne sample without its themes: 78 references to 14 theme ids that no list defines.
  const sample = JSON.parse(readFileSync(`${root}demo/feeds/mayenne.json`, 'utf8')) as Record<string, unknown>;
  delete sample.themes;
  const file = join(mkdtempSync(join(tmpdir(), 'maillage-validate-')), 'mayenne-sans-themes.json');
  writeFileSync(file, JSON.stringify(sample));
  const blocks = (stdout: string) => stdout.split('\n\n').slice(1, -1);

  it('prints one entry per missing id and field, with how many items name it, which ones, and the one fix', async () => {
    const { code, stdout } = await run(['validate', file, '--today', '2024-09-01']);
    expect(code).toBe(1);
    expect(stdout.split('\n')[0]).toBe(
      `${file} : 78 problèmes (0 erreur, 78 avertissements, dont 78 liens vers 14 identifiants de thème absents)`,
    );
    // 11 ids named by several organisations, 6 named once by an event.
    expect(blocks(stdout)).toHaveLength(17);
    const [first] = blocks(stdout);
    expect(first).toMatch(
      new RegExp(
        [
          '^Avertissement — 12 organisations',
          '  organisations\\[…\\]\\.themes : « entreprises-confiance » ne correspond à aucun thème du flux, et 12 organisations le nomment \\(ces liens sont ignorés\\) ; ajoutez dans "themes" un élément d’identifiant "entreprises-confiance", ou corrigez l’identifiant dans ces 12 organisations',
          '  éléments : « conseil-departemental-mayenne » \\(ligne 1, colonne \\d+\\), « laval-eco » \\(ligne 1, colonne \\d+\\), « cci-mayenne » \\(ligne 1, colonne \\d+\\) et 9 autres$',
        ].join('\n'),
      ),
    );
    // Each id once per list and field, with the number of references to it.
    const counts = Object.fromEntries(
      blocks(stdout).flatMap((b) => {
        const m = /^ {2}(\w+)\[…\]\.themes : « ([\w-]+) » .*, et (\d+) \w+ le nomment/m.exec(b);
        return m ? [[`${m[1]} ${m[2]}`, Number(m[3])]] : [];
      }),
    );
    expect(counts).toEqual({
      'organisations entreprises-confiance': 12,
      'organisations innovation-numerique': 14,
      'organisations agricultures': 5,
      'organisations acces-sante': 10,
      'organisations may-tourisme': 4,
      'organisations formation-insertion': 4,
      'organisations inclusion-numerique': 3,
      'organisations nouveaux-habitants': 7,
      'organisations pme-artisanat-commerce': 5,
      'organisations mobilite-logement': 6,
      'organisations developpement-durable': 2,
    });
    // Two references, both shown: no "et 0 autre".
    expect(stdout).toMatch(/éléments : « [\w-]+ » \(ligne 1, colonne \d+\), « [\w-]+ » \(ligne 1, colonne \d+\)\n/);
    expect(stdout).toContain('Contenu utilisable : 13 territoires (10 avec contour), 45 organisations, 23 événements');
  });

  it('prints a reference named once as before', async () => {
    const { stdout } = await run(['validate', file, '--today', '2024-09-01']);
    const single = blocks(stdout).filter((b) => b.includes('/events/'));
    expect(single).toHaveLength(6);
    expect(single.at(-1)).toMatch(
      /^Avertissement — ligne 1, colonne \d+ — \/events\/17\/themes\/0 — élément « mayenne-2019-05-forum-terre-solidaire »\n {2}events\[17\]\.themes\[0\] : « mayenne-terre-solidaire » ne correspond à aucun thème du flux \(le lien est ignoré\) ; corrigez l’identifiant, ou ajoutez dans "themes" un élément d’identifiant "mayenne-terre-solidaire"$/,
    );
    // "acces-sante" is named by 10 organisations and by one event: two places to fix, two entries.
    expect(stdout).toContain('« acces-sante » ne correspond à aucun thème du flux, et 10 organisations le nomment');
    expect(stdout).toContain(
      'events[1].themes[0] : « acces-sante » ne correspond à aucun thème du flux (le lien est ignoré)',
    );
  });

  it('says the same in English', async () => {
    const { stdout } = await run(['validate', file, '--today', '2024-09-01', '--lang', 'en']);
    expect(stdout.split('\n')[0]).toBe(
      `${file}: 78 problems (0 errors, 78 warnings, of which 78 are links to 14 missing theme ids)`,
    );
    expect(blocks(stdout)[1]).toMatch(
      /^Warning — 14 organisations\n {2}organisations\[…\]\.themes: "innovation-numerique" matches no theme in the feed, and 14 organisations name it \(these links are ignored\); add to "themes" an item with the id "innovation-numerique", or correct the id in these 14 organisations\n {2}items: "conseil-departemental-mayenne" \(line 1, column \d+\), "cci-mayenne" \(line 1, column \d+\), "medef-mayenne" \(line 1, column \d+\) and 11 more$/,
    );
  });

  it('keeps every reference in --json, and adds the gathered entries', async () => {
    const { code, stdout } = await run(['validate', file, '--json', '--today', '2024-09-01', '--lang', 'en']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ ok: false, errors: 0, warnings: 78 });
    expect(report.problems).toHaveLength(78);
    expect(Object.keys(report.problems[0])).toEqual([
      'severity',
      'code',
      'pointer',
      'path',
      'line',
      'column',
      'itemId',
      'message',
      'fix',
      'params',
    ]);
    expect(report.problems[0]).toMatchObject({
      code: 'dangling-reference',
      pointer: '/organisations/0/themes/0',
      itemId: 'conseil-departemental-mayenne',
      params: { value: 'entreprises-confiance', target: 'themes' },
    });
    expect(report.groups).toHaveLength(11);
    const [group] = report.groups;
    expect(group).toMatchObject({
      severity: 'warning',
      code: 'dangling-reference',
      path: 'organisations[…].themes',
      list: 'organisations',
      target: 'themes',
      value: 'entreprises-confiance',
      count: 12,
      message:
        '"entreprises-confiance" matches no theme in the feed, and 12 organisations name it (these links are ignored)',
      fix: 'add to "themes" an item with the id "entreprises-confiance", or correct the id in these 12 organisations',
    });
    expect(group.pointers).toHaveLength(12);
    const pointers = new Set(report.problems.map((p: { pointer: string }) => p.pointer));
    for (const g of report.groups) for (const pointer of g.pointers) expect(pointers.has(pointer)).toBe(true);
    // Gathered references and single ones add up to the problems.
    const gathered = report.groups.reduce((sum: number, g: { count: number }) => sum + g.count, 0);
    expect(gathered + 6).toBe(78);
  });

  it('adds nothing when no id is named twice', async () => {
    const { stdout } = await run(['validate', fixture('broken-feed.json'), '--json', '--today', '2026-11-24']);
    expect(JSON.parse(stdout).groups).toEqual([]);
  });
});

describe('maillage validate on documents that are not feeds', () => {
  it('points at a trailing comma', async () => {
    const { code, stdout } = await run(['validate', fixture('trailing-comma.json')]);
    expect(code).toBe(1);
    expect(stdout).toContain('Erreur — ligne 6, colonne 3');
    expect(stdout).toContain(
      '(document) : ce n’est pas du JSON valide : virgule en trop avant la fin d’une liste ou d’un objet (« ] ») ; supprimez la dernière virgule',
    );
  });

  it('points at the end of a truncated file', async () => {
    const { stdout } = await run(['validate', fixture('truncated.json'), '--lang', 'en']);
    expect(stdout).toContain('Error — line 6, column 1');
    expect(stdout).toContain('this is not valid JSON: the file stops in the middle of the JSON; the end is missing');
  });

  it('reads a Windows-1252 file with a warning', async () => {
    const { code, stdout } = await run(['validate', fixture('windows-1252.json')]);
    expect(code).toBe(1);
    expect(stdout).toContain('le fichier n’est pas en UTF-8 (il semble en Windows-1252)');
    expect(stdout).toContain('Contenu utilisable : 0 territoire');
  });

  it('says when a document has no version or an unsupported one', () => {
    expect(problemSentence(checkFeedText('{"network": {}}', { today: '2026-01-01' }).problems[0]!, 'fr')).toBe(
      'version : le champ "version" manque ; ajoutez "version": "1.0"',
    );
    expect(
      problemSentence(checkFeedText('{"version": "2.0", "network": {}}', { today: '2026-01-01' }).problems[0]!, 'en'),
    ).toBe(
      'version: version "2.0": this version of maillage reads 1.x feeds; write "version": "1.0", or update maillage',
    );
    expect(problemSentence(checkFeedText('[1, 2]', { today: '2026-01-01' }).problems[0]!, 'en')).toMatch(
      /^\(document\): this document is not a maillage feed/,
    );
  });
});

describe('maillage validate on the hostile fixture', () => {
  const text = readFileSync(`${root}tests/fixtures/hostile-feed.json`, 'utf8');
  const { problems, summary } = checkFeedText(text, { today: '2026-11-24' });
  const find = (pointer: string) => problems.find((p) => p.pointer === pointer)!;
  const columnOf = (needle: string) => text.indexOf(needle) + 1;

  it('reports every dropped item, removed link and broken outline, at its column of the one-line file', () => {
    expect(problems.every((p) => p.line === 1)).toBe(true);
    expect(find('/network/url')).toMatchObject({ code: 'unsafe-url', column: columnOf('"url":"javascript:') });
    expect(find('/territories/3/geometry/coordinates/0')).toMatchObject({
      code: 'ring-too-short',
      itemId: 'epci-bad-ring',
    });
    expect(find('/territories/4/geometry/coordinates/0/0')).toMatchObject({
      code: 'swapped-lon-lat',
      itemId: 'epci-swapped',
    });
    expect(find('/territories/5/geometry/coordinates/0/0')).toMatchObject({
      code: 'coordinate-not-number',
      itemId: 'epci-nan',
    });
    expect(find('/events/1/end')).toMatchObject({ code: 'event-end-before-start', itemId: 'event-end-before-start' });
    expect(find('/events/5/start')).toMatchObject({ code: 'invalid-date', params: { reason: 'no-offset' } });
    expect(find('/organisations/2/website')).toMatchObject({
      code: 'unsafe-url',
      params: { value: 'vbscript:msgbox(1)' },
    });
    expect(problemSentence(find('/territories/4/geometry/coordinates/0/0'), 'fr')).toBe(
      'territories[4].geometry.coordinates[0][0] : longitude et latitude semblent inversées ([47.6, -1.6]) ; GeoJSON s’écrit [longitude, latitude] : échangez les deux nombres de chaque position',
    );
    expect(problemSentence(find('/events/4/start'), 'fr')).toBe(
      'events[4].start : « 9999-01-01 » : l’année doit être entre 1900 et 2200 ; écrivez par exemple 2021-03-12 ou 2021-03-12T18:00:00+01:00',
    );
    expect(summary).toMatchObject({ territories: 7, organisations: 3, events: 3, brands: 1 });
  });

  it('prints control and bidirectional characters of hostile values as escapes', () => {
    const feed = {
      version: '1.0',
      network: { id: 'n', name: 'N' },
      organisations: [
        { id: 'org\u202egnp.exe', name: 'A', kind: 'association', territories: ['x\u202eabc\u001b[31m'] },
      ],
    };
    const [problem] = checkFeedText(JSON.stringify(feed), { today: '2026-01-01' }).problems;
    expect(problem!.itemId).toBe('org\\u202egnp.exe');
    expect(problemSentence(problem!, 'en')).toContain('"x\\u202eabc\\u001b[31m" matches no territory');
  });

  it('shortens the 100 kB strings it quotes', () => {
    for (const p of problems) expect(JSON.stringify(p.params).length).toBeLessThan(400);
  });
});

describe('maillage validate URL', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    const body = readFileSync(`${root}${fixture('broken-feed.json')}`);
    server = createServer((req, res) => {
      if (req.url === '/feed.json') res.writeHead(200, { 'content-type': 'application/json' }).end(body);
      else res.writeHead(404).end('not found');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('downloads and checks a published feed', async () => {
    const { code, stdout } = await run(['validate', `${base}/feed.json`, '--today', '2026-11-24']);
    expect(code).toBe(1);
    expect(stdout).toContain(`${base}/feed.json : 13 problèmes`);
    expect(stdout).toContain('ligne 79, colonne 40 — /events/3/start');
  });

  it('says what the server answered', async () => {
    const { code, stdout } = await run(['validate', `${base}/missing.json`, '--lang', 'en']);
    expect(code).toBe(1);
    expect(stdout).toContain(
      `(document): cannot read "${base}/missing.json" (the server answered 404); check the file name or the address`,
    );
  });

  it('says when nothing answers', async () => {
    // A port that was free a moment ago: nothing listens there.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const { code, stdout } = await run(['validate', `http://127.0.0.1:${port}/feed.json`]);
    expect(code).toBe(1);
    expect(stdout).toContain(
      `impossible de lire « http://127.0.0.1:${port}/feed.json » (le téléchargement a échoué, ECONNREFUSED)`,
    );
  });
});

describe('the command line', () => {
  it('exits 2 with a sentence for usage mistakes', async () => {
    expect(await run(['validate'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('indiquez le flux à lire'),
    });
    expect(await run(['validate', 'x.json', '--jsno'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('option inconnue --jsno ; vouliez-vous dire --json ?'),
    });
    expect(await run(['validate', 'nowhere.json', '--lang', 'en'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('file not found: nowhere.json'),
    });
    expect(await run(['validate', 'x.json', '--lang', 'de'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('langue « de » inconnue'),
    });
    expect(await run(['validate', 'x.json', '--today', '12/03/2026'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--today 12/03/2026'),
    });
    expect(await run(['valider', 'x.json'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('commande inconnue « valider » ; vouliez-vous dire « validate » ?'),
    });
    expect(await run([])).toMatchObject({ code: 2, stderr: expect.stringContaining('Usage : maillage <commande>') });
  });

  it('prints help in the language of LANG or --lang', async () => {
    expect(await run(['--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('validate FLUX.json|URL') });
    expect(await run(['validate', '--help'], { LANG: 'en_GB.UTF-8' })).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('Usage: maillage validate FEED.json|URL'),
    });
    expect(await run(['help', 'build', '--lang', 'en'])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('Usage: maillage build'),
    });
    expect(await run(['--version'])).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^maillage \d+\.\d+\.\d+/),
    });
  });

  it('runs for real through bin/maillage.mjs', () => {
    const result = spawnSync(
      process.execPath,
      ['bin/maillage.mjs', 'validate', fixture('broken-feed.json'), '--json', '--today', '2026-11-24'],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, LANG: 'fr_FR.UTF-8' },
      },
    );
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.problems).toHaveLength(13);
    expect(report.problems[10].message).toBe('« 31/02/2021 » n’est pas une date');
    const ok = spawnSync(process.execPath, ['bin/maillage.mjs', 'validate', 'demo/feeds/ailb.json'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(ok.status).toBe(0);
  });
});
