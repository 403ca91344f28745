/**
 * JSON schemas shared by the routes. They validate requests, shape
 * responses (Fastify serializes from them) and feed the OpenAPI document.
 */
export const nullableString = { type: ['string', 'null'] } as const;
/** A document id (the hash of its content), as routes take it. */
export const documentId = { type: 'string', pattern: '^[0-9a-f]{8,64}$' } as const;
/** Route parameters naming one document: /api/documents/:id/... */
export const documentIdParams = { type: 'object', required: ['id'], properties: { id: documentId } } as const;
export const nullableNumber = { type: ['number', 'null'] } as const;

export const problem = {
  $id: 'Problem',
  type: 'object',
  description: 'An error, as application/problem+json.',
  properties: { type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' }, detail: { type: 'string' } },
  required: ['title', 'status', 'detail'],
} as const;

export const user = {
  $id: 'User',
  type: 'object',
  properties: {
    id: { type: 'integer' }, name: { type: 'string' }, role: { type: 'string', enum: ['viewer', 'analyst', 'admin'] },
    createdAt: { type: 'integer' }, disabled: { type: 'boolean' },
  },
  required: ['id', 'name', 'role', 'createdAt', 'disabled'],
} as const;

export const statementKinds = ['threat', 'vow', 'claim', 'accusation', 'denial', 'demand', 'support', 'cooperation', 'warning', 'other'] as const;
export const entityTypes = ['person', 'organization', 'armed_group', 'state', 'location', 'facility'] as const;

/** Published-date bounds accept what the store accepts: YYYY, YYYY-MM or YYYY-MM-DD. */
export const partialDate = { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' } as const;

export const errorResponses = {
  400: { $ref: 'Problem#' },
  401: { $ref: 'Problem#' },
  403: { $ref: 'Problem#' },
} as const;

/** Loose object: for nested records whose every field the web app reads as is. */
export const anyObject = { type: 'object', additionalProperties: true } as const;
