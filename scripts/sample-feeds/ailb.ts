/**
 * The Alliance Intermétropolitaine Loire Bretagne (AILB).
 *
 * Source: `004_c66453caae5ac4ed.txt` — the AILB activity report of 30 June 2021
 * (editorial, immersion days, experimentation projects, outlook, 2021
 * calendar, bureau, general assembly, partners, finances, and the draft
 * experimental study agreement in the annex). SIREN codes, official names and
 * outlines come from `data/` (see data/README.md, "EPCI of the Alliance").
 */
import {
  COMMUNES,
  departementTerritory,
  epciFeature,
  epciId,
  eventAt,
  placedIn,
  regionTerritory,
  wholeMonth,
  withMonthNote,
  type CommuneRef,
  type EpciSpec,
  type FeedDraft,
} from './common.js';
import { REGION_BRETAGNE, REGION_PAYS_DE_LA_LOIRE } from './shared.js';
import type { FeedEvent, Organisation } from '../../src/feed/types.js';

const ALLIANCE = 'alliance-loire-bretagne';
const ORG = 'ailb';

interface Person {
  given: string;
  family: string;
  /** Function in the EPCI (as in the general assembly table). */
  role: string;
  roleEn: string;
}

interface Member {
  siren: string;
  /** Name the Alliance uses (data/README.md). */
  name: string;
  orgId: string;
  /** Total populations 2019 and 2020 of the contributions table. */
  pop2019: number;
  pop2020: number;
  /** "Participations 2021" in euros (0.15 € per inhabitant). */
  contribution: number;
  /** Label of the contributions table (names the seat town for some). */
  tableLabel: string;
  /** Immersion day(s), 2021. */
  immersion: { start: string; end?: string };
  /** The town the document names for the EPCI (table label or name) and used for the map marker. */
  town: CommuneRef;
  president: Person;
  /** AILB function and delegation of the president, when in the bureau. */
  ailbRole?: { fr: string; en: string };
  substitute?: Person & { ailbRole?: { fr: string; en: string } };
  /** LEADER fund manager the AILB contacted for this EPCI. */
  leader?: { structure?: string; given: string; family: string };
  extra?: { fr: string; en: string };
}

const president = (given: string, family: string, female = false): Person => ({
  given,
  family,
  role: female ? 'Présidente' : 'Président',
  roleEn: 'President',
});
const vicePresident = (given: string, family: string, female = false): Person => ({
  given,
  family,
  role: female ? 'Vice-présidente' : 'Vice-président',
  roleEn: 'Vice-president',
});

const TERRITOIRE_INDUSTRIE = {
  fr: "Répertoriée « Territoire d'industrie » (plan national porté par l'ANCT) ; concernée par le chantier « formation supérieure en alternance ».",
  en: 'Listed as a "Territoire d\'industrie" (national plan run by ANCT); part of the "work-study higher education" project.',
};

const MEMBERS: Member[] = [
  {
    siren: '243500741',
    name: 'Redon Agglomération',
    orgId: 'redon-agglomeration',
    pop2019: 68537,
    pop2020: 68497,
    contribution: 10274.55,
    tableLabel: 'Redon Agglomération',
    immersion: { start: '2021-02-03', end: '2021-02-05' },
    town: COMMUNES.redon,
    president: president('Jean-François', 'MARY'),
    ailbRole: {
      fr: "Président de l'AILB, délégation « Projet de territoire inter métropolitain »",
      en: 'President of the AILB, portfolio "Inter-metropolitan territorial project"',
    },
    substitute: vicePresident('Pascal', 'DUCHENE'),
    leader: { structure: 'Redon Agglomération', given: 'Simon', family: 'LE ROY' },
    extra: {
      fr: "EPCI mobilisé à l'initiative et à la création de l'AILB. Labellisée « Territoire d'Industries » en 2018 (plan national porté par l'ANCT). Accueille le CAMPUS ESPRIT Industries (ouvert en 2014) et, sollicitée depuis 2019 par le cluster Eco'Origin, a initié la réflexion sur une filière d'hydrogène « vert », partagée avec les autres membres de l'AILB depuis octobre 2020 (SAS MHOOVE, mars 2021). Population de 68 000 habitants citée pour l'expérimentation des mobilités décarbonées. Christophe Bidaud, directeur du développement, présente l'avancement des travaux en assemblée générale.",
      en: 'The EPCI that drove the creation of the AILB. Labelled "Territoire d\'Industries" in 2018 (national plan run by ANCT). Home of the CAMPUS ESPRIT Industries (opened 2014); approached since 2019 by the Eco\'Origin cluster, it started the study of a "green" hydrogen industry, shared with the other AILB members since October 2020 (SAS MHOOVE, March 2021). A population of 68,000 is quoted for the low-carbon mobility experiment. Christophe Bidaud, development director, reports on the work at general assemblies.',
    },
  },
  {
    siren: '244400552',
    name: "COMPA (Pays d'Ancenis)",
    orgId: 'compa',
    pop2019: 67991,
    pop2020: 68371,
    contribution: 10255.65,
    tableLabel: 'COMPA - Ancenis',
    immersion: { start: '2021-03-29' },
    town: COMMUNES.ancenis,
    president: president('Maurice', 'PERRION'),
    ailbRole: { fr: "Membre de l'assemblée générale", en: 'Member of the general assembly' },
    substitute: {
      ...vicePresident('Jean-Pierre', 'BELLEIL'),
      ailbRole: {
        fr: "Secrétaire-adjoint de l'AILB, délégation « CAMPUS de proximité », élu-référent du chantier formation supérieure",
        en: 'Deputy secretary of the AILB, portfolio "Local campuses", lead councillor of the higher-education project',
      },
    },
    extra: {
      fr: `${TERRITOIRE_INDUSTRIE.fr} Une délégation de chefs d'entreprises, d'élus et de techniciens du Pays d'Ancenis a visité le CAMPUS ESPRIT Industries en 2020 ; une rencontre sur le territoire d'Ancenis entre le 15 avril et le 2 juin 2021.`,
      en: `${TERRITOIRE_INDUSTRIE.en} A delegation of business leaders, councillors and officers of the Pays d'Ancenis visited the CAMPUS ESPRIT Industries in 2020; one meeting in the Ancenis area between 15 April and 2 June 2021.`,
    },
  },
  {
    siren: '200072726',
    name: 'CC Châteaubriant-Derval',
    orgId: 'cc-chateaubriant-derval',
    pop2019: 45779,
    pop2020: 45927,
    contribution: 6889.05,
    tableLabel: 'CC Châteaubriant-Derval',
    immersion: { start: '2021-04-27' },
    town: COMMUNES.chateaubriant,
    president: president('Alain', 'HUNAUULT'),
    ailbRole: { fr: "Membre de l'assemblée générale", en: 'Member of the general assembly' },
    substitute: {
      ...vicePresident('Dominique', 'DAVID'),
      ailbRole: {
        fr: "Vice-président de l'AILB, délégation « Mobilités décarbonées - H2 », élu-référent du chantier mobilités décarbonées",
        en: 'Vice-president of the AILB, portfolio "Low-carbon mobility - H2", lead councillor of the low-carbon mobility project',
      },
    },
    leader: { structure: 'GAL', given: 'Nolwenn', family: 'DILER' },
    extra: {
      fr: `${TERRITOIRE_INDUSTRIE.fr} Deux rencontres sur le territoire de Châteaubriant-Derval entre le 15 avril et le 2 juin 2021 ; bureau de l'AILB à Derval le 9 avril 2021.`,
      en: `${TERRITOIRE_INDUSTRIE.en} Two meetings in the Châteaubriant-Derval area between 15 April and 2 June 2021; AILB bureau at Derval on 9 April 2021.`,
    },
  },
  {
    siren: '200043990',
    name: 'Vallons de Haute Bretagne Communauté',
    orgId: 'vallons-de-haute-bretagne-communaute',
    pop2019: 44211,
    pop2020: 44574,
    contribution: 6686.1,
    tableLabel: 'VHBC - Guichen / Guilprie-Messac',
    immersion: { start: '2021-02-17' },
    town: COMMUNES.guichen,
    president: president('Joël', 'SIELLER'),
    ailbRole: { fr: "Membre de l'assemblée générale", en: 'Member of the general assembly' },
    substitute: vicePresident('Pierre-Yves', 'REBOUX'),
    leader: { structure: 'Pays des Vallons de Vilaine', given: 'Nolwenn', family: 'COLSON' },
    extra: {
      fr: "Assemblée générale de l'AILB à Guipry-Messac le 19 mars 2021.",
      en: 'AILB general assembly at Guipry-Messac on 19 March 2021.',
    },
  },
  {
    siren: '200066777',
    name: 'Ploërmel Communauté',
    orgId: 'ploermel-communaute',
    pop2019: 43823,
    pop2020: 43624,
    contribution: 6543.6,
    tableLabel: 'Ploërmel Communauté',
    immersion: { start: '2021-03-22' },
    town: COMMUNES.ploermel,
    president: president('Patrick', 'LE DIFFON'),
    ailbRole: {
      fr: "Secrétaire de l'AILB, délégation « CAMPUS de proximité », élu-référent du chantier formation supérieure",
      en: 'Secretary of the AILB, portfolio "Local campuses", lead councillor of the higher-education project',
    },
    extra: {
      fr: `${TERRITOIRE_INDUSTRIE.fr} Une rencontre sur le territoire de Ploërmel entre le 15 avril et le 2 juin 2021.`,
      en: `${TERRITOIRE_INDUSTRIE.en} One meeting in the Ploërmel area between 15 April and 2 June 2021.`,
    },
  },
  {
    siren: '200066785',
    name: 'Oust à Brocéliande Communauté',
    orgId: 'oust-a-broceliande-communaute',
    pop2019: 40135,
    pop2020: 39989,
    contribution: 5998.35,
    tableLabel: 'CC Oust à Brocéliande - Guer',
    immersion: { start: '2021-01-28' },
    town: COMMUNES.guer,
    president: president('Jean-Luc', 'BLEHER'),
    ailbRole: {
      fr: "Vice-président de l'AILB, délégation « Coopérations territoriales et réseaux »",
      en: 'Vice-president of the AILB, portfolio "Territorial cooperation and networks"',
    },
    substitute: vicePresident('Gaëlle', 'BERTHEVAS', true),
  },
  {
    siren: '200000438',
    name: 'CC Pontchâteau-Saint-Gildas-des-Bois',
    orgId: 'cc-pontchateau-saint-gildas-des-bois',
    pop2019: 35872,
    pop2020: 35873,
    contribution: 5380.95,
    tableLabel: 'CC Pontchâteau-Saint-Gildas',
    immersion: { start: '2021-02-25' },
    town: COMMUNES.pontchateau,
    president: president('Jean-Louis', 'MOGAN'),
    ailbRole: { fr: "Membre de l'assemblée générale", en: 'Member of the general assembly' },
    substitute: vicePresident('Danielle', 'CORNET', true),
    leader: { given: 'Sophie', family: 'FEYVRY' },
  },
  {
    siren: '200070662',
    name: 'Bretagne Porte de Loire Communauté',
    orgId: 'bretagne-porte-de-loire-communaute',
    pop2019: 32447,
    pop2020: 32649,
    contribution: 4897.35,
    tableLabel: 'Bretagne Porte de Loire - Bain de Bretagne',
    immersion: { start: '2021-02-23' },
    town: COMMUNES.bainDeBretagne,
    president: president('Vincent', 'MINIER'),
    ailbRole: {
      fr: "Trésorier-adjoint de l'AILB, délégation « Valorisation des atouts et ressources »",
      en: 'Deputy treasurer of the AILB, portfolio "Showcasing assets and resources"',
    },
    substitute: vicePresident('Nadine', 'DREAN', true),
    leader: { structure: 'Pays des Vallons de Vilaine', given: 'Nolwenn', family: 'COLSON' },
  },
  {
    siren: '200027027',
    name: 'Arc Sud Bretagne',
    orgId: 'arc-sud-bretagne',
    pop2019: 27767,
    pop2020: 27239,
    contribution: 4085.85,
    tableLabel: 'CC Arc Sud Bretagne - Muzillac',
    immersion: { start: '2021-03-11' },
    town: COMMUNES.muzillac,
    president: president('Bruno', 'LEBORGNE'),
    ailbRole: { fr: "Membre de l'assemblée générale", en: 'Member of the general assembly' },
    substitute: vicePresident('Guy', 'DAVID'),
    leader: {
      structure: 'Communauté d’agglomération de Vannes et du golfe du Morbihan',
      given: 'Nina',
      family: 'TRALLERO',
    },
  },
  {
    siren: '245614383',
    name: 'Questembert Communauté',
    orgId: 'questembert-communaute',
    pop2019: 23866,
    pop2020: 23990,
    contribution: 3598.5,
    tableLabel: 'Questembert Communauté',
    immersion: { start: '2021-02-11' },
    town: COMMUNES.questembert,
    president: president('Patrice', 'LE PENHUIZIC'),
    ailbRole: { fr: "Membre de l'assemblée générale", en: 'Member of the general assembly' },
    leader: {
      structure: 'Communauté d’agglomération de Vannes et du golfe du Morbihan',
      given: 'Nina',
      family: 'TRALLERO',
    },
    extra: {
      fr: "Séminaire et déjeuner des présidents de l'AILB à Questembert le 1er octobre 2021.",
      en: 'AILB seminar and presidents’ lunch at Questembert on 1 October 2021.',
    },
  },
  {
    siren: '243500618',
    name: 'Brocéliande Communauté',
    orgId: 'broceliande-communaute',
    pop2019: 18349,
    pop2020: 18645,
    contribution: 2796.75,
    tableLabel: 'Brocéliande Communauté - Plélan le Grand',
    immersion: { start: '2021-02-18' },
    town: COMMUNES.plelan,
    president: president('Bernard', 'ETHORE'),
    ailbRole: {
      fr: "Trésorier de l'AILB, délégation « Mobilités décarbonées - H2 », élu-référent du chantier mobilités décarbonées",
      en: 'Treasurer of the AILB, portfolio "Low-carbon mobility - H2", lead councillor of the low-carbon mobility project',
    },
    substitute: vicePresident('David', 'MOIZAN'),
    leader: { structure: 'Pays de Brocéliande', given: 'Bertrand', family: 'DUARTE' },
  },
  {
    siren: '244400453',
    name: 'CC de la Région de Blain',
    orgId: 'cc-region-de-blain',
    pop2019: 16457,
    pop2020: 16526,
    contribution: 2478.9,
    tableLabel: 'Blain Communauté',
    immersion: { start: '2021-03-08' },
    town: COMMUNES.blain,
    president: president('Rita', 'SCHALDT', true),
    ailbRole: { fr: "Membre de l'assemblée générale", en: 'Member of the general assembly' },
    substitute: {
      ...vicePresident('Jean-Michel', 'BUF'),
      ailbRole: {
        fr: "Invité au bureau de l'AILB pour la Région Pays de la Loire, délégation « Coopérations territoriales et réseaux »",
        en: 'Guest of the AILB bureau for the Pays de la Loire Region, portfolio "Territorial cooperation and networks"',
      },
    },
    leader: { structure: 'CEL Erdre et Loire', given: 'Nicolas', family: 'PLATEAU' },
    extra: {
      fr: "Assemblée générale élargie de l'AILB à Bouvron le 28 mai 2021.",
      en: 'AILB enlarged general assembly at Bouvron on 28 May 2021.',
    },
  },
  {
    siren: '244400537',
    name: 'CC de Nozay',
    orgId: 'cc-de-nozay',
    pop2019: 15978,
    pop2020: 16080,
    contribution: 2412.0,
    tableLabel: 'CC Région de Nozay',
    immersion: { start: '2021-02-02' },
    town: COMMUNES.nozay,
    president: president('Claire', 'THEVENIAU', true),
    ailbRole: {
      fr: "Vice-présidente de l'AILB, délégation « Valorisation des atouts et ressources »",
      en: 'Vice-president of the AILB, portfolio "Showcasing assets and resources"',
    },
    substitute: vicePresident('Jean-Claude', 'PROVOST'),
    leader: { structure: 'CEL Erdre et Loire', given: 'Nicolas', family: 'PLATEAU' },
  },
];

