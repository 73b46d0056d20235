/**
 * The search in a link: query and filters as URL parameters, in the query
 * string (`?q=sante&theme=numerique`) or in the hash (`#q=sante&theme=numerique`),
 * so a shared link reproduces the search. Parameter names are the element's
 * attribute names. Anything a link holds is untrusted: values are clamped,
 * unknown ids are dropped later by the element.
 */
import { MAX_QUERY_LENGTH } from './query.js';
import { SORT_ORDERS, type SortOrder } from './facets.js';

export type UrlStateMode = 'query' | 'hash';

export interface UrlSearchState {
  query: string;
  themes: string[];
  kinds: string[];
  territories: string[];
  brands: string[];
  /** A territory reference or "lon,lat". */
  near?: string;
  /** Km around `near`. */
  radius?: number;
  sort?: SortOrder;
}

const KEYS = { query: 'q', themes: 'theme', kinds: 'kind', territories: 'territory', brands: 'brand' } as const;
const OUR_KEYS = ['q', 'theme', 'kind', 'territory', 'brand', 'near', 'radius', 'sort'];
const LIST_KEYS = ['themes', 'kinds', 'territories', 'brands'] as const;
const MAX_VALUES = 20;
const MAX_VALUE_LENGTH = 200;

export const emptyUrlState = (): UrlSearchState => ({ query: '', themes: [], kinds: [], territories: [], brands: [] });

/** URL parameters for a search state (defaults left out). */
export function stateToParams(state: UrlSearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set(KEYS.query, state.query.trim());
  for (const key of LIST_KEYS) for (const value of state[key]) params.append(KEYS[key], value);
  if (state.near) {
    params.set('near', state.near);
    if (state.radius) params.set('radius', String(state.radius));
  }
  if (state.sort && state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

const clampValue = (value: string) => value.trim().slice(0, MAX_VALUE_LENGTH);

/** The search state a link holds; garbage is ignored, never thrown on. */
export function stateFromParams(params: URLSearchParams): UrlSearchState {
  const list = (key: string) => [...new Set(params.getAll(key).map(clampValue).filter(Boolean))].slice(0, MAX_VALUES);
  const state: UrlSearchState = {
    query: (params.get(KEYS.query) ?? '').slice(0, MAX_QUERY_LENGTH),
    themes: list(KEYS.themes),
    kinds: list(KEYS.kinds),
    territories: list(KEYS.territories),
    brands: list(KEYS.brands),
  };
  const near = clampValue(params.get('near') ?? '');
  if (near) {
    state.near = near;
    const radius = Number(params.get('radius'));
    if (Number.isFinite(radius) && radius > 0 && radius <= 1000) state.radius = radius;
  }
  const sort = params.get('sort') as SortOrder | null;
  if (sort && SORT_ORDERS.includes(sort)) state.sort = sort;
  return state;
}

/** The hash as parameters, or `undefined` when it is an ordinary anchor (`#contenu`). */
function hashParams(hash: string): URLSearchParams | undefined {
  const body = hash.replace(/^#/, '');
  if (!body) return new URLSearchParams();
  return body.includes('=') ? new URLSearchParams(body) : undefined;
}

/** The search state in a page address. */
export function readUrlState(href: string, mode: UrlStateMode): UrlSearchState {
  try {
    const url = new URL(href);
    const params = mode === 'query' ? url.searchParams : hashParams(url.hash);
    return params ? stateFromParams(params) : emptyUrlState();
  } catch {
    return emptyUrlState();
  }
}

/** `href` with the search state written in, the page's own parameters kept. */
export function writeUrlState(href: string, mode: UrlStateMode, state: UrlSearchState): string {
  const url = new URL(href);
  const ours = stateToParams(state);
  const target = mode === 'query' ? url.searchParams : (hashParams(url.hash) ?? new URLSearchParams());
  for (const key of OUR_KEYS) target.delete(key);
  for (const [key, value] of ours) target.append(key, value);
  if (mode === 'query') return url.href;
  const hash = target.toString();
  // An anchor of the host page is only replaced when there is a search to keep.
  if (!hash && hashParams(url.hash) === undefined) return url.href;
  url.hash = hash;
  return hash ? url.href : url.href.replace(/#$/, '');
}

/** True when two states would write the same link. */
export const sameUrlState = (a: UrlSearchState, b: UrlSearchState): boolean =>
  stateToParams(a).toString() === stateToParams(b).toString();
