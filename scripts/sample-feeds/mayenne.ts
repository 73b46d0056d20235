/**
 * The Mayenne département's attractiveness plan and the Marque Mayenne.
 *
 * Sources: `003_62dd55f0d3353a5e.txt` — "La Mayenne dans un monde qui change"
 * (2018): principles, three challenges, action tracks with the actors
 * concerned, the Marque Mayenne and its "charte des valeurs", the ambassadors'
 * club, the "Ici et maintenant" planning (March 2018 – December 2019); and
 * `001_72296f4489c8d45f.txt` — the leaflet of the Réseau des collectivités
 * mayennaises engagées vers le développement durable (association Synergies).
 * The ten Mayenne EPCI come from `data/README.md`.
 */
import {
  COMMUNES,
  departementTerritory,
  eventAt,
  monthSpan,
  placedIn,
  regionTerritory,
  wholeMonth,
  withMonthNote,
  type EpciSpec,
  type FeedDraft,
} from './common.js';
import { REGION_PAYS_DE_LA_LOIRE } from './shared.js';
import type { BrandLabel, FeedEvent, Organisation, Theme } from '../../src/feed/types.js';

/** The ten EPCI of data/README.md, "EPCI of Mayenne (53)". */
export const MAYENNE_SIRENS = [
  '200083392',
  '200055887',
  '245300447',
  '200048551',
  '200033298',
  '245300355',
  '245300389',
  '200042182',
  '245300223',
  '247200090',
];

const DEP = 'dep-53';
const CD = 'conseil-departemental-mayenne';
const BRAND = 'marque-mayenne';
const LAVAL_AGGLO = 'epci-200083392';

// ---------------------------------------------------------------- themes

interface Track {
  id: string;
  parent: string;
  label: { fr: string; en: string };
  objective: { fr: string; en: string };
  actions: [fr: string, en: string][];
  actors: { fr: string; en: string };
}

const VISIONS: (Theme & { description: { fr: string; en: string } })[] = [
  {
    id: 'mayenne-terre-entrepreneurs',
    label: { fr: "Terre d'entrepreneurs et de savoir-faire", en: 'A land of entrepreneurs and know-how' },
    description: {
      fr: "Objectif : « Accompagner les entreprises dans leurs projets d'innovation et de développement et leur garantir des conditions favorables de recrutement ». Des racines industrielles fortes, des organisations en réseau, des initiatives audacieuses, un tissu dense de PME souvent familiales.\n\nAtouts : taux de chômage faible et quasi plein emploi ; grande diversité des filières ; densité du réseau artisans, commerçants et TPE ; taux d'activité élevé ; capacité des acteurs à travailler ensemble ; un pôle agroalimentaire majeur ; une filière cheval performante ; la porte d'entrée du grand ouest ; culture de l'innovation et capitale de la réalité virtuelle.\nHandicaps : difficulté à recruter (services, techniciens, encadrement) ; peu d'entreprises ou de produits identifiés « Mayenne » hors du département ; hôtellerie et chambres d'hôte de qualité inégale ; activité touristique réduite.\nRisques : manque d'attractivité « urbaine » pour les cadres ; population active vieillissante et départs en retraite dans la filière agricole ; hausse du prix du foncier pour les jeunes agriculteurs ; peu de renouvellement de l'offre touristique ; concurrence touristique (Bretagne, Anjou) ; filière cheval structurée au niveau régional et dans le 44 ; pôle réalité virtuelle à Saint-Nazaire.\nOpportunités : Internet très haut débit (fibre) d'ici 2021 ; Laval à 1 h 10 de Paris ; la Mayenne dans le bassin d'emploi de l'Ille-et-Vilaine ; de la réalité virtuelle à l'intelligence artificielle ; filières de proximité, liens production-consommation.",
      en: 'Goal: "Support companies in their innovation and growth projects and secure good recruitment conditions for them". Strong industrial roots, networked organisations, bold initiatives, a dense fabric of often family-owned SMEs.\n\nStrengths: low unemployment, near full employment; many different sectors; a dense network of craftspeople, shops and very small firms; high activity rate; players used to working together; a major agri-food hub; a strong horse industry; the gateway to the west; a culture of innovation and the capital of virtual reality.\nWeaknesses: hard to recruit (services, technicians, managers); few companies or products identified as "Mayenne" outside the département; uneven quality of hotels and guest houses; little tourism.\nThreats: little "urban" appeal for managers; ageing workforce and many farmers retiring; rising land prices for young farmers; tourism offer rarely renewed; strong competition (Brittany, Anjou); a horse industry organising at regional level and in Loire-Atlantique; a virtual-reality hub growing in Saint-Nazaire.\nOpportunities: very high-speed broadband (fibre) by 2021; Laval 1h10 from Paris; Mayenne within the Ille-et-Vilaine labour market; from virtual reality to artificial intelligence; local supply chains linking producers and consumers.',
    },
  },
  {
    id: 'mayenne-terre-equilibre',
    label: { fr: "Terre d'équilibre et de bien-vivre", en: 'A land of balance and good living' },
    description: {
      fr: "Objectif : « Structurer le socle de valeur qui fonde la qualité de vie en Mayenne et renforcer l'offre de services pour transformer cet actif en atout d'attractivité ».\n\nAtouts : qualité de vie vécue et reconnue ; territoire adapté à la vie de famille ; variété des territoires, terroirs et paysages ; alliance de la nature, de la culture et des modes de vie ; la rivière la Mayenne, un héritage commun ; patrimoine historique et naturel ; faible coût de l'immobilier et du foncier ; sécurité et tranquillité ; tissu associatif très dense.\nHandicaps : fécondité faible, solde migratoire négatif ; faible densité médicale ; départ des jeunes vers Rennes et Angers ; fracture ressentie entre le Nord et le Sud ; absence d'un centre urbain fédérateur.\nRisques : dépendance croissante ; risque de désert médical ; difficulté à attirer des familles ; perte des services de proximité ; influence de Rennes ; développement à plusieurs vitesses.\nOpportunités : accueil de populations nouvelles ; disponibilité foncière, de logements, de locaux ; solutions innovantes en santé (télémédecine, réseaux) ; la Mayenne porte d'entrée du Grand Ouest ; un territoire authentique.",
      en: 'Goal: "Structure the values on which quality of life in Mayenne rests and strengthen services, to turn this asset into an attractiveness advantage".\n\nStrengths: quality of life, lived and recognised; a place for family life; varied areas, terroirs and landscapes; nature, culture and ways of life together; the Mayenne river, a shared heritage; historic and natural heritage; cheap property and land; safety and peace; a very dense network of associations.\nWeaknesses: low fertility, negative migration balance; few doctors; young people leaving for Rennes and Angers; a felt divide between North and South; no unifying urban centre.\nThreats: growing dependency; risk of a medical desert; hard to attract families; loss of village services; the pull of Rennes; development at several speeds.\nOpportunities: welcoming new residents; available land, housing and premises; innovative health solutions (telemedicine, networks); Mayenne as the gateway to the west; an authentic territory.',
    },
  },
  {
    id: 'mayenne-terre-solidaire',
    label: { fr: 'Terre solidaire et de valeurs', en: 'A land of solidarity and values' },
    description: {
      fr: "Objectif : « Permettre aux plus fragiles de mener une vie digne et donner à chacun l'opportunité d'entreprendre sa vie. »\n\nAtouts : société plutôt homogène ; niveaux de revenus proches ; maillage fin des services ; structures d'accueil de l'enfance et des personnes âgées ; tissu associatif ; le petit Pégase, une offre de transport accessible à tous ; forte proportion de propriétaires.\nHandicaps : faible niveau de formation des jeunes ; peu de logements sociaux ; parc ancien ; dépendance à l'automobile ; peu de commerces dans de nombreuses communes ; très peu de familles dans les territoires ruraux ; beaucoup de familles monoparentales ; revenu fiscal médian faible.\nRisques : hausse des coûts de l'énergie ; populations exclues de la mobilité ; Nord du département en perte de vitesse ; éloignement de l'axe ligérien.\nOpportunités : solidarités intergénérationnelles et de proximité ; innovations sociales dans le maintien à domicile ; la LGV et la virgule de Sablé.",
      en: 'Goal: "Let the most vulnerable live with dignity and give everyone the chance to take charge of their life."\n\nStrengths: a fairly homogeneous society; similar incomes; services close at hand; childcare and elderly care; associations; "le petit Pégase", transport open to all; many home owners.\nWeaknesses: low qualification of young people; little social housing; old housing stock; car dependency; no shops in many communes; very few families in rural areas; many single-parent families; low median income.\nThreats: rising energy costs; people cut off from mobility; the north of the département losing ground; distance from the Loire axis.\nOpportunities: solidarity between generations and neighbours; social innovation for living at home; the high-speed line and the Sablé link.',
    },
  },
];

