/**
 * The Pays du Mans at the European LEADER Congress 2024.
 *
 * Source: `000_91d53f42c716a04b.txt` — three "LOOKING FOR COOPERATION" forms
 * (Syndicat Mixte du Pays du Mans, Pôle Métropolitain Le Mans-Sarthe) on the
 * congress flyer (Poitiers, Futuroscope, 2–3 October 2024). One line of
 * `002_c30e99c70c328f58.txt` (lever 8) about the Pays du Mans is added to its
 * description. The six EPCI are those `data/README.md` identifies as the Pays du Mans.
 */
import {
  COMMUNES,
  departementTerritory,
  epciId,
  placedIn,
  regionTerritory,
  type EpciSpec,
  type FeedDraft,
} from './common.js';
import { REGION_PAYS_DE_LA_LOIRE } from './shared.js';

/** The six EPCI of the Pays du Mans (data/README.md). */
export const PAYS_DU_MANS_SIRENS = ['247200132', '200068963', '247200447', '200072684', '247200421', '200072718'];

export const CONGRESS_ID = 'congres-leader-europeen-2024';

const PAYS = 'pays-du-mans';
const POLE = 'pole-metropolitain-le-mans-sarthe';

const contact = {
  givenName: 'Clémentine',
  familyName: 'ALLANOU',
  email: 'clementine.allanou@example.org',
};

/** Dates the forms do not carry: see demo/feeds/README.md. */
const PUBLISHED = '2024-09-01';
const EXPIRES = '2027-12-31';

// The explanations, as filed: page furniture removed, page-split sentences joined, list items on their own lines.
const PAYS_INTRO_FR =
  "Le Pays du Mans, à l'interface entre le Grand Ouest et la région parisienne, est aujourd'hui composé de 6 EPCI répartis sur 1 611 km², représentant 92 communes et comptant environ 323 000 habitants. Le Pays du Mans est un espace d'animation, un territoire de projets œuvrant en faveur de la transition écologique. Il s'inscrit dans un esprit de complémentarité ville-campagne. Les intercommunalités membres ont délégué au Pays du Mans des missions afin de permettre une mutualisation efficiente.";
const PAYS_INTRO_EN =
  'Pays du Mans, at the interface between the Greater West and the Paris region, is currently made up of 6 EPCIs spread over 1,611 km², representing 92 communes and with a population of around 323,000. Le Pays du Mans is a hub of activity and a project area working to promote the ecological transition. It is based on a spirit of complementarity between town and country.';

const BIODIVERSITY_FR = [
  `${PAYS_INTRO_FR} Le Pays du Mans est lauréat depuis novembre 2020 du programme de reconnaissance Territoire Engagé pour la Nature, et d'une contractualisation Contrat Nature 2050 avec la Région des Pays de la Loire, favorisant la mise en place d'actions portant sur la biodiversité, pour permettre une meilleure connaissance, valorisation, protection de cette biodiversité et le renfort de la résilience du territoire face aux changements climatiques.`,
  'Le Pays du Mans du Mans anime et coordonne un politique territoriale en faveur de la Trame Verte et Bleue : la mise en place de ce concept permet de concilier les enjeux locaux de développement et de qualité de vie avec la préservation de la biodiversité et des paysages. Le Pays du Mans travaille également sur les thématiques suivantes en matière de biodiversité :\n- Ressource en eau,\n- Gestion différenciée des espaces verts,\n- Pollution lumineuse, éclairage public (Trame noire), ...',
  "Le Pays du Mans souhaite coopérer afin d'avoir un retour d'expérience et un échange d'information lui permettant de faire évoluer ses travaux et projets actuels autour des trames écologiques. De préférence, il souhaiterait prioritairement travailler sur les sujets de pollution lumineuse (Trame Noire) ou d'une stratégie des sols (Trame Brune). Il recherche également un partenaire afin de partager ses propres expériences.",
].join('\n\n');

