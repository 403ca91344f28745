/**
 * The workbench server: the REST API (OpenAPI at /api/docs), accounts and
 * roles, security headers, and the web app's built files. `buildServer`
 * takes everything it needs; tests call it with a store on a temporary file
 * and drive it with `inject()`.
 */
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { SanctionsList } from '../analyze/sanctions/list.js';
import { loadFramingLexicon, type FramingTerm } from '../analyze/framing.js';
import { defaultDataDir } from '../ingest/data-files.js';
import { loadSourceRegistry, type SourceRegistry } from '../ingest/sources.js';
import { describeError, VigilError } from '../core/errors.js';
import type { ActorRegistry } from '../resolve/registry.js';
import type { Store } from '../store/store.js';
import { Accounts } from './accounts.js';
import { AuditLog } from './audit.js';
import { authorization } from './auth.js';
import type { Workbench } from './context.js';
import { DocumentPages } from './document-pages.js';
import { AccessError, BadGateway, Unprocessable } from './http-errors.js';
import { ProposedAliases } from './proposed-aliases.js';
import { RecentCache } from './recent-cache.js';
import { actorRoutes } from './routes/actors.js';
import { adminRoutes } from './routes/admin.js';
import { alertRoutes } from './routes/alerts.js';
import { documentRoutes } from './routes/documents.js';
import { problem, user } from './routes/schemas.js';
import { searchRoutes } from './routes/search.js';
import { sessionRoutes } from './routes/session.js';
import { storyRoutes } from './routes/stories.js';
import { translationRoutes } from './routes/translations.js';
import { translateConfig, translatorFor, type ProviderName } from '../translate/config.js';
import { registryNameGlosses } from '../translate/registry-names.js';
import type { Translator } from '../translate/translator.js';
import { securityHeaders } from './security.js';

export interface ServerDeps {
  store: Store;
  registry?: ActorRegistry | null;
  sanctions?: SanctionsList | null;
  /** The source registry (outlets' grades, countries, alignments); default data/sources, null for none. */
  sources?: SourceRegistry | null;
  /** The framing lexicon for story comparisons; default data/lexicons/framing.yaml. */
  framingLexicon?: readonly FramingTerm[];
  /** Folder of the built web app (web/dist); null serves the API only. */
  webRoot?: string | null;
  /** Mark the session cookie Secure (behind HTTPS). */
  secureCookies?: boolean;
  /** Login attempts allowed per client per window (ms). */
  loginRateLimit?: { max: number; timeWindow: number };
  /** Largest request body, bytes. */
  bodyLimit?: number;
  /** Memory for serialized document pages, bytes (default 128 MiB; a page is some tens of kilobytes). */
  documentPageBytes?: number;
  logger?: boolean;
  /** Makes the translator for a provider; default: from VIGIL_TRANSLATE_* (see src/translate/config.ts). */
  translator?: (provider?: ProviderName) => Translator;
}

/** An API route as registered, with what it declared about access. */
export interface ApiRoute { method: string; url: string; role: string | null; public: boolean }

export interface Server {
  app: FastifyInstance;
  workbench: Workbench;
  /** The API's own routes (the docs plugin's excluded), for checking that each declares its access. */
  routes: ApiRoute[];
}

function statusOf(err: unknown): number {
  if (err instanceof AccessError) return err.status;
  if (err instanceof Unprocessable) return 422;
  if (err instanceof BadGateway) return 502;
  if (err instanceof VigilError) {
    switch (err.code) {
      case 'NOT_FOUND': return 404;
      case 'USAGE': case 'INVALID_DATA': return 400;
      case 'TOO_LARGE': return 413;
      default: return 500;
    }
  }
  const status = (err as FastifyError).statusCode;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}

const titles: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 409: 'Conflict',
  413: 'Payload Too Large', 415: 'Unsupported Media Type', 422: 'Unprocessable Content', 429: 'Too Many Requests', 500: 'Internal Server Error',
  502: 'Bad Gateway',
};