const TRACKS: Track[] = [
  {
    id: 'entreprises-confiance',
    parent: 'mayenne-terre-entrepreneurs',
    label: { fr: 'Des entreprises qui inspirent confiance', en: 'Companies that inspire trust' },
    objective: {
      fr: 'être un employeur désirable en agissant sur les facteurs de compétitivité hors coût',
      en: 'be a desirable employer by acting on non-cost competitiveness',
    },
    actions: [
      [
        "Mise en place d'un service de conciergerie pour faciliter l'arrivée des cadres en Mayenne (gestion de l'emploi du conjoint - mode de garde d'enfants...)",
        'A concierge service to help managers settle in Mayenne (spouse’s job, childcare…)',
      ],
      [
        "Lieux de travail - lieux de vie : Développer les services au sein de l'entreprise : crèches, restaurants interentreprises, autopartage...",
        'Workplaces as living places: services within companies (crèches, shared canteens, car-sharing…)',
      ],
      [
        "Encourager les patrons, champions du changement par la mise en place d'un programme d'incentive et de formation continue (Exécutive Mayenne Innovation sociale et managériale)",
        'Encourage bosses who champion change with an incentive and training programme (Executive Mayenne social and managerial innovation)',
      ],
      ["Création d'un club DRH", 'An HR directors’ club'],
      [
        "Un mentorat d'entreprise pour chaque étudiant en Mayenne dans la filière industrielle et les formations professionnelles.",
        'A company mentor for every student in industrial and vocational courses in Mayenne',
      ],
      [
        "Développer l'accès libre à des programmes de formation continue en ligne (Mooc, e-learning)",
        'Free access to online continuing education (MOOCs, e-learning)',
      ],
      [
        "Promouvoir la marque Mayenne et ses savoir-faire en créant des produits à forte identité pour renforcer les valeurs de l'entreprise.",
        'Promote the Mayenne brand and its know-how with products of strong identity that reinforce company values',
      ],
      [
        'Favoriser le jouer collectif entre entreprises en construisant des offres par filières et par territoire.',
        'Team play between companies: joint offers by sector and by area',
      ],
      [
        "Créer un fond de financement des PME mayennaises par les particuliers pour des investissements dans l'économie réelle au profit du territoire (ex. plateforme Lendix).",
        'A fund through which residents finance Mayenne SMEs in the real economy (e.g. the Lendix platform)',
      ],
      ['Créer un défi sportif annuel inter-entreprise', 'A yearly inter-company sports challenge'],
    ],
    actors: {
      fr: 'Conseil départemental, Laval Eco, CCI, MEDEF, CPME, Made in Mayenne, Laval Virtual Center, CLARTE, Chambre d’agriculture, CNAM, ESTACA',
      en: 'Département council, Laval Eco, CCI, MEDEF, CPME, Made in Mayenne, Laval Virtual Center, CLARTE, Chamber of agriculture, CNAM, ESTACA',
    },
  },
  {
    id: 'pme-artisanat-commerce',
    parent: 'mayenne-terre-entrepreneurs',
    label: { fr: 'PME, artisanat, commerce', en: 'SMEs, crafts and retail' },
    objective: {
      fr: 'un écosystème qui facilite la vie des PME, des artisans et des commerçants (un réseau de 5 000 artisans)',
      en: 'an ecosystem that makes life easier for SMEs, craftspeople and shopkeepers (a network of 5,000 craftspeople)',
    },
    actions: [
      [
        "Des plates-formes d'emplois partagés (les services d'un salarié sont répartis entre plusieurs employeurs)",
        'Shared-employment platforms (one employee working for several employers)',
      ],
      [
        'Salles de coworking et télétravail dans les collectivités',
        'Coworking and remote-work rooms in local authorities',
      ],
      ["Accompagnement des chefs d'entreprise isolés", 'Support for isolated business owners'],
      [
        'Formation au numérique et accompagnement des PME dans leur transition numérique',
        'Digital training and support for SMEs’ digital transition',
      ],
      ['Centrale d’appels et gestion administrative mutualisées', 'Shared call centre and administration'],
      [
        "Accompagnement des chefs d'entreprise dans le recrutement des apprentis et relations avec les écoles",
        'Help business owners recruit apprentices and work with schools',
      ],
      [
        "Rapprochement des offres d'emplois non pourvues et des formations, notamment pour les filières spécifiques",
        'Match unfilled jobs with training, notably in specific sectors',
      ],
      ["Groupement d'achats pour réduire les coûts de fonctionnement", 'Joint purchasing to cut running costs'],
      [
        'Une place de marché pour faciliter la commercialisation des produits «made in Mayenne».',
        'A marketplace for "made in Mayenne" products',
      ],
    ],
    actors: {
      fr: 'Région, CCI, MEDEF, CPME, Chambre de métiers, collectivités',
      en: 'Region, CCI, MEDEF, CPME, Chamber of trades, local authorities',
    },
  },
  {
    id: 'innovation-numerique',
    parent: 'mayenne-terre-entrepreneurs',
    label: { fr: 'Innovation et numérique', en: 'Innovation and digital' },
    objective: {
      fr: "un écosystème qui accompagne et encourage l'innovation numérique à tous les stades (formation, création, développement)",
      en: 'an ecosystem that supports and encourages digital innovation at every stage (training, creation, growth)',
    },
    actions: [
      [
        "Mise en place d'un plan marketing pour renforcer la Réalité Virtuelle comme filière d'excellence en axant le discours sur les usages.",
        'A marketing plan for virtual reality as a sector of excellence, focused on uses',
      ],
      [
        "Étendre le positionnement de Laval virtual sur l'intelligence artificielle et la Blockchain.",
        'Extend Laval Virtual to artificial intelligence and blockchain',
      ],
      [
        'Expérimenter des dispositifs de Réalité virtuelle sur le territoire (Bliss - bornes Timescope)',
        'Try virtual-reality devices in the area (Bliss, Timescope kiosks)',
      ],
      [
        'Créer un programme « Scale-up » pour les 10 start-up mayennaises les plus prometteuses',
        'A "scale-up" programme for the 10 most promising Mayenne start-ups',
      ],
      ['Accompagner la transition numérique des PME/TPE', 'Support the digital transition of small businesses'],
      [
        'Former aux techniques de codage et de programmation selon les principes du peer-to-peer learning (école 42)',
        'Teach coding through peer-to-peer learning (école 42)',
      ],
      [
        'Créer des hackathons pour encourager les étudiants à inventer, créer, imaginer en dehors des traditionnels programmes académiques',
        'Hackathons so students invent and create outside the usual curricula',
      ],
      [
        "Développer des FabLab au sein des établissements scolaires et d'enseignement supérieur",
        'FabLabs in schools and higher education',
      ],
      [
        "Expérimenter un campus « champs des possibles » en Mayenne autour de ceux qui créent l'agriculture du futur.",
        'A "field of possibilities" campus around those inventing the farming of the future',
      ],
      [
        'Développer un programme IoT santé - agriculture - mobilité',
        'An IoT programme for health, farming and mobility',
      ],
      [
        'Mettre en place un « bus numérique » pour communiquer sur les usages',
        'A "digital bus" to promote digital uses',
      ],
    ],
    actors: {
      fr: 'Conseil départemental, CCI, MEDEF, CPME, Made in Mayenne, Laval Virtual Center, CLARTE, Chambre d’agriculture, CNAM, ESTACA, ESIEA, Le Village by CA, Orange',
      en: 'Département council, CCI, MEDEF, CPME, Made in Mayenne, Laval Virtual Center, CLARTE, Chamber of agriculture, CNAM, ESTACA, ESIEA, Le Village by CA, Orange',
    },
  },
  {
    id: 'agricultures',
    parent: 'mayenne-terre-entrepreneurs',
    label: { fr: 'Des agricultures, des agriculteurs', en: 'Farming and farmers' },
    objective: {
      fr: "valoriser les filières de production par la création de produit à forte valeur identitaire (l'agriculture : 10 % du PIB du territoire, 9 900 actifs, 6 300 salariés dans l'industrie agroalimentaire ; le pays des chevaux : 1 300 élevages, 10 hippodromes)",
      en: 'add value to production through products of strong identity (farming: 10% of local GDP, 9,900 workers, 6,300 agri-food employees; horse country: 1,300 breeders, 10 racecourses)',
    },
    actions: [
      [
        'Partenariat acteurs de l’agriculture et du numérique autour des IoT.',
        'Farming and digital players working together on IoT',
      ],
      [
        'Consolidation du réseau « Bienvenue à la ferme » et création de « drive » fermiers et artisanaux',
        'Strengthen the "Bienvenue à la ferme" network and create farm and craft drive-throughs',
      ],
      [
        "Développement de productions agricoles à forte notoriété (labellisation y compris sur les produits à l'export)",
        'Well-known farm products (quality labels, including for export)',
      ],
      [
        "Construire une identité d'un département Bio'thentique",
        'Build the identity of an organic and authentic ("Bio’thentique") département',
      ],
      ['Club des cuisiniers de restaurants scolaires', 'A club of school canteen cooks'],
      [
        'Héberger et accompagner le développement des HIT (Horse innovation talk) au sein du Laval Virtual Center',
        'Host and grow the Horse Innovation Talks (HIT) at the Laval Virtual Center',
      ],
      [
        'Amplifier la visibilité de la filière course et des laboratoires vétérinaires d’excellence',
        'More visibility for horse racing and the leading veterinary laboratories',
      ],
      [
        "Une réunion de course sur l'hippodrome de Laval de portée nationale",
        'A race meeting of national standing at the Laval racecourse',
      ],
    ],
    actors: {
      fr: 'Conseil départemental, Chambre d’agriculture, syndicats professionnels, association UFC Que Choisir, sociétés de courses',
      en: 'Département council, Chamber of agriculture, farmers’ unions, UFC Que Choisir, racing societies',
    },
  },
  {
    id: 'acces-sante',
    parent: 'mayenne-terre-equilibre',
    label: { fr: 'Accès à la santé pour tous', en: 'Health care for all' },
    objective: {
      fr: "chaque Mayennais à dix minutes d'une compétence de santé (56 % des généralistes ont plus de 55 ans ; 100 généralistes à remplacer en moins de dix ans ; +26 % de personnes de plus de 80 ans d'ici 2030)",
      en: 'every resident within ten minutes of a health professional (56% of GPs are over 55; 100 GPs to replace within ten years; +26% of people over 80 by 2030)',
    },
    actions: [
      [
        'Campagne de recrutement de professionnels de santé, généralistes et spécialistes.',
        'A campaign to recruit health professionals, GPs and specialists',
      ],
      [
        'Renforcement des actions en faveur des étudiants en médecine issus de la Mayenne.',
        'More support for medical students from Mayenne',
      ],
      [
        "Expérimentation du service de conciergerie pour faciliter l'arrivée des médecins en Mayenne (gestion de l'emploi du conjoint - mode de garde d'enfants...)",
        'Try a concierge service to help doctors settle (spouse’s job, childcare…)',
      ],
      [
        'Accompagner les médecins dans la gestion administrative de leur activité (URSSAF, CPAM, Mutuelles, organismes de retraite)',
        'Help doctors with paperwork (URSSAF, CPAM, mutual insurers, pension funds)',
      ],
      [
        'Soutien à la médecine de proximité et expérimentation des délégations de compétences entre professionnels de santé (médecins et infirmiers par exemple)',
        'Support local medicine and try task-sharing between professionals (e.g. doctors and nurses)',
      ],
      [
        "Développer le télétravail et l'exercice mixte en créant des espaces dédiés au sein des antennes solidarité du Département.",
        'Remote and mixed practice in dedicated rooms of the Département’s solidarity offices',
      ],
      [
        'Développer des véhicules itinérants de santé pour couvrir les territoires en manque de médecins',
        'Mobile health vehicles for areas short of doctors',
      ],
      [
        'Créer un partenariat avec Laval Virtual center et les acteurs du numérique autour de la santé connectée et des smart grids',
        'A partnership with Laval Virtual Center and digital players on connected health and smart grids',
      ],
      ['Déploiement de Bliss dans les maisons médicales', 'Deploy Bliss in medical centres'],
      [
        "Expérimentation d'une cabine de santé connectée dans une Antenne solidarité",
        'Try a connected health booth in a solidarity office',
      ],
    ],
    actors: {
      fr: 'Conseil départemental, Ordre des médecins, ARS, Groupement hospitalier territorial, Polyclinique du Maine, la Jeune Chambre économique, association Bien vieillir en Mayenne, L’Effet papillon, EON Reality',
      en: 'Département council, Medical council, ARS, Regional hospital group, Polyclinique du Maine, Junior Chamber, Bien vieillir en Mayenne, L’Effet papillon, EON Reality',
    },
  },
  {
    id: 'nouveaux-habitants',
    parent: 'mayenne-terre-equilibre',
    label: { fr: 'Nouveaux habitants & cadre de vie', en: 'New residents and living environment' },
    objective: {
      fr: "1 000 à 1 500 habitants de plus par an qui viennent s'installer en Mayenne ; se revendiquer « terre d'accueil et d'emplois »",
      en: '1,000 to 1,500 more residents a year settling in Mayenne; claim to be "a land of welcome and jobs"',
    },
    actions: [
      [
        'Faire connaître la Mayenne comme territoire d’accueil, avec un dispositif de marketing opérationnel ciblé sur les grandes zones de développement économique des départements limitrophes.',
        'Market Mayenne as a place to live, targeting the big business areas of neighbouring départements',
      ],
      [
        "Mettre en place un service de conciergerie pour faciliter l'arrivée de nouveaux habitants (gestion de l'emploi du conjoint - mode de garde d'enfants - école)",
        'A concierge service for newcomers (spouse’s job, childcare, school)',
      ],
      [
        'Faciliter les déplacements professionnels quotidiens à travers de nouveaux services de mobilité (Waze - Drivy - OuiCar)',
        'Easier commuting with new mobility services (Waze, Drivy, OuiCar)',
      ],
      [
        "Expérimenter des plates-formes d'autopartage de services à l'échelle des communes et intercommunalité (co-voiturage - accompagnement des enfants à l'école, babysitting)",
        'Service-sharing platforms in communes and intercommunalities (carpooling, school runs, babysitting)',
      ],
      [
        'Développer les solutions de mobilité en arrivée en gare de Laval (cityscoot - vélib - taxis)',
        'Mobility on arrival at Laval station (Cityscoot, shared bikes, taxis)',
      ],
      ['Développer des espaces de co-working pour encourager le télétravail', 'Coworking spaces for remote work'],
      [
        'Expérimenter les principes de drives en zone rurale et de livraison à DOM -(Voisins Relais)',
        'Rural drive-throughs and home delivery (Voisins Relais)',
      ],
      ['Mise en place de points collaboratifs dans chaque village', 'A collaborative point in every village'],
    ],
    actors: {
      fr: 'Laval Eco, AMF, Bienvenue en Mayenne, Made in Mayenne, Club LGV, Actual',
      en: 'Laval Eco, AMF, Bienvenue en Mayenne, Made in Mayenne, Club LGV, Actual',
    },
  },
  {
    id: 'may-tourisme',
    parent: 'mayenne-terre-equilibre',
    label: { fr: 'May Tourisme', en: 'May Tourisme (tourism)' },
    objective: {
      fr: "la mutualisation rapide des acteurs et des structures de promotion autour d'une architecture marque coordonnée (le tourisme, 6e activité économique du département, moins de 3 % des emplois ; une stratégie d'itinérance vélo, rivière, pédestre)",
      en: 'quickly pool players and promotion bodies under a coordinated brand architecture (tourism: the 6th economic activity, under 3% of jobs; a strategy of cycling, river and walking routes)',
    },
    actions: [
      [
        'Une marque ombrelle de destination et une architecture des marques touristiques coordonnées',
        'An umbrella destination brand and coordinated tourism brands',
      ],
      [
        'Plate-forme Web unique et stratégie digitale de commercialisation touristique et culturelle',
        'One web platform and a digital strategy to sell tourism and culture',
      ],
      [
        'Kit de communication à destination des acteurs participant à des actions de promotion',
        'A communication kit for players taking part in promotion',
      ],
      [
        "S'appuyer sur un réseau de sites à forte notoriété pour les associer à l'image de la marque",
        'Associate well-known sites with the brand',
      ],
      ["Animer un réseau d'ambassadeurs", 'Run a network of ambassadors'],
      ['Travailler sur une expérience utilisateurs propre au territoire', 'A visitor experience specific to the area'],
      [
        'Mener des campagnes ciblées et mutualisées sur les marchés prioritaires (Grand Ouest + Royaume-Uni)',
        'Targeted joint campaigns on priority markets (western France + United Kingdom)',
      ],
      [
        "LAB Happy English Time pour apprendre efficacement l'anglais courant du tourisme",
        'A "Happy English Time" LAB to learn everyday tourism English',
      ],
      ['Un grand événement à Sainte-Suzanne', 'A major event at Sainte-Suzanne'],
      [
        'Label « territoire vélo », borne de recharge sur le chemin de halage',
        '"Territoire vélo" label, charging points along the towpath',
      ],
      [
        "Mise en place de bornes timescope dans les gares parisiennes, sur l'aire d'autoroute La Mayenne et sur les principaux site touristiques.",
        'Timescope kiosks in Paris stations, at the La Mayenne motorway services and at the main sites',
      ],
    ],
    actors: {
      fr: 'Conseil départemental, Mayenne Tourisme, Mayenne Culture, professionnels du tourisme, les associations',
      en: 'Département council, Mayenne Tourisme, Mayenne Culture, tourism professionals, associations',
    },
  },
  {
    id: 'formation-insertion',
    parent: 'mayenne-terre-solidaire',
    label: { fr: 'Formation et insertion', en: 'Training and integration' },
    objective: {
      fr: "développer l'esprit d'entreprise et la créativité dès l'école",
      en: 'develop enterprise and creativity from school onwards',
    },
    actions: [
      [
        'Développer la formation en ligne et les Mooc notamment en anglais',
        'Online courses and MOOCs, notably in English',
      ],
      [
        'Créer des hackathons pour encourager les étudiants à inventer, créer, imaginer en dehors des traditionnels programmes académiques',
        'Hackathons so students invent and create outside the usual curricula',
      ],
      [
        'Créer une plateforme de ressources commune aux organisations professionnelles qui servent de référence pour bâtir les programmes de formation',
        'A shared resource platform of professional bodies to build training programmes',
      ],
      [
        "Rapprochement des offres d'emplois non pourvus et des formations, notamment pour les filières spécifiques",
        'Match unfilled jobs with training, notably in specific sectors',
      ],
      [
        'Collèges et lycées doivent multiplier les exercices collectifs, comme par exemple les mini-entreprises.',
        'More team projects in schools, such as mini-companies',
      ],
      [
        'Passeport pour l’emploi des jeunes non qualifiés : formation au numérique, aux langues, au travail en groupe, etc',
        'An employment passport for unqualified young people: digital skills, languages, teamwork…',
      ],
      ["Nouveaux chantiers d'insertion", 'New integration work schemes'],
      ["Valoriser la fonction de tuteur d'entreprise", 'Value the role of company tutor'],
      [
        "Mise en place d'un dispositif pour l'employabilité des bénéficiaires du RSA (ex Job41 ou JobTouraine)",
        'A scheme for the employability of RSA recipients (e.g. Job41, JobTouraine)',
      ],
      [
        "Expérimentation d'un dispositif TANDEM (un étudiant s'engage dans un tutorat auprès d'un collégien ou d'un lycéen)",
        'Try TANDEM (a student tutors a secondary-school pupil)',
      ],
    ],
    actors: {
      fr: 'Conseil départemental, CCI, MEDEF, CPME, enseignement supérieur, enseignement public et privé',
      en: 'Département council, CCI, MEDEF, CPME, higher education, public and private schools',
    },
  },
  {
    id: 'mobilite-logement',
    parent: 'mayenne-terre-solidaire',
    label: { fr: 'Mobilité et logement', en: 'Mobility and housing' },
    objective: {
      fr: 'se déplacer partout en Mayenne grâce à un réseau de transport collectif et un réseau de co-voiturage actif ; améliorer les performances énergétiques des logements et adapter l’habitat pour les personnes âgées et en situation de handicap',
      en: 'travel anywhere in Mayenne with public transport and active carpooling; improve the energy performance of homes and adapt housing for older and disabled people',
    },
    actions: [
      [
        "Mise en place d'un service de transport à la demande pour les personnes âgées",
        'On-demand transport for older people',
      ],
      [
        'Amélioration du cadencement et des horaires de correspondance entre les acteurs du transport',
        'Better frequencies and connections between transport operators',
      ],
      [
        'Réduction des déplacements par le développement des services et des équipements : crèches sur lieu de travail, espaces de co-working, conciergerie d’entreprises.',
        'Fewer journeys thanks to services: workplace crèches, coworking, company concierges',
      ],
      ["Extension des heures d'ouverture des services collectifs", 'Longer opening hours of public services'],
      [
        'Développement des nouvelles mobilités : autopartage, location de scooters, vélos.',
        'New mobility: car-sharing, scooter and bike hire',
      ],
      ["Développement du co-voiturage d'entreprise", 'Company carpooling'],
      ['Augmentation du nombre de bornes de recharge électrique', 'More electric charging points'],
      [
        'Location des parcs automobiles des collectivités aux particuliers',
        'Renting local authorities’ vehicles to residents',
      ],
      [
        "Développer la mobilité électrique (vélo-voiture) dans les centres urbains par l'implantation de bornes de recharges électriques",
        'Electric bikes and cars in town centres with charging points',
      ],
      [
        "Smart-grids : expérimentation de bâtiments connectés, à l'échelle d'un quartier ou d'une communauté de communes",
        'Smart grids: connected buildings at the scale of a district or a community of communes',
      ],
      [
        "Repositionner le CAUE vers le conseil aux particuliers en économies d'énergie",
        'Refocus the CAUE on energy-saving advice for residents',
      ],
      [
        'Accompagner les initiatives comme Espace éco ou le camion énergie',
        'Support initiatives such as Espace éco or the energy truck',
      ],
    ],
    actors: {
      fr: 'Collectivités, SNCF, TUL, Région Pays-de-la-Loire, acteurs dans le domaine de l’électricité, BlaBlaCar, Waze',
      en: 'Local authorities, SNCF, TUL, Pays de la Loire Region, electricity players, BlaBlaCar, Waze',
    },
  },
  {
    id: 'inclusion-numerique',
    parent: 'mayenne-terre-solidaire',
    label: { fr: 'Inclusion numérique', en: 'Digital inclusion' },
    objective: {
      fr: "permettre à tous les citoyens d'accéder à leurs droits, de s'approprier les usages du numériques, et de développer ainsi du lien social (39 % des Français inquiets à l'idée de démarches administratives en ligne, Baromètre du numérique 2016)",
      en: 'let every citizen access their rights, take up digital uses and build social ties (39% of French people worried about doing paperwork online, 2016 digital barometer)',
    },
    actions: [
      [
        'Fédérer tous les acteurs du social (institutionnels, associations) autour d’une méthodologie et d’outils communs.',
        'Bring all social players (institutions, associations) together around a common method and tools',
      ],
      [
        'Outiller les collectivités locales par la mise à disposition d’une plateforme en ligne agrégeant des orientations, des outils, des ressources et des bonnes pratiques.',
        'An online platform of guidance, tools, resources and good practice for local authorities',
      ],
      ['Mettre à disposition un kit d’intervention pour les aidants numériques', 'A toolkit for digital helpers'],
      [
        'Accélérer la formation des aidants numériques par la mise en place d’un plan de formation',
        'A training plan for digital helpers',
      ],
      [
        'Mettre en place un bus du numérique dédié aux usages, à l’inclusion et aux cultures numériques',
        'A digital bus for uses, inclusion and digital culture',
      ],
      ['Accompagner les patrons de TPE dans leur transition numérique', 'Help very small business owners go digital'],
      [
        'Proposer des kits de formation aux lycéens pour que ces derniers forment leurs parents.',
        'Training kits for pupils to teach their parents',
      ],
    ],
    actors: {
      fr: 'Conseil départemental, collectivités, associations, WeTechCare (« We Tack Care » dans le document), Emmaüs Connect',
      en: 'Département council, local authorities, associations, WeTechCare ("We Tack Care" in the document), Emmaüs Connect',
    },
  },
];

