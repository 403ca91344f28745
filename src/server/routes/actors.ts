/** Actor pages, analyst aliases, the actor graph, the event map, and exports that carry corrections. */
import type { FastifyInstance } from 'fastify';
import { buildDispatch } from '../../export/report/dispatch.js';
import { renderMarkdown } from '../../export/report/markdown.js';
import { buildStixBundle } from '../../export/stix/bundle.js';
import type { Granularity } from '../../analyze/periods.js';
import { NotFound } from '../http-errors.js';
import type { Workbench } from '../context.js';
import { loadCorpus } from '../../analyze/corpus-store.js';
import { actorProfile, type ActorProfile } from '../actor-profile.js';
import { namesFor } from '../corpus-view.js';
import { actorGraph, eventMap } from '../graph-map.js';
import { anyObject, errorResponses } from './schemas.js';

const actorParams = { type: 'object', required: ['id'], properties: { id: { type: 'string', minLength: 1, maxLength: 200 } } } as const;

export function actorRoutes(app: FastifyInstance, wb: Workbench): void {
  const profiles = wb.profiles;
  const serialized = new WeakMap<ActorProfile, Buffer>();
  app.get<{ Querystring: { q?: string; limit: number } }>('/api/actors', {
    config: { role: 'viewer' },
    schema: {
      tags: ['actors'], summary: 'Actors the documents name (most documents first), optionally filtered by a name fragment',
      querystring: { type: 'object', additionalProperties: false, properties: { q: { type: 'string', maxLength: 200 }, limit: { type: 'integer', minimum: 1, maximum: 1000, default: 200 } } },
      response: {
        200: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' }, type: { type: 'string' }, documents: { type: 'integer' }, inRegistry: { type: 'boolean' } } } },
        ...errorResponses,
      },
    },
  }, async (request) => {
    const q = request.query.q?.trim().toLowerCase() ?? '';
    // Registry names count too: an actor the documents spell only in Arabic is still found by its English name.
    const registryIds = q && wb.registry ? [...wb.registry.all()].filter((a) => [a.name, ...a.aliases].some((n) => n.toLowerCase().includes(q))).map((a) => a.id) : [];
    const rows = await wb.store.workbench.topEntities({ nameContains: q || null, ids: registryIds, limit: request.query.limit });
    const names = await namesFor(wb, rows.map((r) => r.id));
    return rows.map((r) => ({ id: r.id, name: names[r.id] ?? r.id, type: r.type, documents: r.documents, inRegistry: !!wb.registry?.byId(r.id) }));
  });

  app.get<{ Params: { id: string }; Querystring: { granularity: Granularity } }>('/api/actors/:id', {
    config: { role: 'viewer' },
    schema: {
      tags: ['actors'], summary: 'An actor: spellings, roles and relations with their sentences, timeline, outlets, quotations, sanctions status',
      params: actorParams,
      querystring: { type: 'object', additionalProperties: false, properties: { granularity: { type: 'string', enum: ['day', 'week', 'month', 'year'], default: 'month' } } },
      response: { 200: anyObject, 404: { $ref: 'Problem#' }, ...errorResponses },
    },
  }, async (request, reply) => {
    const { id } = request.params;
    const profile = await profiles.get(`${request.query.granularity}|${id}`, async () =>
      actorProfile({ store: wb.store, registry: wb.registry, sanctions: wb.sanctions, proposed: await wb.aliases.of(id) }, id, request.query.granularity));
    if (!profile) throw new NotFound(`no actor ${request.params.id}`);
    // A cached page is sent as the UTF-8 JSON it was encoded to once (a page holds hundreds of cited sentences).
    let json = serialized.get(profile);
    if (json === undefined) serialized.set(profile, (json = Buffer.from(JSON.stringify(profile))));
    return reply.type('application/json; charset=utf-8').send(json);
  });

  app.post<{ Params: { id: string }; Body: { alias: string } }>('/api/actors/:id/aliases', {
    config: { role: 'analyst' },
    schema: {
      tags: ['corrections'], summary: 'Add an alias for an actor (kept with who and when; exported for the registry at /api/aliases.yaml)',
      params: actorParams,
      body: { type: 'object', additionalProperties: false, required: ['alias'], properties: { alias: { type: 'string', minLength: 2, maxLength: 200, pattern: '\\S' } } },
      response: {
        201: { type: 'object', properties: { id: { type: 'integer' }, actorId: { type: 'string' }, alias: { type: 'string' }, author: { type: 'string' }, createdAt: { type: 'integer' } } },
        404: { $ref: 'Problem#' }, 409: { $ref: 'Problem#' }, ...errorResponses,
      },
    },
  }, async (request, reply) => {
    const id = request.params.id;
    if (!wb.registry?.byId(id) && !(await wb.store.workbench.actorSummary(id))) throw new NotFound(`no actor ${id}`);
    const added = await wb.aliases.add(id, request.body.alias.trim(), request.user!.name);
    if (!added) return reply.code(409).send({ type: 'about:blank', title: 'Conflict', status: 409, detail: 'the actor already has this alias' });
    profiles.clear();
    await wb.audit.record(request.user!.name, 'alias-added', `actor:${id}`, { alias: added.alias });
    return reply.code(201).send(added);
  });

  app.get('/api/aliases.yaml', {
    config: { role: 'viewer' },
    schema: { tags: ['corrections'], summary: 'Aliases analysts added, as YAML to merge into data/actors/', response: { 200: { type: 'string' }, ...errorResponses } },
  }, async (_request, reply) => reply.type('text/yaml; charset=utf-8').send(await wb.aliases.toYaml()));

  app.get('/api/graph', {
    config: { role: 'viewer' },
    schema: {
      tags: ['actors'], summary: 'Actors the documents name and the relations among them',
      response: {
        200: {
          type: 'object',
          properties: {
            nodes: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' }, type: { type: 'string' }, documents: { type: 'integer' } } } },
            edges: { type: 'array', items: { type: 'object', properties: { source: { type: 'string' }, target: { type: 'string' }, predicate: { type: 'string' }, origin: { type: 'string' }, count: { type: 'integer' } } } },
          },
        },
        ...errorResponses,
      },
    },
  }, async () => actorGraph(wb.store, wb.registry));

  app.get('/api/map', {
    config: { role: 'viewer' },
    schema: {
      tags: ['actors'], summary: 'Places the documents name, with gazetteer coordinates and the events reported there',
      response: { 200: { type: 'object', properties: { places: { type: 'array', items: anyObject }, unplaced: { type: 'integer' } } }, ...errorResponses },
    },
  }, async () => eventMap(wb.store, wb.registry));

  app.get<{ Params: { id: string } }>('/api/actors/:id/report', {
    config: { role: 'viewer' },
    schema: { tags: ['exports'], summary: 'A cited dispatch on the actor, in Markdown (analyst corrections applied)', params: actorParams, response: { 200: { type: 'string' }, ...errorResponses } },
  }, async (request, reply) => {
    // The dispatch reads only the documents about the actor, found through the inbox query a page at a time.
    const docs = [];
    for (let offset = 0; ; offset += 500) {
      const page = await wb.store.workbench.inbox({ actor: request.params.id, limit: 500, offset });
      for (const item of page.items) { const d = await wb.store.getDocument(item.id); if (d) docs.push(d); }
      if (page.items.length < 500) break;
    }
    const md = renderMarkdown(buildDispatch(docs, request.params.id));
    return reply.type('text/markdown; charset=utf-8').send(md);
  });

  app.get('/api/export/stix', {
    config: { role: 'viewer' },
    schema: { tags: ['exports'], summary: 'The corpus as a STIX 2.1 bundle (analyst corrections applied)', response: { 200: anyObject, ...errorResponses } },
  }, async () => buildStixBundle(await loadCorpus(wb.store)));
}
