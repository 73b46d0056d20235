import './cooperation-card.js';
import { MaillageCooperationList } from '../components/cooperation-list/cooperation-list.js';
import { defineElement } from '../core/define.js';

defineElement('maillage-cooperation-list', MaillageCooperationList);

declare global {
  interface HTMLElementTagNameMap {
    'maillage-cooperation-list': MaillageCooperationList;
  }
}
