/** Every sentence the feed tool prints, in French and English. */
import { defineMessages } from '../core/localize.js';
import { formatNumber, type Lang } from '../feed/text.js';
import type { ListKey } from '../feed/schema.js';
import type { FeedSummary } from './check.js';
import type { DanglingTally } from './dangling.js';

const n = (count: number, lang: Lang) => formatNumber(count, lang);
/** French and English both use the singular for 1 (French also for 0). */
const pl = (count: number, one: string, many: string, lang: Lang) =>
  `${n(count, lang)} ${count === 1 || (lang === 'fr' && count === 0) ? one : many}`;

/** "identifiants de thème", "theme ids": the kind of a missing id, by the list it should be in. */
const ID_KINDS: Record<Lang, Record<ListKey, string>> = {
  fr: {
    themes: ' de thème',
    territories: ' de territoire',
    organisations: ' d’organisation',
    events: ' d’événement',
    brands: ' de marque',
    cooperationRequests: ' de demande de coopération',
    attributions: ' de source',
  },
  en: {
    themes: 'theme ',
    territories: 'territory ',
    organisations: 'organisation ',
    events: 'event ',
    brands: 'brand ',
    cooperationRequests: 'cooperation request ',
    attributions: 'source ',
  },
};

const fr = {
  help: `maillage — l’outil du flux maillage

Usage : maillage <commande> [options]

Commandes :
  validate FLUX.json|URL   vérifie un flux et dit comment corriger chaque problème
  build                    assemble un flux à partir de tableurs (CSV)
  outlines FLUX.json       ajoute les contours des territoires depuis un fichier GeoJSON
  synth                    fabrique un flux synthétique à l’échelle nationale (tests de charge)

Options communes :
  --lang fr|en   langue des messages (par défaut : d’après la variable LANG)
  --help         aide d’une commande : maillage validate --help
  --version      version de maillage

Codes de sortie : 0 tout va bien, 1 problèmes trouvés, 2 commande mal écrite.
Guide pas à pas : docs/publish-your-feed.md`,
  helpValidate: `Usage : maillage validate FLUX.json|URL [--json] [--today AAAA-MM-JJ] [--lang fr|en]

Vérifie un flux maillage (un fichier, ou une adresse http(s) publiée) et liste chaque
problème avec sa ligne, sa colonne, son pointeur JSON et la correction à faire :
dates invalides, champs manquants, identifiants en double, références vers des éléments
absents, demandes expirées encore ouvertes, événements qui finissent avant de commencer,
codes SIREN faux (clé de Luhn), contours invalides (anneaux non fermés, croisements,
coordonnées hors de France), liens dangereux.

Options :
  --json             sortie pour les programmes (JSON)
  --today AAAA-MM-JJ date du jour à utiliser (par défaut : aujourd’hui, heure de Paris)

Code de sortie : 0 aucun problème, 1 au moins un problème, 2 commande mal écrite.`,
  helpBuild: `Usage : maillage build [--organisations F.csv] [--events F.csv] [--requests F.csv]
                      [--territories F.csv] [--themes F.csv] [--brands F.csv]
                      [--base partie.json …] [--out flux.json]
                      [--network-id ID --network-name NOM] [--today AAAA-MM-JJ] [--json]

Assemble un flux à partir des tableurs du réseau (un fichier CSV par liste), en UTF-8 ou
en Windows-1252 avec des points-virgules (ce qu’enregistrent Excel et LibreOffice en
français), et de parties JSON existantes (--base, répétable : réseau, thèmes, marques…).
Les en-têtes de colonnes sont acceptés en français ou en anglais (nom/name,
thèmes/themes…), les dates en JJ/MM/AAAA, les listes séparées par | ou par des virgules.
Chaque ligne inutilisable est signalée avec son numéro et la raison ; le flux obtenu est
vérifié comme par « maillage validate ». Table des colonnes : docs/publish-your-feed.md.

Listes (un fichier CSV chacune, toutes facultatives) :
  --organisations   partenaires et membres
  --events          événements
  --requests        demandes de coopération
  --territories     territoires (EPCI, communes, départements…)
  --themes          thèmes (identifiant, libellé, libellé (en), thème parent)
  --brands          marques de territoire (nom, lien, page partenaire, logo, territoire…)
Une organisation, un événement ou une demande peut nommer un thème par son identifiant ou
son libellé (sans tenir compte des accents ni des majuscules) ; un thème absent de la
liste est ajouté au flux, et signalé.

Sans --out, le flux est écrit sur la sortie standard.`,
  helpOutlines: `Usage : maillage outlines FLUX.json --geojson CONTOURS.geojson [--key siren|insee]
                         [--tolerance 0.001] [--digits 5] [--attribution TEXTE] [--out flux.json]

Ajoute à chaque territoire du flux son contour, pris dans un fichier GeoJSON dont les
entités portent le code SIREN (propriété « siren ») ou INSEE (« code » ou « insee ») :
le contour est simplifié à la tolérance donnée (en degrés ; 0.001 ≈ 100 m), ses
coordonnées arrondies, son centre et son emprise calculés, et la mention de la source est
ajoutée au flux. Les territoires restés sans contour sont listés.

Sans --out, le flux est écrit sur la sortie standard.`,
  helpSynth: `Usage : maillage synth --out flux.json [--partners 10000] [--events 2000] [--requests 500]
                      [--seed 1] [--communes] [--today AAAA-MM-JJ] [--data DOSSIER]

Fabrique un flux synthétique à l’échelle de la France à partir des listes réelles du
dossier data/ : les 1 232 EPCI de métropole avec leur contour, les 96 départements, les
régions, et avec --communes les quelque 35 000 communes (sans contour). Les partenaires,
événements et demandes sont répartis sur des communes réelles. Même graine, même fichier,
octet pour octet. Sert aux mesures de performance et aux tests à grande échelle.`,
  version: (v: string) => `maillage ${v}`,

  usageUnknownCommand: (c: string, s?: string) =>
    `commande inconnue « ${c} »${s ? ` ; vouliez-vous dire « ${s} » ?` : ''}`,
  usageNoCommand: 'indiquez une commande : validate, build, outlines ou synth',
  usageUnknownOption: (o: string, s?: string) => `option inconnue --${o}${s ? ` ; vouliez-vous dire --${s} ?` : ''}`,
  usageMissingValue: (o: string) => `l’option --${o} attend une valeur`,
  usageFlagWithValue: (o: string) => `l’option --${o} ne prend pas de valeur`,
  usageBadLang: (v: string) => `langue « ${v} » inconnue : écrivez --lang fr ou --lang en`,
  usageBadDate: (o: string, v: string) => `--${o} ${v} : écrivez une date AAAA-MM-JJ, par exemple 2026-03-12`,
  usageBadNumber: (o: string, v: string) => `--${o} ${v} : écrivez un nombre positif`,
  usageNeedFeed: 'indiquez le flux à lire : un fichier .json ou une adresse https://',
  usageTooMany: (extra: string) => `argument en trop : « ${extra} »`,
  usageNoInput:
    'indiquez au moins un fichier : --organisations, --events, --requests, --territories, --themes, --brands ou --base',
  usageNeedGeojson: 'indiquez le fichier de contours : --geojson contours.geojson',
  usageBadKey: (v: string) => `--key ${v} : écrivez --key siren ou --key insee`,
  usageNeedOut: 'indiquez où écrire le flux : --out flux.json',
  usageFileMissing: (f: string) => `fichier introuvable : ${f}`,
  fileError: (f: string, code: string) =>
    `impossible de lire ou d’écrire ${f} (${code}) : vérifiez le dossier et les droits d’accès`,
  usageHint: (c: string) => `Aide : maillage ${c}--help`,

  error: 'Erreur',
  warning: 'Avertissement',
  info: 'Information',
  lineColumn: (l: number, c: number) => `ligne ${l}, colonne ${c}`,
  item: (id: string) => `élément « ${id} »`,
  line: (l: number) => `ligne ${l}`,
  named: (id: string, where?: string) => (where ? `« ${id} » (${where})` : `« ${id} »`),
  problemsFound: (source: string, total: number, errors: number, warnings: number, lang: Lang = 'fr', tally = '') =>
    `${source} : ${pl(total, 'problème', 'problèmes', lang)} (${pl(errors, 'erreur', 'erreurs', lang)}, ${pl(warnings, 'avertissement', 'avertissements', lang)}${tally && `, ${tally}`})`,
  danglingTally: (tally: DanglingTally, lang: Lang = 'fr') => {
    const kind = tally.target ? ID_KINDS.fr[tally.target] : '';
    return `dont ${pl(tally.links, 'lien', 'liens', lang)} vers ${pl(tally.ids, `identifiant${kind} absent`, `identifiants${kind} absents`, lang)}`;
  },
  rowCount: (count: number, lang: Lang = 'fr') => pl(count, 'ligne', 'lignes', lang),
  listedItems: 'éléments',
  listedRows: 'lignes',
  andMore: (shown: string[], more: number, lang: Lang = 'fr') =>
    more ? `${shown.join(', ')} et ${pl(more, 'autre', 'autres', lang)}` : shown.join(', '),
  noProblem: (source: string) => `${source} : aucun problème, le flux est prêt à publier.`,
  summary: (s: FeedSummary, lang: Lang = 'fr') =>
    `Contenu utilisable : ${pl(s.territories, 'territoire', 'territoires', lang)} (${n(s.outlines, lang)} avec contour), ${pl(s.organisations, 'organisation', 'organisations', lang)}, ${pl(s.events, 'événement', 'événements', lang)}, ${pl(s.cooperationRequests, 'demande de coopération', 'demandes de coopération', lang)} (${pl(s.openRequests, 'ouverte', 'ouvertes', lang)}), ${pl(s.brands, 'marque', 'marques', lang)}, ${pl(s.themes, 'thème', 'thèmes', lang)}.`,
  fetchFailed: 'le téléchargement a échoué',
  httpStatus: (status: number) => `le serveur a répondu ${status}`,
  timedOut: 'pas de réponse du serveur en 30 secondes',

  csvRead: (file: string, rows: number, encoding: string, sep: string, lang: Lang = 'fr') =>
    `${file} : ${pl(rows, 'ligne', 'lignes', lang)} (${encoding}, séparateur « ${sep === '\t' ? 'tabulation' : sep} »)`,
  csvUnknownColumns: (cols: string) =>
    `colonnes ignorées, leur en-tête n’est pas reconnu : ${cols} (voir la table des colonnes dans docs/publish-your-feed.md)`,
  csvMissingColumn: (col: string) => `colonne obligatoire absente : ${col}`,
  csvUnclosedQuote: 'un guillemet ouvert ici n’est jamais fermé : la fin du fichier est lue comme un seul champ',
  csvTextAfterQuote: 'du texte suit un champ entre guillemets ; il est gardé tel quel',
  csvEmpty: 'le fichier est vide (pas même une ligne d’en-têtes)',
  rowAt: (file: string, line: number) => `${file}, ligne ${line}`,
  column: (h: string) => `colonne « ${h} »`,
  rowDropped: 'cette ligne n’est pas reprise dans le flux',
  fillColumn: (h: string) => `remplissez la colonne « ${h} » de cette ligne`,
  rowCreatedTheme: (label: string, id: string, suggestion?: string) =>
    `thème « ${label} » inconnu : il est ajouté au flux avec l’identifiant « ${id} »${suggestion ? ` ; vouliez-vous dire « ${suggestion} » ? Corrigez alors la case` : ''}`,
  rowSwappedDate: (value: string, iso: string) => `« ${value} » est lue mois/jour/année, soit ${iso} ; vérifiez-la`,
  rowLinkFromFormula: (formula: string, url: string) =>
    `formule « ${formula} » : son adresse ${url} est reprise ; la prochaine fois, écrivez l’adresse elle-même dans la case`,
  noNetwork:
    'le flux n’a pas de réseau : ajoutez --base reseau.json (avec "network") ou --network-id et --network-name',
  wrote: (file: string) => `Flux écrit dans ${file}.`,
  buildProblems: (total: number, dropped: number, lang: Lang = 'fr', tally = '') =>
    `${pl(total, 'problème', 'problèmes', lang)}${tally && ` (${tally})`}, ${pl(dropped, 'ligne ou élément écarté', 'lignes ou éléments écartés', lang)}.`,
  buildClean: 'Aucun problème : toutes les lignes ont été reprises.',

  outlinesAttached: (count: number, tolerance: string, before: number, after: number, lang: Lang = 'fr') =>
    `${pl(count, 'territoire reçoit', 'territoires reçoivent', lang)} un contour (tolérance ${tolerance}°, ${n(before, lang)} → ${n(after, lang)} positions).`,
  outlinesMissingHeader: (count: number, lang: Lang = 'fr') =>
    `${pl(count, 'territoire reste', 'territoires restent', lang)} sans contour :`,
  outlineNoCode: (key: string) => `pas de code ${key.toUpperCase()} dans le flux`,
  outlineNotInFile: (key: string, code: string) => `code ${key.toUpperCase()} ${code} absent du fichier GeoJSON`,
  outlinesAttribution: 'Mention de la source ajoutée au flux (attributions).',
  outlinesNoFeatures: (f: string) => `${f} ne contient aucune entité GeoJSON (FeatureCollection attendue)`,
  outlinesBadGeojson: (f: string) => `${f} n’est pas un fichier GeoJSON lisible`,
  feedNotJson: (f: string) => `${f} n’est pas un flux JSON lisible ; « maillage validate ${f} » dit pourquoi`,

  synthWrote: (file: string, bytes: number, seconds: string, s: FeedSummary, lang: Lang = 'fr') =>
    `Flux synthétique écrit dans ${file} (${(bytes / 1e6).toFixed(1)} Mo, ${seconds} s) : ${pl(s.territories, 'territoire', 'territoires', lang)} (${n(s.outlines, lang)} avec contour), ${pl(s.organisations, 'partenaire', 'partenaires', lang)}, ${pl(s.events, 'événement', 'événements', lang)}, ${pl(s.cooperationRequests, 'demande', 'demandes', lang)}.`,
  synthDataMissing: (dir: string) =>
    `données de référence introuvables dans ${dir} (epci-metropole.geojson, departements-metropole.geojson, communes.csv) ; indiquez le dossier avec --data`,
};

