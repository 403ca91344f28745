/** The inbox, the reader's document, and the corrections analysts make to it. */
import type { FastifyInstance } from 'fastify';
import { StoreError } from '../../core/errors.js';
import { toRecord } from '../../core/record.js';
import { NotFound, Unprocessable } from '../http-errors.js';
import type { Workbench } from '../context.js';
import { facets, namesFor, type InboxFilter } from '../corpus-view.js';
import { explain } from '../provenance.js';
import { correctionsFor, correctionRequestSchema, type CorrectionRequest } from '../correction-requests.js';
import { pageStamp, type DocumentPagePart } from '../document-pages.js';
import type { Doc } from '../../core/types.js';
import type { Correction } from '../../store/store.js';
import { anyObject, documentIdParams, errorResponses, nullableString, partialDate, statementKinds } from './schemas.js';

const inboxQuery = {
  type: 'object', additionalProperties: false,
  properties: {
    actor: { type: 'string', maxLength: 200 }, kind: { type: 'string', enum: statementKinds }, outlet: { type: 'string', maxLength: 200 },
    language: { type: 'string', pattern: '^[a-z]{2,3}$' }, since: partialDate, until: partialDate,
    limit: { type: 'integer', minimum: 1, maximum: 500, default: 100 }, offset: { type: 'integer', minimum: 0, default: 0 },
  },
} as const;

const inboxItem = {
  type: 'object',
  properties: {
    id: { type: 'string' }, title: nullableString, published: nullableString, source: nullableString, language: nullableString,
    threats: { type: 'integer' }, statements: { type: 'integer' }, quotes: { type: 'integer' }, lead: nullableString,
  },
} as const;


const correction = {
  type: 'object',
  properties: {
    id: { type: 'integer' }, docId: { type: 'string' }, target: { type: 'string' }, action: { type: 'string' },
    selector: anyObject, fields: anyObject, author: { type: 'string' }, note: nullableString, createdAt: { type: 'integer' },
  },
} as const;

/** The page's part that only the document's analysis and corrections decide (see document-pages.ts). */
function buildPagePart(wb: Workbench, doc: Doc, ingestedAt: number, corrections: Correction[], stamp: string): DocumentPagePart {
  const record = toRecord(doc);
  // Each annotation's rule and confidence were stored with it at analysis time; nothing is re-analysed here.
  const why = explain(record, doc, corrections);
  const ids = new Set<string>();
  for (const e of record.entities) ids.add(e.id);
  for (const q of record.quotes) if (q.speaker) ids.add(q.speaker);
  for (const s of record.statements) { if (s.actor) ids.add(s.actor); if (s.target) ids.add(s.target); }
  for (const r of record.relations) { ids.add(r.subject); ids.add(r.object); }
  const registryNames: Record<string, string> = {};
  const otherIds: string[] = [];
  for (const id of ids) {
    const known = wb.registry?.byId(id)?.name;
    if (known) registryNames[id] = known;
    else otherIds.push(id);
  }
  const head = JSON.stringify({ id: doc.id, meta: doc.meta, format: doc.format, ingestedAt, record, why });
  return { stamp, head: Buffer.from(head.slice(0, -1)), registryNames, otherIds };
}

