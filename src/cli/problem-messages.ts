/**
 * Plain-language sentences for every problem the feed tool finds, in French
 * and English: what is wrong, and how to fix it.
 */
import { formatNumber, type Lang } from '../feed/text.js';
import type { ListKey } from '../feed/schema.js';
import { parisOffset } from './dates.js';
import { pointerSegments } from './json-locate.js';
import type { Problem, ProblemParams } from './check.js';

/** `events[3].start` from `/events/3/start`; `(document)` for the root. */
export function pointerToPath(pointer: string, lang: Lang): string {
  const segs = pointerSegments(pointer);
  if (!segs.length) return lang === 'fr' ? '(document)' : '(document)';
  return segs
    .map((s, i) =>
      /^\d+$/.test(s) ? `[${s}]` : /^[A-Za-z_$][\w$]*$/.test(s) ? (i ? '.' : '') + s : `[${JSON.stringify(s)}]`,
    )
    .join('');
}

/** What an id in each list names, for "matches no territory". */
const LIST_NOUNS: Record<Lang, Record<ListKey, string>> = {
  fr: {
    territories: 'aucun territoire',
    organisations: 'aucune organisation',
    cooperationRequests: 'aucune demande de coopération',
    events: 'aucun événement',
    brands: 'aucune marque',
    themes: 'aucun thème',
    attributions: 'aucune source',
  },
  en: {
    territories: 'no territory',
    organisations: 'no organisation',
    cooperationRequests: 'no cooperation request',
    events: 'no event',
    brands: 'no brand',
    themes: 'no theme',
    attributions: 'no source',
  },
};

/** "12 organisations": what the items of each list are called, one and many. */
const LIST_ITEMS: Record<Lang, Record<ListKey, [string, string]>> = {
  fr: {
    territories: ['territoire', 'territoires'],
    organisations: ['organisation', 'organisations'],
    cooperationRequests: ['demande de coopération', 'demandes de coopération'],
    events: ['événement', 'événements'],
    brands: ['marque', 'marques'],
    themes: ['thème', 'thèmes'],
    attributions: ['source', 'sources'],
  },
  en: {
    territories: ['territory', 'territories'],
    organisations: ['organisation', 'organisations'],
    cooperationRequests: ['cooperation request', 'cooperation requests'],
    events: ['event', 'events'],
    brands: ['brand', 'brands'],
    themes: ['theme', 'themes'],
    attributions: ['source', 'sources'],
  },
};

/** "12 organisations", "1 event"; items of an unknown list are "items". */
export function countItems(list: string, count: number, lang: Lang): string {
  const [one, many] =
    LIST_ITEMS[lang][list as ListKey] ?? (lang === 'fr' ? ['élément', 'éléments'] : ['item', 'items']);
  return `${formatNumber(count, lang)} ${count === 1 ? one : many}`;
}

/** "This event is left out", per list. */
const DROPPED: Record<Lang, Partial<Record<string, string>> & { other: string }> = {
  fr: {
    territories: 'ce territoire est ignoré : les widgets ne l’affichent pas',
    organisations: 'cette organisation est ignorée : les widgets ne l’affichent pas',
    cooperationRequests: 'cette demande de coopération est ignorée : les widgets ne l’affichent pas',
    events: 'cet événement est ignoré : les widgets ne l’affichent pas',
    brands: 'cette marque est ignorée : les widgets ne l’affichent pas',
    themes: 'ce thème est ignoré',
    attributions: 'cette mention de source est ignorée',
    other: 'cet élément est ignoré',
  },
  en: {
    territories: 'this territory is left out: the widgets do not show it',
    organisations: 'this organisation is left out: the widgets do not show it',
    cooperationRequests: 'this cooperation request is left out: the widgets do not show it',
    events: 'this event is left out: the widgets do not show it',
    brands: 'this brand is left out: the widgets do not show it',
    themes: 'this theme is left out',
    attributions: 'this source credit is left out',
    other: 'this item is left out',
  },
};

