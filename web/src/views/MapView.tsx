// Events with a known place on a world map drawn here, from Natural Earth outlines shipped in the bundle (world-atlas)
// projected with d3-geo into SVG paths: no tiles, no remote requests, nothing the CSP would block. A marker's area is
// its event count; it links to the list of that place's events.
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries from 'world-atlas/countries-110m.json';
import { useApi } from '../api';
import { apiQuery, href, type Filters } from '../route';
import { Downloads } from './Downloads';
import { FilterBar } from './FilterBar';
import { Status } from './Status';

interface Place { name: string; lat: number; lon: number; country: string | null; events: number; sources: number }

const WIDTH = 960;
const HEIGHT = 500;
const projection = geoNaturalEarth1().fitSize([WIDTH, HEIGHT], { type: 'Sphere' });
const path = geoPath(projection);
const topo = countries as unknown as Topology<{ countries: GeometryCollection }>;
const land = feature(topo, topo.objects.countries);
/** The outlines are drawn once per page load; they do not depend on the data. */
const outlines = (land as unknown as { features: { id?: string }[] }).features.map((f) => path(f as never) ?? '');
const sphere = path({ type: 'Sphere' }) ?? '';

export function MapView({ filters }: { filters: Filters }) {
  const places = useApi<Place[]>(`/api/view/places${apiQuery(filters)}`);
  return (
    <section class="map-page">
      <h1>Map</h1>
      <FilterBar base={['map']} filters={filters} by="category" />
      <Status state={places}>{(list) => {
        const max = Math.max(1, ...list.map((p) => p.events));
        return (
          <div class="map-split">
            <svg class="map" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`map of ${list.length} places with events`}>
              <path class="sphere" d={sphere} />
              {outlines.map((d) => <path class="land" d={d} />)}
              {list.map((p) => {
                const xy = projection([p.lon, p.lat]);
                if (!xy) return null;
                return (
                  <a href={href(['timeline'], { ...filters, place: p.name })} class="marker" data-place={p.name}>
                    <circle cx={xy[0]} cy={xy[1]} r={3 + 12 * Math.sqrt(p.events / max)}><title>{`${p.name}: ${p.events} events, ${p.sources} sources`}</title></circle>
                  </a>
                );
              })}
            </svg>
            <div>
              <p class="list-head"><span>{list.length} places</span><Downloads kind="places" params={filters} formats={['csv', 'jsonl']} /></p>
              <table class="places">
                <thead><tr><th>Place</th><th>Events</th><th>Sources</th></tr></thead>
                <tbody>{list.map((p) => (
                  <tr><td><a href={href(['timeline'], { ...filters, place: p.name })}>{p.name}</a>{p.country ? ` (${p.country})` : ''}</td><td>{p.events}</td><td>{p.sources}</td></tr>
                ))}</tbody>
              </table>
            </div>
          </div>
        );
      }}</Status>
    </section>
  );
}