const trackThemes = TRACKS.map((t) => ({
  id: t.id,
  parent: t.parent,
  label: t.label,
  description: {
    fr: `Objectif : ${t.objective.fr}.\n\nPistes d'actions :\n- ${t.actions.map((a) => a[0]).join('\n- ')}\n\nActeurs concernés : ${t.actors.fr}.`,
    en: `Goal: ${t.objective.en}.\n\nAction tracks:\n- ${t.actions.map((a) => a[1]).join('\n- ')}\n\nActors concerned: ${t.actors.en}.`,
  },
}));

const trackLabel = new Map(TRACKS.map((t) => [t.id, t.label]));

// ---------------------------------------------------------------- organisations

const SAMPLE_LABEL_NOTE =
  'Sample label state for the badge demo: the 2018 plan does not list the brand’s partners (see demo/feeds/README.md).';

const label = (since: string, extra: Partial<BrandLabel> = {}): BrandLabel[] => [
  { brand: BRAND, since, ...extra, note: SAMPLE_LABEL_NOTE } as BrandLabel,
];

/** An actor the plan names: its tracks become its themes and the first line of its description. */
function actor(
  id: string,
  name: Organisation['name'],
  kind: string,
  tracks: string[],
  more: Partial<Organisation> & { extra?: { fr: string; en: string } } = {},
): Organisation {
  const { extra, ...rest } = more;
  const labels = tracks.map((t) => trackLabel.get(t)!);
  const list = (lang: 'fr' | 'en') => labels.map((l) => (lang === 'fr' ? `« ${l.fr} »` : `"${l.en}"`)).join(', ');
  return {
    id,
    name,
    kind,
    territories: [DEP],
    themes: tracks,
    description: {
      fr: [
        `Cité parmi les acteurs concernés du projet d'attractivité « La Mayenne dans un monde qui change » (2018), pistes : ${list('fr')}.`,
        extra?.fr,
      ]
        .filter(Boolean)
        .join(' '),
      en: [
        `Named among the actors of the attractiveness plan "La Mayenne dans un monde qui change" (2018), tracks: ${list('en')}.`,
        extra?.en,
      ]
        .filter(Boolean)
        .join(' '),
    },
    ...rest,
  };
}