export const AILB_SIRENS = MEMBERS.map((m) => m.siren);

const fullName = (p: { given: string; family: string }) => `${p.given} ${p.family}`;
const lcFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const euros = (n: number, lang: 'fr' | 'en') =>
  new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { style: 'currency', currency: 'EUR' }).format(n);

/** "29 mars 2021" / "29 March 2021"; "3-5 février 2021" for a span within a month. */
function dayLabel(immersion: Member['immersion'], lang: 'fr' | 'en'): string {
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  const at = (iso: string) => new Date(`${iso}T12:00:00Z`);
  const full = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  if (!immersion.end) return full.format(at(immersion.start));
  return `${at(immersion.start).getUTCDate()}–${full.format(at(immersion.end))}`;
}

function memberDescription(m: Member): { fr: string; en: string } {
  const fr: string[] = [
    `Membre de l'Alliance Intermétropolitaine Loire Bretagne. ${m.president.role} : ${fullName(m.president)}${m.ailbRole ? ` (${lcFirst(m.ailbRole.fr)})` : ''}.`,
  ];
  const en: string[] = [
    `Member of the Alliance Intermétropolitaine Loire Bretagne. President: ${fullName(m.president)}${m.ailbRole ? ` (${lcFirst(m.ailbRole.en)})` : ''}.`,
  ];
  if (m.substitute) {
    fr.push(
      `Suppléance à l'assemblée générale : ${fullName(m.substitute)}, ${m.substitute.role.toLowerCase()}${m.substitute.ailbRole ? ` (${lcFirst(m.substitute.ailbRole.fr)})` : ''}.`,
    );
    en.push(
      `Substitute at the general assembly: ${fullName(m.substitute)}, ${m.substitute.roleEn.toLowerCase()}${m.substitute.ailbRole ? ` (${lcFirst(m.substitute.ailbRole.en)})` : ''}.`,
    );
  }
  fr.push(
    `Journée d'immersion de la cheffe de mission : ${dayLabel(m.immersion, 'fr')}. Population totale : ${m.pop2019.toLocaleString('fr-FR')} (2019), ${m.pop2020.toLocaleString('fr-FR')} (2020) ; participation 2021 : ${euros(m.contribution, 'fr')} (0,15 € par habitant ; « ${m.tableLabel} » dans le tableau des contributions).`,
  );
  en.push(
    `Immersion day of the project manager: ${dayLabel(m.immersion, 'en')}. Total population: ${m.pop2019.toLocaleString('en-GB')} (2019), ${m.pop2020.toLocaleString('en-GB')} (2020); 2021 contribution: ${euros(m.contribution, 'en')} (€0.15 per inhabitant; "${m.tableLabel}" in the contributions table).`,
  );
  if (m.leader) {
    fr.push(
      `Animateur LEADER contacté par l'AILB : ${fullName(m.leader)}${m.leader.structure ? ` (${m.leader.structure})` : ''}.`,
    );
    en.push(
      `LEADER officer contacted by the AILB: ${fullName(m.leader)}${m.leader.structure ? ` (${m.leader.structure})` : ''}.`,
    );
  }
  if (m.extra) {
    fr.push(m.extra.fr);
    en.push(m.extra.en);
  }
  return { fr: fr.join(' '), en: en.join(' ') };
}

const epci: EpciSpec[] = MEMBERS.map((m) => ({
  siren: m.siren,
  name: m.name,
  parents: [ALLIANCE, ...epciFeature(m.siren).properties.departements.map((d) => `dep-${d}`)],
  documentPopulation: [
    { year: 2019, value: m.pop2019 },
    { year: 2020, value: m.pop2020 },
  ],
  description: {
    fr: `Population totale 2019 : ${m.pop2019.toLocaleString('fr-FR')} ; 2020 : ${m.pop2020.toLocaleString('fr-FR')} (tableau des contributions du rapport d'activité 2021 de l'AILB).`,
    en: `Total population 2019: ${m.pop2019.toLocaleString('en-GB')}; 2020: ${m.pop2020.toLocaleString('en-GB')} (contributions table of the AILB 2021 activity report).`,
  },
}));

const memberOrganisations: Organisation[] = MEMBERS.map((m) => ({
  id: m.orgId,
  name: m.name,
  kind: 'epci',
  territories: [epciId(m.siren)],
  themes: ['projet-intermetropolitain'],
  memberOf: [ORG],
  description: memberDescription(m),
  contact: {
    givenName: m.president.given,
    familyName: m.president.family,
    role: {
      fr: `${m.president.role}${m.ailbRole ? ` ; ${lcFirst(m.ailbRole.fr)}` : ''}`,
      en: `${m.president.roleEn}${m.ailbRole ? `; ${lcFirst(m.ailbRole.en)}` : ''}`,
    },
  },
  ...placedIn(m.town),
}));

