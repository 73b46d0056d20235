import { describe, expect, it } from 'vitest';
import {
  checkGeometry,
  containsPoint,
  findSwappedOutlines,
  labelPoint,
  outerBoundary,
  ringArea2,
  type CleanGeometry,
} from '../../src/components/epci-map/geometry.js';
import { labelSize, placeLabels, wrapLabel } from '../../src/components/epci-map/labels.js';
import { fitMercator, mercator, outlinePath } from '../../src/components/epci-map/projection.js';

const square = (x: number, y: number, s = 1) => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + s, y],
      [x + s, y + s],
      [x, y + s],
      [x, y],
    ],
  ],
});

describe('epci-map geometry: checkGeometry', () => {
  it('accepts a closed polygon and returns its bounding box', () => {
    const r = checkGeometry(square(-2, 47));
    expect(r.ok && r.bbox).toEqual([-2, 47, -1, 48]);
  });
  it('refuses unclosed rings, NaN, nulls, strings, bad structure and out-of-range values', () => {
    const bad = (coordinates: unknown) => checkGeometry({ type: 'Polygon', coordinates });
    expect(
      bad([
        [
          [-1, 47],
          [-0.9, 47],
          [-0.9, 47.1],
        ],
      ]),
    ).toEqual({ ok: false, problem: 'not-closed' });
    expect(
      bad([
        [
          [-1, 47],
          [-0.9, 47],
          [-0.9, 47.1],
          [-0.8, 47.1],
        ],
      ]),
    ).toEqual({ ok: false, problem: 'not-closed' });
    expect(
      bad([
        [
          ['NaN', 47],
          [null, 47],
          [-0.9, 47.1],
          ['NaN', 47],
        ],
      ]),
    ).toEqual({ ok: false, problem: 'not-a-number' });
    expect(
      bad([
        [
          [NaN, 47],
          [1, 47],
          [1, 48],
          [NaN, 47],
        ],
      ]),
    ).toEqual({ ok: false, problem: 'not-a-number' });
    expect(
      bad([
        [
          [0, 0],
          [0, 0],
        ],
      ]),
    ).toEqual({ ok: false, problem: 'too-few-points' });
    expect(bad('x')).toEqual({ ok: false, problem: 'structure' });
    expect(checkGeometry({ type: 'Point', coordinates: [1, 2] })).toEqual({ ok: false, problem: 'structure' });
    expect(checkGeometry(null)).toEqual({ ok: false, problem: 'structure' });
    expect(checkGeometry(square(200, 10))).toEqual({ ok: false, problem: 'out-of-range' });
    expect(checkGeometry(square(47, 100))).toEqual({ ok: false, problem: 'swapped' });
  });
  it('rewinds rings: outer counter-clockwise, holes clockwise', () => {
    const clockwise = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [0, 1],
          [1, 1],
          [1, 0],
          [0, 0],
        ],
      ],
    };
    const r = checkGeometry(clockwise);
    expect(r.ok && ringArea2((r.geometry as { coordinates: [number, number][][] }).coordinates[0]!)).toBeGreaterThan(0);
  });
  it('finds outlines written lat/lon when most are in France', () => {
    const boxes: [number, number, number, number][] = [
      [-2, 47, -1, 48],
      [-1, 47, 0, 48],
      [47.6, -1.6, 47.8, -1.4],
    ];
    expect([...findSwappedOutlines(boxes)]).toEqual([2]);
    expect([...findSwappedOutlines([boxes[2]!])]).toEqual([]);
  });
});

