import { defineMessages } from '../../core/localize.js';
import type { When } from './agenda.js';

const frCount = (n: number, what: string, plural: string) => `${n.toLocaleString('fr-FR')} ${n > 1 ? plural : what}`;
const enCount = (n: number, what: string) => `${n.toLocaleString('en-GB')} ${what}${n === 1 ? '' : 's'}`;

/** Labels of the usual event kinds; others are shown from their id ("visite-de-terrain" → "Visite de terrain"). */
const FR_KINDS: Record<string, string> = {
  'assemblee-generale': 'Assemblée générale',
  bureau: 'Bureau',
  'conseil-communautaire': 'Conseil communautaire',
  comite: 'Comité',
  seminaire: 'Séminaire',
  forum: 'Forum',
  visite: 'Visite',
  formation: 'Formation',
  congres: 'Congrès',
  lancement: 'Lancement',
  rencontre: 'Rencontre',
  immersion: 'Immersion',
  atelier: 'Atelier',
  conference: 'Conférence',
  reunion: 'Réunion',
  webinaire: 'Webinaire',
  salon: 'Salon',
  jalon: 'Jalon',
  fondation: 'Fondation',
  convention: 'Convention',
  decision: 'Décision',
  'comite-technique': 'Comité technique',
  echeance: 'Échéance',
  'appel-a-contributions': 'Appel à contributions',
  creation: 'Création',
  session: 'Session',
  assises: 'Assises',
  candidature: 'Candidature',
  publication: 'Publication',
  hackathon: 'Hackathon',
  exposition: 'Exposition',
  tournee: 'Tournée',
};
const EN_KINDS: Record<string, string> = {
  'assemblee-generale': 'General assembly',
  bureau: 'Board meeting',
  'conseil-communautaire': 'Community council',
  comite: 'Committee',
  seminaire: 'Seminar',
  forum: 'Forum',
  visite: 'Visit',
  formation: 'Training',
  congres: 'Congress',
  lancement: 'Launch',
  rencontre: 'Meeting',
  immersion: 'Immersion',
  atelier: 'Workshop',
  conference: 'Conference',
  reunion: 'Meeting',
  webinaire: 'Webinar',
  salon: 'Fair',
  jalon: 'Milestone',
  fondation: 'Foundation',
  convention: 'Agreement',
  decision: 'Decision',
  'comite-technique': 'Technical committee',
  echeance: 'Deadline',
  'appel-a-contributions': 'Call for contributions',
  creation: 'Creation',
  session: 'Council session',
  assises: 'Conference',
  candidature: 'Bid',
  publication: 'Publication',
  hackathon: 'Hackathon',
  exposition: 'Exhibition',
  tournee: 'Tour',
};

export const messages = defineMessages(
  {
    kinds: ((kind: string) => FR_KINDS[kind] ?? '') as (kind: string) => string,
    count: (n: number, when: When) =>
      when === 'upcoming'
        ? frCount(n, 'événement à venir', 'événements à venir')
        : when === 'past'
          ? frCount(n, 'événement passé', 'événements passés')
          : frCount(n, 'événement', 'événements'),
    empty: (when: When): string =>
      when === 'upcoming'
        ? 'Aucun événement à venir pour le moment.'
        : when === 'past'
          ? 'Aucun événement passé.'
          : 'Aucun événement dans l’agenda.',
    emptyFiltered: 'Aucun événement ne correspond à ces filtres.',
    resetFilters: 'Effacer les filtres',
    filters: 'Filtrer les événements',
    period: 'Période',
    upcoming: 'À venir',
    past: 'Passés',
    all: 'Tous',
    kind: 'Type',
    allKinds: 'Tous les types',
    theme: 'Thème',
    allThemes: 'Tous les thèmes',
    territoryChip: (name: string) => `Territoire : ${name}`,
    clearTerritory: (name: string) => `Retirer le filtre territoire « ${name} »`,
    online: 'En ligne',
    andOnline: 'et en ligne',
    organisedBy: (name: string) => `Organisé par ${name}`,
    moreInfo: 'Plus d’informations',
    register: 'S’inscrire',
    joinOnline: 'Rejoindre en ligne',
    aboutEvent: (title: string) => ` : ${title}`,
    addToCalendar: 'Ajouter à mon agenda',
    addAllToCalendar: (n: number) => (n > 1 ? `Ajouter ces ${n} événements à mon agenda` : 'Ajouter à mon agenda'),
    calendarName: (network: string) => `Agenda — ${network}`,
    registrationLine: (url: string) => `Inscription : ${url}`,
    cancelled: 'Annulé',
    postponed: 'Reporté',
    ongoing: 'En cours',
    showMore: (n: number) => `Afficher ${frCount(n, 'événement de plus', 'événements de plus')}`,
    timeline: 'Frise chronologique des événements',
    timelineHint:
      'Flèches gauche et droite : jalon précédent ou suivant ; Début et Fin : premier ou dernier jalon ; Entrée : afficher le détail.',
    earlier: 'Jalons précédents',
    moreMilestones: (n: number) => `Afficher d’autres jalons (${n.toLocaleString('fr-FR')} de plus)`,
    later: 'Jalons suivants',
    today: 'Aujourd’hui',
    todayLine: (date: string) => `Aujourd’hui, ${date}`,
    details: 'Détail de l’événement',
  },
  {
    kinds: ((kind: string) => EN_KINDS[kind] ?? '') as (kind: string) => string,
    count: (n: number, when: When) =>
      when === 'upcoming'
        ? enCount(n, 'upcoming event')
        : when === 'past'
          ? enCount(n, 'past event')
          : enCount(n, 'event'),
    empty: (when: When) =>
      when === 'upcoming'
        ? 'No upcoming events for now.'
        : when === 'past'
          ? 'No past events.'
          : 'No events in the calendar.',
    emptyFiltered: 'No events match these filters.',
    resetFilters: 'Clear filters',
    filters: 'Filter events',
    period: 'Period',
    upcoming: 'Upcoming',
    past: 'Past',
    all: 'All',
    kind: 'Type',
    allKinds: 'All types',
    theme: 'Theme',
    allThemes: 'All themes',
    territoryChip: (name: string) => `Territory: ${name}`,
    clearTerritory: (name: string) => `Remove the territory filter “${name}”`,
    online: 'Online',
    andOnline: 'and online',
    organisedBy: (name: string) => `Organised by ${name}`,
    moreInfo: 'More information',
    register: 'Register',
    joinOnline: 'Join online',
    aboutEvent: (title: string) => `: ${title}`,
    addToCalendar: 'Add to my calendar',
    addAllToCalendar: (n: number) => (n > 1 ? `Add these ${n} events to my calendar` : 'Add to my calendar'),
    calendarName: (network: string) => `Calendar — ${network}`,
    registrationLine: (url: string) => `Registration: ${url}`,
    cancelled: 'Cancelled',
    postponed: 'Postponed',
    ongoing: 'Ongoing',
    showMore: (n: number) => `Show ${enCount(n, 'more event')}`,
    timeline: 'Timeline of events',
    timelineHint:
      'Left and right arrows: previous or next milestone; Home and End: first or last milestone; Enter: show the details.',
    earlier: 'Earlier milestones',
    moreMilestones: (n: number) => `Show other milestones (${n.toLocaleString('en-GB')} more)`,
    later: 'Later milestones',
    today: 'Today',
    todayLine: (date: string) => `Today, ${date}`,
    details: 'Event details',
  },
);