// Themes the document's Territoires d'industrie and project leads imply for some members.
for (const o of memberOrganisations) {
  if (['redon-agglomeration', 'compa', 'cc-chateaubriant-derval', 'ploermel-communaute'].includes(o.id))
    o.themes!.push('formation-superieure-alternance');
  if (['redon-agglomeration', 'cc-chateaubriant-derval', 'broceliande-communaute'].includes(o.id))
    o.themes!.push('mobilites-decarbonees');
}

const institutional = (
  id: string,
  start: string,
  kind: string,
  title: { fr: string; en: string },
  agenda: { fr: string[]; en: string[] } | undefined,
  where: Partial<FeedEvent>,
  extra?: { fr: string; en: string },
  themes?: string[],
): FeedEvent => ({
  id,
  title,
  start,
  kind,
  organiser: ORG,
  territories: [ALLIANCE],
  ...(themes ? { themes } : {}),
  ...where,
  description: {
    fr:
      [agenda?.fr.length ? `Ordre du jour :\n- ${agenda.fr.join('\n- ')}` : '', extra?.fr ?? '']
        .filter(Boolean)
        .join('\n\n') || title.fr,
    en:
      [agenda?.en.length ? `Agenda:\n- ${agenda.en.join('\n- ')}` : '', extra?.en ?? ''].filter(Boolean).join('\n\n') ||
      title.en,
  },
});

const VISIO = { online: true, location: { name: { fr: 'Visioconférence', en: 'Video conference' } } };
const BUREAU = { fr: "Bureau de l'AILB", en: 'AILB bureau' };
const AG = { fr: "Assemblée générale de l'AILB", en: 'AILB general assembly' };
const LUNCH = { fr: 'Déjeuner des présidents', en: 'Presidents’ lunch' };

const calendar: FeedEvent[] = [
  institutional(
    'ailb-2021-01-29-bureau',
    '2021-01-29',
    'bureau',
    BUREAU,
    {
      fr: ['Avancement - méthode', 'Élections bureau', 'Budget'],
      en: ['Progress - method', 'Bureau elections', 'Budget'],
    },
    { location: eventAt(COMMUNES.redon) },
  ),
  institutional('ailb-2021-01-29-dejeuner-presidents', '2021-01-29', 'rencontre', LUNCH, undefined, {
    location: eventAt(COMMUNES.redon),
  }),
  institutional(
    'ailb-2021-02-12-assemblee-generale',
    '2021-02-12',
    'assemblee-generale',
    AG,
    {
      fr: ['Avancement - méthode', 'Élections bureau + suppléant', 'Budget'],
      en: ['Progress - method', 'Bureau elections + substitutes', 'Budget'],
    },
    { location: eventAt(COMMUNES.redon) },
    {
      fr: "Vote du budget prévisionnel 2021 (délibération N°2021-002-AG-AILB, équilibré à 204 535,56 €, avis favorable à l'unanimité) et validation de l'appel à contributions 2021 des EPCI membres (N°2021-003-AG-AILB : 0,15 € par habitant sur la population totale 2020, recette escomptée de 72 297,60 €).",
      en: 'Vote of the 2021 budget (decision No. 2021-002-AG-AILB, balanced at €204,535.56, approved unanimously) and approval of the 2021 call for contributions from member EPCI (No. 2021-003-AG-AILB: €0.15 per inhabitant of the 2020 total population, €72,297.60 expected).',
    },
  ),
  institutional(
    'ailb-2021-03-11-bureau',
    '2021-03-11',
    'bureau',
    BUREAU,
    { fr: ['Marchés', 'Chantiers'], en: ['Contracts', 'Experimentation projects'] },
    VISIO,
    {
      fr: 'Jeudi 11 mars ; lieu indiqué « Visio ? » dans le calendrier (à confirmer).',
      en: 'Thursday 11 March; the calendar gives the place as "Visio ?" (to be confirmed).',
    },
  ),
  institutional(
    'ailb-2021-03-19-assemblee-generale',
    '2021-03-19',
    'assemblee-generale',
    AG,
    {
      fr: ['Projet Hydrogène', 'Projet campus', 'Petites villes de demain/CRTE'],
      en: ['Hydrogen project', 'Campus project', 'Petites villes de demain / CRTE'],
    },
    { location: eventAt(COMMUNES.guipryMessac) },
    undefined,
    ['mobilites-decarbonees', 'formation-superieure-alternance'],
  ),
  institutional(
    'ailb-2021-04-09-bureau',
    '2021-04-09',
    'bureau',
    BUREAU,
    { fr: ['Structuration'], en: ['Structuring the association'] },
    { location: eventAt(COMMUNES.derval) },
  ),
  institutional(
    'ailb-2021-05-28-assemblee-generale-elargie',
    '2021-05-28',
    'assemblee-generale',
    { fr: "Assemblée générale élargie de l'AILB", en: 'AILB enlarged general assembly' },
    {
      fr: ['Retour immersion', 'Stratégie 2ème trimestre'],
      en: ['Feedback from the immersion days', 'Strategy for the second quarter'],
    },
    { location: eventAt(COMMUNES.bouvron) },
    {
      fr: "Assemblée générale collaborative : présentation de la synthèse des journées d'immersion, travail en deux groupes, puis vote et priorisation des cinq sujets stratégiques : 1. Vivre et habiter les territoires ruraux ; 2. Déchets ; 3. Tourisme ; 4. Eau ; 5. Énergie renouvelable. Les préfets et sous-préfets, informés par une note explicative en janvier 2021, y étaient invités.",
      en: 'Collaborative general assembly: summary of the immersion days, work in two groups, then vote and ranking of the five strategic subjects: 1. Living in rural areas; 2. Waste; 3. Tourism; 4. Water; 5. Renewable energy. The prefects and sub-prefects, briefed by a note in January 2021, were invited.',
    },
    ['habitat', 'dechets', 'tourisme', 'eau', 'energies-renouvelables'],
  ),
  institutional(
    'ailb-2021-06-11-bureau',
    '2021-06-11',
    'bureau',
    BUREAU,
    { fr: ['Préparation du séminaire'], en: ['Preparing the seminar'] },
    VISIO,
  ),
  institutional(
    'ailb-2021-06-25-seminaire',
    '2021-06-25',
    'seminaire',
    { fr: "Séminaire de l'AILB", en: 'AILB seminar' },
    {
      fr: ["Conclusions du 1er semestre de l'étude", 'Avancement des groupes projets', 'Bilan', "Rapport d'activité"],
      en: [
        'Conclusions of the first half-year of the study',
        'Progress of the project groups',
        'Review',
        'Activity report',
      ],
    },
    VISIO,
    {
      fr: "Le rapport d'activité est daté du 30 juin 2021. L'assemblée générale s'est réunie quatre fois entre le 12 février et le 25 juin 2021.",
      en: 'The activity report is dated 30 June 2021. The general assembly met four times between 12 February and 25 June 2021.',
    },
  ),
  institutional(
    'ailb-2021-09-17-bureau',
    '2021-09-17',
    'bureau',
    BUREAU,
    { fr: ['Séminaire'], en: ['Seminar'] },
    VISIO,
  ),
  institutional(
    'ailb-2021-10-01-seminaire',
    '2021-10-01',
    'seminaire',
    { fr: "Séminaire de l'AILB", en: 'AILB seminar' },
    { fr: ['À définir'], en: ['To be decided'] },
    { location: eventAt(COMMUNES.questembert) },
  ),
  institutional('ailb-2021-10-01-dejeuner-presidents', '2021-10-01', 'rencontre', LUNCH, undefined, {
    location: eventAt(COMMUNES.questembert),
  }),
  {
    ...institutional(
      'ailb-2021-12-assemblee-generale',
      wholeMonth(2021, 12).start,
      'assemblee-generale',
      AG,
      { fr: ['Conclusion 2021', 'Budget prévisionnel 2022'], en: ['2021 conclusions', '2022 budget'] },
      {},
      withMonthNote({
        fr: "Date « À définir » dans le calendrier 2021 ; le tableau de structuration des chantiers prévoit une « AG décembre » qui définit la poursuite des chantiers avec l'AILB ou leur développement externe.",
        en: 'Date "to be decided" in the 2021 calendar; the table on the experimentation projects plans a "December general assembly" deciding whether each project continues with the AILB or is developed outside it.',
      }),
    ),
    ...wholeMonth(2021, 12),
  },
];

const immersions: FeedEvent[] = MEMBERS.map((m) => ({
  id: `ailb-immersion-${m.orgId}`,
  title: { fr: `Journée d'immersion – ${m.name}`, en: `Immersion day – ${m.name}` },
  start: m.immersion.start,
  ...(m.immersion.end ? { end: m.immersion.end } : {}),
  kind: 'immersion',
  organiser: ORG,
  territories: [epciId(m.siren)],
  location: { name: m.name, territory: epciId(m.siren) },
  themes: ['projet-intermetropolitain'],
  description: {
    fr: `La cheffe de mission de l'AILB rencontre les élus et les techniciens disponibles de ${m.name} (${dayLabel(m.immersion, 'fr')}) : atouts, ressources, difficultés, inquiétudes du territoire et sujets sur lesquels ils souhaitent travailler. Formulaire d'une douzaine de questions ; échanges de 1 h 15 à 8 h selon les EPCI. Les journées d'immersion se sont tenues du 28 janvier au 27 avril 2021 ; leur synthèse a été présentée à l'assemblée générale du 28 mai 2021.`,
    en: `The AILB project manager meets the councillors and officers of ${m.name} (${dayLabel(m.immersion, 'en')}): the area's assets, resources, difficulties and concerns, and the subjects they want to work on. A form of about twelve questions; talks lasted from 1h15 to 8 hours depending on the EPCI. The immersion days ran from 28 January to 27 April 2021; their summary was presented to the general assembly of 28 May 2021.`,
  },
}));

