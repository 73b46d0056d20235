import { defineElement } from '../core/define.js';
import { MaillageEpciMap } from '../components/epci-map/epci-map.js';

defineElement('maillage-epci-map', MaillageEpciMap);

declare global {
  interface HTMLElementTagNameMap {
    'maillage-epci-map': MaillageEpciMap;
  }
}
