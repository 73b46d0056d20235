import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import { FEEDS } from './feeds';

/** The analyzer reads `new CustomEvent(type, …)` in the base class as an event named "type"; it is not one. */
type Manifest = { modules: { declarations?: { events?: { name: string }[] }[] }[] };
for (const mod of (manifest as Manifest).modules)
  for (const d of mod.declarations ?? [])
    if (d.events) d.events = d.events.filter((e) => e.name.startsWith('maillage-'));
setCustomElementsManifest(manifest);

const preview: Preview = {
  // Every element gets a docs page built from custom-elements.json.
  tags: ['autodocs'],
  globalTypes: {
    feed: {
      description: 'Feed given to the elements',
      toolbar: {
        title: 'Feed',
        icon: 'database',
        items: [
          { value: 'reseau', title: 'Réseau (all sample data)' },
          { value: 'ailb', title: 'AILB (13 EPCI, 2021)' },
          { value: 'mayenne', title: 'Marque Mayenne' },
          { value: 'leader', title: 'LEADER 2024' },
          { value: 'hostile', title: 'Hostile (attacks, huge strings)' },
          { value: 'national', title: 'National (1,232 EPCI, 2,000 partners)' },
        ] satisfies { value: keyof typeof FEEDS; title: string }[],
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
