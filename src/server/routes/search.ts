/** Full-text search over documents or quotations, with the store's filters and highlighted snippets. */
import type { FastifyInstance } from 'fastify';
import { highlightClose, highlightOpen, type SearchQuery } from '../../store/store.js';
import type { StatementKind } from '../../core/types.js';
import type { Workbench } from '../context.js';
import { errorResponses, nullableString, partialDate, statementKinds } from './schemas.js';

interface SearchParams {
  q: string; in: 'documents' | 'quotes'; actor?: string; kind?: StatementKind; outlet?: string; language?: string;
  since?: string; until?: string; limit: number;
}

export function searchRoutes(app: FastifyInstance, wb: Workbench): void {
  app.get<{ Querystring: SearchParams }>('/api/search', {
    config: { role: 'viewer' },
    schema: {
      tags: ['search'],
      summary: `Search. Words must all match; "quoted phrases" match as phrases. Snippets mark matches with ${highlightOpen} and ${highlightClose}`,
      querystring: {
        type: 'object', additionalProperties: false, required: ['q'],
        properties: {
          q: { type: 'string', minLength: 1, maxLength: 500 }, in: { type: 'string', enum: ['documents', 'quotes'], default: 'documents' },
          actor: { type: 'string', maxLength: 200 }, kind: { type: 'string', enum: statementKinds }, outlet: { type: 'string', maxLength: 200 },
          language: { type: 'string', pattern: '^[a-z]{2,3}$' }, since: partialDate, until: partialDate,
          limit: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
        },
      },
      response: {
        200: {
          type: 'object',
          properties: {
            marks: { type: 'object', properties: { open: { type: 'string' }, close: { type: 'string' } } },
            hits: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  docId: { type: 'string' }, title: nullableString, published: nullableString, source: nullableString, language: nullableString,
                  score: { type: 'number' }, snippet: { type: 'string' },
                  quote: {
                    type: ['object', 'null'],
                    properties: { span: { type: 'object', properties: { start: { type: 'integer' }, end: { type: 'integer' } } }, speaker: nullableString },
                  },
                },
              },
            },
          },
        },
        ...errorResponses,
      },
    },
  }, async (request) => {
    const p = request.query;
    const query: SearchQuery = {
      text: p.q, in: p.in, actor: p.actor ?? null, kind: p.kind ?? null, outlet: p.outlet ?? null, language: p.language ?? null,
      since: p.since ?? null, until: p.until ?? null, limit: p.limit,
    };
    return { marks: { open: highlightOpen, close: highlightClose }, hits: await wb.store.search(query) };
  });
}
