import { defineMessages } from '../../core/localize.js';
import type { LookingFor } from '../../feed/types.js';
import type { SortOrder, StatusFilter } from './filter.js';

/** What the list says, in French and English. */
export const listMessages = defineMessages(
  {
    filters: 'Filtrer les demandes de coopération',
    theme: 'Thème',
    lookingFor: 'Ce qui est recherché',
    country: 'Pays',
    status: 'État',
    sort: 'Trier par',
    any: 'Tous',
    anyNeed: 'Tout',
    need: (k: LookingFor) => ({ project: 'Un projet', partners: 'Des partenaires', topic: 'Un thème d’échange' })[k],
    statusOption: (s: StatusFilter) =>
      ({
        open: 'Ouvertes',
        matched: 'Partenaire trouvé',
        closed: 'Clôturées',
        expired: 'Expirées',
        all: 'Toutes',
      })[s],
    sortOption: (s: SortOrder) => ({ newest: 'Récentes', expiry: 'Date limite' })[s],
    reset: 'Réinitialiser les filtres',
    count: (n: number) =>
      n === 0
        ? 'Aucune demande de coopération ne correspond à ces critères.'
        : n === 1
          ? '1 demande de coopération'
          : `${n.toLocaleString('fr-FR')} demandes de coopération`,
    showing: (shown: number) => `, ${shown} affichées`,
    noneInFeed: 'Aucune demande de coopération n’est publiée pour le moment.',
    territory: (name: string) => `Demandes du territoire : ${name}`,
    unknownTerritory: 'le territoire choisi',
    showAll: 'Afficher toutes les demandes',
    more: (n: number) => `Afficher ${n} demande${n > 1 ? 's' : ''} de plus`,
  },
  {
    filters: 'Filter the cooperation requests',
    theme: 'Theme',
    lookingFor: 'Looking for',
    country: 'Country',
    status: 'Status',
    sort: 'Sort by',
    any: 'All',
    anyNeed: 'Anything',
    need: (k: LookingFor) => ({ project: 'A project', partners: 'Partners', topic: 'A topic' })[k],
    statusOption: (s: StatusFilter) =>
      ({
        open: 'Open',
        matched: 'Partner found',
        closed: 'Closed',
        expired: 'Expired',
        all: 'All',
      })[s],
    sortOption: (s: SortOrder) => ({ newest: 'Newest', expiry: 'Closing date' })[s],
    reset: 'Reset filters',
    count: (n: number) =>
      n === 0
        ? 'No cooperation request matches these criteria.'
        : n === 1
          ? '1 cooperation request'
          : `${n.toLocaleString('en-GB')} cooperation requests`,
    showing: (shown: number) => `, ${shown} shown`,
    noneInFeed: 'No cooperation request is published at the moment.',
    territory: (name: string) => `Requests of the territory: ${name}`,
    unknownTerritory: 'the chosen territory',
    showAll: 'Show all requests',
    more: (n: number) => `Show ${n} more request${n > 1 ? 's' : ''}`,
  },
);