const milestones: FeedEvent[] = [
  {
    id: 'ailb-2019-04-12-creation',
    title: {
      fr: "Création de l'Alliance Intermétropolitaine Loire Bretagne",
      en: 'Founding of the Alliance Intermétropolitaine Loire Bretagne',
    },
    start: '2019-04-12',
    kind: 'fondation',
    organiser: ORG,
    territories: [ALLIANCE],
    description: {
      fr: "Le 12 avril 2019, douze communautés de communes et une communauté d'agglomération situées entre les métropoles de Rennes, Angers, Nantes et les agglomérations de Saint-Nazaire (CARENE) et de Vannes (Golfe du Morbihan) se réunissent au sein d'une association ; les statuts sont approuvés le même jour.",
      en: 'On 12 April 2019, twelve communautés de communes and one communauté d’agglomération lying between the metropolises of Rennes, Angers and Nantes and the conurbations of Saint-Nazaire (CARENE) and Vannes (Golfe du Morbihan) form an association; its statutes are approved the same day.',
    },
  },
  {
    id: 'ailb-2019-05-19-lancement',
    title: { fr: "Lancement de l'association", en: 'Launch of the association' },
    start: '2019-05-19',
    kind: 'lancement',
    organiser: ORG,
    territories: [ALLIANCE],
    description: {
      fr: "Date de lancement de l'association, début de la période du premier compte de résultat (19 mai 2019 – 31 décembre 2020). La première adhésion (2019) a été soldée par les EPCI entre novembre 2019 et juin 2020.",
      en: 'Launch date of the association, start of the first profit and loss period (19 May 2019 – 31 December 2020). The first-year membership (2019) was paid by the EPCI between November 2019 and June 2020.',
    },
  },
  {
    id: 'ailb-2019-12-20-convention-region-bretagne',
    title: {
      fr: 'Signature de la convention avec la Région Bretagne',
      en: 'Agreement signed with the Brittany Region',
    },
    start: '2019-12-20',
    kind: 'convention',
    organiser: ORG,
    territories: [ALLIANCE],
    description: {
      fr: 'Convention du 20/12/19 au 20/12/22.',
      en: 'Agreement from 20 December 2019 to 20 December 2022.',
    },
  },
  {
    id: 'ailb-2020-03-26-convention-loire-atlantique',
    title: {
      fr: 'Signature de la convention avec le Département de Loire-Atlantique',
      en: 'Agreement signed with the Loire-Atlantique Département',
    },
    start: '2020-03-26',
    kind: 'convention',
    organiser: ORG,
    territories: [ALLIANCE],
    description: { fr: 'Convention du 26/03/20 au 26/03/23.', en: 'Agreement from 26 March 2020 to 26 March 2023.' },
  },
  {
    id: 'ailb-2020-10-09-convention-pays-de-la-loire',
    title: {
      fr: 'Signature de la convention avec la Région Pays de la Loire',
      en: 'Agreement signed with the Pays de la Loire Region',
    },
    start: '2020-10-09',
    kind: 'convention',
    organiser: ORG,
    territories: [ALLIANCE],
    description: { fr: 'Convention du 09/10/20 au 09/10/21.', en: 'Agreement from 9 October 2020 to 9 October 2021.' },
  },
  institutional(
    'ailb-2020-10-16-bureau',
    '2020-10-16',
    'bureau',
    BUREAU,
    undefined,
    {},
    {
      fr: "Reprise des activités après la pause liée aux élections municipales et communautaires. Le bureau programme les actions de 2021 : renouvellement de la gouvernance, structuration de l'association, mise en place d'une conférence des DGS, étude de financements complémentaires, mise en place de l'équipe projet et recrutement d'un chef de mission pour début 2021, organisation de deux chantiers d'expérimentation et identification des atouts/ressources, difficultés/attentes des communautés membres.",
      en: 'Activities resume after the pause caused by the municipal and intercommunal elections. The bureau plans the 2021 actions: renewal of the governance, structuring of the association, a conference of directors-general, study of additional funding, setting up the project team and recruiting a project manager for early 2021, two experimentation projects, and identifying the assets/resources and difficulties/expectations of the member communities.',
    },
  ),
  {
    id: 'ailb-2021-02-24-cabinet-premier-ministre',
    title: { fr: 'Entretien avec le cabinet du Premier ministre', en: 'Meeting with the Prime Minister’s office' },
    start: '2021-02-24',
    kind: 'rencontre',
    organiser: ORG,
    territories: [ALLIANCE],
    description: {
      fr: "Entretien avec Laurent Carrié, collaborateur Territoires du Premier ministre, pour présenter l'avancement de la structuration des travaux. Écoute favorable pour les mobilités décarbonées et la formation supérieure ; accueil plus réservé pour le troisième sujet, l'animation des dispositifs de l'État.",
      en: 'Meeting with Laurent Carrié, the Prime Minister’s adviser for territories, to present how the work is being structured. A favourable hearing for low-carbon mobility and higher education; a more reserved one for the third subject, running State schemes.',
    },
  },
  {
    id: 'ailb-2021-03-12-visite-campus-esprit',
    title: { fr: 'Visite du CAMPUS ESPRIT Industries', en: 'Visit to the CAMPUS ESPRIT Industries' },
    start: '2021-03-12',
    kind: 'visite',
    organiser: ORG,
    territories: [epciId('243500741')],
    location: eventAt(COMMUNES.redon),
    themes: ['formation-superieure-alternance'],
    description: {
      fr: "Nouvelle visite du campus de Redon avec les représentants du Conseil régional des Pays de la Loire, les territoires d'industries d'Ancenis, de Châteaubriant-Derval et de Ploërmel, la CRCI des Pays de la Loire et la CCI de Nantes/Saint-Nazaire. Elle a renforcé l'intérêt des territoires pour la « montée en compétences et en gamme des formations secondaires ou supérieures existant au sein des lycées », première étape vers un nouvel établissement sur le modèle du CAMPUS ESPRIT Industries.",
      en: 'A new visit to the Redon campus with representatives of the Pays de la Loire regional council, the Territoires d’industrie of Ancenis, Châteaubriant-Derval and Ploërmel, the CRCI Pays de la Loire and the CCI Nantes/Saint-Nazaire. It strengthened the areas’ interest in upgrading the secondary and higher courses of their lycées, a first step towards a new institution modelled on the CAMPUS ESPRIT Industries.',
    },
  },
  {
    id: 'ailb-2021-03-creation-mhoove',
    title: { fr: 'Création de la SAS MHOOVE', en: 'SAS MHOOVE founded' },
    ...wholeMonth(2021, 3),
    kind: 'fondation',
    organiser: 'mhoove',
    territories: [epciId('243500741')],
    themes: ['mobilites-decarbonees', 'energies-renouvelables'],
    description: withMonthNote({
      fr: "Constitution de la Société par Actions Simplifiée MHOOVE, présidée par Jean-François Mary, pour la production et la distribution d'énergies renouvelables, notamment d'hydrogène vert pour une mobilité alternative aux produits pétroliers.",
      en: 'The simplified joint-stock company MHOOVE is formed, chaired by Jean-François Mary, to produce and distribute renewable energy, notably green hydrogen for mobility without petroleum products.',
    }),
  },
  {
    id: 'ailb-2021-04-09-region-pays-de-la-loire',
    title: { fr: 'Réunion avec la Région Pays de la Loire', en: 'Meeting with the Pays de la Loire Region' },
    start: '2021-04-09',
    kind: 'rencontre',
    organiser: ORG,
    territories: [ALLIANCE],
    description: {
      fr: "Rencontre des partenaires financiers : Dorothée Clément (directrice adjointe, cheffe du service coordination des politiques contractuelles et santé) et Fanny Racineux (service coordination des politiques territoriales et santé, direction des territoires et de la ruralité). Présentation de la cheffe de mission, état des conventions, synthèse des journées d'immersion, perspectives pour les groupes de travail.",
      en: 'Meeting the funding partners: Dorothée Clément (deputy director, head of contractual policies and health coordination) and Fanny Racineux (territorial policies and health coordination, directorate of territories and rurality). Introduction of the project manager, status of the agreements, summary of the immersion days, outlook for the working groups.',
    },
  },
  {
    id: 'ailb-2021-04-15-departement-ille-et-vilaine',
    title: { fr: "Réunion avec le Département d'Ille-et-Vilaine", en: 'Meeting with the Ille-et-Vilaine Département' },
    start: '2021-04-15',
    kind: 'rencontre',
    organiser: ORG,
    territories: [ALLIANCE],
    description: {
      fr: 'Rencontre des partenaires financiers avec Laurent Courtet, directeur général adjoint. Signature de la convention : en cours.',
      en: 'Meeting the funding partners with Laurent Courtet, deputy director-general. Agreement: being signed.',
    },
  },
  {
    id: 'ailb-2021-04-15-rencontres-campus',
    title: {
      fr: "Rencontres « formation supérieure en alternance » dans les territoires d'industrie",
      en: 'Work-study higher education meetings in the Territoires d’industrie',
    },
    start: '2021-04-15',
    end: '2021-06-02',
    kind: 'rencontre',
    organiser: ORG,
    territories: [epciId('200066777'), epciId('244400552'), epciId('200072726')],
    themes: ['formation-superieure-alternance'],
    description: {
      fr: "Quatre rencontres sur les territoires de Ploërmel (1), Ancenis (1) et Châteaubriant-Derval (2), entre le 15 avril et le 2 juin 2021. Thierry Sauvage et Daniel Baron constatent le fort appétit de leurs interlocuteurs et exposent la complexité de la démarche et l'enjeu des mobilisations coordonnées des acteurs locaux (Régions, EPCI, entreprises, lycées, universités…).",
      en: 'Four meetings in the Ploërmel (1), Ancenis (1) and Châteaubriant-Derval (2) areas between 15 April and 2 June 2021. Thierry Sauvage and Daniel Baron found strong interest, and explained the complexity of the approach and the need for coordinated action by local players (Regions, EPCI, companies, lycées, universities…).',
    },
  },
  {
    id: 'ailb-2021-05-05-departement-loire-atlantique',
    title: {
      fr: 'Réunion avec le Département de Loire-Atlantique',
      en: 'Meeting with the Loire-Atlantique Département',
    },
    start: '2021-05-05',
    kind: 'rencontre',
    organiser: ORG,
    territories: [ALLIANCE],
    description: {
      fr: 'Rencontre des partenaires financiers avec Clément Thomas-Le Bras (directeur du développement territorial) et Ronan Pageot (coordinateur stratégique).',
      en: 'Meeting the funding partners with Clément Thomas-Le Bras (director of territorial development) and Ronan Pageot (strategic coordinator).',
    },
  },
  {
    id: 'ailb-2021-05-14-mission-formation',
    title: {
      fr: 'Mission « formation supérieure en alternance » confiée à Daniel Baron Conseil & Associés',
      en: 'Work-study higher education assignment given to Daniel Baron Conseil & Associés',
    },
    start: '2021-05-14',
    kind: 'decision',
    organiser: ORG,
    territories: [epciId('243500741'), epciId('244400552'), epciId('200072726'), epciId('200066777')],
    themes: ['formation-superieure-alternance'],
    description: {
      fr: "L'AILB missionne Daniel Baron Conseil & Associés pour poursuivre l'animation et faire de la formation supérieure en alternance un sujet de coopération renforcée entre ses territoires d'industries labellisés (Redon, Ancenis, Châteaubriant-Derval, Ploërmel). Élus-référents : Patrick Le Diffon et Jean-Pierre Belleil ; coanimation du comité technique : Thierry Sauvage et Daniel Baron ; proposition d'une « Charte des CAMPUS de proximité ».",
      en: 'The AILB commissions Daniel Baron Conseil & Associés to keep leading the work and make work-study higher education a subject of closer cooperation between its labelled Territoires d’industrie (Redon, Ancenis, Châteaubriant-Derval, Ploërmel). Lead councillors: Patrick Le Diffon and Jean-Pierre Belleil; technical committee co-led by Thierry Sauvage and Daniel Baron; a "Local campus charter" to be proposed.',
    },
  },
  {
    id: 'ailb-2021-05-mission-mobilites',
    title: {
      fr: 'Mission « mobilités décarbonées » confiée à Daniel Baron Conseil & Associés',
      en: 'Low-carbon mobility assignment given to Daniel Baron Conseil & Associés',
    },
    ...wholeMonth(2021, 5),
    kind: 'decision',
    organiser: ORG,
    territories: [ALLIANCE],
    themes: ['mobilites-decarbonees'],
    description: withMonthNote({
      fr: "L'AILB élargit la mobilisation des communautés de son périmètre en confiant à Daniel Baron Conseil & Associés l'animation de la démarche hydrogène à l'échelle potentielle des 13 EPCI : des solutions expérimentées pour 68 000 habitants (Redon Agglomération) pourraient être élargies aux 482 000 habitants des 13 EPCI. Élus-référents : Bernard Ethoré et Dominique David.",
      en: 'The AILB widens the involvement of its communities by giving Daniel Baron Conseil & Associés the running of the hydrogen approach across potentially all 13 EPCI: solutions tried for 68,000 inhabitants (Redon Agglomération) could be extended to the 482,000 inhabitants of the 13 EPCI. Lead councillors: Bernard Ethoré and Dominique David.',
    }),
  },
  {
    id: 'ailb-2021-05-31-region-bretagne',
    title: { fr: 'Réunion avec la Région Bretagne', en: 'Meeting with the Brittany Region' },
    start: '2021-05-31',
    kind: 'rencontre',
    organiser: ORG,
    territories: [ALLIANCE],
    description: {
      fr: "Rencontre des partenaires financiers : Sébastien Hamard (directeur de l'aménagement et de l'égalité), Fabrice Gourmelon (directeur de l'espace territorial Rennes / Saint-Malo / Redon) et Olivier Quéro (directeur territorial du Centre Bretagne).",
      en: 'Meeting the funding partners: Sébastien Hamard (director of planning and equality), Fabrice Gourmelon (director of the Rennes / Saint-Malo / Redon area) and Olivier Quéro (territorial director for Central Brittany).',
    },
  },
  {
    id: 'ailb-2021-09-comites-techniques',
    title: {
      fr: 'Comités techniques des chantiers d’expérimentation',
      en: 'Technical committees of the experimentation projects',
    },
    ...wholeMonth(2021, 9),
    kind: 'comite-technique',
    organiser: ORG,
    territories: [ALLIANCE],
    themes: ['mobilites-decarbonees', 'formation-superieure-alternance'],
    description: withMonthNote({
      fr: "Les deux comités techniques (mobilités décarbonées – H2 et formation supérieure en alternance) se réunissent à partir de septembre 2021, suivis de trois réunions d'ici la fin de l'année. Instance de mobilisation et de travail collectif, sans pouvoir de décision. L'animation est déléguée à Daniel Baron Conseil & Associés jusqu'au 31 décembre 2021.",
      en: 'The two technical committees (low-carbon mobility – H2, and work-study higher education) meet from September 2021, followed by three meetings before the end of the year. A forum for mobilisation and joint work, with no decision-making power. Daniel Baron Conseil & Associés runs them until 31 December 2021.',
    }),
  },
  {
    id: 'ailb-2021-11-temps-fort-dechets',
    title: { fr: 'Temps fort « Déchets »', en: 'Waste event' },
    ...wholeMonth(2021, 11),
    kind: 'forum',
    organiser: ORG,
    territories: [ALLIANCE],
    themes: ['dechets'],
    description: withMonthNote({
      fr: 'Une demi-journée sous un format temps-fort événementiel en novembre, construite avec les deux Régions qui ont la compétence : hausse progressive de la TGAP, généralisation du tri à la source (2025, avancée à 2024 par la réglementation européenne), hausse du coût de traitement des déchets pour les collectivités et les syndicats.',
      en: 'A half-day event in November, built with the two Regions that hold the responsibility: the gradual rise of the TGAP landfill tax, source sorting for all (2025, brought forward to 2024 by EU rules), and the rising cost of waste treatment for local authorities and their syndicates.',
    }),
  },
  {
    id: 'ailb-2022-01-10-rapport-etape',
    title: { fr: "Remise du premier rapport d'étape", en: 'First progress report due' },
    start: '2022-01-10',
    kind: 'echeance',
    organiser: 'daniel-baron-conseil',
    territories: [ALLIANCE],
    themes: ['mobilites-decarbonees', 'formation-superieure-alternance'],
    description: {
      fr: "Premier rapport d'étape de la mission de Daniel Baron Conseil & Associés, remis à l'AILB et aux 13 présidents d'EPCI avant le 10 janvier 2022. Ses conclusions détermineront la poursuite de la mission, dont l'élaboration d'un plan stratégique.",
      en: 'First progress report of the Daniel Baron Conseil & Associés assignment, due to the AILB and the 13 EPCI presidents by 10 January 2022. Its conclusions will decide how the assignment continues, including a strategic plan.',
    },
  },
];

