/**
 * The workbench's view of the stored corpus: the inbox, its filter choices,
 * and display names. Every read is a store query a page at a time; nothing
 * of the corpus is kept in memory between requests, so a change (an ingest,
 * a correction) shows on the next request with nothing to reload.
 */
import type { ActorRegistry } from '../resolve/registry.js';
import type { CorpusFilter, Store } from '../store/store.js';
import type { InboxEntry } from '../store/workbench-queries.js';

export type InboxFilter = CorpusFilter;

export type InboxItem = InboxEntry;

/** Places and facilities are not actors: the actor lists and the graph leave them out. */
export const notActors = ['location', 'facility'] as const;

// The inbox's actor filter offers the most-named actors; the rest are reached by search or the actor list.
const FACET_ACTORS = 300;

export interface NameSource {
  store: Store;
  registry: ActorRegistry | null;
}

/** Display names for entity ids: the registry's name, else a name a document gave, else the id. */
export async function namesFor(ctx: NameSource, ids: Iterable<string>): Promise<Record<string, string>> {
  const names: Record<string, string> = {};
  const unknown: string[] = [];
  for (const id of new Set(ids)) {
    const known = ctx.registry?.byId(id)?.name;
    if (known) names[id] = known;
    else unknown.push(id);
  }
  const seen = await ctx.store.workbench.entityNames(unknown);
  for (const id of unknown) names[id] = seen.get(id) ?? id;
  return names;
}

/** The outlets, languages and actors the inbox can be filtered by. */
export async function facets(ctx: NameSource): Promise<{ outlets: string[]; languages: string[]; actors: Array<{ id: string; name: string }> }> {
  const [outlets, languages, top] = await Promise.all([
    ctx.store.workbench.outlets(),
    ctx.store.workbench.languages(),
    ctx.store.workbench.topEntities({ excludeTypes: notActors, limit: FACET_ACTORS }),
  ]);
  const actors = top.map((a) => ({ id: a.id, name: ctx.registry?.byId(a.id)?.name ?? a.name })).sort((a, b) => a.name.localeCompare(b.name));
  return { outlets, languages, actors };
}
