/**
 * The actor graph (nodes and the relations between them, from documents and
 * the registry) and the map (events and places with gazetteer coordinates).
 * Positions are left to the web app: the server gives structure only.
 */
import type { ActorRegistry } from '../resolve/registry.js';
import type { Corpus } from './corpus-view.js';
import { nameOf } from './actor-profile.js';

export interface GraphNode { id: string; name: string; type: string; documents: number }
export interface GraphEdge { source: string; target: string; predicate: string; origin: 'registry' | 'document'; count: number }

/**
 * Actors named in the corpus and the relations among them. Registry facts
 * are added only between actors the corpus names, so the graph shows what
 * the documents are about, not the whole registry.
 */
export function actorGraph(corpus: Corpus, registry: ActorRegistry | null, limit = 150): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const ranked = [...corpus.entities.entries()]
    .filter(([, e]) => e.type !== 'location' && e.type !== 'facility')
    .sort((a, b) => b[1].docs.size - a[1].docs.size || a[0].localeCompare(b[0]))
    .slice(0, limit);
  const ids = new Set(ranked.map(([id]) => id));
  const edges = new Map<string, GraphEdge>();
  const add = (source: string, target: string, predicate: string, origin: GraphEdge['origin']) => {
    if (!ids.has(source) || !ids.has(target) || source === target) return;
    const key = `${source}|${predicate}|${target}`;
    const known = edges.get(key);
    if (known) { known.count++; if (origin === 'document') known.origin = 'document'; } else edges.set(key, { source, target, predicate, origin, count: 1 });
  };
  for (const d of corpus.docs) for (const r of d.record.relations) add(r.subject, r.object, r.predicate, r.origin);
  if (registry) for (const f of registry.allFacts()) add(f.subject, f.object, f.predicate, 'registry');
  const nodes = ranked.map(([id, e]) => ({ id, name: nameOf({ corpus, registry }, id), type: e.type, documents: e.docs.size }));
  return { nodes, edges: [...edges.values()] };
}

export interface MapPlace {
  id: string;
  name: string;
  lat: number;
  lon: number;
  documents: number;
  events: Array<{ docId: string; kind: string; date: string | null; text: string; start: number; end: number }>;
}

/** Places the corpus names that the gazetteer can put on a map, with the events that happened there. */
export function eventMap(corpus: Corpus, registry: ActorRegistry | null): { places: MapPlace[]; unplaced: number } {
  if (!registry) return { places: [], unplaced: 0 };
  const places = new Map<string, MapPlace>();
  const placeOf = (id: string): MapPlace | null => {
    const known = places.get(id);
    if (known) return known;
    const a = registry.byId(id);
    if (!a?.coordinates) return null;
    const p: MapPlace = { id, name: a.name, lat: a.coordinates.lat, lon: a.coordinates.lon, documents: 0, events: [] };
    places.set(id, p);
    return p;
  };
  let unplaced = 0;
  for (const d of corpus.docs) {
    for (const e of d.record.entities) {
      const p = placeOf(e.id);
      if (p) p.documents++;
    }
    for (const ev of d.record.events) {
      const p = ev.place ? placeOf(ev.place) : null;
      if (p) p.events.push({ docId: d.id, kind: ev.kind, date: ev.date, text: ev.text, start: ev.start, end: ev.end });
      else unplaced++;
    }
  }
  return { places: [...places.values()].sort((a, b) => b.events.length - a.events.length || b.documents - a.documents), unplaced };
}
