/**
 * `maillage/feed`: the feed contract, validator, store, selectors and text
 * helpers, for people who build their own UI on a maillage feed. No DOM.
 */
export * from './schema.js';
export type * from './types.js';
export * from './errors.js';
export * from './validate.js';
export * from './checks.js';
export { Fail, explain } from './check-runtime.js';
export * from './formats.js';
export * from './store.js';
export * from './selectors.js';
export * from './text.js';
export * from './url.js';
export * from './geo.js';
