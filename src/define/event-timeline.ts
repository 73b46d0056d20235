import { defineElement } from '../core/define.js';
import { MaillageEventTimeline } from '../components/event-timeline/event-timeline.js';

defineElement('maillage-event-timeline', MaillageEventTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'maillage-event-timeline': MaillageEventTimeline;
  }
}
