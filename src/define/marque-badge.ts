import { MaillageMarqueBadge } from '../components/marque-badge/marque-badge.js';
import { defineElement } from '../core/define.js';

defineElement('maillage-marque-badge', MaillageMarqueBadge);

declare global {
  interface HTMLElementTagNameMap {
    'maillage-marque-badge': MaillageMarqueBadge;
  }
}
