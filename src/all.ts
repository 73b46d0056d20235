/** `maillage/all`: registers every element. */
import './define/cooperation-card.js';
import './define/cooperation-list.js';
import './define/epci-map.js';
import './define/partner-search.js';
import './define/event-timeline.js';
import './define/marque-badge.js';
