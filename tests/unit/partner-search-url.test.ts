import { describe, expect, it } from 'vitest';
import {
  emptyUrlState,
  readUrlState,
  stateFromParams,
  stateToParams,
  writeUrlState,
  type UrlSearchState,
} from '../../src/components/partner-search/url-state.js';

const full: UrlSearchState = {
  query: 'maison de santé',
  themes: ['sante', 'mobilite'],
  kinds: ['association'],
  territories: ['epci-200083392'],
  brands: ['marque-mayenne'],
  near: '-0.77,48.07',
  radius: 10,
  sort: 'distance',
};

describe('partner search: state in the page address', () => {
  it('round-trips through the query string, keeping the page’s own parameters', () => {
    const href = writeUrlState('https://example.org/annuaire?page=3#contenu', 'query', full);
    const url = new URL(href);
    expect(url.searchParams.get('page')).toBe('3');
    expect(url.hash).toBe('#contenu');
    expect(url.searchParams.getAll('theme')).toEqual(['sante', 'mobilite']);
    expect(readUrlState(href, 'query')).toEqual(full);
  });

  it('round-trips through the hash, and leaves an ordinary anchor alone when there is nothing to keep', () => {
    const href = writeUrlState('https://example.org/annuaire?page=3', 'hash', full);
    expect(new URL(href).search).toBe('?page=3');
    expect(readUrlState(href, 'hash')).toEqual(full);
    expect(writeUrlState('https://example.org/a#contenu', 'hash', emptyUrlState())).toBe(
      'https://example.org/a#contenu',
    );
    expect(writeUrlState(href, 'hash', emptyUrlState())).toBe('https://example.org/annuaire?page=3');
    expect(readUrlState('https://example.org/a#contenu', 'hash')).toEqual(emptyUrlState());
  });

  it('writes nothing for the defaults', () => {
    expect(stateToParams(emptyUrlState()).toString()).toBe('');
    expect(stateToParams({ ...emptyUrlState(), sort: 'relevance' }).toString()).toBe('');
    expect(stateToParams({ ...emptyUrlState(), radius: 10 }).toString()).toBe('');
  });

  it('ignores garbage and clamps what a hostile link holds', () => {
    const params = new URLSearchParams();
    params.set('q', 'x'.repeat(5000));
    for (let i = 0; i < 100; i++) params.append('theme', `t${i}`);
    params.append('kind', '   ');
    params.set('sort', 'evil');
    params.set('radius', '-5');
    params.set('near', 'dep-53');
    const state = stateFromParams(params);
    expect(state.query).toHaveLength(200);
    expect(state.themes).toHaveLength(20);
    expect(state.kinds).toEqual([]);
    expect(state.sort).toBeUndefined();
    expect(state.radius).toBeUndefined();
    expect(state.near).toBe('dep-53');
    expect(readUrlState('not a url', 'query')).toEqual(emptyUrlState());
  });
});
