import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  classBreaks,
  classOf,
  classRange,
  COLOURS,
  contrastRatio,
  rampFor,
} from '../../src/components/epci-map/classes.js';
import { territoryDetails } from '../../src/components/epci-map/details.js';
import { buildMapModel, type ModelOptions } from '../../src/components/epci-map/model.js';
import { sortTerritories } from '../../src/components/epci-map/table.js';
import { parseFeed } from '../../src/feed/validate.js';
import {
  partnersOfTerritory,
  requestsOfTerritory,
  isRequestOpen,
  eventsOfTerritory,
} from '../../src/feed/selectors.js';

const read = (path: string) => parseFeed(JSON.parse(readFileSync(path, 'utf8'))).feed;
const options = (o: Partial<ModelOptions> = {}): ModelOptions => ({
  lang: 'fr',
  day: '2021-03-01',
  colorBy: 'network',
  classification: 'quantile',
  classes: 5,
  scheme: 'light',
  ...o,
});

describe('epci-map classes', () => {
  it('cuts quantiles and Jenks breaks that cover every value once', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100, 200];
    for (const method of ['quantile', 'jenks'] as const) {
      const breaks = classBreaks(values, 4, method);
      expect(breaks[0]).toBe(1);
      expect(breaks.at(-1)).toBe(200);
      for (const v of values) expect(classOf(v, breaks)).toBeGreaterThanOrEqual(0);
    }
    expect(classBreaks([1, 1, 5, 5, 100, 110, 120], 3, 'jenks')).toEqual([1, 5, 100, 120]);
    expect(classBreaks([7, 7, 7], 5, 'quantile')).toEqual([7, 7]);
    expect(classBreaks([], 5, 'quantile')).toEqual([]);
    expect(classRange([0, 10, 20], 1)).toEqual([11, 20]);
    expect(classOf(undefined, [0, 10])).toBe(-1);
  });
  it('keeps every fill at 3:1 or more against the outline, light and dark', () => {
    for (const scheme of ['light', 'dark'] as const) {
      const c = COLOURS[scheme];
      for (const fill of [...c.ramp, c.network, c.other, c.noData])
        expect(contrastRatio(fill, c.outline), `${scheme} ${fill}`).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(c.selected, c.selectedCasing)).toBeGreaterThanOrEqual(3);
    }
    expect(rampFor('light', 2)).toEqual([COLOURS.light.ramp[0], COLOURS.light.ramp[4]]);
  });
});

describe('epci-map model on the AILB sample feed', () => {
  const feed = read('demo/feeds/ailb.json');
  const { model, warnings } = buildMapModel(feed, options());
  it('draws the 13 EPCI, fits the view to them, and warns about nothing', () => {
    expect(model.territories).toHaveLength(13);
    expect(model.territories.every((t) => t.geometry && t.label && t.inPerimeter)).toBe(true);
    expect(warnings).toEqual([]);
    expect(model.bbox![0]).toBeLessThan(-2.5);
    expect(model.legend.map((l) => l.key)).toEqual(['network']);
  });
  it('counts as the feed selectors do, plus partners placed by their location', () => {
    for (const t of model.territories) {
      const placed = model.partners.filter((p) => p.placedIn === t.id).length;
      expect(t.counts.partners).toBe(partnersOfTerritory(feed, t.id).length + placed);
      const open = requestsOfTerritory(feed, t.id).filter((r) => isRequestOpen(r, '2021-03-01')).length;
      expect(t.counts.requests).toBeGreaterThanOrEqual(open);
      expect(t.counts.events).toBeGreaterThanOrEqual(eventsOfTerritory(feed, t.id).length);
    }
    const ailb = model.partners.find((p) => p.id === 'ailb');
    expect(ailb?.placedIn).toBe('epci-243500741');
  });
  it('colours by population in classes stated by the legend', () => {
    const { model: byPopulation } = buildMapModel(feed, options({ colorBy: 'population', classification: 'jenks' }));
    expect(byPopulation.legend.filter((l) => l.range)).toHaveLength(5);
    const fills = new Set(byPopulation.territories.map((t) => t.fill));
    expect(fills.size).toBe(5);
    for (const t of byPopulation.territories) {
      const [low, high] = byPopulation.legend[t.colourClass]!.range!;
      expect(t.territory.population!.value).toBeGreaterThanOrEqual(low);
      expect(t.territory.population!.value).toBeLessThanOrEqual(high);
    }
  });
  it('gives "none" a class of its own when colouring by counts', () => {
    const { model: byRequests } = buildMapModel(read('demo/feeds/reseau.json'), options({ colorBy: 'requests' }));
    const first = byRequests.legend[0]!;
    if (byRequests.territories.some((t) => t.counts.requests > 0)) expect(first.range).toEqual([0, 0]);
  });
  it('lists the panel details: partners, upcoming and latest events', () => {
    const details = territoryDetails(feed, model, 'epci-243500741', {
      day: '2021-03-01',
      now: new Date('2021-03-01T12:00:00Z'),
      lang: 'fr',
    });
    expect(details.partners.map((p) => p.id)).toContain('ailb');
    for (const e of details.upcomingEvents) expect((e.end ?? e.start).slice(0, 10) >= '2021-03-01').toBe(true);
  });
  it('sorts the table by a column, names breaking ties', () => {
    const byPop = sortTerritories(model.territories, 'population', false, (t) => t.kind);
    expect(byPop[0]!.territory.population!.value).toBeGreaterThanOrEqual(byPop[1]!.territory.population!.value);
    const byName = sortTerritories(model.territories, 'name', true, (t) => t.kind).map((t) => t.name);
    expect(byName[0]).toBe('Arc Sud Bretagne');
  });
});

describe('epci-map model on the hostile fixture', () => {
  const feed = read('tests/fixtures/hostile-feed.json');
  const { model, warnings } = buildMapModel(feed, options({ failed: new Set(['epci-bad-geometry-url']) }));
  it('lists every EPCI, draws only the good outlines and says why the others are left out', () => {
    const reasons = Object.fromEntries(model.territories.map((t) => [t.id, t.notDrawn ?? 'drawn']));
    expect(reasons).toEqual({
      'epci-hostile': 'drawn',
      'epci-huge': 'drawn',
      'epci-no-geometry': 'no-geometry',
      'epci-bad-ring': 'not-closed',
      'epci-swapped': 'swapped',
      'epci-nan': 'not-a-number',
      'epci-bad-geometry-url': 'url-failed',
    });
    expect(warnings.map((w) => w.id).sort()).toEqual(['epci-bad-ring', 'epci-nan', 'epci-swapped']);
  });
  it('draws an outline fetched from its URL once it arrives', () => {
    const fetched = new Map([
      [
        'epci-bad-geometry-url',
        {
          type: 'Polygon',
          coordinates: [
            [
              [-1.2, 47.2],
              [-1.1, 47.2],
              [-1.1, 47.3],
              [-1.2, 47.2],
            ],
          ],
        },
      ],
    ]);
    const { model: later } = buildMapModel(feed, options({ fetched }));
    expect(later.territories.find((t) => t.id === 'epci-bad-geometry-url')!.geometry).toBeDefined();
  });
});
