/**
 * Security headers on every answer. The web app is built to need no inline
 * script or style, so the policy allows scripts and styles from this origin
 * only. Swagger UI sets its own policy (with hashes for its inline parts);
 * ours then only adds what it lacks.
 */
import type { FastifyInstance } from 'fastify';

export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function securityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    const existing = reply.getHeader('content-security-policy');
    if (typeof existing === 'string' && existing.length > 0) {
      // No page of ours is ever framed, whatever a plugin's policy says.
      const framed = /frame-ancestors[^;]*/.test(existing) ? existing.replace(/frame-ancestors[^;]*/, "frame-ancestors 'none'") : `${existing}; frame-ancestors 'none'`;
      reply.header('content-security-policy', framed);
    } else {
      reply.header('content-security-policy', contentSecurityPolicy);
    }
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('cross-origin-opener-policy', 'same-origin');
    reply.header('cross-origin-resource-policy', 'same-origin');
    reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=()');
    if (reply.request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
    return payload;
  });
}
