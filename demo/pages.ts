/**
 * The demo pages: every element registered from the package's `all` entry,
 * plus two bits built on `maillage/feed` as a page author would (a grid of
 * partner badges, the list of themes).
 */
import '../src/all.js';
import { localize, pageFeedStore, parseFeed, toLang } from '../src/feed/index.js';

const lang = toLang(document.documentElement.lang);

async function fillBadges(list: HTMLElement) {
  const src = list.dataset.feed!;
  const { feed } = await pageFeedStore().load(src, parseFeed);
  for (const organisation of feed.organisations.filter((o) => o.labels?.some((l) => l.brand === 'marque-mayenne'))) {
    const item = document.createElement('li');
    const badge = document.createElement('maillage-marque-badge');
    badge.setAttribute('src', src);
    badge.setAttribute('partner', organisation.id);
    badge.setAttribute('variant', 'compact');
    item.append(badge);
    list.append(item);
  }
}

async function fillThemes(list: HTMLElement) {
  const { feed } = await pageFeedStore().load(list.dataset.feed!, parseFeed);
  for (const theme of feed.themes) {
    const item = document.createElement('li');
    item.textContent = localize(theme.label, lang);
    list.append(item);
  }
}

const badges = document.querySelector<HTMLElement>('#badges');
if (badges) void fillBadges(badges);
const themes = document.querySelector<HTMLElement>('#themes');
if (themes) void fillThemes(themes);