const ENTREPRENEURS = ['entreprises-confiance', 'innovation-numerique'];

const actors: Organisation[] = [
  actor(
    CD,
    { fr: 'Conseil départemental de la Mayenne', en: 'Mayenne Département council' },
    'collectivite',
    [
      'entreprises-confiance',
      'innovation-numerique',
      'agricultures',
      'acces-sante',
      'may-tourisme',
      'formation-insertion',
      'inclusion-numerique',
    ],
    {
      extra: {
        fr: "Porteur du projet d'attractivité et de la Marque Mayenne ; son président, Olivier Richefou, en signe l'éditorial. Ses antennes solidarité accueillent des pistes santé (exercice mixte, cabine de santé connectée). Lancement de son nouveau portail internet en décembre 2018.",
        en: 'Runs the attractiveness plan and the Marque Mayenne; its president, Olivier Richefou, signs the editorial. Its solidarity offices host health tracks (mixed practice, connected health booth). New web portal launched in December 2018.',
      },
      contact: {
        givenName: 'Olivier',
        familyName: 'RICHEFOU',
        role: {
          fr: 'Président du Conseil départemental de la Mayenne',
          en: 'President of the Mayenne Département council',
        },
      },
      labels: label('2018-12-01'),
    },
  ),
  actor('laval-eco', 'Laval Eco', 'developpement-economique', ['entreprises-confiance', 'nouveaux-habitants'], {
    territories: [LAVAL_AGGLO],
    ...placedIn(COMMUNES.laval),
    labels: label('2019-03-01'),
  }),
  actor(
    'cci-mayenne',
    { fr: 'CCI de la Mayenne', en: 'Mayenne Chamber of Commerce and Industry (CCI)' },
    'chambre-consulaire',
    [...ENTREPRENEURS, 'pme-artisanat-commerce', 'formation-insertion'],
    { shortName: 'CCI', labels: label('2019-03-01') },
  ),
  actor(
    'medef-mayenne',
    'MEDEF Mayenne',
    'organisation-professionnelle',
    [...ENTREPRENEURS, 'pme-artisanat-commerce', 'formation-insertion'],
    {
      shortName: 'MEDEF',
    },
  ),
  actor(
    'cpme-mayenne',
    'CPME Mayenne',
    'organisation-professionnelle',
    [...ENTREPRENEURS, 'pme-artisanat-commerce', 'formation-insertion'],
    {
      shortName: 'CPME',
    },
  ),
  actor('made-in-mayenne', 'Made in Mayenne', 'reseau-entreprises', [...ENTREPRENEURS, 'nouveaux-habitants'], {
    labels: label('2018-12-01'),
  }),
  actor(
    'laval-virtual-center',
    'Laval Virtual Center',
    'innovation',
    [...ENTREPRENEURS, 'agricultures', 'acces-sante'],
    {
      territories: [LAVAL_AGGLO],
      ...placedIn(COMMUNES.laval),
      extra: {
        fr: 'Actions proposées : y accueillir en résidence les Horse innovation talk (HIT) ; un partenariat autour de la santé connectée et des smart grids. La Mayenne se présente comme « capitale de la réalité virtuelle ».',
        en: 'Proposed actions: host the Horse Innovation Talks (HIT) in residence; a partnership on connected health and smart grids. Mayenne presents itself as "the capital of virtual reality".',
      },
      labels: label('2019-06-01'),
    },
  ),
  actor('laval-virtual', 'Laval Virtual', 'evenement', ['innovation-numerique'], {
    territories: [LAVAL_AGGLO],
    ...placedIn(COMMUNES.laval),
    extra: {
      fr: "Action proposée : étendre le positionnement de Laval Virtual sur l'intelligence artificielle et la Blockchain.",
      en: 'Proposed action: extend Laval Virtual to artificial intelligence and blockchain.',
    },
  }),
  actor('clarte', 'CLARTE', 'innovation', ENTREPRENEURS),
  actor(
    'chambre-agriculture-mayenne',
    { fr: "Chambre d'agriculture de la Mayenne", en: 'Mayenne Chamber of Agriculture' },
    'chambre-consulaire',
    [...ENTREPRENEURS, 'agricultures'],
    { labels: label('2019-06-01') },
  ),
  actor('cnam', 'CNAM', 'enseignement', ENTREPRENEURS),
  actor('estaca', 'ESTACA', 'enseignement', ENTREPRENEURS),
  actor('esiea', 'ESIEA', 'enseignement', ['innovation-numerique']),
  actor('village-by-ca', 'Le Village by CA', 'incubateur', ['innovation-numerique'], {
    labels: label('2019-06-01', { until: '2021-06-30' }),
  }),
  actor('orange', 'Orange', 'entreprise', ['innovation-numerique']),
  actor(
    'chambre-metiers-mayenne',
    { fr: 'Chambre de métiers de la Mayenne', en: 'Mayenne Chamber of Trades and Crafts' },
    'chambre-consulaire',
    ['pme-artisanat-commerce'],
  ),
  actor('ufc-que-choisir', 'Association UFC Que Choisir', 'association', ['agricultures']),
  actor(
    'ordre-medecins-mayenne',
    { fr: 'Ordre des médecins (Mayenne)', en: 'Medical council (Mayenne)' },
    'ordre-professionnel',
    ['acces-sante'],
  ),
  actor(
    'ars-pays-de-la-loire',
    { fr: 'ARS Pays de la Loire', en: 'Pays de la Loire regional health agency (ARS)' },
    'etat',
    ['acces-sante'],
    {
      shortName: 'ARS',
      territories: ['reg-52'],
    },
  ),
  actor(
    'groupement-hospitalier-territorial',
    { fr: 'Groupement hospitalier territorial', en: 'Regional hospital group (GHT)' },
    'sante',
    ['acces-sante'],
  ),
  actor('polyclinique-du-maine', 'Polyclinique du Maine', 'sante', ['acces-sante']),
  actor('jeune-chambre-economique', { fr: 'La Jeune Chambre économique', en: 'Junior Chamber (JCE)' }, 'association', [
    'acces-sante',
  ]),
  actor('bien-vieillir-en-mayenne', 'Association Bien vieillir en Mayenne', 'association', ['acces-sante']),
  actor('effet-papillon', "L'Effet papillon", 'autre', ['acces-sante']),
  actor('eon-reality', 'EON Reality', 'entreprise', ['acces-sante']),
  actor(
    'amf',
    { fr: 'AMF (Association des maires de France)', en: 'AMF (Association of French Mayors)' },
    'association',
    ['nouveaux-habitants'],
    {
      shortName: 'AMF',
    },
  ),
  actor('bienvenue-en-mayenne', 'Bienvenue en Mayenne', 'autre', ['nouveaux-habitants']),
  actor('club-lgv', 'Club LGV', 'club', ['nouveaux-habitants'], {
    extra: {
      fr: 'Les « navetteurs » circulent vers Rennes, Alençon, Le Mans, Angers et, pour quelques-uns, vers Paris depuis l’arrivée de la LGV.',
      en: 'Commuters travel to Rennes, Alençon, Le Mans, Angers and, for a few, to Paris since the high-speed line opened.',
    },
    labels: label('2019-06-01', { status: 'revoked' }),
  }),
  actor('actual', 'Actual', 'entreprise', ['nouveaux-habitants']),
  actor('mayenne-tourisme', 'Mayenne Tourisme', 'tourisme', ['may-tourisme'], { labels: label('2018-12-01') }),
  actor('mayenne-culture', 'Mayenne Culture', 'culture', ['may-tourisme'], { labels: label('2019-06-01') }),
  REGION_PAYS_DE_LA_LOIRE({
    themes: ['pme-artisanat-commerce', 'mobilite-logement'],
    description: {
      fr: "Citée parmi les acteurs concernés du projet d'attractivité de la Mayenne, pistes « PME, artisanat, commerce » et « Mobilité et logement ».",
      en: 'Named among the actors of the Mayenne attractiveness plan, tracks "SMEs, crafts and retail" and "Mobility and housing".',
    },
  }),
  actor('sncf', 'SNCF', 'entreprise', ['mobilite-logement'], {
    extra: {
      fr: "Opportunités : Laval à 1 h 10 de Paris, l'arrivée de la LGV et de la virgule de Sablé.",
      en: 'Opportunities: Laval 1h10 from Paris, the high-speed line and the Sablé link.',
    },
  }),
  actor('tul', 'TUL', 'transport', ['mobilite-logement']),
  actor('blablacar', 'BlaBlaCar', 'entreprise', ['mobilite-logement'], {
    extra: {
      fr: 'Les nouvelles offres de l’économie numérique (Blablacar, Ouicar) sont une partie de la réponse à la mobilité.',
      en: 'New offers from the digital economy (BlaBlaCar, OuiCar) are part of the answer to mobility.',
    },
  }),
  actor('waze', 'Waze', 'entreprise', ['mobilite-logement', 'nouveaux-habitants']),
  actor(
    'caue-mayenne',
    { fr: 'CAUE de la Mayenne', en: 'Mayenne CAUE (architecture, planning and environment advice)' },
    'association',
    ['mobilite-logement'],
    {
      shortName: 'CAUE',
      extra: {
        fr: "Action proposée : repositionner le CAUE vers le conseil aux particuliers en économies d'énergie.",
        en: 'Proposed action: refocus the CAUE on energy-saving advice for residents.',
      },
    },
  ),
  actor('wetechcare', 'WeTechCare', 'association', ['inclusion-numerique'], {
    extra: { fr: 'Écrit « We Tack Care » dans le document.', en: 'Spelt "We Tack Care" in the document.' },
  }),
  actor('emmaus-connect', 'Emmaüs Connect', 'association', ['inclusion-numerique']),
  actor('bienvenue-a-la-ferme', 'Bienvenue à la ferme', 'reseau', ['agricultures'], {
    extra: {
      fr: 'Action proposée : consolidation du réseau « Bienvenue à la ferme » et création de « drive » fermiers et artisanaux.',
      en: 'Proposed action: strengthen the "Bienvenue à la ferme" network and create farm and craft drive-throughs.',
    },
  }),
];

