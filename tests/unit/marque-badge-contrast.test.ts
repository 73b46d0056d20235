import { describe, expect, it } from 'vitest';
import {
  DARK_INK,
  LIGHT_INK,
  contrastRatio,
  parseHex,
  readableInk,
  relativeLuminance,
} from '../../src/components/marque-badge/contrast.js';

describe('marque-badge contrast', () => {
  it('reads #rgb, #rgba, #rrggbb and #rrggbbaa, and nothing else', () => {
    expect(parseHex('#fff')).toEqual([255, 255, 255]);
    expect(parseHex('#1F4E5F')).toEqual([31, 78, 95]);
    expect(parseHex('#e306137f')).toEqual([227, 6, 19]);
    expect(parseHex('#abcd')).toEqual([170, 187, 204]);
    for (const bad of ['fff', '#ff', '#fffff', 'red', '#ggg', 'red; background:url(x)', ''])
      expect(parseHex(bad)).toBeUndefined();
  });

  it('computes WCAG luminance and ratios (black/white 21:1, equal colours 1:1)', () => {
    expect(relativeLuminance([255, 255, 255])).toBeCloseTo(1, 5);
    expect(relativeLuminance([0, 0, 0])).toBe(0);
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777', '#777')).toBe(1);
    // Known pair: #767676 on white is the classic 4.54:1.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#e30613', '#ffffff')).toBeCloseTo(4.88, 2);
    expect(contrastRatio('nope', '#fff')).toBeUndefined();
  });

  it('keeps the brand text colour when it is readable, else picks black or white', () => {
    expect(readableInk('#1f4e5f', '#ffffff')).toBe('#ffffff');
    // White on yellow is unreadable (1.5:1): dark text instead.
    expect(readableInk('#ffd23f', '#ffffff')).toBe(DARK_INK);
    expect(readableInk('#ffd23f')).toBe(DARK_INK);
    expect(readableInk('#1d1d1b')).toBe(LIGHT_INK);
    expect(readableInk('#e30613')).toBe(LIGHT_INK);
    for (const bg of ['#000000', '#ffffff', '#808080', '#00ff00', '#0000ff', '#ff00ff', '#e30613'])
      expect(contrastRatio(readableInk(bg, '#777777'), bg)!).toBeGreaterThanOrEqual(4.5);
  });
});