const BIODIVERSITY_EN = [
  `${PAYS_INTRO_EN} The intercommunal members have delegated certain tasks to Pays du Mans to enable efficient pooling of resources. Since November 2020, Pays du Mans has been a prizewinner in the Territoire Engagé pour la Nature (Territory Committed to Nature) recognition program, and in a Contrat Nature 2050 contract with the Région Pays de la Loire Region, promoting the implementation of biodiversity-related actions to improve knowledge, development and protection of this biodiversity and to strengthen the region's resilience in the face of climate change.`,
  'Pays du Mans is leading and coordinating a territorial policy in favour of Green and Blue Girds (Trame verte et Bleue); the implementation of this concept makes it possible to reconcile local development and quality of life issues with the preservation of biodiversity and landscapes. Pays du Mans is also working on the following biodiversity issues :\n- Water resources,\n- Differentiated management of green spaces,\n- Light pollution, public lighting (black grid), etc.',
  'Pays du Mans would like to cooperate in order to gain feedback and exchange information that will enable it to develop its current work and projects on ecological webs. Preferably, it would like to work primarily on the subjects of light pollution (Trame Noire) or soil strategy / Brown soil gird (Trame Brune). He is also looking for a partner to share his own experiences.',
].join('\n\n');

const MOBILITY_FR = [
  "Le pôle Métropolitain Le Mans-Sarthe, a qualité d'Autorité Organisatrice de la Mobilité (AOM) sur son territoire qui se veut rural mais également péri-urbain avec la métropole du Mans au centre. La stratégie mobilité 2023-2026 de l'AMO souhaite faire évoluer / mettre en œuvre les services suivants :\n- Services réguliers de transport collectif IllyGo,\n- Service d'autopartage Mouv'nGO,\n- Le covoiturage,\n- Les services vélos et l'accompagnement aux études « Aménagement cyclable »,\n- Les mobilités solidaires,\n- Les actions d'information et de communication.",
  "Le pôle métropolitain souhaite coopérer afin d'avoir un retour d'expérience un échange d'information lui permettant de faire évoluer son offre existante. Il recherche également un partenaire afin de partager ses propres expériences.",
].join('\n\n');

const MOBILITY_EN = [
  'Le pôle Métropolitain Le Mans-Sarthe, is the Mobility Organizing Authority (AOM) for its territory, which is both rural and peri-urban, with the Le Mans metropolis at its center. The AOM\'s 2023-2026 mobility strategy aims to develop / implement the following services :\n- Regular public transport services (IllyGo),\n- Car-sharing service (Mouv\'nGo),\n- Carpooling,\n- Bicycle services and support for "Bicycle development" studies,\n- solidarity mobility,\n- Information and communication initiatives.',
  'The metropolitan center wishes to cooperate in order to gain feedback and exchange information that will enable it to develop its existing offer. It is also looking for a partner to share its own experiences.',
].join('\n\n');

const QUALITY_FR = [
  `${PAYS_INTRO_FR} Les intercommunalités membres ont délégué deux compétences au Syndicat Mixte du Pays du Mans, que sont le Schéma de Cohérence Territoriale (SCoT) et le Plan Climat Air Énergie Territorial (PCAET).`,
  "En 2023, le Pays du Mans s'engage dans l'élaboration d'un SCoT-AEC qui positionne la démarche d'Urbanisme Favorable à la Santé (UFS) en fil conducteur, pour une meilleure qualité de vie, bien-être, et bien-vieillir sur le territoire.",
  "Dans le cadre de cette approche transversale en matière de santé, le Pays du Mans est lauréat de l'appel à projet PRSE 3 depuis juin 2021, et dans le cadre de la révision du SCoT-AEC, le Pays du Mans s'inscrit dans une démarche permettant la prise en compte des déterminants de santé, afin de promouvoir des choix d'aménagements favorables à la santé et au bien-être des habitants. Il porte ainsi une stratégie articulée sur la télésanté, l'UFS, et la santé mentale. Le Pays du Mans est par ailleurs territoire lauréat de l'Appel à Manifestation d'Intérêt « Expé Urba Santé » porté par le Ministère de la Transition Ecologique, et l'ADEME, et porte dans ce cadre des projets expérimentaux sur l'aménagement d'espaces publics favorables à la santé et au bien-être.",
  "Le Pays du Mans souhaite coopérer afin d'avoir un retour d'expérience un échange d'information lui permettant de faire évoluer ses travaux et projets actuels sur la qualité de vie en faveur de la santé des habitants. Il recherche également un partenaire afin de partager ses propres expériences.",
].join('\n\n');

