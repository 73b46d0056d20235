import { readFileSync } from 'node:fs';
import { kinks } from '@turf/kinks';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { checkGeometry, inFrance, luhnValid, mayCross, sirenCheckDigit } from '../../src/cli/geometry-checks.js';
import { mulberry32 } from '../../src/cli/synth.js';

const square: Position[] = [
  [-1.6, 47.6],
  [-1.4, 47.6],
  [-1.4, 47.8],
  [-1.6, 47.8],
  [-1.6, 47.6],
];
const polygon = (...rings: Position[][]) => ({ type: 'Polygon', coordinates: rings });

describe('checkGeometry', () => {
  it('accepts a valid outline and real data', () => {
    expect(checkGeometry(polygon(square), true)).toEqual([]);
    const epci = JSON.parse(readFileSync(new URL('../../data/epci-ouest.geojson', import.meta.url), 'utf8')) as {
      features: { geometry: { type: string; coordinates: unknown[] } }[];
    };
    for (const f of epci.features) expect(checkGeometry(f.geometry, true)).toEqual([]);
  });

  it('finds unclosed, short and non-numeric rings, and bad nesting', () => {
    expect(checkGeometry(polygon(square.slice(0, 4)), true)).toEqual([
      { code: 'ring-unclosed', path: ['coordinates', 0], point: '[-1.6, 47.6]' },
    ]);
    expect(checkGeometry(polygon([square[0]!, square[1]!, square[0]!]), true)).toEqual([
      { code: 'ring-too-short', path: ['coordinates', 0], count: 3 },
    ]);
    expect(checkGeometry(polygon([square[0]!, ['x', 47], [null, 47], square[0]!] as Position[]), true)).toEqual([
      { code: 'coordinate-not-number', path: ['coordinates', 0, 1], point: '["x", 47]', count: 2 },
    ]);
    expect(checkGeometry({ type: 'Polygon', coordinates: [square] as unknown[] }, true)).toEqual([]);
    expect(checkGeometry({ type: 'MultiPolygon', coordinates: [square] as unknown[] }, true)[0]).toMatchObject({
      code: 'not-a-ring',
      path: ['coordinates', 0, 0],
    });
  });

  it('finds self-intersections with turf kinks, in a MultiPolygon too', () => {
    const bowtie: Position[] = [
      [-2.1, 47.6],
      [-1.9, 47.8],
      [-1.9, 47.6],
      [-2.1, 47.8],
      [-2.1, 47.6],
    ];
    expect(checkGeometry({ type: 'MultiPolygon', coordinates: [[square], [bowtie]] }, true)).toEqual([
      { code: 'self-intersection', path: ['coordinates', 1], point: '[-2, 47.7]', count: 1 },
    ]);
  });

  it('checks French outlines are in France, and spots swapped longitude and latitude', () => {
    const swapped = square.map(([x, y]) => [y!, x!]);
    expect(checkGeometry(polygon(swapped), true)).toEqual([
      { code: 'swapped-lon-lat', path: ['coordinates', 0, 0], point: '[47.6, -1.6]', count: 5 },
    ]);
    expect(checkGeometry(polygon(swapped), false)).toEqual([]);
    const lambert = square.map(([x, y]) => [x! * 1e5, y! * 1e5]);
    expect(checkGeometry(polygon(lambert), true)[0]).toMatchObject({ code: 'outside-france', count: 5 });
    expect(inFrance(55.45, -20.9)).toBe(true); // La Réunion
    expect(inFrance(-52.3, 4.9)).toBe(true); // Guyane
    expect(inFrance(4.35, 50.85)).toBe(true); // Brussels is inside the mainland box: a box, not a border
    expect(inFrance(13.4, 52.5)).toBe(false); // Berlin
  });
});

describe('partner and venue positions', () => {
  it('spots swapped coordinates, and French addresses placed abroad', async () => {
    const { checkFeedDocument } = await import('../../src/cli/check.js');
    const { problemSentence } = await import('../../src/cli/problem-messages.js');
    const { problems } = checkFeedDocument(
      {
        version: '1.0',
        network: { id: 'n', name: 'N' },
        organisations: [
          { id: 'ok', name: 'A', kind: 'association', location: { lon: -1.6, lat: 47.6 } },
          { id: 'swapped', name: 'B', kind: 'association', location: { lon: 47.6, lat: -1.6 } },
          {
            id: 'abroad',
            name: 'C',
            kind: 'association',
            location: { lon: 24.9, lat: 60.2 },
            address: { country: 'FR' },
          },
          {
            id: 'helsinki',
            name: 'D',
            kind: 'association',
            location: { lon: 24.9, lat: 60.2 },
            address: { country: 'FI' },
          },
        ],
        events: [{ id: 'e', title: 'E', start: '2026-01-01', location: { name: 'Laval', lon: 48.07, lat: -0.77 } }],
      },
      { today: '2026-01-01' },
    );
    expect(problems.map((p) => [p.pointer, problemSentence(p, 'fr')])).toEqual([
      [
        '/events/0/location',
        'events[0].location : longitude et latitude semblent inversées ({"lon": 48.07, "lat": -0.77}) ; échangez les valeurs de "lon" et de "lat"',
      ],
      [
        '/organisations/1/location',
        'organisations[1].location : longitude et latitude semblent inversées ({"lon": 47.6, "lat": -1.6}) ; échangez les valeurs de "lon" et de "lat"',
      ],
      [
        '/organisations/2/location',
        'organisations[2].location : la position {"lon": 24.9, "lat": 60.2} est hors de France alors que l’adresse est en France ; "lon" est la longitude (de -5 à 10 en métropole), "lat" la latitude (de 41 à 51), en degrés décimaux',
      ],
    ]);
  });
});

describe('mayCross', () => {
  it('agrees with turf kinks on random polygons', () => {
    const random = mulberry32(42);
    let crossing = 0;
    for (let n = 0; n < 400; n++) {
      const count = 4 + Math.floor(random() * 12);
      const ring: Position[] = Array.from({ length: count }, () => [
        Math.round(random() * 20) / 10,
        Math.round(random() * 20) / 10,
      ]);
      ring.push(ring[0]!);
      const expected = kinks({ type: 'Polygon', coordinates: [ring] }).features.length > 0;
      if (expected) {
        crossing++;
        expect(mayCross([ring]), JSON.stringify(ring)).toBe(true);
      }
    }
    expect(crossing).toBeGreaterThan(100);
    expect(mayCross([square])).toBe(false);
  });
});

describe('SIREN check digit', () => {
  it('follows the Luhn algorithm', () => {
    expect(luhnValid('243500741')).toBe(true);
    expect(luhnValid('243500742')).toBe(false);
    expect(luhnValid('200000438')).toBe(true);
    expect(luhnValid('24350074A')).toBe(false);
    expect(sirenCheckDigit('24350074')).toBe('1');
    const sirens = readFileSync(new URL('../../data/epci.csv', import.meta.url), 'utf8')
      .split('\n')
      .slice(1)
      .filter(Boolean)
      .map((line) => line.split(',')[0]!);
    expect(sirens).toHaveLength(1255);
    expect(sirens.every(luhnValid)).toBe(true);
  });
});
