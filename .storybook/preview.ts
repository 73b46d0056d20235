import type { Preview, WebComponentsRenderer } from '@storybook/web-components-vite';
import type { ArgTypesEnhancer } from 'storybook/internal/types';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import { FEEDS } from './feeds';

type Manifest = {
  modules: {
    declarations?: { events?: { name: string }[]; members?: { privacy?: string; static?: boolean }[] }[];
  }[];
};
for (const mod of (manifest as Manifest).modules)
  for (const d of mod.declarations ?? []) {
    // The analyzer reads `new CustomEvent(type, …)` in the base class as an event named "type"; it is not one.
    if (d.events) d.events = d.events.filter((e) => e.name.startsWith('maillage-'));
    // The docs page is for page authors: private and protected fields and static hooks are not their API.
    if (d.members) d.members = d.members.filter((m) => !m.privacy && !m.static);
  }
setCustomElementsManifest(manifest);

const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * One row per attribute: the manifest lists `color-scheme` (attribute) and `colorScheme` (property) apart, and
 * the stories' controls are bound to the property's arg. The row keeps the bound arg, under the attribute's name.
 * Story-only args (a frame width, a language) are shown apart so nobody takes them for attributes; rows that
 * are read, not set (events, parts, slots, custom properties, objects), get no control.
 */
const attributeRows: ArgTypesEnhancer<WebComponentsRenderer> = ({ argTypes }) => {
  const out = { ...argTypes };
  for (const [key, attribute] of Object.entries(argTypes)) {
    if (attribute.table?.category !== 'attributes' || !key.includes('-')) continue;
    const property = out[camel(key)];
    if (!property) continue;
    out[camel(key)] = {
      ...property,
      name: key,
      description: property.description || attribute.description,
      table: { ...property.table, category: 'attributes' },
    };
    delete out[key];
  }
  for (const [key, argType] of Object.entries(out)) {
    const category = argType.table?.category;
    if (!category) out[key] = { ...argType, table: { ...argType.table, category: 'story frame' } };
    // Events, parts, slots and custom properties are documented, not set from a form; feed objects neither.
    else if (category !== 'attributes') out[key] = { ...argType, control: false };
    // An attribute is text on the page: `string | undefined` is a text box, not an object editor.
    else if (!argType.control || (argType.control as { type?: string }).type === 'object') {
      const type = argType.table?.type?.summary ?? '';
      const control = /\bboolean\b/.test(type) ? 'boolean' : /\bnumber\b/.test(type) ? 'number' : 'text';
      out[key] = { ...argType, control: { type: control } };
    }
  }
  // Tables follow key order: attributes first, the story's own frame last.
  const rank = (key: string) => ({ attributes: 0, 'story frame': 2 })[String(out[key]!.table?.category)] ?? 1;
  return Object.fromEntries(
    Object.keys(out)
      .sort((a, b) => rank(a) - rank(b))
      .map((key) => [key, out[key]!]),
  );
};
attributeRows.secondPass = true;

const preview: Preview = {
  // Every element gets a docs page built from custom-elements.json.
  tags: ['autodocs'],
  argTypesEnhancers: [attributeRows],
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
    /**
     * Controls bound to attributes: an attribute control the visitor changed is set on the story's elements,
     * even when the story's template does not bind it (e.g. `from`, `organiser`). Untouched args are left to
     * the template, so stories that give each element its own value keep them.
     */
    (story, context) => {
      const tag = typeof context.component === 'string' ? context.component : undefined;
      const changed = Object.entries(context.argTypes).filter(
        ([key, type]) => type.table?.category === 'attributes' && context.args[key] !== context.initialArgs[key],
      );
      const result = story();
      if (tag && changed.length)
        requestAnimationFrame(() => {
          for (const el of context.canvasElement.querySelectorAll(tag))
            for (const [key, type] of changed) {
              const value: unknown = context.args[key];
              if (value === undefined || value === null || value === false) el.removeAttribute(type.name);
              else el.setAttribute(type.name, value === true ? '' : String(value));
            }
        });
      return result;
    },
    (story, context) => {
      const lang = (context.globals.lang as string) ?? 'fr';
      document.documentElement.lang = lang;
      // Elements draw on the page's background: a dark scheme is shown on a dark page, as a site would.
      const dark = context.args.colorScheme === 'dark';
      return html`<div lang=${lang} style=${dark ? 'background:#121316;color:#ececf0;padding:16px' : ''}>
        ${story()}
      </div>`;
    },
  ],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
    docs: { toc: true },
  },
};
export default preview;