const QUALITY_EN = [
  `${PAYS_INTRO_EN} The intercommunal members have delegated certain tasks to Pays du Mans to enable efficient pooling. The intercommunal members have delegated two areas of responsibility to the Syndicat Mixte du Pays du Mans, namely the Schéma de Cohérence Territoriale (SCoT) and the Plan Climat Air Énergie Territorial (PCAET).`,
  'In 2023, Pays du Mans will be drawing up a SCoT-AEC, with the Health-Friendly Urban Planning (UFS) approach as its guiding principle, to improve the quality of life, well-being and ageing well in the area.',
  "As part of this cross-functional approach to health, Pays du Mans has been a winner of the PRSE 3 call for projects since June 2021, and as part of the revision of the SCoT-AEC, Pays du Mans is involved in an approach that allows health determinants to be taken into account, in order to promote development choices that are conducive to the health and well-being of residents. It is therefore implementing a strategy focusing on telehealth, UFS and mental health. Pays du Mans is also a winning territory in the 'Expé Urba Santé' call for expressions of interest issued by the French Ministry for Ecological Transition and ADEME, and is involved in experimental projects to develop public spaces that promote health and well-being.",
  'Le Pays du Mans is looking to cooperate in order to gain feedback and exchange information that will enable it to develop its current work and projects on quality of life in favour of the health of its residents. It is also looking for a partner to share its own experiences.',
].join('\n\n');

const epci: EpciSpec[] = PAYS_DU_MANS_SIRENS.map((siren) => ({
  siren,
  ...(siren === '200068963' ? { name: 'CC Maine Cœur de Sarthe' } : {}),
  parents: [PAYS, 'dep-72'],
}));