describe('epci-map geometry: points and labels', () => {
  const g = checkGeometry(square(0, 0, 2));
  const geometry = (g.ok ? g.geometry : undefined) as CleanGeometry;
  it('tests points, holes included', () => {
    const holed = checkGeometry({
      type: 'Polygon',
      coordinates: [square(0, 0, 4).coordinates[0], square(1, 1, 2).coordinates[0]],
    });
    expect(holed.ok).toBe(true);
    if (!holed.ok) return;
    expect(containsPoint(holed.geometry, [0.5, 0.5])).toBe(true);
    expect(containsPoint(holed.geometry, [2, 2])).toBe(false);
  });
  it('puts the label inside the shape, or at the feed centroid when it is inside', () => {
    const [x, y] = labelPoint(geometry);
    expect(containsPoint(geometry, [x, y])).toBe(true);
    expect(labelPoint(geometry, { lon: 0.2, lat: 0.3 })).toEqual([0.2, 0.3]);
    const outside = labelPoint(geometry, { lon: 9, lat: 9 });
    expect(containsPoint(geometry, outside)).toBe(true);
    const u = checkGeometry({
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [3, 0],
          [3, 3],
          [2, 3],
          [2, 1],
          [1, 1],
          [1, 3],
          [0, 3],
          [0, 0],
        ],
      ],
    });
    if (u.ok) expect(containsPoint(u.geometry, labelPoint(u.geometry))).toBe(true);
  });
  it('keeps only the perimeter of outlines sharing a border', () => {
    const a = checkGeometry(square(0, 0));
    const b = checkGeometry(square(1, 0));
    if (!a.ok || !b.ok) throw new Error('bad fixture');
    const runs = outerBoundary([a.geometry, b.geometry]);
    const segments = runs.reduce((n, run) => n + run.length - 1, 0);
    expect(segments).toBe(6);
    expect(runs.flat().some(([x, y]) => x === 1 && y === 0.5)).toBe(false);
  });
});

describe('epci-map projection', () => {
  it('is Web Mercator, fitted and centred in the box', () => {
    const [mx, my] = mercator(0, 0);
    expect(mx).toBeCloseTo(0, 12);
    expect(my).toBeCloseTo(0, 12);
    const fit = fitMercator([-2, 47, -1, 48], 200, 100, 10);
    const [x0, y0] = fit.project(-2, 48);
    const [x1, y1] = fit.project(-1, 47);
    expect(y0).toBeCloseTo(10, 5);
    expect(y1).toBeCloseTo(90, 5);
    expect((x0 + x1) / 2).toBeCloseTo(100, 5);
  });
  it('writes path data and drops points closer than a pixel', () => {
    const fit = fitMercator([0, 0, 1, 1], 100, 100, 0);
    const c = checkGeometry(square(0, 0));
    if (!c.ok) throw new Error('bad fixture');
    expect(outlinePath(c.geometry, fit)).toMatch(/^M[\d. L]+Z$/);
    const tiny = checkGeometry(square(0, 0, 0.001));
    if (tiny.ok) expect(outlinePath(tiny.geometry, fit)).toBe('');
  });
});

describe('epci-map labels', () => {
  it('wraps names on spaces and hyphens, at most three lines, with an ellipsis when cut', () => {
    expect(wrapLabel('Redon Agglomération')).toEqual(['Redon', 'Agglomération']);
    expect(wrapLabel('CC Châteaubriant-Derval')).toEqual(['CC Châteaubriant-', 'Derval']);
    const long = wrapLabel('A'.repeat(100_000));
    expect(long).toHaveLength(1);
    expect(long[0]!.endsWith('…')).toBe(true);
    const many = wrapLabel('un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze');
    expect(many).toHaveLength(3);
    expect(many[2]!.endsWith('…')).toBe(true);
  });
  it('keeps the highest-priority label where it is, moves or drops the ones that overlap', () => {
    const size = labelSize(['Redon']);
    const kept = placeLabels(
      [
        { id: 'small', x: 50, y: 50, ...size, priority: 1 },
        { id: 'big', x: 55, y: 52, ...size, priority: 9 },
        { id: 'far', x: 150, y: 50, ...size, priority: 0 },
        { id: 'out', x: -50, y: 50, ...size, priority: 99 },
      ],
      200,
      100,
    );
    expect([...kept.keys()].sort()).toEqual(['big', 'far', 'small']);
    expect(kept.get('big')).toEqual([0, 0]);
    expect(kept.get('small')).not.toEqual([0, 0]);
    const blocked = placeLabels([{ id: 'a', x: 50, y: 50, ...size, priority: 1 }], 200, 100, [
      { x: 50, y: 50, width: 20, height: 20 },
    ]);
    expect(blocked.get('a')).not.toEqual([0, 0]);
  });
});
