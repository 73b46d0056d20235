import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';

setCustomElementsManifest(manifest);

/** Feeds a story can choose with the "feed" toolbar switch; stories read it as `context.globals.feed`. */
export const FEEDS = {
  reseau: 'feeds/reseau.json',
  ailb: 'feeds/ailb.json',
  mayenne: 'feeds/mayenne.json',
  leader: 'feeds/leader-2024.json',
  hostile: 'fixtures/hostile-feed.json',
} as const;

const preview: Preview = {
  globalTypes: {
    feed: {
      description: 'Feed given to the elements',
      toolbar: {
        title: 'Feed',
        icon: 'database',
        items: Object.keys(FEEDS),
        dynamicTitle: true,
      },
    },
    lang: {
      description: 'Language of the page',
      toolbar: { title: 'Lang', icon: 'globe', items: ['fr', 'en'], dynamicTitle: true },
    },
  },
  initialGlobals: { feed: 'reseau', lang: 'fr' },
  decorators: [
    (story, context) => {
      const lang = (context.globals.lang as string) ?? 'fr';
      document.documentElement.lang = lang;
      return html`<div lang=${lang}>${story()}</div>`;
    },
  ],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
    docs: { toc: true },
  },
};
export default preview;
