import { useMemo, useState } from 'react';
import { feature } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { api } from '../api';
import { href, useLoad } from '../route';

interface Place { id: string; name: string; lat: number; lon: number; documents: number; events: Array<{ docId: string; kind: string; date: string | null; text: string }> }

// The region the corpus is about, in degrees; the world map is bundled (Natural Earth, via world-atlas): no tile server.
const view = { west: 25, east: 65, south: 10, north: 42 };
const w = 800, h = 560;
const project = (lon: number, lat: number): [number, number] => [
  ((lon - view.west) / (view.east - view.west)) * w,
  ((view.north - lat) / (view.north - view.south)) * h,
];

function countryPaths(): string[] {
  const topo = world as unknown as Topology<{ countries: GeometryObject }>;
  const geo = feature(topo, topo.objects.countries) as unknown as { features: Array<{ geometry: { type: string; coordinates: number[][][] | number[][][][] } | null }> };
  const paths: string[] = [];
  for (const f of geo.features) {
    if (!f.geometry) continue;
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates as number[][][]] : (f.geometry.coordinates as number[][][][]);
    let d = '';
    for (const poly of polys) for (const ring of poly) {
      d += ring.map(([lon, lat], i) => { const [x, y] = project(lon!, lat!); return `${i === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`; }).join('') + 'Z';
    }
    paths.push(d);
  }
  return paths;
}

export function MapPage() {
  const { data, error } = useLoad(() => api.get<{ places: Place[]; unplaced: number }>('/api/map'), 'map');
  const countries = useMemo(countryPaths, []);
  const [selected, setSelected] = useState<Place | null>(null);
  if (error) return <p className="error">{error}</p>;
  return (
    <section className="map-page">
      <h1>Events and places</h1>
      <div className="map-layout">
        <svg className="map" viewBox={`0 0 ${w} ${h}`} role="img" aria-label="map of places named in the documents">
          <rect width={w} height={h} className="sea" />
          {countries.map((d, i) => <path key={i} d={d} className="land" />)}
          {data?.places.map((p) => {
            const [x, y] = project(p.lon, p.lat);
            return (
              <g key={p.id} onClick={() => setSelected(p)} className="place">
                <circle cx={x} cy={y} r={4 + Math.min(14, p.events.length * 3 + p.documents)} className={p.events.length ? 'with-events' : ''}><title>{`${p.name}: ${p.documents} documents, ${p.events.length} events`}</title></circle>
                <text x={x + 8} y={y + 4} className="label">{p.name}</text>
              </g>
            );
          })}
        </svg>
        <aside>
          {selected ? <>
            <h2><a href={href.actor(selected.id)}>{selected.name}</a></h2>
            <p>{selected.documents} documents name it.</p>
            <ul>{selected.events.map((e, i) => <li key={i}><b>{e.kind}</b> {e.date ?? ''} — <a href={href.doc(e.docId)} dir="auto">{e.text.slice(0, 100)}</a></li>)}</ul>
          </> : <p className="muted">Click a place. {data ? `${data.places.length} places; ${data.unplaced} events without a known place.` : ''}</p>}
        </aside>
      </div>
    </section>
  );
}