/** An example value for a required field, to show in the fix. */
const EXAMPLES: Record<string, string> = {
  id: '"ag-2021"',
  version: '"1.0"',
  name: '"Redon Agglomération"',
  title: '{"fr": "Assemblée générale", "en": "General meeting"}',
  kind: '"association"',
  start: '"2021-03-12T18:00:00+01:00"',
  organisation: '"redon-agglomeration"',
  explanation: '{"fr": "…", "en": "…"}',
  lookingFor: '["partners"]',
  label: '{"fr": "Mobilité", "en": "Mobility"}',
  text: '"Contours © IGN…"',
  brand: '"marque-mayenne"',
  network: '{"id": "mon-reseau", "name": "Mon réseau"}',
};

/** French for the schema's English messages (src/feed/schema.ts). */
const SCHEMA_FR: [RegExp, string | ((m: RegExpExecArray) => string)][] = [
  [/^must not be empty$/, 'ne doit pas être vide'],
  [/^an id must be a string$/, 'un identifiant s’écrit comme un texte, entre guillemets'],
  [/^an id must not be empty$/, 'un identifiant ne peut pas être vide'],
  [/^an id must be at most 200 characters$/, 'un identifiant fait au plus 200 caractères'],
  [/^a language key such as "fr" or "en"$/, 'les langues s’écrivent avec leur code, comme "fr" ou "en"'],
  [/^needs at least one non-empty language$/, 'il faut un texte non vide dans au moins une langue'],
  [/^expected a string or an object such as/, 'attendu : un texte, ou un objet comme {"fr": "…", "en": "…"}'],
  [/^expected an e-mail address$/, 'ce n’est pas une adresse e-mail valide'],
  [/^expected a GeoJSON "Polygon" or "MultiPolygon"$/, 'attendu : une géométrie GeoJSON "Polygon" ou "MultiPolygon"'],
  [/^expected GeoJSON coordinates/, 'attendu : des coordonnées GeoJSON (une liste d’anneaux)'],
  [/^a SIREN code has 9 digits$/, 'un code SIREN a 9 chiffres'],
  [/^an INSEE code such as 53130 or 2A$/, 'attendu : un code INSEE comme 53130 ou 2A'],
  [/^a two-letter country code such as FR$/, 'attendu : un code de pays à deux lettres, comme FR'],
  [/^expected "project", "partners" or "topic"$/, 'attendu : "project", "partners" ou "topic"'],
  [/^say what is sought/, 'dites ce qui est recherché : "project", "partners" et/ou "topic"'],
  [/^expected "open", "matched" or "closed"$/, 'attendu : "open", "matched" ou "closed"'],
  [/^a colour such as (#\w+)$/, (m) => `attendu : une couleur comme ${m[1]}`],
  [/^a link must be at most 4000 characters$/, 'un lien fait au plus 4000 caractères'],
  [/^Invalid value: Expected >=(\S+)/, (m) => `la valeur doit être au moins ${m[1]}`],
  [/^Invalid value: Expected <=(\S+)/, (m) => `la valeur doit être au plus ${m[1]}`],
  [/^Invalid type: Expected \((.+)\)/, (m) => `valeurs possibles : ${m[1]}`],
  [/^Invalid length: Expected >=1/, 'ne doit pas être vide'],
  [/^Invalid integer/, 'attendu : un nombre entier'],
];

const TYPE_NAMES: Record<Lang, Record<string, string>> = {
  fr: {
    string: 'un texte entre guillemets',
    number: 'un nombre',
    boolean: 'true ou false',
    Array: 'une liste [ … ]',
    Object: 'un objet { … }',
  },
  en: {
    string: 'a text in double quotes',
    number: 'a number',
    boolean: 'true or false',
    Array: 'a list [ … ]',
    Object: 'an object { … }',
  },
};

const JSON_SYNTAX: Record<Lang, Record<string, [string, string]>> = {
  fr: {
    empty: ['le fichier est vide', 'exportez à nouveau le flux'],
    'unexpected-end': [
      'le fichier s’arrête au milieu du JSON',
      'il manque la fin (un « } » ou un « ] ») : le fichier a peut-être été coupé',
    ],
    'unexpected-character': ['caractère inattendu', 'vérifiez la ponctuation juste avant cet endroit'],
    'trailing-comma': ['virgule en trop avant la fin d’une liste ou d’un objet', 'supprimez la dernière virgule'],
    'missing-comma': ['il manque une virgule entre deux éléments', 'ajoutez « , » à la fin de l’élément précédent'],
    'missing-colon': ['il manque « : » après le nom du champ', 'écrivez "champ": valeur'],
    'single-quotes': ['texte entre apostrophes', 'JSON n’accepte que les guillemets droits doubles : "texte"'],
    'typographic-quotes': [
      'guillemets typographiques (« », “ ”)',
      'remplacez-les par des guillemets droits doubles " (un traitement de texte les a peut-être changés)',
    ],
    'unquoted-key': ['nom de champ sans guillemets', 'écrivez le nom du champ entre guillemets : "name": …'],
    comment: ['commentaire', 'JSON n’accepte pas les commentaires : supprimez-les'],
    'control-character': [
      'retour à la ligne ou tabulation dans un texte',
      'écrivez \\n à la place du retour à la ligne',
    ],
    'bad-escape': [
      'barre oblique inverse \\ mal utilisée',
      'doublez-la (\\\\) ou écrivez un échappement valide comme \\n ou \\"',
    ],
    'bad-number': ['nombre mal écrit', 'écrivez les nombres avec un point décimal (47.25), sans espace ni unité'],
    'extra-content': [
      'du texte suit la fin du JSON',
      'supprimez ce qui suit la dernière accolade, ou réunissez les deux documents',
    ],
  },
  en: {
    empty: ['the file is empty', 'export the feed again'],
    'unexpected-end': [
      'the file stops in the middle of the JSON',
      'the end is missing (a "}" or a "]"): the file may have been cut',
    ],
    'unexpected-character': ['unexpected character', 'check the punctuation just before this place'],
    'trailing-comma': ['extra comma before the end of a list or object', 'remove the last comma'],
    'missing-comma': ['a comma is missing between two items', 'add "," at the end of the previous item'],
    'missing-colon': ['":" is missing after the field name', 'write "field": value'],
    'single-quotes': ['text in single quotes', 'JSON only accepts straight double quotes: "text"'],
    'typographic-quotes': [
      'typographic quotes (« », “ ”)',
      'replace them with straight double quotes " (a word processor may have changed them)',
    ],
    'unquoted-key': ['field name without quotes', 'put the field name in double quotes: "name": …'],
    comment: ['comment', 'JSON does not allow comments: remove them'],
    'control-character': ['line break or tab inside a text', 'write \\n instead of the line break'],
    'bad-escape': ['misused backslash \\', 'double it (\\\\) or write a valid escape such as \\n or \\"'],
    'bad-number': ['badly written number', 'write numbers with a decimal point (47.25), no space or unit'],
    'extra-content': [
      'text follows the end of the JSON',
      'remove what follows the last brace, or merge the two documents',
    ],
  },
};

const q = (lang: Lang, s: string | number | undefined) => (lang === 'fr' ? `« ${s ?? ''} »` : `"${s ?? ''}"`);

/** A date-time example with the right Paris offset for that day. */
const withTime = (day: string) => `${day}T18:00:00${parisOffset(day, 18)}`;

type Explained = { message: string; fix?: string };

function dateMessage(lang: Lang, p: ProblemParams): Explained {
  const fr = lang === 'fr';
  const day = p.suggestion?.slice(0, 10);
  const forms = (d: string) => (p.dateOnly ? d : fr ? `${d} ou ${withTime(d)}` : `${d} or ${withTime(d)}`);
  switch (p.reason) {
    case 'no-offset':
      return fr
        ? {
            message: `${q(lang, p.value)} n’indique pas le fuseau horaire`,
            fix: `écrivez ${p.suggestion} (heure de Paris)`,
          }
        : { message: `${q(lang, p.value)} has no time-zone offset`, fix: `write ${p.suggestion} (Paris time)` };
    case 'year-out-of-range':
      return fr
        ? {
            message: `${q(lang, p.value)} : l’année doit être entre 1900 et 2200`,
            fix: `écrivez par exemple ${forms('2021-03-12')}`,
          }
        : {
            message: `${q(lang, p.value)}: the year must be between 1900 and 2200`,
            fix: `write for example ${forms('2021-03-12')}`,
          };
    default:
      if (day)
        return fr
          ? {
              message: `${q(lang, p.value)} n’est pas une date`,
              fix: `écrivez ${p.reason === 'format' ? p.suggestion : forms(day)}`,
            }
          : {
              message: `${q(lang, p.value)} is not a date`,
              fix: `write ${p.reason === 'format' ? p.suggestion : forms(day)}`,
            };
      return fr
        ? {
            message: `${q(lang, p.value)} n’est pas une date`,
            fix: `écrivez-la AAAA-MM-JJ, par exemple ${forms('2021-03-12')}`,
          }
        : {
            message: `${q(lang, p.value)} is not a date`,
            fix: `write it YYYY-MM-DD, for example ${forms('2021-03-12')}`,
          };
  }
}

function explain(problem: Problem, lang: Lang): Explained {
  const p = problem.params;
  const fr = lang === 'fr';
  const list = pointerSegments(problem.pointer)[0];
  switch (problem.code) {
    case 'read-failed':
      return fr
        ? {
            message: `impossible de lire ${q(lang, p.value)} (${p.detail ?? p.reason})`,
            fix: 'vérifiez le nom du fichier ou l’adresse',
          }
        : {
            message: `cannot read ${q(lang, p.value)} (${p.detail ?? p.reason})`,
            fix: 'check the file name or the address',
          };
    case 'not-utf8':
      return fr
        ? {
            message: 'le fichier n’est pas en UTF-8 (il semble en Windows-1252) : les accents s’afficheront mal',
            fix: 'enregistrez-le en UTF-8 (ou refaites-le avec maillage build)',
          }
        : {
            message: 'the file is not UTF-8 (it looks like Windows-1252): accents will show wrongly',
            fix: 'save it as UTF-8 (or rebuild it with maillage build)',
          };
    case 'json-syntax': {
      const [message, fix] = JSON_SYNTAX[lang][p.reason ?? ''] ?? [p.detail ?? '', ''];
      return {
        message:
          (fr ? 'ce n’est pas du JSON valide : ' : 'this is not valid JSON: ') +
          message +
          (p.value ? ` (${q(lang, p.value)})` : ''),
        fix,
      };
    }
    case 'not-a-feed':
      return fr
        ? {
            message: 'ce document n’est pas un flux maillage',
            fix: 'un flux est un objet JSON { "version": "1.0", "network": {…}, … }',
          }
        : {
            message: 'this document is not a maillage feed',
            fix: 'a feed is a JSON object { "version": "1.0", "network": {…}, … }',
          };
    case 'unsupported-version':
      return fr
        ? {
            message: `version ${q(lang, p.value)} : cette version de maillage lit les flux 1.x`,
            fix: 'écrivez "version": "1.0", ou mettez maillage à jour',
          }
        : {
            message: `version ${q(lang, p.value)}: this version of maillage reads 1.x feeds`,
            fix: 'write "version": "1.0", or update maillage',
          };
    case 'missing-field': {
      const example = EXAMPLES[p.field ?? ''];
      const field = `"${p.field}"`;
      return fr
        ? { message: `le champ ${field} manque`, fix: example ? `ajoutez ${field}: ${example}` : `ajoutez ${field}` }
        : { message: `the field ${field} is missing`, fix: example ? `add ${field}: ${example}` : `add ${field}` };
    }
    case 'invalid-date':
      return dateMessage(lang, p);
    case 'wrong-type': {
      const expected = TYPE_NAMES[lang][p.reason ?? ''];
      if (!expected) break;
      const fix =
        p.reason === 'string' && p.value
          ? fr
            ? `écrivez-le entre guillemets : "${p.value}"`
            : `put it in double quotes: "${p.value}"`
          : p.reason === 'Array' && p.value
            ? fr
              ? `mettez la valeur dans une liste : [${p.value}]`
              : `put the value in a list: [${p.value}]`
            : undefined;
      return fr
        ? { message: `${q(lang, p.value)} : attendu ${expected}`, fix }
        : { message: `${q(lang, p.value)}: expected ${expected}`, fix };
    }
    case 'not-a-list':
      return fr
        ? { message: `${q(lang, p.field)} doit être une liste`, fix: `écrivez "${p.field}": [ … ]` }
        : { message: `"${p.field}" must be a list`, fix: `write "${p.field}": [ … ]` };
    case 'duplicate-id':
      return fr
        ? {
            message: `l’identifiant ${q(lang, p.value)} est déjà pris par ${list}[${p.firstIndex}]`,
            fix: 'donnez un identifiant différent à l’un des deux (ou supprimez le doublon)',
          }
        : {
            message: `the id "${p.value}" is already used by ${list}[${p.firstIndex}]`,
            fix: 'give one of the two a different id (or remove the duplicate)',
          };
    case 'dangling-reference': {
      const none = p.target ? LIST_NOUNS[lang][p.target] : fr ? 'aucun élément' : 'no item';
      return fr
        ? {
            message: `${q(lang, p.value)} ne correspond à ${none} du flux (le lien est ignoré)`,
            fix: `corrigez l’identifiant, ou ajoutez dans "${p.target}" un élément d’identifiant "${p.value}"`,
          }
        : {
            message: `"${p.value}" matches ${none} in the feed (the link is ignored)`,
            fix: `correct the id, or add to "${p.target}" an item with the id "${p.value}"`,
          };
    }
    case 'unsafe-url':
      return fr
        ? {
            message: `lien ${q(lang, p.value)} retiré : seuls les liens https, http et mailto sont acceptés`,
            fix: 'écrivez une adresse qui commence par https:// (ou mailto: pour un e-mail)',
          }
        : {
            message: `link "${p.value}" removed: only https, http and mailto links are accepted`,
            fix: 'write an address starting with https:// (or mailto: for an e-mail)',
          };
    case 'formula-in-link':
      return fr
        ? {
            message: `${q(lang, p.value)} est une formule de tableur, pas une adresse : le lien est retiré`,
            fix: 'écrivez l’adresse elle-même, qui commence par https:// (dans le tableur : copier la case, puis collage spécial, valeurs seulement)',
          }
        : {
            message: `"${p.value}" is a spreadsheet formula, not an address: the link is removed`,
            fix: 'write the address itself, starting with https:// (in the spreadsheet: copy the cell, then paste special, values only)',
          };
    case 'request-expired-open':
      return fr
        ? {
            message: `la demande a expiré le ${p.value} mais reste marquée ouverte`,
            fix: 'passez "status" à "closed" (ou "matched"), ou repoussez "expires"',
          }
        : {
            message: `the request expired on ${p.value} but is still marked open`,
            fix: 'set "status" to "closed" (or "matched"), or move "expires" later',
          };
    case 'request-expires-before-published':
      return fr
        ? {
            message: `la date d’expiration ${p.value} précède la date de publication ${p.other}`,
            fix: 'vérifiez les deux dates',
          }
        : { message: `the expiry date ${p.value} is before the publication date ${p.other}`, fix: 'check both dates' };
    case 'label-until-before-since':
      return fr
        ? { message: `le label finit (${p.value}) avant de commencer (${p.other})`, fix: 'vérifiez "since" et "until"' }
        : { message: `the label ends (${p.value}) before it starts (${p.other})`, fix: 'check "since" and "until"' };
    case 'event-end-before-start':
      return fr
        ? {
            message: `l’événement finit (${p.value}) avant de commencer (${p.other})`,
            fix: 'vérifiez "start" et "end" (jour et mois inversés ?)',
          }
        : {
            message: `the event ends (${p.value}) before it starts (${p.other})`,
            fix: 'check "start" and "end" (day and month swapped?)',
          };
    case 'siren-checksum':
      return fr
        ? {
            message: `le code SIREN ${q(lang, p.value)} n’existe pas : son dernier chiffre (clé de Luhn) ne correspond pas`,
            fix: `vérifiez-le sur annuaire-entreprises.data.gouv.fr (un chiffre est faux ou deux sont inversés ; avec ces 8 premiers chiffres la clé serait ${p.suggestion})`,
          }
        : {
            message: `the SIREN code "${p.value}" does not exist: its last digit (Luhn check digit) does not match`,
            fix: `check it on annuaire-entreprises.data.gouv.fr (a digit is wrong or two are swapped; with these first 8 digits the check digit would be ${p.suggestion})`,
          };
    case 'not-a-ring':
      return fr
        ? {
            message: 'ce n’est pas un anneau GeoJSON (une liste de positions [longitude, latitude])',
            fix: 'vérifiez l’imbrication des crochets : Polygon = [[[lon, lat], …]], MultiPolygon = [[[[lon, lat], …]]]',
          }
        : {
            message: 'this is not a GeoJSON ring (a list of [longitude, latitude] positions)',
            fix: 'check the bracket nesting: Polygon = [[[lon, lat], …]], MultiPolygon = [[[[lon, lat], …]]]',
          };
    case 'coordinate-not-number':
      return fr
        ? {
            message: `la position ${p.point} n’est pas deux nombres${(p.count ?? 1) > 1 ? ` (et ${p.count! - 1} autre(s) dans cet anneau)` : ''}`,
            fix: 'chaque position s’écrit [longitude, latitude] avec deux nombres, sans guillemets',
          }
        : {
            message: `the position ${p.point} is not two numbers${(p.count ?? 1) > 1 ? ` (and ${p.count! - 1} more in this ring)` : ''}`,
            fix: 'write each position as [longitude, latitude], two numbers without quotes',
          };
    case 'ring-too-short':
      return fr
        ? {
            message: `cet anneau n’a que ${p.count} position(s)`,
            fix: 'un anneau a au moins 4 positions : 3 sommets puis le retour au premier',
          }
        : {
            message: `this ring has only ${p.count} position(s)`,
            fix: 'a ring has at least 4 positions: 3 corners, then the first one again',
          };
    case 'ring-unclosed':
      return fr
        ? {
            message: 'cet anneau n’est pas fermé : la dernière position n’est pas la première',
            fix: `répétez la première position ${p.point} à la fin de l’anneau`,
          }
        : {
            message: 'this ring is not closed: its last position is not its first',
            fix: `repeat the first position ${p.point} at the end of the ring`,
          };
    case 'self-intersection':
      return fr
        ? {
            message: `le contour se croise lui-même près de ${p.point}${(p.count ?? 1) > 1 ? ` (${p.count} croisements)` : ''}`,
            fix: 'reprenez le contour (par exemple mapshaper -clean), ou rattachez le contour officiel avec maillage outlines',
          }
        : {
            message: `the outline crosses itself near ${p.point}${(p.count ?? 1) > 1 ? ` (${p.count} crossings)` : ''}`,
            fix: 'repair the outline (for example mapshaper -clean), or attach the official outline with maillage outlines',
          };
    case 'outside-france':
      if (p.reason === 'location')
        return fr
          ? {
              message: `la position ${p.point} est hors de France alors que l’adresse est en France`,
              fix: '"lon" est la longitude (de -5 à 10 en métropole), "lat" la latitude (de 41 à 51), en degrés décimaux',
            }
          : {
              message: `the position ${p.point} is outside France although the address is in France`,
              fix: '"lon" is the longitude (-5 to 10 in mainland France), "lat" the latitude (41 to 51), in decimal degrees',
            };
      return fr
        ? {
            message: `la position ${p.point} est hors de France (métropole et outre-mer)${(p.count ?? 1) > 1 ? `, comme ${p.count! - 1} autre(s)` : ''}`,
            fix: 'les coordonnées doivent être en WGS84 : longitude puis latitude, en degrés (pas en Lambert 93)',
          }
        : {
            message: `the position ${p.point} is outside France (mainland and overseas)${(p.count ?? 1) > 1 ? `, as are ${p.count! - 1} more` : ''}`,
            fix: 'coordinates must be WGS84: longitude then latitude, in degrees (not Lambert 93)',
          };
    case 'swapped-lon-lat':
      if (p.reason === 'location')
        return fr
          ? {
              message: `longitude et latitude semblent inversées (${p.point})`,
              fix: 'échangez les valeurs de "lon" et de "lat"',
            }
          : { message: `longitude and latitude look swapped (${p.point})`, fix: 'swap the values of "lon" and "lat"' };
      return fr
        ? {
            message: `longitude et latitude semblent inversées (${p.point})`,
            fix: 'GeoJSON s’écrit [longitude, latitude] : échangez les deux nombres de chaque position',
          }
        : {
            message: `longitude and latitude look swapped (${p.point})`,
            fix: 'GeoJSON is [longitude, latitude]: swap the two numbers of every position',
          };
    case 'invalid-network':
    case 'invalid-value':
      break;
  }
  // Fallback: the schema's own sentence, in French when it has a translation.
  let detail = p.detail ?? '';
  if (fr) {
    const hit = SCHEMA_FR.find(([re]) => re.test(detail));
    if (hit) {
      const [re, text] = hit;
      detail = typeof text === 'string' ? text : text(re.exec(detail)!);
    } else detail = `valeur refusée (${detail})`;
  }
  const colon = fr ? ' : ' : ': ';
  return { message: p.value !== undefined && p.value !== '' ? `${q(lang, p.value)}${colon}${detail}` : detail };
}

/** Several references to one missing id, from one field of one list. */
export interface DanglingReferences {
  /** The list the references are in (`organisations`). */
  list: string;
  /** The list the id should be in. */
  target?: ListKey;
  /** The missing id, as the problems quote it. */
  value: string;
  count: number;
}

/**
 * The sentences for many references to one missing id: the id once, how many name it, and the one fix.
 * `rows` speaks of spreadsheet rows and cells rather than items and ids.
 */
export function describeDanglingReferences(refs: DanglingReferences, lang: Lang, rows = false): Explained {
  const { target, value, count } = refs;
  const fr = lang === 'fr';
  const none = target ? LIST_NOUNS[lang][target] : fr ? 'aucun élément' : 'no item';
  const naming = rows ? `${formatNumber(count, lang)} ${fr ? 'lignes' : 'rows'}` : countItems(refs.list, count, lang);
  return fr
    ? {
        message: `${q(lang, value)} ne correspond à ${none} du flux, et ${naming} le nomment (ces liens sont ignorés)`,
        fix: `ajoutez dans "${target}" un élément d’identifiant "${value}", ou corrigez ${rows ? 'la case de' : 'l’identifiant dans'} ces ${naming}`,
      }
    : {
        message: `"${value}" matches ${none} in the feed, and ${naming} name it (these links are ignored)`,
        fix: `add to "${target}" an item with the id "${value}", or correct ${rows ? 'the cell' : 'the id'} in these ${naming}`,
      };
}

export interface DescribedProblem {
  /** `events[3].start` */
  path: string;
  message: string;
  fix?: string;
  /** What happens to the item (left out), when something does. */
  consequence?: string;
}

/** The sentences shown for a problem. */
export function describeProblem(problem: Problem, lang: Lang): DescribedProblem {
  const { message, fix } = explain(problem, lang);
  const list = pointerSegments(problem.pointer)[0] ?? '';
  let consequence: string | undefined;
  if (problem.dropped) consequence = DROPPED[lang][list] ?? DROPPED[lang].other;
  else if (problem.params.reason === 'network')
    consequence =
      lang === 'fr'
        ? 'la description du réseau est ignorée : les widgets n’affichent pas son nom'
        : 'the network description is left out: the widgets do not show its name';
  return { path: pointerToPath(problem.pointer, lang), message, fix, consequence };
}

/** One line as in the issue: `events[3].start : « 31/02/2021 » n'est pas une date ; écrivez 2021-02-28 …`. */
export function problemSentence(problem: Problem, lang: Lang): string {
  const d = describeProblem(problem, lang);
  const colon = lang === 'fr' ? ' : ' : ': ';
  const semi = lang === 'fr' ? ' ; ' : '; ';
  return `${d.path}${colon}${d.message}${d.fix ? semi + d.fix : ''}`;
}
