/** Geography shared by the map and the feed tool: positions and where French territories are. */

/** A GeoJSON position, lon then lat. */
export type Position = [number, number];

/** [west, south, east, north] boxes around metropolitan France and overseas France, with a margin. */
export const FRANCE_BOXES: readonly (readonly [number, number, number, number])[] = [
  [-6, 41, 10, 51.6], // métropole and Corse
  [-63.3, 15.7, -60.7, 18.2], // Guadeloupe, Saint-Martin, Saint-Barthélemy
  [-61.4, 14.3, -60.7, 15], // Martinique
  [-54.8, 1.9, -51.4, 6.1], // Guyane
  [54.9, -21.6, 56, -20.7], // La Réunion
  [44.8, -13.2, 45.4, -12.5], // Mayotte
  [-56.6, 46.6, -56, 47.2], // Saint-Pierre-et-Miquelon
  [-155, -28.5, -134, -7], // Polynésie française
  [163, -23, 169, -19], // Nouvelle-Calédonie
  [-178.5, -14.5, -175.9, -13], // Wallis-et-Futuna
];

/** True when (lon, lat) is in France, metropolitan or overseas. */
export const inFrance = (lon: number, lat: number): boolean =>
  FRANCE_BOXES.some(([w, s, e, n]) => lon >= w && lon <= e && lat >= s && lat <= n);

/** A pair of finite numbers (feed geometry is untrusted: strings, nulls and NaN are not positions). */
export const isPosition = (p: unknown): p is Position =>
  Array.isArray(p) &&
  p.length >= 2 &&
  typeof p[0] === 'number' &&
  typeof p[1] === 'number' &&
  Number.isFinite(p[0]) &&
  Number.isFinite(p[1]);