const planBodies: Organisation[] = [
  {
    id: 'club-ambassadeurs-mayenne',
    name: { fr: 'Club ambassadeurs de la Mayenne', en: 'Mayenne ambassadors’ club' },
    shortName: 'Club M-ambassadeurs',
    kind: 'club',
    territories: [DEP],
    themes: ['may-tourisme'],
    memberOf: [CD],
    description: {
      fr: "Fédère les personnalités aux compétences plurielles autour d'un projet commun : faire rayonner la Mayenne en France et à l'étranger. Des personnalités d'ici ou d'ailleurs dont le parcours, l'engagement et le lien avec la Mayenne mettent en valeur l'excellence mayennaise ; des plateformes social média pour que tous les Mayennais racontent leur territoire. Créé en octobre 2018.",
      en: 'Brings together people of varied skills around one aim: making Mayenne shine in France and abroad. People from here or elsewhere whose careers, commitment and ties to Mayenne showcase its excellence; social-media platforms so that every resident can tell the story of their area. Created in October 2018.',
    },
    labels: label('2018-12-01'),
  },
  {
    id: 'comite-pegase',
    name: 'Comité Pégase',
    kind: 'club',
    territories: [DEP],
    themes: ['entreprises-confiance'],
    description: {
      fr: "Rassemble l'ensemble des entreprises souhaitant promouvoir et travailler avec la Marque Mayenne, à l'image du Comité Colbert pour les industries du luxe ; les entreprises candidates doivent démontrer qu'elles œuvrent activement pour défendre le savoir-faire et les emplois en Mayenne.",
      en: 'Gathers the companies that want to promote and work with the Marque Mayenne, like the Comité Colbert for luxury industries; members must show they actively defend know-how and jobs in Mayenne.',
    },
    labels: label('2019-06-01'),
  },
  {
    id: 'maylab',
    name: 'MayLAB',
    kind: 'reseau',
    territories: [DEP],
    memberOf: [CD],
    description: {
      fr: "Réunit les porteurs de LABs, le « do-tank » de la démarche, qui se rencontrent régulièrement pour échanger sur l'avancement des projets. Chaque LAB, issu des cahiers d'acteurs, doit être utile, impactant, financièrement supportable et réalisable en 3 ans.",
      en: 'Brings together the LAB leaders, the "do-tank" of the plan, who meet regularly to share progress. Each LAB, drawn from the actors’ contributions, must be useful, impactful, affordable and feasible within 3 years.',
    },
  },
];

