/**
 * The actor graph (nodes and the relations between them, from documents and
 * the registry) and the map (events and places with gazetteer coordinates),
 * both from store queries. Positions are left to the web app: the server
 * gives structure only.
 */
import type { ActorRegistry } from '../resolve/registry.js';
import type { Store } from '../store/store.js';
import { namesFor, notActors } from './corpus-view.js';

export interface GraphNode { id: string; name: string; type: string; documents: number }
export interface GraphEdge { source: string; target: string; predicate: string; origin: 'registry' | 'document'; count: number }

// Events listed on the map, newest documents first; the counts cover them all.
const MAP_EVENTS = 2000;

/**
 * The actors the corpus names most and the relations among them. Registry
 * facts are added only between actors the corpus names, so the graph shows
 * what the documents are about, not the whole registry.
 */
export async function actorGraph(store: Store, registry: ActorRegistry | null, limit = 150): Promise<{ nodes: GraphNode[]; edges: GraphEdge[] }> {
  const ranked = await store.workbench.topEntities({ excludeTypes: notActors, limit });
  const ids = new Set(ranked.map((r) => r.id));
  const edges = new Map<string, GraphEdge>();
  const add = (source: string, target: string, predicate: string, origin: GraphEdge['origin'], count: number) => {
    if (!ids.has(source) || !ids.has(target) || source === target) return;
    const key = `${source}|${predicate}|${target}`;
    const known = edges.get(key);
    if (known) { known.count += count; if (origin === 'document') known.origin = 'document'; } else edges.set(key, { source, target, predicate, origin, count });
  };
  for (const r of await store.workbench.relationsAmong([...ids])) add(r.subject, r.object, r.predicate, r.origin === 'registry' ? 'registry' : 'document', r.count);
  if (registry) for (const f of registry.allFacts()) add(f.subject, f.object, f.predicate, 'registry', 1);
  const names = await namesFor({ store, registry }, ids);
  const nodes = ranked.map((r) => ({ id: r.id, name: names[r.id] ?? r.id, type: r.type, documents: r.documents }));
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
export async function eventMap(store: Store, registry: ActorRegistry | null): Promise<{ places: MapPlace[]; unplaced: number }> {
  if (!registry) return { places: [], unplaced: 0 };
  const located = [...registry.all()].filter((a) => a.coordinates);
  const activity = await store.workbench.placeActivity(located.map((a) => a.id), MAP_EVENTS);
  const places = new Map<string, MapPlace>();
  for (const a of located) {
    const documents = activity.documents.get(a.id) ?? 0;
    if (documents > 0 && a.coordinates) places.set(a.id, { id: a.id, name: a.name, lat: a.coordinates.lat, lon: a.coordinates.lon, documents, events: [] });
  }
  for (const e of activity.events) {
    const p = places.get(e.place);
    if (p) p.events.push({ docId: e.docId, kind: e.kind, date: e.date, text: e.text, start: e.start, end: e.end });
  }
  return { places: [...places.values()].sort((a, b) => b.events.length - a.events.length || b.documents - a.documents), unplaced: activity.unplaced };
}
