/**
 * Translations of a stored document, kept beside it (issue 9): list them, or
 * have the configured translator make one and store it. The original text is
 * never changed; spans and citations keep pointing into it.
 */
import type { FastifyInstance } from 'fastify';
import { BadGateway, NotFound, Unprocessable } from '../http-errors.js';
import type { Workbench } from '../context.js';
import { PROVIDERS, type ProviderName } from '../../translate/config.js';
import { translateDocument } from '../../translate/document.js';
import { TranslateError, toTranslationRecord } from '../../translate/translator.js';
import { documentIdParams, errorResponses, nullableString } from './schemas.js';


const translation = {
  type: 'object',
  properties: {
    docId: { type: 'string' }, provider: { type: 'string' }, kind: { type: 'string', enum: ['translation', 'gist'] },
    from: { type: 'string' }, to: { type: 'string' }, title: nullableString, text: { type: 'string' }, created: { type: 'string' },
  },
} as const;

const translateBody = {
  type: 'object', additionalProperties: false,
  properties: { to: { type: 'string', pattern: '^[a-z]{2,3}$', default: 'en' }, provider: { type: 'string', enum: [...PROVIDERS] } },
} as const;

interface TranslateBody { to: string; provider?: ProviderName }

export function translationRoutes(app: FastifyInstance, wb: Workbench): void {
  app.get<{ Params: { id: string } }>('/api/documents/:id/translations', {
    config: { role: 'viewer' },
    schema: {
      tags: ['documents'], summary: 'The translations stored beside a document (each labelled with its provider, and whether it is only a gist)',
      params: documentIdParams, response: { 200: { type: 'array', items: translation }, 404: { $ref: 'Problem#' }, ...errorResponses },
    },
  }, async (request) => {
    const id = request.params.id;
    if (!(await wb.store.hasDocument(id))) throw new NotFound(`no document ${id}`);
    return wb.store.translations(id);
  });

  app.post<{ Params: { id: string }; Body: TranslateBody | undefined }>('/api/documents/:id/translations', {
    config: { role: 'analyst' },
    schema: {
      tags: ['documents'],
      summary: 'Translate a document\'s title and text with the configured provider (or the one named) and store the result beside the original',
      params: documentIdParams, body: translateBody,
      response: {
        201: translation, 404: { $ref: 'Problem#' }, 422: { $ref: 'Problem#' }, 502: { $ref: 'Problem#' }, ...errorResponses,
      },
    },
  }, async (request, reply) => {
    const id = request.params.id;
    const to = request.body?.to ?? 'en';
    const doc = await wb.store.getDocument(id);
    if (!doc) throw new NotFound(`no document ${id}`);
    let made;
    try {
      made = await translateDocument(wb.translator(request.body?.provider), { title: doc.meta.title, text: doc.text }, doc.meta.language ?? 'auto', to);
    } catch (err) {
      if (!(err instanceof TranslateError)) throw err;
      // A provider not set up, or a language pair it cannot do, is the request's or the setup's fault, not the service's.
      if (err.reason === 'config') throw new Unprocessable(err.message);
      throw new BadGateway(`the translation service failed (${err.reason}): ${err.message}`, { cause: err });
    }
    const stored = await wb.store.putTranslation(id, { ...toTranslationRecord(id, made.body), title: made.title });
    await wb.audit.record(request.user!.name, 'translate', `document:${id}`, { provider: stored.provider, to: stored.to });
    return reply.code(201).send(stored);
  });
}
