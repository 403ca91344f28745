/** The alert inbox: alerts the rules raised (src/watch), newest first, with filters, paging and read state. */
import type { FastifyInstance } from 'fastify';
import { UsageError } from '../../core/errors.js';
import { alertViews, cursorOf, parseCursor } from '../alert-view.js';
import type { Workbench } from '../context.js';
import { namesFor } from '../corpus-view.js';
import { errorResponses, nullableString } from './schemas.js';

export const citationSchema = {
  type: 'object',
  properties: {
    docId: { type: 'string' }, outlet: { type: 'string' }, outletName: nullableString, published: nullableString, title: nullableString,
    url: nullableString, sentence: { type: 'string' }, start: { type: 'integer' }, end: { type: 'integer' },
  },
} as const;

const named = { type: ['object', 'null'], properties: { id: { type: 'string' }, name: { type: 'string' } } } as const;
const counts = { total: { type: 'integer' }, unread: { type: 'integer' } } as const;
const levels = ['baseline', 'elevated', 'high', 'severe'] as const;

const alertItem = {
  type: 'object',
  properties: {
    id: { type: 'string' }, rule: { type: 'string' }, title: { type: 'string' }, date: nullableString,
    trigger: { type: 'string', enum: ['statement', 'event', 'escalation', 'unknown'] }, kind: nullableString,
    escalation: { type: ['object', 'null'], properties: { from: { type: 'string', enum: levels }, to: { type: 'string', enum: levels }, period: { type: 'string' } } },
    actor: named, target: named, citations: { type: 'array', items: citationSchema },
    raisedAt: { type: 'integer' }, read: { type: 'boolean' }, readAt: { type: ['integer', 'null'] },
  },
} as const;

interface ListQuery { rule?: string; actor?: string; unread?: boolean; before?: string; limit: number }

export function alertRoutes(app: FastifyInstance, wb: Workbench): void {
  app.get<{ Querystring: ListQuery }>('/api/alerts', {
    config: { role: 'viewer' },
    schema: {
      tags: ['alerts'],
      summary: 'The alert inbox, newest first: filters by rule, actor (as actor or target) and read state; keyset paging (pass `next` as `before`); counts per rule and actor',
      querystring: {
        type: 'object', additionalProperties: false,
        properties: {
          rule: { type: 'string', maxLength: 200 }, actor: { type: 'string', maxLength: 200 }, unread: { type: 'boolean' },
          before: { type: 'string', pattern: '^\\d{1,16}:[A-Za-z0-9_-]{1,128}$' }, limit: { type: 'integer', minimum: 1, maximum: 200, default: 25 },
        },
      },
      response: {
        200: {
          type: 'object',
          properties: {
            items: { type: 'array', items: alertItem },
            next: nullableString,
            ...counts,
            matching: { type: 'object', properties: counts },
            facets: {
              type: 'object',
              properties: {
                rules: { type: 'array', items: { type: 'object', properties: { rule: { type: 'string' }, ...counts } } },
                actors: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' }, ...counts } } },
              },
            },
          },
        },
        ...errorResponses,
      },
    },
  }, async (request) => {
    const q = request.query;
    const before = q.before ? parseCursor(q.before) : null;
    if (q.before && !before) throw new UsageError(`before: not a cursor: ${q.before}`);
    const filter = { rule: q.rule ?? null, actor: q.actor ?? null, unread: q.unread ?? null };
    // One more than the page tells whether an older page exists.
    const [rows, summary] = await Promise.all([
      wb.store.listAlerts({ ...filter, before, limit: q.limit + 1 }),
      wb.store.alertSummary(filter),
    ]);
    const page = rows.slice(0, q.limit);
    const [items, names] = await Promise.all([alertViews(wb, page), namesFor(wb, summary.actors.map((a) => a.id))]);
    return {
      items, next: rows.length > q.limit ? cursorOf(page[page.length - 1]!) : null,
      total: summary.total, unread: summary.unread, matching: summary.matching,
      facets: { rules: summary.rules, actors: summary.actors.map((a) => ({ ...a, name: names[a.id] ?? a.id })) },
    };
  });

  app.get('/api/alerts/unread', {
    config: { role: 'viewer' },
    schema: {
      tags: ['alerts'], summary: 'How many alerts are unread (for the navigation badge)',
      response: { 200: { type: 'object', properties: counts }, ...errorResponses },
    },
  }, async () => {
    const s = await wb.store.alertSummary();
    return { total: s.total, unread: s.unread };
  });

  app.post<{ Body: { ids: string[]; read: boolean } }>('/api/alerts/read', {
    config: { role: 'analyst' },
    schema: {
      tags: ['alerts'],
      summary: 'Mark alerts read, or unread again. Read state is shared by everyone using this workbench; the change is audited',
      body: {
        type: 'object', additionalProperties: false, required: ['ids', 'read'],
        properties: { ids: { type: 'array', minItems: 1, maxItems: 500, items: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,128}$' } }, read: { type: 'boolean' } },
      },
      response: { 200: { type: 'object', properties: { changed: { type: 'integer' }, ...counts } }, ...errorResponses },
    },
  }, async (request) => {
    const { ids, read } = request.body;
    const changed = await wb.store.markRead(ids, read);
    if (changed > 0) await wb.audit.record(request.user!.name, read ? 'alerts-read' : 'alerts-unread', 'alerts', { ids, changed });
    const s = await wb.store.alertSummary();
    return { changed, total: s.total, unread: s.unread };
  });
}
