/**
 * Load clients for api-load, in a process of their own so that the server's
 * event loop serves requests and does nothing else: the parent sends the
 * plan, every client connects (one keep-alive connection each) and waits,
 * the parent says go, and each client asks for document and actor pages
 * back to back until the shared request budget or the deadline runs out.
 * Latencies go back to the parent in one message at the end.
 */
import { Agent, request } from 'node:http';
import { rng } from '../corpus.js';

export interface ClientPlan {
  /** http://127.0.0.1:PORT */
  address: string;
  token: string;
  docIds: string[];
  actors: string[];
  /** Clients in this process, and the index of the first (seeds differ per client). */
  clients: number;
  firstClient: number;
  /** Requests this process may issue in all. */
  requests: number;
  seconds: number;
  /** Pause between one answer and the next request of a client (0: back to back). */
  thinkMs: number;
}

export interface RouteResult { latencies: number[]; errors: number; firstError: string | null }

export interface ClientReport {
  routes: Record<'document page' | 'actor page', RouteResult>;
  issued: number;
  /** CPU seconds this client process used while loading. */
  cpuSeconds: number;
}

type ToChild = { plan: ClientPlan } | { go: true };
export type FromChild = { ready: true } | { report: ClientReport };

// The load generator shares the machine with the server: each request is built from a host, port and path
// (no URL parsed per request), so the clients' CPU goes to HTTP itself.
function get(agent: Agent, host: { hostname: string; port: string }, path: string, token: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ hostname: host.hostname, port: host.port, path, agent, headers: { authorization: `Bearer ${token}` } }, (res) => {
      res.on('data', () => undefined);
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

async function load(plan: ClientPlan, go: Promise<void>, ready: () => void): Promise<ClientReport> {
  const routes: ClientReport['routes'] = {
    'document page': { latencies: [], errors: 0, firstError: null },
    'actor page': { latencies: [], errors: 0, firstError: null },
  };
  const agents = Array.from({ length: plan.clients }, () => new Agent({ keepAlive: true, maxSockets: 1 }));
  // Each client opens its connection before the clock starts (a login page load would have).
  const server = new URL(plan.address);
  const host = { hostname: server.hostname, port: server.port };
  await Promise.all(agents.map((agent) => get(agent, host, '/api/me', plan.token).catch(() => 0)));
  ready();
  await go;
  const cpu = process.cpuUsage();
  const deadline = performance.now() + plan.seconds * 1000;
  let issued = 0;
  const client = async (n: number, agent: Agent): Promise<void> => {
    const random = rng(1000 + plan.firstClient + n);
    while (issued < plan.requests && performance.now() < deadline) {
      issued++;
      const wantDoc = random() < 0.5;
      const route = wantDoc ? 'document page' : 'actor page';
      // Actor pages favour the most-named actors, as analysts do: the square skews the pick to the top of the list.
      const path = wantDoc
        ? `/api/documents/${plan.docIds[Math.floor(random() * plan.docIds.length)]}`
        : `/api/actors/${encodeURIComponent(plan.actors[Math.floor(random() ** 2 * plan.actors.length)]!)}`;
      const s = routes[route];
      const t0 = performance.now();
      try {
        const status = await get(agent, host, path, plan.token);
        if (status !== 200) { s.errors++; s.firstError ??= `HTTP ${status} for ${path}`; }
        else s.latencies.push(performance.now() - t0);
      } catch (err) {
        s.errors++;
        s.firstError ??= err instanceof Error ? err.message : String(err);
      }
      if (plan.thinkMs > 0) await new Promise((r) => setTimeout(r, plan.thinkMs * (0.5 + random())));
    }
  };
  await Promise.all(agents.map((agent, n) => client(n, agent)));
  const used = process.cpuUsage(cpu);
  for (const agent of agents) agent.destroy();
  return { routes, issued, cpuSeconds: (used.user + used.system) / 1e6 };
}

function main(): void {
  let plan: ClientPlan | null = null;
  let start!: () => void;
  const go = new Promise<void>((r) => { start = r; });
  process.on('message', (m: ToChild) => {
    if ('plan' in m) {
      plan = m.plan;
      load(plan, go, () => process.send?.({ ready: true } satisfies FromChild))
        .then((report) => process.send?.({ report } satisfies FromChild, () => process.disconnect()))
        .catch((err: unknown) => {
          console.error(`api-load client: ${err instanceof Error ? err.message : String(err)}`);
          process.exit(1);
        });
    } else if ('go' in m) start();
  });
}

main();