const orgs: Organisation[] = [
  {
    id: ORG,
    name: {
      fr: 'Alliance Intermétropolitaine Loire Bretagne',
      en: 'Alliance Intermétropolitaine Loire Bretagne (Loire Brittany inter-metropolitan alliance)',
    },
    shortName: 'AILB',
    kind: 'association',
    territories: [ALLIANCE],
    themes: [
      'projet-intermetropolitain',
      'valorisation-ressources',
      'chantiers-experimentation',
      'cooperations-territoriales',
    ],
    description: {
      fr: [
        "Association créée le 12 avril 2019 par 13 EPCI (12 communautés de communes et une communauté d'agglomération) situés entre Rennes, Angers, Nantes, Saint-Nazaire et Vannes, soit environ 482 000 habitants.",
        'Bureau : Jean-François Mary, président (projet de territoire inter métropolitain) ; Claire Théveniau, vice-présidente (valorisation des atouts et ressources) ; Jean-Luc Bleher, vice-président (coopérations territoriales et réseaux) ; Dominique David, vice-président (mobilités décarbonées - H2) ; Patrick Le Diffon, secrétaire (CAMPUS de proximité) ; Jean-Pierre Belleil, secrétaire-adjoint (CAMPUS de proximité) ; Bernard Ethoré, trésorier (mobilités décarbonées - H2) ; Vincent Minier, trésorier-adjoint (valorisation des atouts et ressources). Invités : Anne Patault (Région Bretagne), Jean-Michel Buf (Région Pays de la Loire, coopérations territoriales et réseaux), Paul Molac, Gaël Le Bohec et Yves Daniel (Assemblée nationale).',
        "Assemblée générale : treize membres actifs (présidents ou vice-présidents des EPCI), treize suppléants et cinq invités (les deux Régions et les trois députés) ; quatre techniciens présentent l'avancement (Christophe Bidaud, Redon Agglomération ; Nicolas Elléouet, collaborateur parlementaire ; Armel Huet, universitaire ; Daniel Baron, consultant).",
        "Équipe projet : Vanessa Poteau, cheffe de projet territorial depuis le 1er janvier 2021 (retenue par le jury de recrutement daté du « 23 novembre 2021 » dans le rapport), et Laurence François, assistante administrative et comptable à 1/5 temps depuis le 28 janvier 2021, mises à disposition par les groupements d'employeurs GEOSE et GESPR, dans les bureaux d'ODYSSEO, espace de coworking de Redon. Conseiller scientifique : Armel Huet ; appui : Daniel Baron Conseil & Associés.",
        "Trois piliers : le projet inter métropolitain, la valorisation des ressources et les chantiers d'expérimentation. Vie associative : 4 AG, 4 à 5 bureaux, 1 séminaire et 2 conférences des présidents par an.",
        "Budget prévisionnel 2021 : 204 535,56 € (13 communautés 72 181,80 € ; Région Bretagne 50 000 € ; Région Pays de la Loire 36 766,76 € ; Département de Loire-Atlantique 30 587 € ; Département d'Ille-et-Vilaine 15 000 €). Compte de résultat du 19 mai 2019 au 31 décembre 2020 : 129 898,88 € de produits, 4 495,60 € de charges, excédent de 125 403,28 €. Siège indiqué dans la convention : 3 rue Charles Sillard à Redon.",
      ].join('\n\n'),
      en: [
        'An association founded on 12 April 2019 by 13 EPCI (12 communautés de communes and one communauté d’agglomération) lying between Rennes, Angers, Nantes, Saint-Nazaire and Vannes, about 482,000 inhabitants.',
        'Bureau: Jean-François Mary, president (inter-metropolitan territorial project); Claire Théveniau, vice-president (showcasing assets and resources); Jean-Luc Bleher, vice-president (territorial cooperation and networks); Dominique David, vice-president (low-carbon mobility - H2); Patrick Le Diffon, secretary (local campuses); Jean-Pierre Belleil, deputy secretary (local campuses); Bernard Ethoré, treasurer (low-carbon mobility - H2); Vincent Minier, deputy treasurer (showcasing assets and resources). Guests: Anne Patault (Brittany Region), Jean-Michel Buf (Pays de la Loire Region, territorial cooperation and networks), Paul Molac, Gaël Le Bohec and Yves Daniel (National Assembly).',
        'General assembly: thirteen active members (EPCI presidents or vice-presidents), thirteen substitutes and five guests (the two Regions and the three MPs); four officers report on progress (Christophe Bidaud, Redon Agglomération; Nicolas Elléouet, parliamentary assistant; Armel Huet, academic; Daniel Baron, consultant).',
        'Project team: Vanessa Poteau, territorial project manager since 1 January 2021 (chosen by the recruitment panel the report dates "23 November 2021"), and Laurence François, administrative and accounting assistant one day a week since 28 January 2021, both provided by the employers’ groups GEOSE and GESPR, working at ODYSSEO, the Redon coworking space. Scientific adviser: Armel Huet; support: Daniel Baron Conseil & Associés.',
        'Three pillars: the inter-metropolitan project, showcasing resources, and experimentation projects. Association life: 4 general assemblies, 4 to 5 bureaus, 1 seminar and 2 presidents’ conferences a year.',
        '2021 budget: €204,535.56 (13 communities €72,181.80; Brittany Region €50,000; Pays de la Loire Region €36,766.76; Loire-Atlantique Département €30,587; Ille-et-Vilaine Département €15,000). Accounts from 19 May 2019 to 31 December 2020: €129,898.88 income, €4,495.60 expenses, €125,403.28 surplus. Registered address in the agreement: 3 rue Charles Sillard, Redon.',
      ].join('\n\n'),
    },
    contact: {
      role: {
        fr: "Contact de l'association (adresse générique publiée sur le rapport)",
        en: 'Association contact (generic address printed on the report)',
      },
      email: 'alliance.intermetropolitaine@gmail.com',
    },
    ...placedIn(COMMUNES.redon, { street: 'ODYSSEO – 7 rue Saint-Conwoion', postcode: '35600' }),
  },
  ...memberOrganisations,
  REGION_BRETAGNE({
    themes: ['projet-intermetropolitain'],
    description: {
      fr: "Partenaire financier de l'AILB : convention du 20/12/19 au 20/12/22, 50 000 € au budget 2021 (22 940,25 € versés sur 2019-2020). Représentée au bureau par Anne Patault (vice-présidente, invitée) ; président signataire de la convention : Loïg Chesnais-Girard. BREIZHCOP et SRADDET parmi les objectifs stratégiques auxquels l'AILB s'adosse. Réunion du 31 mai 2021 avec Sébastien Hamard, Fabrice Gourmelon et Olivier Quéro.",
      en: 'Funding partner of the AILB: agreement from 20/12/19 to 20/12/22, €50,000 in the 2021 budget (€22,940.25 paid over 2019-2020). Represented at the bureau by Anne Patault (vice-president, guest); the agreement is signed by its president, Loïg Chesnais-Girard. BREIZHCOP and the SRADDET are among the strategic goals the AILB supports. Meeting of 31 May 2021 with Sébastien Hamard, Fabrice Gourmelon and Olivier Quéro.',
    },
    contact: {
      givenName: 'Anne',
      familyName: 'PATAULT',
      role: { fr: "Vice-présidente, invitée au bureau de l'AILB", en: 'Vice-president, guest of the AILB bureau' },
    },
  }),
  REGION_PAYS_DE_LA_LOIRE({
    themes: ['projet-intermetropolitain', 'dechets'],
    description: {
      fr: "Partenaire financier de l'AILB : convention du 09/10/20 au 09/10/21, 36 766,76 € au budget 2021 (8 259,93 € versés sur 2019-2020). Représentée par Jean-Michel Buf (conseiller, invité au bureau). Présidente signataire : Christelle Morançais. « Ma Région 2050 » et le plan hydrogène Pays de la Loire parmi les objectifs stratégiques auxquels l'AILB s'adosse. Réunion du 9 avril 2021.",
      en: 'Funding partner of the AILB: agreement from 09/10/20 to 09/10/21, €36,766.76 in the 2021 budget (€8,259.93 paid over 2019-2020). Represented by Jean-Michel Buf (councillor, bureau guest). The agreement is signed by its president, Christelle Morançais. "Ma Région 2050" and the Pays de la Loire hydrogen plan are among the strategic goals the AILB supports. Meeting of 9 April 2021.',
    },
    contact: {
      givenName: 'Jean-Michel',
      familyName: 'BUF',
      role: {
        fr: "Conseiller régional, invité au bureau de l'AILB",
        en: 'Regional councillor, guest of the AILB bureau',
      },
    },
  }),
  {
    id: 'departement-loire-atlantique',
    name: { fr: 'Département de Loire-Atlantique', en: 'Loire-Atlantique Département' },
    kind: 'collectivite',
    territories: ['dep-44'],
    themes: ['projet-intermetropolitain'],
    description: {
      fr: "Partenaire financier de l'AILB : convention du 26/03/20 au 26/03/23, 30 587 € au budget 2021 (26 506,85 € versés sur 2019-2020). Président signataire : Michel Ménard. Réunion du 5 mai 2021.",
      en: 'Funding partner of the AILB: agreement from 26/03/20 to 26/03/23, €30,587 in the 2021 budget (€26,506.85 paid over 2019-2020). Signed by its president, Michel Ménard. Meeting of 5 May 2021.',
    },
  },
  {
    id: 'departement-ille-et-vilaine',
    name: { fr: "Département d'Ille-et-Vilaine", en: 'Ille-et-Vilaine Département' },
    kind: 'collectivite',
    territories: ['dep-35'],
    themes: ['projet-intermetropolitain'],
    description: {
      fr: "Partenaire financier de l'AILB : 15 000 € au budget 2021, convention en cours de signature. Président signataire : Jean-Luc Chenut. Réunion du 15 avril 2021.",
      en: 'Funding partner of the AILB: €15,000 in the 2021 budget, agreement being signed. Signed by its president, Jean-Luc Chenut. Meeting of 15 April 2021.',
    },
  },
  {
    id: 'departement-morbihan',
    name: { fr: 'Département du Morbihan', en: 'Morbihan Département' },
    kind: 'collectivite',
    territories: ['dep-56'],
    description: {
      fr: "Invité permanent de l'assemblée plénière selon la convention ; contacts à nouer en 2021 pour tendre vers la parité des engagements (ligne à 0 € au budget 2021).",
      en: 'Permanent guest of the plenary assembly under the agreement; contacts to be made in 2021 towards equal commitments (a €0 line in the 2021 budget).',
    },
  },
  {
    id: 'ministere-cohesion-territoires',
    name: {
      fr: 'Ministère de la Cohésion des Territoires et des Relations avec les Collectivités Territoriales',
      en: 'Ministry for Territorial Cohesion and Relations with Local Authorities',
    },
    kind: 'etat',
    description: {
      fr: "Signataire pressenti de la convention d'étude expérimentale, représenté par la ministre Jacqueline Gourault.",
      en: 'Intended signatory of the experimental study agreement, represented by the minister, Jacqueline Gourault.',
    },
    address: { street: '20 avenue de Ségur', city: 'Paris', country: 'FR' },
  },
  {
    id: 'anct',
    name: {
      fr: 'Agence nationale de la cohésion des territoires (ANCT)',
      en: 'National Agency for Territorial Cohesion (ANCT)',
    },
    shortName: 'ANCT',
    kind: 'etat',
    themes: ['formation-superieure-alternance'],
    description: {
      fr: "Porte le plan national « Territoires d'industrie ». Correspondante de l'AILB : Sylvie Cabassot, à qui l'association présente régulièrement l'avancement de ses travaux.",
      en: 'Runs the national "Territoires d’industrie" plan. The AILB’s contact is Sylvie Cabassot, who receives regular progress reports.',
    },
    contact: {
      givenName: 'Sylvie',
      familyName: 'Cabassot',
      role: { fr: "Correspondante de l'AILB", en: 'AILB contact' },
    },
  },
  {
    id: 'cabinet-premier-ministre',
    name: { fr: 'Cabinet du Premier ministre', en: 'Prime Minister’s office' },
    kind: 'etat',
    description: {
      fr: 'Entretien du 24 février 2021 avec Laurent Carrié, collaborateur Territoires.',
      en: 'Meeting of 24 February 2021 with Laurent Carrié, adviser for territories.',
    },
  },
  {
    id: 'assemblee-nationale',
    name: { fr: 'Assemblée nationale', en: 'National Assembly' },
    kind: 'etat',
    description: {
      fr: "Trois députés invités au bureau et à l'assemblée générale de l'AILB : Paul Molac (Morbihan), Gaël Le Bohec (Ille-et-Vilaine) et Yves Daniel (Loire-Atlantique) ; Nicolas Elléouet, collaborateur, conseiller technique.",
      en: 'Three MPs are guests of the AILB bureau and general assembly: Paul Molac (Morbihan), Gaël Le Bohec (Ille-et-Vilaine) and Yves Daniel (Loire-Atlantique); Nicolas Elléouet, parliamentary assistant, technical adviser.',
    },
  },
  {
    id: 'eptb-vilaine',
    name: 'EPTB Vilaine',
    kind: 'etablissement-public',
    themes: ['eau'],
    description: {
      fr: "Partenaire de l'AILB sur l'eau : un temps de prise de connaissances pour les EPCI sur la révision du Schéma directeur d'aménagement et de gestion des eaux, puis définition commune des potentialités d'action pour 2022.",
      en: 'The AILB’s partner on water: a briefing for the EPCI on the revision of the water management master plan (SDAGE), then joint definition of possible actions for 2022.',
    },
  },
  {
    id: 'campus-esprit-industries',
    name: 'CAMPUS ESPRIT Industries',
    kind: 'enseignement',
    territories: [epciId('243500741')],
    themes: ['formation-superieure-alternance', 'mobilites-decarbonees'],
    description: {
      fr: "Établissement de formation supérieure de nouvelle génération ouvert à Redon en 2014 : cycles en alternance (BAC+3 à BAC+5) en formations technologiques de pointe ; « campus de territoire et de proximité » réunissant le Conseil régional de Bretagne, la CCI d'Ille et Vilaine et Redon Agglomération, les établissements de formation, le rectorat et les universités, et un consortium d'entreprises. Plateforme technologique depuis 2016 (formation des salariés, bornes de recharge électrique rapide, vélos et triporteurs à hydrogène, deux doctorants). De 47 à 360 étudiants-alternants entre septembre 2014 et septembre 2020 ; projet immobilier pour au moins doubler l'effectif à l'horizon 2025/2027. Aussi nommé CAMPUS ESPRIT ESLI Industries.",
      en: 'A new-generation higher-education institution opened in Redon in 2014: work-study courses (bachelor to master level) in advanced technologies; a "local campus" backed by the Brittany regional council, the CCI Ille-et-Vilaine and Redon Agglomération, training institutions, the education authority and universities, and a consortium of companies. Technology platform since 2016 (staff training, fast electric charging points, hydrogen bikes and tricycles, two PhD students). From 47 to 360 work-study students between September 2014 and September 2020; a building project to at least double the numbers by 2025/2027. Also called CAMPUS ESPRIT ESLI Industries.',
    },
    contact: { givenName: 'Thierry', familyName: 'Sauvage', role: { fr: 'Directeur', en: 'Director' } },
    ...placedIn(COMMUNES.redon),
  },
  {
    id: 'mhoove',
    name: 'MHOOVE',
    kind: 'entreprise',
    territories: [epciId('243500741')],
    themes: ['mobilites-decarbonees', 'energies-renouvelables'],
    description: {
      fr: "Société par Actions Simplifiée constituée en mars 2021, présidée par Jean-François Mary. Objet : « La production et la distribution d'énergies renouvelables, notamment par la construction et l'exploitation d'équipements favorisant le développement d'une mobilité alternative aux produits pétroliers et participant à l'approvisionnement énergétique des territoires concernés ». Locaux loués par Redon Agglomération.",
      en: 'A simplified joint-stock company formed in March 2021, chaired by Jean-François Mary. Purpose: producing and distributing renewable energy, notably by building and running equipment for mobility without petroleum products and for the energy supply of the areas concerned. Premises rented from Redon Agglomération.',
    },
    ...placedIn(COMMUNES.redon, { street: "Zone d'Activités de Briangaud" }),
  },
  {
    id: 'eco-origin',
    name: "Eco'Origin",
    kind: 'cluster',
    themes: ['mobilites-decarbonees', 'energies-renouvelables'],
    description: {
      fr: "Cluster breton, présidé par Robert Jestin, qui a sollicité Redon Agglomération dès 2019 sur la faisabilité d'une filière de production et de valorisation de l'hydrogène « vert ».",
      en: 'A Breton cluster, chaired by Robert Jestin, that approached Redon Agglomération in 2019 about a "green" hydrogen production and use industry.',
    },
  },
  ...(
    [
      ['sem-energie-ille-et-vilaine', "SEM départementale Énergie d'Ille-et-Vilaine", 'dep-35'],
      ['sem-energie-loire-atlantique', 'SEM départementale Énergie de Loire-Atlantique', 'dep-44'],
      ['sem-energie-morbihan', 'SEM départementale Énergie du Morbihan', 'dep-56'],
    ] as const
  ).map(([id, name, dep]): Organisation => ({
    id,
    name,
    kind: 'sem',
    territories: [dep],
    themes: ['mobilites-decarbonees', 'energies-renouvelables'],
    description: {
      fr: "Société d'économie mixte départementale de l'énergie, partenaire de la démarche hydrogène pour répondre aux besoins des populations des territoires peu denses.",
      en: 'Departmental semi-public energy company, a partner of the hydrogen approach serving the people of sparsely populated areas.',
    },
  })),
  {
    id: 'daniel-baron-conseil',
    name: 'Daniel Baron Conseil & Associés',
    kind: 'entreprise',
    themes: ['mobilites-decarbonees', 'formation-superieure-alternance'],
    description: {
      fr: "Cabinet recruté comme compétence d'appui de l'équipe-projet : animation des deux chantiers d'expérimentation jusqu'au 31 décembre 2021 (missions de mai 2021), premier rapport d'étape pour le 10 janvier 2022. Daniel Baron, consultant, conseiller technique à l'assemblée générale.",
      en: 'Consultancy hired to support the project team: runs the two experimentation projects until 31 December 2021 (assignments of May 2021), first progress report by 10 January 2022. Daniel Baron, consultant, technical adviser at the general assembly.',
    },
  },
  {
    id: 'universite-rennes',
    name: { fr: 'Université de Rennes', en: 'University of Rennes' },
    kind: 'enseignement',
    themes: ['projet-intermetropolitain'],
    description: {
      fr: "Armel Huet, professeur émérite de l'université de Rennes et socio-anthropologue des territoires ruraux, est le conseiller scientifique de l'AILB : il accompagne sa démarche expérimentale.",
      en: 'Armel Huet, emeritus professor at the University of Rennes and socio-anthropologist of rural areas, is the AILB’s scientific adviser for its experimental approach.',
    },
  },
  {
    id: 'cci-ille-et-vilaine',
    name: "CCI d'Ille-et-Vilaine",
    kind: 'chambre-consulaire',
    territories: ['dep-35'],
    themes: ['formation-superieure-alternance'],
    description: {
      fr: 'A rassemblé ses énergies avec le Conseil régional de Bretagne et Redon Agglomération autour du CAMPUS ESPRIT Industries.',
      en: 'Joined forces with the Brittany regional council and Redon Agglomération behind the CAMPUS ESPRIT Industries.',
    },
  },
  {
    id: 'crci-pays-de-la-loire',
    name: 'CRCI des Pays de la Loire',
    kind: 'chambre-consulaire',
    territories: ['reg-52'],
    themes: ['formation-superieure-alternance'],
    description: {
      fr: 'Invitée à la visite du CAMPUS ESPRIT Industries du 12 mars 2021.',
      en: 'Invited to the visit of the CAMPUS ESPRIT Industries on 12 March 2021.',
    },
  },
  {
    id: 'cci-nantes-saint-nazaire',
    name: 'CCI Nantes/Saint-Nazaire',
    kind: 'chambre-consulaire',
    territories: ['dep-44'],
    themes: ['formation-superieure-alternance'],
    description: {
      fr: 'Invitée à la visite du CAMPUS ESPRIT Industries du 12 mars 2021.',
      en: 'Invited to the visit of the CAMPUS ESPRIT Industries on 12 March 2021.',
    },
  },
  {
    id: 'geose',
    name: 'GEOSE',
    kind: 'groupement-employeurs',
    description: {
      fr: "Groupement d'employeurs qui gère les contrats, les salaires et l'accompagnement RH des deux employées mises à disposition de l'AILB (avec le GESPR).",
      en: 'Employers’ group that handles the contracts, pay and HR support of the two employees provided to the AILB (with GESPR).',
    },
  },
  {
    id: 'gespr',
    name: 'GESPR',
    kind: 'groupement-employeurs',
    description: {
      fr: "Groupement d'employeurs qui gère les contrats, les salaires et l'accompagnement RH des deux employées mises à disposition de l'AILB (avec GEOSE).",
      en: 'Employers’ group that handles the contracts, pay and HR support of the two employees provided to the AILB (with GEOSE).',
    },
  },
  {
    id: 'odysseo',
    name: 'ODYSSEO',
    kind: 'tiers-lieu',
    territories: [epciId('243500741')],
    description: {
      fr: "Espace de coworking de Redon où travaille l'équipe de l'AILB ; adresse de l'association.",
      en: 'The Redon coworking space where the AILB team works; the association’s address.',
    },
    ...placedIn(COMMUNES.redon, { street: '7 rue Saint-Conwoion', postcode: '35600' }),
  },
  {
    id: 'enedis',
    name: 'ENEDIS',
    kind: 'entreprise',
    themes: ['mobilites-decarbonees'],
    description: {
      fr: 'Acquéreur des bornes de recharge électrique rapide mises au point avec la plateforme technologique du CAMPUS ESPRIT Industries et commercialisées par une entreprise locale.',
      en: 'Buyer of the fast electric charging points developed with the CAMPUS ESPRIT Industries technology platform and sold by a local company.',
    },
  },
  {
    id: 'vannes-golfe-du-morbihan-agglomeration',
    name: "Communauté d'agglomération de Vannes et du golfe du Morbihan",
    kind: 'epci',
    territories: [epciId('200027027'), epciId('245614383')],
    themes: ['cooperation-leader'],
    description: {
      fr: "Gestionnaire de fonds européens LEADER contacté par l'AILB pour Arc Sud Bretagne et Questembert Communauté. Animatrice : Nina Trallero. L'agglomération de Vannes délimite aussi le périmètre de l'AILB.",
      en: 'LEADER fund manager contacted by the AILB for Arc Sud Bretagne and Questembert Communauté. Officer: Nina Trallero. The Vannes conurbation also bounds the AILB area.',
    },
    contact: { givenName: 'Nina', familyName: 'TRALLERO', role: { fr: 'Animatrice LEADER', en: 'LEADER officer' } },
  },
  {
    id: 'pays-des-vallons-de-vilaine',
    name: 'Pays des Vallons de Vilaine',
    kind: 'pays',
    territories: [epciId('200070662'), epciId('200043990')],
    themes: ['cooperation-leader'],
    description: {
      fr: "Gestionnaire de fonds européens LEADER contacté par l'AILB pour Bretagne Porte de Loire Communauté et Vallons de Haute Bretagne Communauté.",
      en: 'LEADER fund manager contacted by the AILB for Bretagne Porte de Loire Communauté and Vallons de Haute Bretagne Communauté.',
    },
    contact: { givenName: 'Nolwenn', familyName: 'COLSON', role: { fr: 'Animatrice LEADER', en: 'LEADER officer' } },
  },
  {
    id: 'pays-de-broceliande',
    name: 'Pays de Brocéliande',
    kind: 'pays',
    territories: [epciId('243500618')],
    themes: ['cooperation-leader'],
    description: {
      fr: "Gestionnaire de fonds européens LEADER contacté par l'AILB pour la communauté de communes de Brocéliande, Montfort Communauté et la communauté de communes Saint-Méen Montauban.",
      en: 'LEADER fund manager contacted by the AILB for Brocéliande, Montfort Communauté and Saint-Méen Montauban.',
    },
    contact: { givenName: 'Bertrand', familyName: 'DUARTE', role: { fr: 'Animateur LEADER', en: 'LEADER officer' } },
  },
  {
    id: 'cel-erdre-et-loire',
    name: 'CEL Erdre et Loire',
    kind: 'gal',
    territories: [epciId('244400453'), epciId('244400537')],
    themes: ['cooperation-leader'],
    description: {
      fr: "Gestionnaire de fonds européens LEADER contacté par l'AILB pour la communauté de communes du Pays de Blain et Nozay Communauté.",
      en: 'LEADER fund manager contacted by the AILB for the Pays de Blain and Nozay communities.',
    },
    contact: { givenName: 'Nicolas', familyName: 'PLATEAU', role: { fr: 'Animateur LEADER', en: 'LEADER officer' } },
  },
];

