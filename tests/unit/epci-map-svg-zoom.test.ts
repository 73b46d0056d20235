import { describe, expect, it } from 'vitest';
import { fitMercator } from '../../src/components/epci-map/projection.js';
import {
  clampView,
  isWholeView,
  MAX_ZOOM,
  panBy,
  reveal,
  toDrawing,
  viewBoxAttribute,
  viewCentre,
  viewKey,
  viewOfZoom,
  wheelFactor,
  wholeView,
  zoomAt,
  zoomOf,
  zoomOfView,
  type ViewBox,
} from '../../src/components/epci-map/svg-zoom.js';

const extent = { width: 800, height: 400 };
const whole = wholeView(extent);
const close = (a: ViewBox, b: ViewBox) => {
  for (const k of ['x', 'y', 'width', 'height'] as const) expect(a[k]).toBeCloseTo(b[k], 6);
};

describe('epci-map SVG zoom: view boxes', () => {
  it('zooms about the centre by default, keeping the proportions', () => {
    const view = zoomAt(whole, extent, 2);
    close(view, { x: 200, y: 100, width: 400, height: 200 });
    expect(zoomOf(view, extent)).toBe(2);
    expect(viewBoxAttribute(view)).toBe('200 100 400 200');
  });

  it('keeps the point under the cursor in place', () => {
    const at: [number, number] = [600, 100];
    const view = zoomAt(whole, extent, 2, at);
    // The point was 3/4 across and 1/4 down the view; it still is.
    expect((at[0] - view.x) / view.width).toBeCloseTo(0.75);
    expect((at[1] - view.y) / view.height).toBeCloseTo(0.25);
    // Back out about the same point: the whole drawing again.
    close(zoomAt(view, extent, 0.5, at), whole);
  });

  it('stays between the whole drawing and MAX_ZOOM', () => {
    close(zoomAt(whole, extent, 0.5), whole);
    expect(isWholeView(zoomAt(whole, extent, 0.5), extent)).toBe(true);
    let view = whole;
    for (let i = 0; i < 10; i++) view = zoomAt(view, extent, 2);
    expect(zoomOf(view, extent)).toBe(MAX_ZOOM);
    expect(view.width).toBeCloseTo(extent.width / MAX_ZOOM);
  });

  it('keeps the view inside the drawing', () => {
    close(zoomAt(whole, extent, 2, [0, 0]), { x: 0, y: 0, width: 400, height: 200 });
    close(clampView({ x: -500, y: 900, width: 200, height: 100 }, extent), { x: 0, y: 300, width: 200, height: 100 });
    // Too wide a box becomes the whole drawing, wherever it was.
    close(clampView({ x: 50, y: 50, width: 2000, height: 1000 }, extent), whole);
  });

  it('pans by screen pixels, slower in drawing units when closer, and not past the edges', () => {
    const view = zoomAt(whole, extent, 4); // 200 × 100, at 300, 150
    close(panBy(view, extent, 100, 0), { ...view, x: view.x + 25 });
    close(panBy(view, extent, 0, -40), { ...view, y: view.y - 10 });
    close(panBy(view, extent, 10_000, 10_000), { ...view, x: 600, y: 300 });
    close(panBy(whole, extent, 100, 100), whole);
  });

  it('finds the drawing point under a screen point, whatever size the map is shown at', () => {
    const view = zoomAt(whole, extent, 2);
    expect(toDrawing(view, 0, 0, extent)).toEqual([200, 100]);
    expect(toDrawing(view, 400, 200, { width: 400, height: 200 })).toEqual([600, 300]);
  });

  it('reveals a box only when its centre is out of view, at the same zoom', () => {
    const view = zoomAt(whole, extent, 4);
    expect(reveal(view, extent, [350, 180, 370, 200])).toBe(view);
    const moved = reveal(view, extent, [600, 120, 620, 140]);
    expect(moved.width).toBe(view.width);
    expect(viewCentre(moved)).toEqual([610, 130]);
    // Near the drawing's edge, the view stops at the edge.
    const corner = reveal(view, extent, [770, 10, 790, 30]);
    expect([corner.x, corner.y]).toEqual([600, 0]);
    // Near the view's edge (inside the margin) counts as out of view.
    expect(reveal(view, extent, [302, 152, 304, 154])).not.toBe(view);
  });
});

