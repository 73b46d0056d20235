/**
 * Writes tests/fixtures/hostile-feed.json: a feed written by an attacker or a
 * broken spreadsheet export. Every element's tests render it. Valid items carry
 * hostile *strings* (they must render as inert text); invalid items must be
 * dropped with a warning while the rest still shows.
 */
import { writeFileSync } from 'node:fs';

const SCRIPT = '<script>window.__maillageHacked = true</script>';
const IMG = '<img src=x onerror="window.__maillageHacked=true">';
const RLO = '\u202Egnp.exe\u202C'; // right-to-left override
const HUGE = 'Très long texte sans fin. '.repeat(4000); // ~100 kB
const HUGE_WORD = 'A'.repeat(100_000);
const JS_URL = 'javascript:window.__maillageHacked=true';
const DATA_URL = 'data:text/html,<script>window.__maillageHacked=true</script>';

const square = (x: number, y: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + 0.2, y],
      [x + 0.2, y + 0.2],
      [x, y + 0.2],
      [x, y],
    ],
  ],
});

const feed = {
  version: '1.0',
  updated: '2026-01-01T00:00:00Z',
  network: {
    id: 'hostile',
    name: { fr: `Réseau ${SCRIPT}`, en: `Network ${IMG}` },
    url: JS_URL,
    description: HUGE,
    contact: { email: 'contact@example.org', url: DATA_URL },
  },
  themes: [
    { id: 'mobilite', label: { fr: `Mobilité ${SCRIPT}`, en: 'Mobility' } },
    { id: 'rtl', label: `Thème ${RLO}` },
    { id: 'mobilite', label: 'Duplicate id: dropped' },
    { id: 42, label: 'Wrong type of id: dropped' },
  ],
  territories: [
    {
      id: 'epci-hostile',
      kind: 'epci',
      name: `EPCI ${IMG}`,
      codes: { siren: '200000438' },
      population: { value: 1000, year: 2023 },
      geometry: square(-1.6, 47.6),
      url: JS_URL,
      members: ['commune-inexistante'],
    },
    { id: 'epci-huge', kind: 'epci', name: HUGE_WORD, description: HUGE, geometry: square(-1.2, 47.6) },
    { id: 'epci-no-geometry', kind: 'epci', name: 'EPCI sans contour' },
    {
      id: 'epci-bad-ring',
      kind: 'epci',
      name: 'EPCI au contour non fermé',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [-1, 47],
            [-0.9, 47],
            [-0.9, 47.1],
          ],
        ],
      },
    },
    {
      id: 'epci-swapped',
      kind: 'epci',
      name: 'EPCI aux coordonnées inversées (lat/lon)',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [47.6, -1.6],
            [47.6, -1.4],
            [47.8, -1.4],
            [47.6, -1.6],
          ],
        ],
      },
    },
    {
      id: 'epci-nan',
      kind: 'epci',
      name: 'EPCI au contour NaN',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            ['NaN', 47],
            [null, 47],
            [-0.9, 47.1],
            ['NaN', 47],
          ],
        ],
      },
    },
    {
      id: 'epci-bad-geometry-url',
      kind: 'epci',
      name: 'EPCI au contour introuvable',
      geometryUrl: '/__missing__/outline.geojson',
    },
    { id: 'bad-siren', kind: 'epci', name: 'SIREN invalide: dropped', codes: { siren: '12AB' } },
    { kind: 'epci', name: 'No id: dropped' },
    'not an object: dropped',
  ],
  organisations: [
    {
      id: 'org-script',
      name: `Association ${SCRIPT}`,
      kind: 'association',
      territories: ['epci-hostile', 'territoire-inconnu'],
      themes: ['mobilite', 'theme-inconnu'],
      description: `${IMG} ${HUGE}`,
      website: JS_URL,
      contact: { name: `Contact ${RLO}`, email: 'x@example.org', url: DATA_URL },
      location: { lon: -1.5, lat: 47.7 },
      labels: [{ brand: 'marque-mayenne', since: '2020-01-01', url: JS_URL }],
    },
    {
      id: 'org-huge',
      name: HUGE_WORD,
      kind: 'entreprise',
      description: HUGE,
      website: 'https://example.org/' + 'a'.repeat(3000),
    },
    {
      id: 'org-rtl',
      name: `Société ${RLO} 🦊 Ελληνικά العربية 中文`,
      kind: 'entreprise',
      website: 'vbscript:msgbox(1)',
      labels: [{ brand: 'marque-inconnue', since: '2020-01-01' }],
    },
    { id: 'org-wrong-type', name: 12345, kind: 'entreprise' },
    { id: 'org-bad-location', name: 'Mauvaise position', kind: 'entreprise', location: { lon: 500, lat: 'north' } },
    { id: 'org-script', name: 'Duplicate id: dropped', kind: 'association' },
  ],
  cooperationRequests: [
    {
      id: 'req-hostile',
      organisation: 'org-script',
      title: { fr: `Demande ${SCRIPT}`, en: `Request ${IMG}` },
      contact: { givenName: `<b>Jean</b>`, familyName: RLO, email: 'jean@example.org' },
      country: 'FR',
      keyword: `Mots ${IMG}`,
      themes: ['mobilite', 'theme-inconnu'],
      lookingFor: ['project', 'partners', 'topic'],
      explanation: { fr: `${SCRIPT} ${HUGE}`, en: `${IMG} ${HUGE}` },
      event: 'event-inconnu',
      published: '2024-01-01',
      expires: '2099-12-31',
      status: 'open',
      url: JS_URL,
    },
    {
      id: 'req-missing-org',
      organisation: 'organisation-inconnue',
      lookingFor: ['partners'],
      explanation: 'Organisation inconnue : la demande reste affichée sans organisation.',
    },
    { id: 'req-bad-looking-for', organisation: 'org-script', lookingFor: ['money'], explanation: 'dropped' },
    { id: 'req-no-explanation', organisation: 'org-script', lookingFor: ['project'] },
    {
      id: 'req-bad-dates',
      organisation: 'org-script',
      lookingFor: ['project'],
      explanation: 'x',
      expires: '31/02/2021',
    },
  ],
  events: [
    {
      id: 'event-hostile',
      title: { fr: `Assemblée ${SCRIPT}`, en: `Assembly ${IMG}` },
      start: '2026-03-12T18:00:00+01:00',
      end: '2026-03-12T20:00:00+01:00',
      kind: `kind ${IMG}`,
      location: { name: `Salle ${RLO}`, address: HUGE.slice(0, 2000) },
      url: JS_URL,
      registrationUrl: DATA_URL,
      organiser: 'organisation-inconnue',
      description: HUGE,
    },
    { id: 'event-end-before-start', title: 'Fin avant le début', start: '2026-05-10', end: '2026-05-01' },
    { id: 'event-other-tz', title: 'Fuseau de New York', start: '2026-06-01T09:00:00-04:00' },
    { id: 'event-invalid-date', title: 'Date impossible: dropped', start: '2021-02-31' },
    { id: 'event-year-out-of-range', title: 'Année 9999: dropped', start: '9999-01-01' },
    { id: 'event-no-offset', title: 'Heure sans fuseau: dropped', start: '2026-03-12T18:00:00' },
    { id: 'event-hostile', title: 'Duplicate id: dropped', start: '2026-01-01' },
  ],
  brands: [
    {
      id: 'marque-mayenne',
      name: `Marque ${SCRIPT}`,
      partnerLabel: `Partenaire ${IMG}`,
      values: [SCRIPT, IMG, HUGE.slice(0, 5000)],
      logo: {
        svg: '<svg xmlns="http://www.w3.org/2000/svg" onload="window.__maillageHacked=true"><script>window.__maillageHacked=true</script></svg>',
        url: JS_URL,
      },
      colours: { primary: '#e30613' },
      url: JS_URL,
    },
    {
      id: 'marque-css-injection',
      name: 'Couleur hostile: dropped',
      colours: { primary: 'red; background:url(javascript:alert(1))' },
    },
  ],
  attributions: [{ text: `Source ${SCRIPT}`, url: JS_URL }],
  unknownKeyKeptForForwardCompatibility: { anything: true },
};

writeFileSync(new URL('../tests/fixtures/hostile-feed.json', import.meta.url), JSON.stringify(feed) + '\n');
console.log('wrote tests/fixtures/hostile-feed.json');
