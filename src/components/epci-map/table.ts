/** Sorting the list of territories (the map's accessible alternative). Pure. */
import { compareFrench } from '../../feed/text.js';
import type { MapTerritory } from './model.js';

export const SORT_KEYS = ['name', 'kind', 'population', 'partners', 'requests', 'events'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

const numberOf = (t: MapTerritory, key: Exclude<SortKey, 'name' | 'kind'>): number | undefined =>
  key === 'population' ? t.territory.population?.value : t.counts[key];

/**
 * Territories sorted by a column; names break ties, French collation. Territories with no value for a
 * numeric column go last whichever the direction.
 */
export function sortTerritories(
  territories: readonly MapTerritory[],
  key: SortKey,
  ascending: boolean,
  kindLabel: (t: MapTerritory) => string,
): MapTerritory[] {
  const direction = ascending ? 1 : -1;
  const byName = (a: MapTerritory, b: MapTerritory) => compareFrench(a.name, b.name);
  return [...territories].sort((a, b) => {
    if (key === 'name') return direction * byName(a, b);
    if (key === 'kind') return direction * compareFrench(kindLabel(a), kindLabel(b)) || byName(a, b);
    const x = numberOf(a, key);
    const y = numberOf(b, key);
    if (x === undefined || y === undefined) return x === y ? byName(a, b) : x === undefined ? 1 : -1;
    return direction * (x - y) || byName(a, b);
  });
}