const THEMES = [
  {
    id: 'projet-intermetropolitain',
    label: { fr: 'Projet inter métropolitain', en: 'Inter-metropolitan project' },
    description: {
      fr: 'Établir des stratégies collectives sur des sujets prioritaires pour un développement équilibré, dynamique et durable des territoires intermétropolitains : quatre sujets stratégiques par an définis en AG, groupes de travail en quatre séances, séminaire annuel commun.',
      en: 'Collective strategies on priority subjects for the balanced, dynamic and sustainable development of the inter-metropolitan areas: four strategic subjects a year set by the general assembly, working groups of four sessions, a joint annual seminar.',
    },
  },
  {
    id: 'habitat',
    parent: 'projet-intermetropolitain',
    label: { fr: 'Vivre et habiter les territoires ruraux', en: 'Living in rural areas (housing)' },
    description: {
      fr: "Logements, emplois locaux, activités, mobilités. Format séminaire : trois à quatre séminaires de l'automne 2021 au printemps 2022 pour rédiger une charte de « l'Habiter en territoires intermétropolitains », puis un colloque au printemps 2022.",
      en: 'Housing, local jobs, activities, mobility. As seminars: three or four from autumn 2021 to spring 2022 to write a charter of "Living in inter-metropolitan areas", then a conference in spring 2022.',
    },
  },
  {
    id: 'dechets',
    parent: 'projet-intermetropolitain',
    label: { fr: 'Déchets', en: 'Waste' },
    description: {
      fr: 'La gestion et le traitement des ordures ménagères avec l’augmentation de la TGAP ; un temps fort d’une demi-journée en novembre 2021 avec les deux Régions.',
      en: 'Household waste management and treatment as the TGAP tax rises; a half-day event in November 2021 with the two Regions.',
    },
  },
  {
    id: 'eau',
    parent: 'projet-intermetropolitain',
    label: { fr: 'Eau', en: 'Water' },
    description: {
      fr: "La gestion de la ressource, une question au-delà des frontières administratives ? Quel dialogue avec les métropoles ? Travail avec l'EPTB Vilaine (révision du SDAGE).",
      en: 'Managing the resource, a question beyond administrative borders? What dialogue with the metropolises? Work with the EPTB Vilaine (revision of the SDAGE).',
    },
  },
  {
    id: 'energies-renouvelables',
    parent: 'projet-intermetropolitain',
    label: { fr: 'Énergie renouvelable', en: 'Renewable energy' },
    description: {
      fr: "Définir une stratégie intermétropolitaine ? L'hydrogène comme vecteur rassembleur ? Comment mailler le territoire peu dense de stations de distribution ?",
      en: 'An inter-metropolitan strategy? Hydrogen as a unifying vector? How to cover a sparsely populated area with filling stations?',
    },
  },
  {
    id: 'valorisation-ressources',
    label: { fr: 'Valorisation des ressources', en: 'Showcasing resources' },
    description: {
      fr: "Stratégie de mise en valeur des atouts existants ou à exploiter : maillage d'animation, lieux sportifs, culturels, espaces naturels.",
      en: 'Showcasing existing and potential assets: events, sports and cultural venues, natural areas.',
    },
  },
  {
    id: 'tourisme',
    parent: 'valorisation-ressources',
    label: { fr: 'Tourisme', en: 'Tourism' },
    description: {
      fr: "Comment créer une identité de notre territoire pour en faire un argument touristique ? Bassin fluvial Vilaine/Oust/Canal : comment coopérer ? Groupe de travail à partir de l'automne 2021, vers une cartographie des stratégies et projets touristiques.",
      en: 'How to build an identity for the area as a tourism asset? The Vilaine/Oust/canal river basin: how to cooperate? A working group from autumn 2021, towards a map of tourism strategies and projects.',
    },
  },
  {
    id: 'chantiers-experimentation',
    label: { fr: "Chantiers d'expérimentation", en: 'Experimentation projects' },
    description: {
      fr: 'Des projets concrets pour éprouver les méthodes de coopération pendant l’expérimentation, chacun avec son comité technique.',
      en: 'Concrete projects to test cooperation methods during the experiment, each with its technical committee.',
    },
  },
  {
    id: 'mobilites-decarbonees',
    parent: 'chantiers-experimentation',
    label: { fr: 'Mobilités décarbonées – hydrogène (H2)', en: 'Low-carbon mobility – hydrogen (H2)' },
    description: {
      fr: 'Développement de la filière hydrogène au service, notamment, des mobilités décarbonées.',
      en: 'Developing a hydrogen industry, notably for low-carbon mobility.',
    },
  },
  {
    id: 'formation-superieure-alternance',
    parent: 'chantiers-experimentation',
    label: {
      fr: 'Formation supérieure en alternance – campus de proximité',
      en: 'Work-study higher education – local campuses',
    },
    description: {
      fr: 'Formation supérieure en alternance et réponse aux besoins de recrutement des entreprises, sur le modèle du CAMPUS ESPRIT Industries.',
      en: 'Work-study higher education meeting companies’ recruitment needs, on the CAMPUS ESPRIT Industries model.',
    },
  },
  {
    id: 'cooperations-territoriales',
    label: { fr: 'Coopérations territoriales et réseaux', en: 'Territorial cooperation and networks' },
  },
  {
    id: 'cooperation-leader',
    label: { fr: 'Coopération LEADER', en: 'LEADER cooperation' },
  },
];

