/**
 * The iframe half of embedding: `embed.html?element=event-timeline&src=/feed.json&limit=3&title=…`
 * shows one element with the options of its query string, and tells the
 * parent page its height (see resizer.ts).
 */
import '../all.js';
import { EMBEDDABLE } from './placeholders.js';

const params = new URLSearchParams(location.search);
const name = params.get('element') ?? '';
const main = document.querySelector('main')!;

if ((EMBEDDABLE as readonly string[]).includes(name)) {
  const element = document.createElement(`maillage-${name}`);
  for (const [key, value] of params) {
    if (key === 'element' || key === 'title') continue;
    // Attribute names only: anything else in the query string is ignored.
    if (/^[a-z][a-z0-9-]*$/.test(key)) element.setAttribute(key, value);
  }
  main.append(element);
} else {
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = `maillage : élément inconnu « ${name} ». Valeurs possibles : ${EMBEDDABLE.join(', ')}.`;
  main.append(message);
}
document.title = params.get('title') ?? `maillage — ${name}`;
const lang = params.get('lang');
if (lang) document.documentElement.lang = lang;

const report = () =>
  parent !== window &&
  parent.postMessage({ type: 'maillage:resize', height: document.documentElement.scrollHeight }, '*');
new ResizeObserver(report).observe(document.body);