const SYNERGIES_ADDRESS = { street: 'Zone artisanale de la Fonterie, Impasse des Tailleurs', postcode: '53810' };

const synergies: Organisation[] = [
  {
    id: 'reseau-collectivites-53',
    name: {
      fr: 'Réseau des collectivités mayennaises engagées vers le développement durable',
      en: 'Network of Mayenne local authorities committed to sustainable development',
    },
    shortName: 'Réseau des collectivités',
    kind: 'reseau',
    territories: [DEP],
    themes: ['developpement-durable'],
    website: 'https://www.reseau-collectivites-53.fr',
    description: {
      fr: [
        "Réseau d'échange entre élus, animé par l'association Synergies : créé en 2010, une trentaine d'adhérents, plus de 70 rencontres depuis sa création.",
        "Objectifs : développer les échanges d'expériences entre les communes en valorisant les connaissances acquises par les élus ; développer des outils aidant les communes adhérentes à construire leur projet ; faire écho aux réalisations durables pour qu'elles se multiplient.",
        "Outils : rencontres et conférences sur des thèmes d'actualité ; visites de réalisations innovantes ; formations sur des thèmes sollicités par les élus ; fiches expériences mayennaises et information à la demande ; site internet donnant aux adhérents l'accès à des documents de travail (cahiers des charges) ; aide à l'élaboration d'un programme communal (approches globales type agenda 21) ; aide au repérage des soutiens techniques et financiers ; présentations et interventions en conseils municipaux ; appui individuel au démarrage des projets communaux, en lien avec les services des territoires (mission énergie…).",
        "Pour qui : élus, techniciens et membres de conseils de développement participent aux actions ; les communes adhérentes accèdent aux ressources documentaires. Sur-mesure (premières actions : urbanisme, économies d'eau, énergie), réactivité, partenariats systématiques avec une collectivité (témoignage avec visite de site).",
      ].join('\n\n'),
      en: [
        'A network where councillors share experience, run by the association Synergies: created in 2010, about thirty members, more than 70 meetings since.',
        'Aims: share experience between communes, building on what councillors have learnt; develop tools that help member communes build their projects; spread sustainable achievements so that they multiply.',
        'Tools: meetings and talks on current topics; visits of innovative projects; training on subjects councillors ask for; Mayenne experience sheets and information on request; a website where members find working documents (specifications); help drawing up a commune programme (Agenda 21-type approaches); help finding technical and financial support; presentations to municipal councils; individual support when a commune project starts, with the areas’ own services (energy mission…).',
        'For whom: councillors, officers and members of development councils take part; member communes access the document resources. Tailor-made (first actions: planning, water saving, energy), responsive, always in partnership with a local authority (testimony and site visit).',
      ].join('\n\n'),
    },
    contact: {
      givenName: 'Maude',
      familyName: 'LAURENT',
      role: { fr: 'Animatrice du Réseau des collectivités', en: 'Network coordinator' },
      email: 'maude.laurent@example.org',
      phone: '02 43 49 10 02',
    },
    ...placedIn(COMMUNES.change53, SYNERGIES_ADDRESS),
    memberCount: { approx: 30, kind: 'collectivites' },
    meetingsSinceCreation: { min: 70, since: 2010 },
  } as Organisation,
  {
    id: 'association-synergies',
    name: 'Association Synergies',
    shortName: 'Synergies',
    kind: 'association',
    territories: [LAVAL_AGGLO],
    themes: ['developpement-durable'],
    description: {
      fr: "Anime le Réseau des collectivités mayennaises engagées vers le développement durable. Elle s'engage à appuyer les collectivités et porteurs de projets, organiser visites, réunions d'information, témoignages et formations, communiquer sur les initiatives durables mayennaises (fiches expériences, fiches techniques, site internet) et partager des ressources documentaires.",
      en: 'Runs the network of Mayenne local authorities committed to sustainable development. It supports authorities and project leaders, organises visits, information meetings, testimonies and training, communicates on sustainable initiatives in Mayenne (experience sheets, technical sheets, website) and shares document resources.',
    },
    contact: {
      givenName: 'Maude',
      familyName: 'LAURENT',
      role: { fr: 'Animatrice du Réseau des collectivités', en: 'Network coordinator' },
      email: 'maude.laurent@example.org',
      phone: '02 43 49 10 02',
    },
    ...placedIn(COMMUNES.change53, SYNERGIES_ADDRESS),
  },
];