export function documentRoutes(app: FastifyInstance, wb: Workbench): void {
  app.get<{ Querystring: InboxFilter & { limit: number; offset: number } }>('/api/documents', {
    config: { role: 'viewer' },
    schema: {
      tags: ['documents'], summary: 'The inbox: newest first, documents with threat statements on top; filters by actor, kind, outlet, language, date',
      querystring: inboxQuery,
      response: {
        200: {
          type: 'object',
          properties: {
            total: { type: 'integer' }, items: { type: 'array', items: inboxItem },
            facets: {
              type: 'object',
              properties: {
                outlets: { type: 'array', items: { type: 'string' } }, languages: { type: 'array', items: { type: 'string' } },
                actors: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } } } },
              },
            },
          },
        },
        ...errorResponses,
      },
    },
  }, async (request) => {
    const { limit, offset, ...filter } = request.query;
    const [page, choices] = await Promise.all([wb.store.workbench.inbox({ ...filter, limit, offset }), facets(wb)]);
    return { total: page.total, items: page.items, facets: choices };
  });

  app.get<{ Params: { id: string } }>('/api/documents/:id', {
    config: { role: 'viewer' },
    schema: {
      tags: ['documents'], summary: 'One document: its cleaned text, its analysis (corrections applied), why each annotation is there, and its near-duplicates',
      params: documentIdParams,
      response: {
        200: {
          type: 'object',
          properties: {
            id: { type: 'string' }, meta: anyObject, format: { type: 'string' }, ingestedAt: { type: 'integer' },
            record: anyObject,
            why: { type: 'array', items: anyObject },
            names: { type: 'object', additionalProperties: { type: 'string' } },
            cluster: { type: 'array', items: anyObject },
            corrections: { type: 'array', items: correction },
            provenanceNote: nullableString,
          },
        },
        404: { $ref: 'Problem#' },
        ...errorResponses,
      },
    },
  }, async (request, reply) => {
    const id = request.params.id;
    const stamp = await wb.store.workbench.documentStamp(id);
    if (!stamp) throw new NotFound(`no document ${id}`);
    const [corrections, cluster] = await Promise.all([wb.store.listCorrections(id), wb.store.workbench.clusterById(stamp.clusterId)]);
    const key = pageStamp(stamp.analysedAt, corrections.map((c) => c.id));
    let part = wb.documentPages.get(id, key);
    if (!part) {
      const stored = await wb.store.workbench.storedDoc(id);
      if (!stored) throw new NotFound(`no document ${id}`);
      part = buildPagePart(wb, stored.doc, stored.ingestedAt, corrections, key);
      // Built from what was read after the stamp: at least as new as the stamp says; a change in
      // between only makes the next request's stamp differ and rebuild it.
      wb.documentPages.set(id, part);
    }
    const seen = await wb.store.workbench.entityNames(part.otherIds);
    const names: Record<string, string> = { ...part.registryNames };
    for (const other of part.otherIds) names[other] = seen.get(other) ?? other;
    // Every field is built here (no stray properties to filter out), so plain JSON.stringify
    // serializes it: the response schema's serializer walks the free-form record more slowly.
    const tail = Buffer.from(`,"names":${JSON.stringify(names)},"cluster":${JSON.stringify(cluster)},"corrections":${JSON.stringify(corrections)},"provenanceNote":null}`);
    return reply.type('application/json; charset=utf-8').send(Buffer.concat([part.head, tail], part.head.length + tail.length));
  });

  app.get<{ Params: { id: string } }>('/api/documents/:id/corrections', {
    config: { role: 'viewer' },
    schema: {
      tags: ['corrections'], summary: 'Corrections made to a document, oldest first, with who and when',
      params: documentIdParams, response: { 200: { type: 'array', items: correction }, ...errorResponses },
    },
  }, async (request) => wb.store.listCorrections(request.params.id));

  app.post<{ Params: { id: string }; Body: CorrectionRequest }>('/api/documents/:id/corrections', {
    config: { role: 'analyst' },
    schema: {
      tags: ['corrections'],
      summary: 'Correct the analysis: reject or re-kind a statement, fix a speaker, merge or split entities. Stored with who and when; kept across re-analysis',
      params: documentIdParams, body: correctionRequestSchema,
      response: { 201: { type: 'array', items: correction }, 404: { $ref: 'Problem#' }, 422: { $ref: 'Problem#' }, ...errorResponses },
    },
  }, async (request, reply) => {
    const doc = await wb.store.getDocument(request.params.id);
    if (!doc) throw new NotFound(`no document ${request.params.id}`);
    const user = request.user!;
    const names = await namesFor(wb, doc.record.entities.map((e) => e.id));
    const made = [];
    try {
      for (const c of correctionsFor(doc.record, request.body, (id) => names[id] ?? wb.registry?.byId(id)?.name ?? id)) {
        made.push(await wb.store.addCorrection({ ...c, docId: doc.id, author: user.name, note: request.body.note ?? null }));
      }
    } catch (err) {
      // The store refuses a correction that matches nothing or has bad fields: the request was wrong, not the server.
      if (err instanceof StoreError) throw new Unprocessable(err.message);
      throw err;
    } finally {
      if (made.length > 0) {
        wb.profiles.clear();
        await wb.audit.record(user.name, `correction:${request.body.op}`, `document:${doc.id}`, { request: request.body, corrections: made.map((c) => c.id) });
      }
    }
    return reply.code(201).send(made);
  });
}
