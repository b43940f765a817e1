/**
 * The map of where professors come from, drawn at build time: Natural Earth
 * country shapes (world-atlas, 1:110m) projected with d3-geo onto Europe and
 * Central Asia. Pages get plain SVG path data; no map code reaches the browser.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoConicConformal, geoPath } from 'd3-geo';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

const require = createRequire(import.meta.url);

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 600;
/** Almaty, where the host university is. */
export const ALMATY: [number, number] = [76.95, 43.24];

export interface MapShape {
  /** ISO 3166-1 alpha-2 code in lower case, when Natural Earth gives the country a code. */
  id?: string;
  d: string;
}

let cache: { shapes: MapShape[]; almaty: [number, number] } | undefined;

/** Every country shape that falls inside the frame, and where Almaty is on it. */
export function mapShapes(): { shapes: MapShape[]; almaty: [number, number] } {
  if (cache) return cache;
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as Topology<{
    countries: GeometryCollection;
  }>;
  const world = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  // Framed on the region the professors come from: the Atlantic coast to western China.
  const projection = geoConicConformal()
    .parallels([35, 65])
    .rotate([-40, 0])
    .center([0, 51])
    .scale(700)
    .translate([MAP_WIDTH / 2, MAP_HEIGHT / 2])
    .clipExtent([
      [0, 0],
      [MAP_WIDTH, MAP_HEIGHT],
    ]);
  const path = geoPath(projection);
  const shapes: MapShape[] = [];
  for (const f of world.features) {
    const d = path(f);
    if (!d) continue;
    const alpha2 = f.id === undefined ? undefined : countries.numericToAlpha2(String(f.id));
    shapes.push({ ...(alpha2 ? { id: alpha2.toLowerCase() } : {}), d });
  }
  cache = { shapes, almaty: projection(ALMATY) as [number, number] };
  return cache;
}

/** Shade steps for counts: 0 (not shaded) and up to four darker steps. */
export function shadeStep(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(4, Math.ceil((count / max) * 4));
}