// ---------------------------------------------------------------- the "Ici et maintenant" planning

type Milestone = [
  id: string,
  year: number,
  month: number,
  kind: string,
  fr: string,
  en: string,
  extra?: Partial<FeedEvent>,
];

const MILESTONES: Milestone[] = [
  [
    'lancement-campagne-medecins',
    2018,
    9,
    'lancement',
    'Lancement campagne médecins',
    'Doctors’ recruitment campaign launched',
    { themes: ['acces-sante'] },
  ],
  [
    'presentation-plan-session',
    2018,
    10,
    'session',
    "Présentation du plan d'attractivité en session",
    'Attractiveness plan presented in council session',
  ],
  ['comite-pilotage', 2018, 10, 'comite', '1re réunion du comité de pilotage', 'First steering committee meeting'],
  [
    'appel-contributions',
    2018,
    10,
    'appel-a-contributions',
    "Appel à contribution cahier d'acteurs & outils de participation citoyens",
    'Call for actors’ contributions and citizen participation tools',
  ],
  ['creation-club-ambassadeurs', 2018, 10, 'fondation', 'Création du club ambassadeur', 'Ambassadors’ club created'],
  ['comite-technique', 2018, 11, 'comite', '1ère réunion du comité technique', 'First technical committee meeting'],
  [
    'portail-internet-cd',
    2018,
    12,
    'lancement',
    'Lancement du nouveau portail internet du CD',
    'New Département council web portal launched',
  ],
  [
    'assises-lancement-laval',
    2018,
    12,
    'assises',
    'Assises de lancement de la démarche à Laval',
    'Launch conference of the plan in Laval',
    { location: eventAt(COMMUNES.laval) },
  ],
  ['lancement-marque', 2018, 12, 'lancement', 'Lancement de la marque de territoire', 'Territorial brand launched'],
  [
    'candidature-jo-paris-2024',
    2019,
    1,
    'candidature',
    'Candidature de la Mayenne base arrière des JO Paris 2024',
    'Mayenne bids to be a base camp for the Paris 2024 Olympics',
  ],
  ['maymag-supplement', 2019, 1, 'publication', 'MayMag / supplément présentation', 'MayMag presentation supplement'],
  ['tournees-territoires', 2019, 2, 'tournee', 'Début des tournées en territoires', 'Tours of the territories begin'],
  [
    'hackathon',
    2019,
    3,
    'hackathon',
    'Hackathon Entreprendre la Mayenne',
    '"Entreprendre la Mayenne" hackathon',
    { themes: ['innovation-numerique', 'formation-insertion'] },
  ],
  [
    'forum-terre-entrepreneurs',
    2019,
    3,
    'forum',
    "Forum Terre d'entrepreneurs et de savoir-faire",
    'Forum: a land of entrepreneurs and know-how',
    { themes: ['mayenne-terre-entrepreneurs'] },
  ],
  [
    'forum-terre-equilibre',
    2019,
    4,
    'forum',
    "Forum Terre d'équilibre et de bien vivre",
    'Forum: a land of balance and good living',
    { themes: ['mayenne-terre-equilibre'] },
  ],
  ['conference-lab-avril', 2019, 4, 'conference', 'Événement conférence / Lab', 'Conference / Lab event'],
  [
    'forum-terre-solidaire',
    2019,
    5,
    'forum',
    'Forum Terre solidaire et de valeurs',
    'Forum: a land of solidarity and values',
    { themes: ['mayenne-terre-solidaire'] },
  ],
  [
    'plateforme-marque-v1',
    2019,
    6,
    'lancement',
    'Lancement plate-forme internet Marque Mayenne V1',
    'Marque Mayenne web platform V1 launched',
  ],
  ['evenement-ambassadeurs', 2019, 6, 'rencontre', 'Événement ambassadeurs', 'Ambassadors’ event'],
  ['conference-lab-septembre', 2019, 9, 'conference', 'Événement conférence / Lab', 'Conference / Lab event'],
  [
    'expo-paris',
    2019,
    11,
    'exposition',
    'Lancement expo La Mayenne à Paris',
    '"La Mayenne" exhibition opens in Paris',
    { location: { name: 'Paris' } },
  ],
  ['assises-cloture', 2019, 12, 'assises', 'Assises de clôture', 'Closing conference'],
];