describe('epci-map SVG zoom: keys and wheel', () => {
  it("uses maplibre's keys: + = zoom in, - _ zoom out, arrows move 100 px", () => {
    expect(viewKey('+')).toEqual({ zoom: 2 });
    expect(viewKey('=')).toEqual({ zoom: 2 });
    expect(viewKey('-')).toEqual({ zoom: 0.5 });
    expect(viewKey('_')).toEqual({ zoom: 0.5 });
    expect(viewKey('ArrowRight')).toEqual({ pan: [100, 0] });
    expect(viewKey('ArrowUp')).toEqual({ pan: [0, -100] });
    for (const key of ['Enter', 'Tab', 'Home', 'a', '0']) expect(viewKey(key)).toBeUndefined();
  });

  it('zooms in when the wheel turns away from the visitor, at most a level per event', () => {
    expect(wheelFactor(-100)).toBeGreaterThan(1);
    expect(wheelFactor(100)).toBeLessThan(1);
    expect(wheelFactor(100) * wheelFactor(-100)).toBeCloseTo(1);
    expect(wheelFactor(-3, 1)).toBeCloseTo(wheelFactor(-120));
    expect(wheelFactor(-5000)).toBe(2);
    expect(wheelFactor(5000)).toBe(0.5);
    expect(wheelFactor(0)).toBe(1);
  });
});

describe('epci-map SVG zoom: kept as a place', () => {
  const bbox: [number, number, number, number] = [-2.2, 47.2, -1.2, 47.9];

  it('inverts the projection', () => {
    const fit = fitMercator(bbox, 800, 400, 16);
    const [x, y] = fit.project(-1.7, 47.5);
    const [lon, lat] = fit.invert(x, y);
    expect(lon).toBeCloseTo(-1.7, 9);
    expect(lat).toBeCloseTo(47.5, 9);
  });

  it('round-trips a view through a zoom, and keeps its place on a drawing of another size', () => {
    const fit = fitMercator(bbox, 800, 400, 16);
    const view = zoomAt(whole, extent, 3, fit.project(-1.9, 47.4));
    const zoom = zoomOfView(extent, fit, view)!;
    expect(zoom.zoom).toBeCloseTo(3);
    close(viewOfZoom(extent, fit, zoom), view);
    // The same place is at the centre of a narrower drawing, as long as the view fits in it.
    const narrow = { width: 500, height: 400 };
    const narrowFit = fitMercator(bbox, narrow.width, narrow.height, 16);
    const shown = viewOfZoom(narrow, narrowFit, zoom);
    const centre = narrowFit.invert(shown.x + shown.width / 2, shown.y + shown.height / 2);
    expect(centre[0]).toBeCloseTo(zoom.centre[0], 6);
    expect(centre[1]).toBeCloseTo(zoom.centre[1], 6);
  });

  it('has no zoom for the whole drawing, or without a projection', () => {
    const fit = fitMercator(bbox, 800, 400, 16);
    expect(zoomOfView(extent, fit, whole)).toBeUndefined();
    expect(zoomOfView(extent, undefined, zoomAt(whole, extent, 2))).toBeUndefined();
    close(viewOfZoom(extent, undefined, { centre: [-1.7, 47.5], zoom: 2 }), whole);
    close(viewOfZoom(extent, fit, undefined), whole);
  });
});

describe('epci-map SVG zoom: territories past the drawing', () => {
  // A territory outside the network reaches 300 px past the right edge.
  const wide = { ...extent, bounds: [0, -20, 1100, 400] as const };

  it('lets the view reach what is drawn past the edges, at any zoom', () => {
    close(panBy(whole, wide, 500, 0), { ...whole, x: 300 });
    close(panBy(whole, wide, 0, -50), { ...whole, y: -20 });
    expect(isWholeView(panBy(whole, wide, 500, 0), wide)).toBe(false);
    close(reveal(whole, wide, [1000, 250, 1080, 350]), { ...whole, x: 300 });
    const zoom = zoomOfView(wide, fitMercator([-2.2, 47.2, -1.2, 47.9], 800, 400, 16), panBy(whole, wide, 500, 0));
    expect(zoom?.zoom).toBeCloseTo(1);
  });
});
