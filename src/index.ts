/**
 * `maillage/classes`: the element classes and shared pieces, without
 * registering any tag (import `maillage/all` or `maillage/<element>` for that).
 */
export * from './core/index.js';
export * from './feed/index.js';
