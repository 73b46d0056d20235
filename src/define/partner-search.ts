import { defineElement } from '../core/define.js';
import { MaillagePartnerSearch } from '../components/partner-search/partner-search.js';

defineElement('maillage-partner-search', MaillagePartnerSearch);

declare global {
  interface HTMLElementTagNameMap {
    'maillage-partner-search': MaillagePartnerSearch;
  }
}
