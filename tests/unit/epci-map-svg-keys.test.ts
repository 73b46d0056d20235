import { describe, expect, it } from 'vitest';
import { keyTarget, type SvgShape } from '../../src/components/epci-map/svg-view.js';

const shapes = ['a', 'b', 'c'].map((id) => ({ id, name: id, d: '', fill: '' })) as SvgShape[];

describe('epci-map SVG listbox keys', () => {
  it('arrows step in drawing order and stop at the ends; Home and End jump', () => {
    expect(keyTarget('ArrowRight', shapes, 'a')).toBe('b');
    expect(keyTarget('ArrowDown', shapes, 'b')).toBe('c');
    expect(keyTarget('ArrowDown', shapes, 'c')).toBe('c');
    expect(keyTarget('ArrowLeft', shapes, 'b')).toBe('a');
    expect(keyTarget('ArrowUp', shapes, 'a')).toBe('a');
    expect(keyTarget('Home', shapes, 'c')).toBe('a');
    expect(keyTarget('End', shapes, 'a')).toBe('c');
  });

  it('leaves other keys to the page', () => {
    for (const key of ['Tab', 'a', 'Escape', 'PageDown']) expect(keyTarget(key, shapes, 'b')).toBeUndefined();
  });
});
