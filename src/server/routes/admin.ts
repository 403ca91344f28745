/** Accounts (admin), the audit log (admin), and each user's own API tokens. */
import type { FastifyInstance } from 'fastify';
import { NotFound } from '../http-errors.js';
import { roles, type Role } from '../accounts.js';
import type { Workbench } from '../context.js';
import { errorResponses } from './schemas.js';

const userId = { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1 } } } as const;

export function adminRoutes(app: FastifyInstance, wb: Workbench): void {
  app.get('/api/users', {
    config: { role: 'admin' },
    schema: { tags: ['admin'], summary: 'Every account', response: { 200: { type: 'array', items: { $ref: 'User#' } }, ...errorResponses } },
  }, async () => wb.accounts.list());

  app.post<{ Body: { name: string; role: Role; password: string } }>('/api/users', {
    config: { role: 'admin' },
    schema: {
      tags: ['admin'], summary: 'Create an account',
      body: {
        type: 'object', additionalProperties: false, required: ['name', 'role', 'password'],
        properties: { name: { type: 'string', minLength: 2, maxLength: 64 }, role: { type: 'string', enum: roles }, password: { type: 'string', minLength: 10, maxLength: 256 } },
      },
      response: { 201: { $ref: 'User#' }, ...errorResponses },
    },
  }, async (request, reply) => {
    const user = await wb.accounts.create(request.body.name, request.body.role, request.body.password);
    await wb.audit.record(request.user!.name, 'user-created', `user:${user.name}`, { role: user.role });
    return reply.code(201).send(user);
  });

  app.patch<{ Params: { id: number }; Body: { role?: Role; disabled?: boolean; password?: string } }>('/api/users/:id', {
    config: { role: 'admin' },
    schema: {
      tags: ['admin'], summary: 'Change an account: role, disabled, password (ends its sessions)',
      params: userId,
      body: {
        type: 'object', additionalProperties: false, minProperties: 1,
        properties: { role: { type: 'string', enum: roles }, disabled: { type: 'boolean' }, password: { type: 'string', minLength: 10, maxLength: 256 } },
      },
      response: { 200: { $ref: 'User#' }, 404: { $ref: 'Problem#' }, ...errorResponses },
    },
  }, async (request) => {
    const { password, ...change } = request.body;
    if (!(await wb.accounts.get(request.params.id))) throw new NotFound(`no user ${request.params.id}`);
    if (password) await wb.accounts.setPassword(request.params.id, password);
    const user = await wb.accounts.update(request.params.id, change);
    if (!user) throw new NotFound(`no user ${request.params.id}`);
    await wb.audit.record(request.user!.name, 'user-changed', `user:${user.name}`, { ...change, password: password ? 'changed' : undefined });
    return user;
  });

  app.get<{ Querystring: { limit: number; before?: number } }>('/api/audit', {
    config: { role: 'admin' },
    schema: {
      tags: ['admin'], summary: 'The audit log, newest first',
      querystring: { type: 'object', additionalProperties: false, properties: { limit: { type: 'integer', minimum: 1, maximum: 1000, default: 200 }, before: { type: 'integer', minimum: 1 } } },
      response: {
        200: {
          type: 'array',
          items: { type: 'object', properties: { id: { type: 'integer' }, at: { type: 'integer' }, actor: { type: 'string' }, action: { type: 'string' }, subject: { type: 'string' }, detail: { type: 'string' } } },
        },
        ...errorResponses,
      },
    },
  }, async (request) => wb.audit.list(request.query.limit, request.query.before ?? null));

  const token = { type: 'object', properties: { id: { type: 'integer' }, label: { type: 'string' }, createdAt: { type: 'integer' } } } as const;

  app.get('/api/tokens', {
    config: { role: 'viewer' },
    schema: { tags: ['session'], summary: 'Your API tokens (labels only; secrets are shown once, at creation)', response: { 200: { type: 'array', items: token }, ...errorResponses } },
  }, async (request) => wb.accounts.listTokens(request.user!.id));

  app.post<{ Body: { label: string } }>('/api/tokens', {
    config: { role: 'viewer' },
    schema: {
      tags: ['session'], summary: 'A new API token for scripts (Authorization: Bearer ...); it acts with your role',
      body: { type: 'object', additionalProperties: false, required: ['label'], properties: { label: { type: 'string', minLength: 1, maxLength: 100 } } },
      response: { 201: { type: 'object', properties: { id: { type: 'integer' }, token: { type: 'string' } } }, ...errorResponses },
    },
  }, async (request, reply) => {
    const created = await wb.accounts.createToken(request.user!.id, request.body.label);
    await wb.audit.record(request.user!.name, 'token-created', `token:${created.id}`, { label: request.body.label });
    return reply.code(201).send(created);
  });

  app.delete<{ Params: { id: number } }>('/api/tokens/:id', {
    config: { role: 'viewer' },
    schema: { tags: ['session'], summary: 'Revoke one of your API tokens', params: userId, response: { 204: { type: 'null' }, 404: { $ref: 'Problem#' }, ...errorResponses } },
  }, async (request, reply) => {
    if (!(await wb.accounts.revokeToken(request.user!.id, request.params.id))) throw new NotFound(`no token ${request.params.id}`);
    await wb.audit.record(request.user!.name, 'token-revoked', `token:${request.params.id}`);
    return reply.code(204).send();
  });
}