export async function buildServer(deps: ServerDeps): Promise<Server> {
  const app = Fastify({
    logger: deps.logger ?? false,
    bodyLimit: deps.bodyLimit ?? 256 * 1024,
    // Query strings are validated against the schemas; numbers arrive as numbers.
    ajv: { customOptions: { coerceTypes: true, removeAdditional: false, allErrors: false } },
  });
  // The gist renders the registry's Arabic names by their English names.
  const nameGlosses = deps.registry ? registryNameGlosses(deps.registry) : [];
  const workbench: Workbench = {
    store: deps.store,
    registry: deps.registry ?? null,
    sanctions: deps.sanctions ?? null,
    accounts: new Accounts(deps.store.accounts),
    audit: new AuditLog(deps.store.accounts),
    aliases: new ProposedAliases(deps.store.accounts),
    // An actor page aggregates every document about the actor (tens of ms for a much-named one, growing with
    // the corpus): a crowd opening one page costs one aggregation, each page is aggregated at most every 30 s
    // however often it is asked for, and for 30 s more a page past that is answered at once while a refresh
    // runs behind it. Other processes' ingestion shows on actor pages within about a minute (documents and
    // the inbox are always read live). Two pages are aggregated at a time: a crowd of cold ones (at start,
    // or after a correction clears them) waits its turn instead of holding up every other request.
    profiles: new RecentCache(30_000, 500, { staleMs: 30_000, concurrency: 2 }),
    documentPages: new DocumentPages(deps.documentPageBytes ?? 128 * 1024 * 1024),
    secureCookies: deps.secureCookies ?? false,
    loginRateLimit: deps.loginRateLimit ?? { max: 10, timeWindow: 60_000 },
    translator: deps.translator ?? ((provider) => translatorFor(translateConfig(process.env, provider), nameGlosses)),
  };

  app.setErrorHandler((err, request, reply) => {
    const status = statusOf(err);
    if (status >= 500) request.log.error(err);
    // A failing upstream service is named (its errors carry no secrets); the server's own failures are not described.
    const detail = status >= 500 && !(err instanceof BadGateway) ? 'the server failed; see its log' : describeError(err);
    return reply.code(status).type('application/problem+json').send({ type: 'about:blank', title: titles[status] ?? 'Error', status, detail });
  });
  app.setNotFoundHandler((request, reply) => {
    const wantsPage = request.method === 'GET' && !request.url.startsWith('/api') && deps.webRoot && existsSync(join(deps.webRoot, 'index.html'));
    // The web app routes in the browser: any page address gets the app.
    if (wantsPage) return reply.type('text/html; charset=utf-8').sendFile('index.html');
    return reply.code(404).type('application/problem+json').send({ type: 'about:blank', title: 'Not Found', status: 404, detail: `no route ${request.method} ${request.url.split('?')[0]}` });
  });

  app.addSchema(problem);
  app.addSchema(user);
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Vigil workbench API', version: '0.1.0', description: 'Log in at POST /api/login (cookie session; send the returned CSRF token as X-CSRF-Token on changes) or use Authorization: Bearer <API token>.' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'vigil_session' }, token: { type: 'http', scheme: 'bearer' } } },
      security: [{ session: [] }, { token: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  securityHeaders(app);
  authorization(app, workbench.accounts);

  const routes: ApiRoute[] = [];
  app.addHook('onRoute', (r) => {
    if (!r.url.startsWith('/api/') || r.url.startsWith('/api/docs')) return;
    for (const method of [r.method].flat()) {
      if (method !== 'HEAD') routes.push({ method, url: r.url, role: r.config?.role ?? null, public: r.config?.public === true });
    }
  });
  sessionRoutes(app, workbench);
  documentRoutes(app, workbench);
  translationRoutes(app, workbench);
  searchRoutes(app, workbench);
  actorRoutes(app, workbench);
  adminRoutes(app, workbench);
  alertRoutes(app, workbench);
  storyRoutes(app, workbench, {
    sources: deps.sources === undefined ? loadSourceRegistry() : deps.sources,
    lexicon: deps.framingLexicon ?? loadFramingLexicon(defaultDataDir()),
  });

  if (deps.webRoot && existsSync(deps.webRoot)) {
    await app.register(fastifyStatic, { root: deps.webRoot, prefix: '/', index: ['index.html'], wildcard: false });
  }
  return { app, workbench, routes };
}
