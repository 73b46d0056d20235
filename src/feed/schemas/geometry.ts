/** GeoJSON outline of a territory. */
import * as v from 'valibot';

export const GeometrySchema = v.looseObject({
  type: v.picklist(['Polygon', 'MultiPolygon'], 'expected a GeoJSON "Polygon" or "MultiPolygon"'),
  coordinates: v.array(v.array(v.unknown()), 'expected GeoJSON coordinates (an array of rings)'),
});