export const ailb: FeedDraft = {
  file: 'ailb.json',
  network: {
    id: 'ailb',
    name: {
      fr: 'Alliance Intermétropolitaine Loire Bretagne',
      en: 'Alliance Intermétropolitaine Loire Bretagne (Loire Brittany inter-metropolitan alliance)',
    },
    shortName: 'AILB',
    description: {
      fr: [
        "Association de 13 EPCI peu denses situés entre les grandes métropoles et villes de l'ouest (Rennes, Angers, Nantes, Saint-Nazaire et Vannes), soit environ 482 000 habitants (481 984 en population totale 2020), sur deux régions (Bretagne, Pays de la Loire) et trois départements (Ille-et-Vilaine, Loire-Atlantique, Morbihan). Fondée sur la coopération interterritoriale : habitat, énergies renouvelables, mobilités décarbonées, transition écologique, formation supérieure.",
        "Objectifs (statuts du 12 avril 2019) : construire un projet d'aménagement et de développement des territoires intermétropolitains ; promouvoir leurs dynamiques, selon une approche partenariale avec l'État, les collectivités, le monde économique et associatif. Convention d'étude expérimentale du 1er janvier 2020 au 31 décembre 2022, vers un plan d'actions décennal 2022-2032.",
        "Priorités de coopération de la convention : mobilités décarbonées et infrastructures ; couverture numérique ; activités économiques d'avenir ; compétences professionnelles par la formation secondaire et supérieure ; transition écologique ; Loi Agriculture et Alimentation ; accueil de nouvelles populations (habitat, santé, télétravail, services publics) ; attractivité (patrimoine, évènementiels, savoir-faire).",
        "Sujets convergents des journées d'immersion — atouts : position géographique, accès aux espaces naturels, vitalité économique, monde associatif ; ressources : tourisme, politiques culturelles, stratégie fluviale, énergies renouvelables, ressource en eau, continuité cyclable ; difficultés : mobilités, habitat, déséquilibre territorial, transmission agricole, aménagement, recrutement/formation, sentiment d'appartenance ; inquiétudes : fiscalité, zéro artificialisation nette, eau/GEMAPI/assainissement, accès à la santé, revitalisation des centres-bourgs.",
        'Contexte : rapport Viala-Cesarini-Vuilletet (31 mai 2018), projet de loi 4D (12 mai 2021). Soutiens : Paul Molac, Gaël Le Bohec et Yves Daniel, députés. Président : Jean-François Mary.',
      ].join('\n\n'),
      en: [
        'An association of 13 sparsely populated EPCI lying between the large metropolises and cities of western France (Rennes, Angers, Nantes, Saint-Nazaire and Vannes), about 482,000 inhabitants (481,984 total population in 2020), across two regions (Brittany, Pays de la Loire) and three départements (Ille-et-Vilaine, Loire-Atlantique, Morbihan). Built on inter-territorial cooperation: housing, renewable energy, low-carbon mobility, ecological transition, higher education.',
        'Aims (statutes of 12 April 2019): build a planning and development project for the inter-metropolitan areas; promote their dynamics in partnership with the State, local authorities, business and associations. Experimental study agreement from 1 January 2020 to 31 December 2022, towards a ten-year action plan 2022-2032.',
        'Cooperation priorities of the agreement: low-carbon mobility and infrastructure; digital coverage; future-proof economic activities; professional skills through secondary and higher education; ecological transition; the Agriculture and Food Act; welcoming new residents (housing, health, remote work, public services); attractiveness (heritage, events, know-how).',
        'Common ground found during the immersion days — assets: location, access to nature, economic vitality, associations; resources: tourism, cultural policies, river strategy, renewable energy, water, cycle routes; difficulties: mobility, housing, territorial imbalance, farm succession, planning, recruitment/training, residents’ sense of belonging; concerns: taxation, zero net land take, water/GEMAPI/sanitation, access to health care, reviving town centres.',
        'Context: Viala-Cesarini-Vuilletet report (31 May 2018), the "4D" bill (12 May 2021). Supported by MPs Paul Molac, Gaël Le Bohec and Yves Daniel. President: Jean-François Mary.',
      ].join('\n\n'),
    },
    contact: {
      role: { fr: "Équipe projet de l'AILB", en: 'AILB project team' },
      email: 'alliance.intermetropolitaine@gmail.com',
    },
    territories: [ALLIANCE],
    organisation: ORG,
  },
  epci,
  territories: [
    {
      id: ALLIANCE,
      kind: 'alliance',
      name: { fr: 'Alliance Intermétropolitaine Loire Bretagne', en: 'Loire Brittany inter-metropolitan alliance' },
      members: AILB_SIRENS.map(epciId),
      population: { value: 481984, year: 2020 },
      populationHistory: [
        { year: 2019, value: 481212 },
        { year: 2020, value: 481984 },
      ],
      description: {
        fr: "Périmètre de l'AILB, délimité par les métropoles de Rennes, Angers, Nantes et les agglomérations de Vannes et Saint-Nazaire : 13 EPCI de 15 000 à 70 000 habitants, maillés de villes moyennes de moins de 15 000 habitants ; 51 % des communes ont entre 1 000 et 3 500 habitants. Évolution de la population 2012-2017 : Ille-et-Vilaine +1 %, Loire-Atlantique +1,2 %, Morbihan +0,5 %. Population totale : 481 212 (2019), 481 984 (2020).",
        en: 'The AILB area, bounded by the metropolises of Rennes, Angers and Nantes and the conurbations of Vannes and Saint-Nazaire: 13 EPCI of 15,000 to 70,000 inhabitants, with a mesh of towns under 15,000; 51% of the communes have 1,000 to 3,500 inhabitants. Population change 2012-2017: Ille-et-Vilaine +1%, Loire-Atlantique +1.2%, Morbihan +0.5%. Total population: 481,212 (2019), 481,984 (2020).',
      },
    },
    departementTerritory('35'),
    departementTerritory('44'),
    departementTerritory('49'),
    departementTerritory('56'),
    regionTerritory('52'),
    regionTerritory('53'),
  ],
  organisations: orgs,
  events: [...milestones, ...calendar, ...immersions],
  themes: THEMES,
};
