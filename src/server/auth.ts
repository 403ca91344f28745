/**
 * Who is asking, and may they. Every /api route declares the least role it
 * needs in its config (`role`), or `public: true` (login only); a route that
 * declares neither is refused, so a forgotten declaration fails closed.
 * Cookie sessions must echo their CSRF token in X-CSRF-Token on any request
 * that changes state; Bearer tokens are not sent by browsers on their own,
 * so they need none.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import { roleAllows, type Accounts, type Role, type User } from './accounts.js';
import { AccessError } from './http-errors.js';

export const sessionCookie = 'vigil_session';
export const csrfHeader = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The least role the route needs. */
    role?: Role;
    /** Reachable without logging in. */
    public?: boolean;
  }
  interface FastifyRequest {
    user: User | null;
    /** The session's CSRF token, for cookie sessions. */
    csrf: string | null;
    /** How the user was recognised. */
    via: 'session' | 'token' | null;
  }
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

async function identify(request: FastifyRequest, accounts: Accounts): Promise<void> {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) {
    const user = await accounts.tokenUser(header.slice(7).trim());
    if (!user) throw new AccessError(401, 'the API token is not valid');
    request.user = user;
    request.via = 'token';
    return;
  }
  const token = request.cookies[sessionCookie];
  if (!token) return;
  const s = await accounts.session(token);
  if (!s) return;
  request.user = s.user;
  request.csrf = s.csrf;
  request.via = 'session';
}

export function authorization(app: FastifyInstance, accounts: Accounts): void {
  app.decorateRequest('user', null);
  app.decorateRequest('csrf', null);
  app.decorateRequest('via', null);
  app.addHook('onRequest', async (request) => {
    // The web app's files are public (they hold no data); everything under /api is not.
    if (!request.url.startsWith('/api/') && request.url !== '/api') return;
    const config = request.routeOptions.config;
    await identify(request, accounts);
    if (config.public) return;
    if (!request.user) throw new AccessError(401, 'log in first');
    if (request.via === 'session' && !safeMethods.has(request.method)) {
      const sent = request.headers[csrfHeader];
      if (typeof sent !== 'string' || !request.csrf || !sameSecret(sent, request.csrf)) {
        throw new AccessError(403, 'missing or wrong CSRF token');
      }
    }
    if (request.routeOptions.url === undefined) return; // no such route: the 404 handler answers
    // Plugin routes (the API docs) declare no role; reading them needs a login, nothing more.
    const need: Role | undefined = config.role ?? (request.url.startsWith('/api/docs') ? 'viewer' : undefined);
    if (!need) throw new AccessError(403, 'this route declares no role');
    if (!roleAllows(request.user.role, need)) throw new AccessError(403, `this needs the ${need} role`);
  });
}
