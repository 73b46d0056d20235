export { MaillageElement } from './base.js';
export { MaillageBase } from './element-base.js';
export { defineElement } from './define.js';
export { FeedController, type FeedState, type FeedHost } from './feed-controller.js';
export { defineMessages, resolveLang, onLangChange, type Messages } from './localize.js';
export { coreMessages } from './messages.js';
export { baseStyles } from './tokens.js';
export { renderFeedState, renderStaleNotice, renderEmpty } from './states.js';
export type * from './events.js';
