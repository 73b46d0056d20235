import type { FeedErrorCode } from '../feed/errors.js';
import { defineMessages } from './localize.js';

/** Sentences every element shares: loading, errors, retry, stale data. */
export const coreMessages = defineMessages(
  {
    loading: 'Chargement des données du réseau…',
    retry: 'Réessayer',
    missingSource: 'Aucune source de données n’est indiquée : ajoutez l’adresse du flux dans l’attribut src.',
    staleNotice: (date: string) => `Connexion impossible : données enregistrées du ${date}.`,
    error: (code: FeedErrorCode | 'unknown', status?: number) =>
      ({
        network: 'Impossible de joindre les données du réseau. Vérifiez la connexion puis réessayez.',
        timeout: 'Les données du réseau mettent trop de temps à répondre. Réessayez dans un instant.',
        http: `Le serveur des données a répondu par une erreur${status ? ` (${status})` : ''}.`,
        'invalid-json': 'Le fichier de données est illisible : ce n’est pas du JSON valide.',
        'not-a-feed': 'Le fichier indiqué n’est pas un flux de données maillage.',
        'unsupported-version':
          'Ce flux est dans une version que ce composant ne sait pas lire : mettez maillage à jour.',
        unknown: 'Les données du réseau n’ont pas pu être affichées.',
      })[code],
  },
  {
    loading: 'Loading the network’s data…',
    retry: 'Try again',
    missingSource: 'No data source is given: put the feed’s address in the src attribute.',
    staleNotice: (date: string) => `Cannot connect: showing data saved on ${date}.`,
    error: (code: FeedErrorCode | 'unknown', status?: number) =>
      ({
        network: 'The network’s data could not be reached. Check the connection and try again.',
        timeout: 'The network’s data is taking too long to answer. Try again in a moment.',
        http: `The data server answered with an error${status ? ` (${status})` : ''}.`,
        'invalid-json': 'The data file cannot be read: it is not valid JSON.',
        'not-a-feed': 'The file given is not a maillage data feed.',
        'unsupported-version': 'This feed is of a version this component cannot read: update maillage.',
        unknown: 'The network’s data could not be shown.',
      })[code],
  },
);
