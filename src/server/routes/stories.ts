/** One story compared across outlets: their framing words, grades, quotations and statements, and what differs. */
import type { FastifyInstance } from 'fastify';
import { UsageError } from '../../core/errors.js';
import { NotFound } from '../http-errors.js';
import type { Workbench } from '../context.js';
import { storyView, type StoryContext } from '../story-view.js';
import { citationSchema } from './alerts.js';
import { documentId, errorResponses, nullableString } from './schemas.js';

const stances = { type: 'object', properties: { sympathetic: { type: 'integer' }, adversarial: { type: 'integer' }, neutral: { type: 'integer' } } } as const;
const counts = { type: 'object', additionalProperties: { type: 'integer' } } as const;
const span = { start: { type: 'integer' }, end: { type: 'integer' } } as const;

const mark = { type: 'object', properties: { term: { type: 'string' }, stance: { type: 'string' }, ...span } } as const;

const storyDocument = {
  type: 'object',
  properties: {
    id: { type: 'string' }, title: nullableString, published: nullableString, language: nullableString, url: nullableString, author: nullableString,
    titleMarks: { type: 'array', items: mark },
    framing: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          ...span, text: { type: 'string' },
          marks: { type: 'array', items: mark },
        },
      },
    },
    quotes: { type: 'array', items: { type: 'object', properties: { text: { type: 'string' }, speaker: nullableString, ...span } } },
    statements: {
      type: 'array',
      items: { type: 'object', properties: { kind: { type: 'string' }, actor: nullableString, target: nullableString, date: nullableString, text: { type: 'string' }, ...span } },
    },
    events: {
      type: 'array',
      items: { type: 'object', properties: { kind: { type: 'string' }, actor: nullableString, target: nullableString, date: nullableString, cameo: { type: 'string' }, text: { type: 'string' }, ...span } },
    },
  },
} as const;

const storySchema = {
  type: 'object',
  properties: {
    basis: { type: 'string', enum: ['document', 'cluster'] }, anchor: { type: 'string' },
    terms: { type: 'array', items: { type: 'object', properties: { term: { type: 'string' }, stance: { type: 'string' }, outlets: { type: 'integer' } } } },
    outlets: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          outlet: { type: 'string' }, name: { type: 'string' }, registered: { type: 'boolean' }, country: nullableString, alignment: nullableString, type: nullableString,
          reliability: { type: 'string' }, reliabilityNote: nullableString, counts, stance: stances,
          onlyHere: { type: 'array', items: { type: 'string' } }, documents: { type: 'array', items: storyDocument },
        },
      },
    },
    namings: { type: 'array', items: { type: 'object', properties: { entity: { type: 'string' }, byOutlet: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } } } } },
    contradictions: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          subject: { type: 'string' }, attribute: { type: 'string' },
          sides: { type: 'array', items: { type: 'object', properties: { value: { type: 'string' }, outlets: { type: 'array', items: { type: 'string' } }, citations: { type: 'array', items: citationSchema } } } },
        },
      },
    },
    names: { type: 'object', additionalProperties: { type: 'string' } },
    omitted: { type: 'integer' },
  },
} as const;

export function storyRoutes(app: FastifyInstance, wb: Workbench, extra: Pick<StoryContext, 'sources' | 'lexicon'>): void {
  const ctx: StoryContext = { store: wb.store, registry: wb.registry, ...extra };
  app.get<{ Querystring: { doc?: string; cluster?: string } }>('/api/stories', {
    config: { role: 'viewer' },
    schema: {
      tags: ['analysis'],
      summary: 'One story compared across outlets. `doc`: the document, its copies and every document reporting one of its statements or events; `cluster`: the near-duplicate cluster holding that document. Framing words from data/lexicons/framing.yaml',
      querystring: { type: 'object', additionalProperties: false, properties: { doc: documentId, cluster: documentId } },
      response: { 200: storySchema, 404: { $ref: 'Problem#' }, ...errorResponses },
    },
  }, async (request) => {
    const { doc, cluster } = request.query;
    if ((doc === undefined) === (cluster === undefined)) throw new UsageError('give doc or cluster (one of them)');
    const view = await storyView(ctx, doc !== undefined ? { doc } : { cluster: cluster! });
    if (!view) throw new NotFound(doc !== undefined ? `no document ${doc}` : `no cluster ${cluster}`);
    return view;
  });
}
