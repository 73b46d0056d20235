/** Demo index: lists the sample feeds with what they hold, read through the public feed entry point. */
import { localize, pageFeedStore, parseFeed } from '../src/feed/index.js';

const FEEDS = ['reseau.json', 'ailb.json', 'mayenne.json', 'leader-2024.json'];
const list = document.querySelector('#feeds')!;

for (const name of FEEDS) {
  const item = document.createElement('li');
  list.append(item);
  pageFeedStore()
    .load(`./feeds/${name}`, parseFeed)
    .then(({ feed, warnings }) => {
      item.textContent = `${name} — ${localize(feed.network.name, 'fr')} : ${feed.territories.length} territoires, ${feed.organisations.length} organisations, ${feed.cooperationRequests.length} demandes de coopération, ${feed.events.length} événements${warnings.length ? `, ${warnings.length} avertissements` : ''}.`;
    })
    .catch((error: Error) => {
      item.textContent = `${name} — ${error.message}`;
    });
}