export const messages = defineMessages(fr, {
  help: `maillage — the maillage feed tool

Usage: maillage <command> [options]

Commands:
  validate FEED.json|URL   checks a feed and says how to fix each problem
  build                    assembles a feed from spreadsheets (CSV)
  outlines FEED.json       attaches territory outlines from a GeoJSON file
  synth                    makes a national-scale synthetic feed (load tests)

Common options:
  --lang fr|en   language of the messages (default: from the LANG variable)
  --help         help for a command: maillage validate --help
  --version      maillage version

Exit codes: 0 all good, 1 problems found, 2 command written wrongly.
Step-by-step guide: docs/publish-your-feed.md`,
  helpValidate: `Usage: maillage validate FEED.json|URL [--json] [--today YYYY-MM-DD] [--lang fr|en]

Checks a maillage feed (a file, or a published http(s) address) and lists every
problem with its line, column, JSON pointer and the fix to make: invalid dates,
missing fields, duplicate ids, references to absent items, expired requests still open,
events that end before they start, wrong SIREN codes (Luhn check digit), invalid outlines
(unclosed rings, self-intersections, coordinates outside France), dangerous links.

Options:
  --json               output for programs (JSON)
  --today YYYY-MM-DD   the date to use as today (default: today, Paris time)

Exit code: 0 no problem, 1 at least one problem, 2 command written wrongly.`,
  helpBuild: `Usage: maillage build [--organisations F.csv] [--events F.csv] [--requests F.csv]
                     [--territories F.csv] [--themes F.csv] [--brands F.csv]
                     [--base part.json …] [--out feed.json]
                     [--network-id ID --network-name NAME] [--today YYYY-MM-DD] [--json]

Assembles a feed from the network's spreadsheets (one CSV file per list), in UTF-8 or in
Windows-1252 with semicolons (what Excel and LibreOffice save in French), and from
existing JSON parts (--base, repeatable: network, themes, brands…). Column headers are
accepted in French or English (nom/name, thèmes/themes…), dates as DD/MM/YYYY, lists
separated by | or commas. Every row that cannot be used is reported with its number and
the reason; the result is checked as by "maillage validate". Column table:
docs/publish-your-feed.md.

Lists (one CSV file each, all optional):
  --organisations   partners and members
  --events          events
  --requests        cooperation requests
  --territories     territories (EPCI, communes, départements…)
  --themes          themes (id, label, label (en), parent theme)
  --brands          territorial brands (name, link, partner page, logo, territory…)
An organisation, event or request may name a theme by its id or its label (accents and
capitals ignored); a theme missing from the list is added to the feed, and reported.

Without --out, the feed is written to standard output.`,
  helpOutlines: `Usage: maillage outlines FEED.json --geojson OUTLINES.geojson [--key siren|insee]
                        [--tolerance 0.001] [--digits 5] [--attribution TEXT] [--out feed.json]

Attaches to each territory of the feed its outline, taken from a GeoJSON file whose
features carry the SIREN code (property "siren") or the INSEE code ("code" or "insee"):
the outline is simplified at the given tolerance (in degrees; 0.001 ≈ 100 m), its
coordinates rounded, its centre and bounding box computed, and the source credit added
to the feed. Territories left without an outline are listed.

Without --out, the feed is written to standard output.`,
  helpSynth: `Usage: maillage synth --out feed.json [--partners 10000] [--events 2000] [--requests 500]
                     [--seed 1] [--communes] [--today YYYY-MM-DD] [--data FOLDER]

Makes a France-wide synthetic feed from the real lists in the data/ folder: the 1,232
EPCI of mainland France with their outlines, the 96 départements, the regions, and with
--communes the ~35,000 communes (without outlines). Partners, events and requests are
spread over real communes. Same seed, same file, byte for byte. Used for performance
measurements and large-scale tests.`,
  version: (v: string) => `maillage ${v}`,

  usageUnknownCommand: (c: string, s?: string) => `unknown command "${c}"${s ? `; did you mean "${s}"?` : ''}`,
  usageNoCommand: 'give a command: validate, build, outlines or synth',
  usageUnknownOption: (o: string, s?: string) => `unknown option --${o}${s ? `; did you mean --${s}?` : ''}`,
  usageMissingValue: (o: string) => `the option --${o} needs a value`,
  usageFlagWithValue: (o: string) => `the option --${o} takes no value`,
  usageBadLang: (v: string) => `unknown language "${v}": write --lang fr or --lang en`,
  usageBadDate: (o: string, v: string) => `--${o} ${v}: write a date YYYY-MM-DD, for example 2026-03-12`,
  usageBadNumber: (o: string, v: string) => `--${o} ${v}: write a positive number`,
  usageNeedFeed: 'give the feed to read: a .json file or an https:// address',
  usageTooMany: (extra: string) => `unexpected argument "${extra}"`,
  usageNoInput:
    'give at least one file: --organisations, --events, --requests, --territories, --themes, --brands or --base',
  usageNeedGeojson: 'give the outlines file: --geojson outlines.geojson',
  usageBadKey: (v: string) => `--key ${v}: write --key siren or --key insee`,
  usageNeedOut: 'say where to write the feed: --out feed.json',
  usageFileMissing: (f: string) => `file not found: ${f}`,
  fileError: (f: string, code: string) => `cannot read or write ${f} (${code}): check the folder and the permissions`,
  usageHint: (c: string) => `Help: maillage ${c}--help`,

  error: 'Error',
  warning: 'Warning',
  info: 'Note',
  lineColumn: (l: number, c: number) => `line ${l}, column ${c}`,
  item: (id: string) => `item "${id}"`,
  line: (l: number) => `line ${l}`,
  named: (id: string, where?: string) => (where ? `"${id}" (${where})` : `"${id}"`),
  problemsFound: (source: string, total: number, errors: number, warnings: number, lang: Lang = 'en', tally = '') =>
    `${source}: ${pl(total, 'problem', 'problems', lang)} (${pl(errors, 'error', 'errors', lang)}, ${pl(warnings, 'warning', 'warnings', lang)}${tally && `, ${tally}`})`,
  danglingTally: (tally: DanglingTally, lang: Lang = 'en') => {
    const kind = tally.target ? ID_KINDS.en[tally.target] : '';
    return `of which ${n(tally.links, lang)} are links to ${pl(tally.ids, `missing ${kind}id`, `missing ${kind}ids`, lang)}`;
  },
  rowCount: (count: number, lang: Lang = 'en') => pl(count, 'row', 'rows', lang),
  listedItems: 'items',
  listedRows: 'rows',
  andMore: (shown: string[], more: number, lang: Lang = 'en') =>
    more ? `${shown.join(', ')} and ${n(more, lang)} more` : shown.join(', '),
  noProblem: (source: string) => `${source}: no problem, the feed is ready to publish.`,
  summary: (s: FeedSummary, lang: Lang = 'en') =>
    `Usable content: ${pl(s.territories, 'territory', 'territories', lang)} (${n(s.outlines, lang)} with an outline), ${pl(s.organisations, 'organisation', 'organisations', lang)}, ${pl(s.events, 'event', 'events', lang)}, ${pl(s.cooperationRequests, 'cooperation request', 'cooperation requests', lang)} (${n(s.openRequests, lang)} open), ${pl(s.brands, 'brand', 'brands', lang)}, ${pl(s.themes, 'theme', 'themes', lang)}.`,
  fetchFailed: 'the download failed',
  httpStatus: (status: number) => `the server answered ${status}`,
  timedOut: 'no answer from the server within 30 seconds',

  csvRead: (file: string, rows: number, encoding: string, sep: string, lang: Lang = 'en') =>
    `${file}: ${pl(rows, 'row', 'rows', lang)} (${encoding}, separator "${sep === '\t' ? 'tab' : sep}")`,
  csvUnknownColumns: (cols: string) =>
    `columns ignored, their header is not recognised: ${cols} (see the column table in docs/publish-your-feed.md)`,
  csvMissingColumn: (col: string) => `required column missing: ${col}`,
  csvUnclosedQuote: 'a quote opened here is never closed: the rest of the file is read as one field',
  csvTextAfterQuote: 'text follows a quoted field; it is kept as is',
  csvEmpty: 'the file is empty (not even a header row)',
  rowAt: (file: string, line: number) => `${file}, line ${line}`,
  column: (h: string) => `column "${h}"`,
  rowDropped: 'this row is left out of the feed',
  fillColumn: (h: string) => `fill in the column "${h}" of this row`,
  rowCreatedTheme: (label: string, id: string, suggestion?: string) =>
    `unknown theme "${label}": it is added to the feed with the id "${id}"${suggestion ? `; did you mean "${suggestion}"? If so, correct the cell` : ''}`,
  rowSwappedDate: (value: string, iso: string) => `"${value}" is read as month/day/year, i.e. ${iso}; check it`,
  rowLinkFromFormula: (formula: string, url: string) =>
    `formula "${formula}": its address ${url} is used; next time, write the address itself in the cell`,
  noNetwork: 'the feed has no network: add --base network.json (with "network") or --network-id and --network-name',
  wrote: (file: string) => `Feed written to ${file}.`,
  buildProblems: (total: number, dropped: number, lang: Lang = 'en', tally = '') =>
    `${pl(total, 'problem', 'problems', lang)}${tally && ` (${tally})`}, ${pl(dropped, 'row or item left out', 'rows or items left out', lang)}.`,
  buildClean: 'No problem: every row was used.',

  outlinesAttached: (count: number, tolerance: string, before: number, after: number, lang: Lang = 'en') =>
    `${pl(count, 'territory gets', 'territories get', lang)} an outline (tolerance ${tolerance}°, ${n(before, lang)} → ${n(after, lang)} positions).`,
  outlinesMissingHeader: (count: number, lang: Lang = 'en') =>
    `${pl(count, 'territory has', 'territories have', lang)} no outline:`,
  outlineNoCode: (key: string) => `no ${key.toUpperCase()} code in the feed`,
  outlineNotInFile: (key: string, code: string) => `${key.toUpperCase()} code ${code} is not in the GeoJSON file`,
  outlinesAttribution: 'Source credit added to the feed (attributions).',
  outlinesNoFeatures: (f: string) => `${f} holds no GeoJSON feature (a FeatureCollection is expected)`,
  outlinesBadGeojson: (f: string) => `${f} is not a readable GeoJSON file`,
  feedNotJson: (f: string) => `${f} is not a readable JSON feed; "maillage validate ${f}" says why`,

  synthWrote: (file: string, bytes: number, seconds: string, s: FeedSummary, lang: Lang = 'en') =>
    `Synthetic feed written to ${file} (${(bytes / 1e6).toFixed(1)} MB, ${seconds} s): ${pl(s.territories, 'territory', 'territories', lang)} (${n(s.outlines, lang)} with an outline), ${pl(s.organisations, 'partner', 'partners', lang)}, ${pl(s.events, 'event', 'events', lang)}, ${pl(s.cooperationRequests, 'request', 'requests', lang)}.`,
  synthDataMissing: (dir: string) =>
    `reference data not found in ${dir} (epci-metropole.geojson, departements-metropole.geojson, communes.csv); give the folder with --data`,
});

export type CliMessages = (typeof messages)['fr'];