const PLANNING_FR =
  "Jalon du planning « Ici et maintenant » (mars 2018 – décembre 2019) du projet d'attractivité « La Mayenne dans un monde qui change ».";
const PLANNING_EN =
  'Milestone of the "Ici et maintenant" planning (March 2018 – December 2019) of the attractiveness plan "La Mayenne dans un monde qui change".';

const planning: FeedEvent[] = [
  {
    id: 'mayenne-2018-03-rencontre-acteurs',
    title: {
      fr: 'Rencontre avec les principaux acteurs de la Mayenne',
      en: 'Meetings with the main players of Mayenne',
    },
    ...monthSpan(2018, 3, 9),
    kind: 'rencontre',
    organiser: CD,
    territories: [DEP],
    description: withMonthNote({
      fr: `${PLANNING_FR} De mars à septembre 2018.`,
      en: `${PLANNING_EN} March to September 2018.`,
    }),
  },
  ...MILESTONES.map(([slug, year, month, kind, fr, en, extra]): FeedEvent => ({
    id: `mayenne-${year}-${String(month).padStart(2, '0')}-${slug}`,
    title: { fr, en },
    ...wholeMonth(year, month),
    kind,
    organiser: CD,
    territories: [DEP],
    ...extra,
    description: withMonthNote({ fr: PLANNING_FR, en: PLANNING_EN }),
  })),
];

// ---------------------------------------------------------------- the feed

const epci: EpciSpec[] = MAYENNE_SIRENS.map((siren) =>
  siren === '247200090'
    ? {
        siren,
        parents: ['dep-72', DEP],
        description: {
          fr: 'Appartient surtout à la Sarthe : 16 de ses communes sont sarthoises et une, Bouessay (53037), est en Mayenne.',
          en: 'Mainly in the Sarthe: 16 of its communes are in the Sarthe and one, Bouessay (53037), is in Mayenne.',
        },
      }
    : { siren, parents: [DEP] },
);

export const mayenne: FeedDraft = {
  file: 'mayenne.json',
  network: {
    id: 'mayenne-attractivite',
    name: { fr: 'La Mayenne dans un monde qui change', en: 'Mayenne in a changing world' },
    shortName: { fr: 'Entreprendre la Mayenne', en: 'Entreprendre la Mayenne' },
    description: {
      fr: [
        "Le projet d'attractivité pour la Mayenne de demain (2018), porté par le Conseil départemental : « faire de la Mayenne un territoire d'exception, révélateur de talents, compétitif et solidaire ». Plutôt qu'un grand plan pluriannuel, une première contribution mise en débat, pour avancer avec agilité et rapidité.",
        "Principes d'action : jouer collectif (les acteurs en 1re ligne, cahiers d'acteurs examinés par un comité d'experts) ; l'approche bottom-up ; les LABs, de l'idée à l'action (MayLAB) ; raconter la Mayenne à la rencontre des territoires (forums à l'échelle des intercommunalités) ; une gouvernance partenariale (comité de pilotage, comité experts, MayLABs, club ambassadeurs) ; une charte des valeurs.",
        "Trois défis : le défi économique (tourisme, agriculture, économie numérique, recrutement) ; le défi de l'accessibilité physique et sociale aux services (santé, transports, commerces) ; le défi de la réappropriation des territoires. Une vision en trois terres : terre d'entrepreneurs et de savoir-faire, terre d'équilibre et de bien-vivre, terre solidaire et de valeurs. Outils partagés : la Marque Mayenne, les médias de la marque, le club ambassadeurs, un agenda partagé (« Ici et maintenant »).",
      ].join('\n\n'),
      en: [
        'The attractiveness plan for tomorrow’s Mayenne (2018), run by the Département council: "make Mayenne an exceptional territory that reveals talent, competitive and caring". Rather than a big multi-year plan, a first contribution put up for debate, to move with agility and speed.',
        'Principles: team play (players in the front line, actors’ contributions reviewed by an expert committee); a bottom-up approach; LABs, from idea to action (MayLAB); telling the story of Mayenne by meeting its areas (forums at intercommunal level); partnership governance (steering committee, expert committee, MayLABs, ambassadors’ club); a charter of values.',
        'Three challenges: the economic challenge (tourism, farming, digital economy, recruitment); physical and social access to services (health, transport, shops); re-appropriating the territories. A vision in three lands: entrepreneurs and know-how, balance and good living, solidarity and values. Shared tools: the Marque Mayenne, the brand’s media, the ambassadors’ club, a shared agenda ("Ici et maintenant").',
      ].join('\n\n'),
    },
    contact: {
      givenName: 'Olivier',
      familyName: 'RICHEFOU',
      role: {
        fr: 'Président du Conseil départemental de la Mayenne',
        en: 'President of the Mayenne Département council',
      },
    },
    territories: [DEP],
    organisation: CD,
  },
  epci,
  territories: [departementTerritory('53'), departementTerritory('72'), regionTerritory('52')],
  organisations: [...actors, ...planBodies, ...synergies],
  events: planning,
  brands: [
    {
      id: BRAND,
      name: { fr: 'Marque Mayenne', en: 'Marque Mayenne (Mayenne territorial brand)' },
      partnerLabel: { fr: 'Partenaire Marque Mayenne', en: 'Marque Mayenne partner' },
      tagline: { fr: "L'esprit Mayenne", en: 'The Mayenne spirit' },
      territory: DEP,
      values: [
        { fr: 'Entreprendre sa vie', en: 'Taking charge of one’s life' },
        { fr: 'Jouer collectif', en: 'Team play' },
        { fr: 'Enracinement et proximité', en: 'Roots and closeness' },
        { fr: 'Confiance', en: 'Trust' },
        { fr: 'Innovation', en: 'Innovation' },
        { fr: 'Altruisme', en: 'Altruism' },
        { fr: 'Accessibilité', en: 'Accessibility' },
        { fr: 'Solidarité', en: 'Solidarity' },
        { fr: 'Exemplarité', en: 'Setting an example' },
        { fr: 'Rayonnement', en: 'Influence' },
      ],
      colours: { primary: '#1f4e5f', secondary: '#f2efe8', text: '#ffffff' },
      description: {
        fr: "Marque de territoire au service de l'attractivité de la Mayenne, pour la rendre plus visible et attractive en enrichissant et modernisant son image. Mise à la disposition des entreprises, des associations et des organismes publics qui souhaitent se référer à la Mayenne dans leur communication ; « un fil rouge » qui s'adosse aux communications de chacun, non une marque ombrelle. Enjeux : faire de l'ancrage au territoire un avantage compétitif ; développer un marketing territorial partagé. Positionnement : la Mayenne fait toujours « avec quelque chose en plus » — « L'esprit Mayenne ». Médias : un portail internet vitrine et ombrelle (plate-forme V1 en juin 2019), réseaux sociaux, application mobile ; le club ambassadeurs et le Comité Pégase.",
        en: 'A territorial brand serving the attractiveness of Mayenne, to make it more visible by enriching and modernising its image. Available to companies, associations and public bodies that want to refer to Mayenne in their communication; "a common thread" that backs everyone’s communication, not an umbrella brand. Aims: make local roots a competitive advantage; shared territorial marketing. Positioning: Mayenne always does things "with something extra" — "L’esprit Mayenne". Media: a showcase and umbrella web portal (platform V1 in June 2019), social networks, a mobile app; the ambassadors’ club and the Comité Pégase.',
      },
    },
  ],
  themes: [
    ...VISIONS,
    ...trackThemes,
    {
      id: 'developpement-durable',
      label: { fr: 'Développement durable', en: 'Sustainable development' },
      description: {
        fr: "Thème du Réseau des collectivités mayennaises : la logique durable peut s'intégrer dans toutes les compétences des collectivités ; premières actions sur l'urbanisme, les économies d'eau, l'énergie.",
        en: 'Theme of the Mayenne local authorities’ network: sustainability fits every responsibility of a local authority; first actions on planning, water saving and energy.',
      },
    },
  ],
};
