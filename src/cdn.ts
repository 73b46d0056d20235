/**
 * The one-file CDN build (`dist/cdn/maillage.js`): one
 * `<script type="module" src="…/maillage.js">` defines every element and
 * upgrades `data-maillage` placeholders left by CMS editors. maplibre-gl and
 * its CSS are separate chunks, fetched only when a map is shown.
 */
import './all.js';
import { watchPlaceholders } from './embed/placeholders.js';

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => watchPlaceholders());
else watchPlaceholders();
