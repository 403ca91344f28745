/** Logging in and out. Login is the one public route, and it is rate limited. */
import type { FastifyInstance } from 'fastify';
import { AccessError } from '../http-errors.js';
import { sessionCookie } from '../auth.js';
import type { Workbench } from '../context.js';
import { errorResponses } from './schemas.js';

const sessionBody = {
  type: 'object',
  properties: { user: { $ref: 'User#' }, csrf: { type: ['string', 'null'] } },
  required: ['user', 'csrf'],
} as const;

export function sessionRoutes(app: FastifyInstance, wb: Workbench): void {
  app.post<{ Body: { name: string; password: string } }>('/api/login', {
    config: { public: true, rateLimit: wb.loginRateLimit },
    schema: {
      tags: ['session'], summary: 'Log in; sets the session cookie and returns the CSRF token for later changes',
      body: {
        type: 'object', additionalProperties: false, required: ['name', 'password'],
        properties: { name: { type: 'string', minLength: 1, maxLength: 64 }, password: { type: 'string', minLength: 1, maxLength: 256 } },
      },
      response: { 200: sessionBody, ...errorResponses, 429: { $ref: 'Problem#' } },
    },
  }, async (request, reply) => {
    const user = await wb.accounts.verifyPassword(request.body.name, request.body.password);
    if (!user) {
      await wb.audit.record(request.body.name, 'login-failed', 'session', { ip: request.ip });
      throw new AccessError(401, 'wrong user name or password');
    }
    const s = await wb.accounts.startSession(user.id);
    await wb.audit.record(user.name, 'login', 'session', { ip: request.ip });
    reply.setCookie(sessionCookie, s.token, {
      path: '/', httpOnly: true, sameSite: 'strict', secure: wb.secureCookies, expires: new Date(s.expiresAt),
    });
    return { user, csrf: s.csrf };
  });

  app.post('/api/logout', {
    config: { role: 'viewer' },
    schema: { tags: ['session'], summary: 'End this session', response: { 204: { type: 'null' }, ...errorResponses } },
  }, async (request, reply) => {
    const token = request.cookies[sessionCookie];
    if (token) await wb.accounts.endSession(token);
    reply.clearCookie(sessionCookie, { path: '/' });
    return reply.code(204).send();
  });

  app.get('/api/me', {
    config: { role: 'viewer' },
    schema: { tags: ['session'], summary: 'Who is logged in, and the CSRF token of this session', response: { 200: sessionBody, ...errorResponses } },
  }, async (request) => ({ user: request.user, csrf: request.csrf }));
}
