import { MaillageCooperationCard } from '../components/cooperation-card/cooperation-card.js';
import { defineElement } from '../core/define.js';

defineElement('maillage-cooperation-card', MaillageCooperationCard);

declare global {
  interface HTMLElementTagNameMap {
    'maillage-cooperation-card': MaillageCooperationCard;
  }
}