export const leader: FeedDraft = {
  file: 'leader-2024.json',
  network: {
    id: 'pays-du-mans',
    name: { fr: 'Pays du Mans', en: 'Pays du Mans' },
    shortName: 'Pays du Mans',
    description: {
      fr: 'Le Pays du Mans (Syndicat Mixte du Pays du Mans) et le Pôle Métropolitain Le Mans-Sarthe au Congrès LEADER européen 2024 (Poitiers, Futuroscope, 2 et 3 octobre 2024) : trois fiches « LOOKING FOR COOPERATION » sur la biodiversité, la mobilité et la qualité de vie. Le Pays du Mans réunit 6 EPCI, 92 communes et environ 323 000 habitants sur 1 611 km².',
      en: 'The Pays du Mans (Syndicat Mixte du Pays du Mans) and the Pôle Métropolitain Le Mans-Sarthe at the European LEADER Congress 2024 (Poitiers, Futuroscope, 2–3 October 2024): three "LOOKING FOR COOPERATION" forms on biodiversity, mobility and quality of life. The Pays du Mans brings together 6 EPCI, 92 communes and about 323,000 inhabitants over 1,611 km².',
    },
    contact,
    territories: [PAYS],
    organisation: 'syndicat-mixte-pays-du-mans',
  },
  epci,
  territories: [
    {
      id: PAYS,
      kind: 'pays',
      name: { fr: 'Pays du Mans', en: 'Pays du Mans' },
      members: PAYS_DU_MANS_SIRENS.map(epciId),
      parents: ['dep-72'],
      description: {
        fr: "À l'interface entre le Grand Ouest et la région parisienne, le Pays du Mans est composé de 6 EPCI répartis sur 1 611 km², représentant 92 communes et environ 323 000 habitants (chiffres de la fiche de 2024 ; les communes ont fusionné depuis : 90 communes dans le découpage 2026). Espace d'animation et territoire de projets œuvrant en faveur de la transition écologique, dans un esprit de complémentarité ville-campagne. Le Pays du Mans et les autres Pays sarthois ont fait converger des fiches action LEADER sur le tourisme de proximité et les circuits courts alimentaires (document « Territoires et leviers de coopération », 2015, levier 8).",
        en: 'At the interface between the Greater West and the Paris region, the Pays du Mans is made up of 6 EPCI over 1,611 km², representing 92 communes and about 323,000 inhabitants (figures of the 2024 form; communes have merged since: 90 communes in the 2026 map). A hub of activity and a project area working for the ecological transition, in a spirit of town–country complementarity. The Pays du Mans and the other Sarthe Pays made their LEADER action sheets converge on local tourism and short food supply chains ("Territoires et leviers de coopération", 2015, lever 8).',
      },
      documentFigures: { areaKm2: 1611, communes: 92, populationApprox: 323000, year: 2024 },
    },
    {
      id: POLE,
      kind: 'pole-metropolitain',
      name: { fr: 'Pôle métropolitain Le Mans-Sarthe', en: 'Le Mans-Sarthe metropolitan pole' },
      parents: ['dep-72'],
      description: {
        fr: 'Territoire rural mais également péri-urbain, avec la métropole du Mans au centre, sur lequel le Pôle Métropolitain Le Mans-Sarthe est Autorité Organisatrice de la Mobilité (AOM). La fiche ne donne pas la liste de ses membres.',
        en: 'A territory both rural and peri-urban, with the Le Mans metropolis at its centre, for which the Pôle Métropolitain Le Mans-Sarthe is the Mobility Organising Authority (AOM). The form does not list its members.',
      },
    },
    departementTerritory('72'),
    regionTerritory('52'),
  ],
  organisations: [
    {
      id: 'syndicat-mixte-pays-du-mans',
      name: 'Syndicat Mixte du Pays du Mans',
      shortName: 'Pays du Mans',
      kind: 'syndicat-mixte',
      territories: [PAYS],
      themes: ['biodiversite', 'qualite-de-vie-sante', 'cooperation-leader'],
      description: {
        fr: "Syndicat mixte du Pays du Mans, auquel les intercommunalités membres ont délégué deux compétences : le Schéma de Cohérence Territoriale (SCoT) et le Plan Climat Air Énergie Territorial (PCAET). Lauréat depuis novembre 2020 du programme Territoire Engagé pour la Nature et d'un Contrat Nature 2050 avec la Région des Pays de la Loire ; anime la politique Trame Verte et Bleue. Lauréat de l'appel à projet PRSE 3 depuis juin 2021 et de l'AMI « Expé Urba Santé » (Ministère de la Transition Ecologique, ADEME) ; engagé en 2023 dans l'élaboration d'un SCoT-AEC guidé par l'Urbanisme Favorable à la Santé (UFS).",
        en: 'The Pays du Mans joint authority, to which the member intercommunalities delegated two responsibilities: the territorial coherence scheme (SCoT) and the territorial climate-air-energy plan (PCAET). Prizewinner since November 2020 of the Territoire Engagé pour la Nature programme and of a Contrat Nature 2050 with the Région Pays de la Loire; leads the Green and Blue Grid policy. Winner of the PRSE 3 call for projects since June 2021 and of the "Expé Urba Santé" call (Ministry for Ecological Transition, ADEME); drawing up since 2023 a SCoT-AEC guided by Health-Friendly Urban Planning (UFS).',
      },
      contact,
      ...placedIn(COMMUNES.leMans),
    },
    {
      id: 'pole-metropolitain-le-mans-sarthe',
      name: 'Pôle Métropolitain Le Mans-Sarthe',
      kind: 'pole-metropolitain',
      territories: [POLE],
      themes: ['mobilite-durable', 'cooperation-leader'],
      description: {
        fr: "Autorité Organisatrice de la Mobilité (AOM) sur son territoire rural et péri-urbain, avec la métropole du Mans au centre. Sa stratégie mobilité 2023-2026 fait évoluer ou met en œuvre : les services réguliers de transport collectif IllyGo, le service d'autopartage Mouv'nGO, le covoiturage, les services vélos et l'accompagnement aux études « Aménagement cyclable », les mobilités solidaires, les actions d'information et de communication.",
        en: 'Mobility Organising Authority (AOM) for its rural and peri-urban territory, with the Le Mans metropolis at its centre. Its 2023-2026 mobility strategy develops or sets up: the IllyGo regular public transport services, the Mouv\'nGo car-sharing service, carpooling, bicycle services and support for "bicycle development" studies, solidarity mobility, and information and communication initiatives.',
      },
      contact,
      ...placedIn(COMMUNES.leMans),
    },
    REGION_PAYS_DE_LA_LOIRE({
      themes: ['biodiversite'],
      description: {
        fr: 'Signataire avec le Pays du Mans d’un Contrat Nature 2050 favorisant les actions en faveur de la biodiversité.',
        en: 'Signed a Contrat Nature 2050 with the Pays du Mans to support biodiversity actions.',
      },
    }),
    {
      id: 'ministere-transition-ecologique',
      name: { fr: 'Ministère de la Transition écologique', en: 'French Ministry for Ecological Transition' },
      kind: 'etat',
      themes: ['qualite-de-vie-sante'],
      description: {
        fr: 'Porte avec l’ADEME l’Appel à Manifestation d’Intérêt « Expé Urba Santé », dont le Pays du Mans est lauréat.',
        en: 'Runs, with ADEME, the "Expé Urba Santé" call for expressions of interest won by the Pays du Mans.',
      },
    },
    {
      id: 'ademe',
      name: 'ADEME',
      kind: 'etat',
      themes: ['qualite-de-vie-sante'],
      description: {
        fr: 'Porte avec le Ministère de la Transition écologique l’AMI « Expé Urba Santé » (projets expérimentaux d’espaces publics favorables à la santé et au bien-être).',
        en: 'Runs, with the Ministry for Ecological Transition, the "Expé Urba Santé" call (experimental public spaces that promote health and well-being).',
      },
    },
    {
      id: 'elard',
      name: {
        fr: 'ELARD – European Leader Association for Rural Development',
        en: 'ELARD – European Leader Association for Rural Development',
      },
      shortName: 'ELARD',
      kind: 'association',
      themes: ['cooperation-leader'],
      website: 'https://www.elard.eu',
      description: {
        fr: 'Association européenne LEADER pour le développement rural, à Bruxelles ; présidence française 2023-2024, sous laquelle se tient le Congrès LEADER européen 2024.',
        en: 'European LEADER Association for Rural Development, Brussels; French presidency 2023-2024, under which the European LEADER Congress 2024 is held.',
      },
      address: { city: 'Bruxelles', country: 'BE' },
    },
  ],
  cooperationRequests: [
    {
      id: 'leader-2024-pays-du-mans-biodiversite',
      organisation: 'syndicat-mixte-pays-du-mans',
      title: {
        fr: 'Trames écologiques : pollution lumineuse (Trame noire) et stratégie des sols (Trame brune)',
        en: 'Ecological networks: light pollution (Trame noire) and soil strategy (Trame brune)',
      },
      contact,
      country: 'FR',
      keyword: { fr: 'Biodiversité', en: 'Biodiversity' },
      themes: ['biodiversite'],
      lookingFor: ['partners', 'topic'],
      explanation: { fr: BIODIVERSITY_FR, en: BIODIVERSITY_EN },
      areaType: {
        fr: 'Urbain et rural (complémentarité ville-campagne)',
        en: 'Urban and rural (town–country complementarity)',
      },
      territories: [PAYS],
      event: CONGRESS_ID,
      published: PUBLISHED,
      expires: EXPIRES,
      status: 'open',
      url: 'https://leadercongress.com',
    },
    {
      id: 'leader-2024-pole-metropolitain-mobilite',
      organisation: 'pole-metropolitain-le-mans-sarthe',
      title: {
        fr: 'Mobilité rurale et péri-urbaine : transport collectif, autopartage, covoiturage, vélo, mobilités solidaires',
        en: 'Rural and peri-urban mobility: public transport, car-sharing, carpooling, cycling, solidarity mobility',
      },
      contact,
      country: 'FR',
      keyword: { fr: 'Mobilité (active / douce / durable)', en: 'Mobility (active / soft / sustainable)' },
      themes: ['mobilite-durable'],
      lookingFor: ['partners', 'topic'],
      explanation: { fr: MOBILITY_FR, en: MOBILITY_EN },
      areaType: { fr: 'Rural et péri-urbain', en: 'Rural and peri-urban' },
      territories: [POLE],
      event: CONGRESS_ID,
      published: PUBLISHED,
      expires: EXPIRES,
      status: 'open',
      url: 'https://leadercongress.com',
    },
    {
      id: 'leader-2024-pays-du-mans-qualite-de-vie',
      organisation: 'syndicat-mixte-pays-du-mans',
      title: {
        fr: 'Urbanisme favorable à la santé : qualité de vie, bien-être et bien-vieillir',
        en: 'Health-friendly urban planning: quality of life, well-being and ageing well',
      },
      contact,
      country: 'FR',
      keyword: { fr: 'Qualité de vie, bien être, bien vieillir', en: 'Quality of life, well-being, ageing well' },
      themes: ['qualite-de-vie-sante'],
      lookingFor: ['partners', 'topic'],
      explanation: { fr: QUALITY_FR, en: QUALITY_EN },
      areaType: {
        fr: 'Urbain et rural (complémentarité ville-campagne)',
        en: 'Urban and rural (town–country complementarity)',
      },
      territories: [PAYS],
      event: CONGRESS_ID,
      published: PUBLISHED,
      expires: EXPIRES,
      status: 'open',
      url: 'https://leadercongress.com',
    },
  ],
  events: [
    {
      id: CONGRESS_ID,
      title: { fr: 'Congrès LEADER européen 2024', en: 'European LEADER Congress 2024' },
      start: '2024-10-02',
      end: '2024-10-03',
      kind: 'congres',
      location: { name: { fr: 'Futuroscope, Poitiers (France)', en: 'Futuroscope, Poitiers (France)' } },
      themes: ['cooperation-leader'],
      url: 'https://leadercongress.com',
      registrationUrl: 'https://leadercongress.com',
      description: {
        fr: "« Let's talk about cooperation ! » — Thème : la coopération LEADER. Au programme : formations, ateliers (workshops), foire à la coopération (cooperation fair) et retours d'expérience. Congrès tenu sous la présidence française 2023-2024 d'ELARD (European Leader Association for Rural Development, Bruxelles). Inscription sur leadercongress.com.",
        en: '"Let\'s talk about cooperation!" — Theme: LEADER cooperation. Formats: trainings, workshops, a cooperation fair and experience feedbacks. Held under ELARD\'s French presidency 2023-2024 (European Leader Association for Rural Development, Brussels). Register on leadercongress.com.',
      },
      formats: [
        { fr: 'Formations', en: 'Formations' },
        { fr: 'Ateliers', en: 'Workshops' },
        { fr: 'Foire à la coopération', en: 'Cooperation fair' },
        { fr: "Retours d'expérience", en: 'Experience feedbacks' },
      ],
    },
  ],
  themes: [
    { id: 'cooperation-leader', label: { fr: 'Coopération LEADER', en: 'LEADER cooperation' } },
    { id: 'biodiversite', label: { fr: 'Biodiversité', en: 'Biodiversity' } },
    {
      id: 'mobilite-durable',
      label: { fr: 'Mobilité (active, douce, durable)', en: 'Mobility (active, soft, sustainable)' },
    },
    {
      id: 'qualite-de-vie-sante',
      label: { fr: 'Qualité de vie, bien-être, bien vieillir', en: 'Quality of life, well-being, ageing well' },
    },
  ],
};
