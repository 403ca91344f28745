import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { reanalyzeAll } from '../store/reanalysis.js';
import type { Role } from './accounts.js';
import { contentSecurityPolicy } from './security.js';
import { fixtureDocs } from './test-fixtures.js';
import { passwords, testWorkbench, type TestWorkbench } from './test-server.js';

let wb: TestWorkbench;
const ids = fixtureDocs().map((d) => d.id);
const [threatId, quietId, hostileId, arabicId] = ids as [string, string, string, string];

interface Login { cookie: string; csrf: string }
const logins = new Map<Role, Login>();

async function login(role: Role): Promise<Login> {
  const known = logins.get(role);
  if (known) return known;
  const res = await wb.app.inject({ method: 'POST', url: '/api/login', payload: { name: role, password: passwords[role] } });
  assert.equal(res.statusCode, 200, res.body);
  const cookie = res.cookies.find((c) => c.name === 'vigil_session');
  assert.ok(cookie, 'a session cookie is set');
  const l = { cookie: `vigil_session=${cookie.value}`, csrf: (res.json() as { csrf: string }).csrf };
  logins.set(role, l);
  return l;
}

async function call(role: Role | null, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = {};
  if (role) {
    const l = await login(role);
    headers['cookie'] = l.cookie;
    if (method !== 'GET') headers['x-csrf-token'] = l.csrf;
  }
  return wb.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });
}

before(async () => { wb = await testWorkbench({ loginRateLimit: { max: 50, timeWindow: 60_000 } }); });
after(async () => { await wb.close(); });

/** Every API route, with the least role it needs and a request that role may make. */
const routes: Array<{ method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; url: () => string; role: Role; body?: unknown; ok: number }> = [
  { method: 'GET', url: () => '/api/me', role: 'viewer', ok: 200 },
  { method: 'GET', url: () => '/api/documents', role: 'viewer', ok: 200 },
  { method: 'GET', url: () => `/api/documents/${threatId}`, role: 'viewer', ok: 200 },
  { method: 'GET', url: () => `/api/documents/${threatId}/corrections`, role: 'viewer', ok: 200 },
  { method: 'GET', url: () => `/api/documents/${arabicId}/translations`, role: 'viewer', ok: 200 },
  { method: 'GET', url: () => '/api/search?q=patience', role: 'viewer', ok: 200 },
  { method: 'GET', url: () => '/api/actors', role: 'viewer', ok: 200 },
  { method: 'GET', url: () => '/api/actors/akram-al-kaabi', role: 'viewer', ok: 200 },
  { method: 'GET', url: () => '/api/actors/akram-al-kaabi/report', role: 'viewer', ok: 200 },
  { method: 'GET', url: () => '/api/aliases.yaml', role: 'viewer', ok: 200 },
  { method: 'GET', url: () => '/api/graph', role: 'viewer', ok: 200 },
  { method: 'GET', url: () => '/api/map', role: 'viewer', ok: 200 },
  { method: 'GET', url: () => '/api/export/stix', role: 'viewer', ok: 200 },
  { method: 'GET', url: () => '/api/tokens', role: 'viewer', ok: 200 },
  { method: 'GET', url: () => '/api/docs/json', role: 'viewer', ok: 200 },
  { method: 'POST', url: () => '/api/tokens', role: 'viewer', body: { label: 'script' }, ok: 201 },
  { method: 'POST', url: () => `/api/documents/${arabicId}/corrections`, role: 'analyst', body: { op: 'rekind-statement', statement: { start: 0, end: 1, kind: 'vow' }, kind: 'threat' }, ok: 422 },
  { method: 'POST', url: () => `/api/documents/${arabicId}/translations`, role: 'analyst', body: { provider: 'gist' }, ok: 201 },
  { method: 'POST', url: () => '/api/actors/baghdad/aliases', role: 'analyst', body: { alias: 'the capital city' }, ok: 201 },
  { method: 'GET', url: () => '/api/users', role: 'admin', ok: 200 },
  { method: 'POST', url: () => '/api/users', role: 'admin', body: { name: 'newcomer', role: 'viewer', password: 'newcomer-pass-1' }, ok: 201 },
  { method: 'PATCH', url: () => '/api/users/1', role: 'admin', body: { role: 'viewer' }, ok: 200 },
  { method: 'GET', url: () => '/api/audit', role: 'admin', ok: 200 },
  { method: 'GET', url: () => '/api/alerts', role: 'viewer', ok: 200 },
  { method: 'GET', url: () => '/api/alerts/unread', role: 'viewer', ok: 200 },
  { method: 'POST', url: () => '/api/alerts/read', role: 'analyst', body: { ids: ['none'], read: true }, ok: 200 },
  { method: 'GET', url: () => `/api/stories?doc=${threatId}`, role: 'viewer', ok: 200 },
];
const order: Role[] = ['viewer', 'analyst', 'admin'];

describe('authorization on every route', () => {
  for (const r of routes) {
    it(`${r.method} ${r.url()} refuses anonymous callers, roles below ${r.role}, and serves ${r.role}`, async () => {
      const anon = await call(null, r.method, r.url(), r.body);
      assert.equal(anon.statusCode, 401, anon.body);
      assert.match(anon.headers['content-type'] as string, /application\/problem\+json/);
      for (const role of order) {
        const res = await call(role, r.method, r.url(), r.body);
        if (order.indexOf(role) < order.indexOf(r.role)) assert.equal(res.statusCode, 403, `${role}: ${res.body}`);
        else if (role === r.role) assert.equal(res.statusCode, r.ok, `${role}: ${res.body}`);
      }
    });
  }

  it('every API route the server registered declares a role or is public, and is in the table above', () => {
    const pattern = (url: string) => url.split('?')[0]!.replace(/[0-9a-f]{64}/, ':id').replace(/\/actors\/[a-z-]+/, '/actors/:id').replace(/\/(users|tokens)\/\d+/, '/$1/:id');
    const tested = new Set([...routes.map((r) => `${r.method} ${pattern(r.url())}`), 'POST /api/login', 'POST /api/logout', 'DELETE /api/tokens/:id']);
    assert.ok(wb.routes.length >= 20);
    for (const r of wb.routes) {
      assert.ok(r.public || r.role, `${r.method} ${r.url} declares its access`);
      assert.equal(r.public, r.url === '/api/login', `${r.method} ${r.url}: only login is public`);
      assert.ok(tested.has(`${r.method} ${r.url}`), `${r.method} ${r.url} is tested`);
    }
  });
});

describe('sessions', () => {
  it('a wrong password is refused without saying which part was wrong, and audited', async () => {
    const res = await wb.app.inject({ method: 'POST', url: '/api/login', payload: { name: 'viewer', password: 'not-the-password' } });
    assert.equal(res.statusCode, 401);
    assert.equal((res.json() as { detail: string }).detail, 'wrong user name or password');
    const audit = (await call('admin', 'GET', '/api/audit')).json() as Array<{ action: string; actor: string }>;
    assert.ok(audit.some((a) => a.action === 'login-failed' && a.actor === 'viewer'));
  });

  it('the session cookie is HttpOnly and SameSite=Strict', async () => {
    const res = await wb.app.inject({ method: 'POST', url: '/api/login', payload: { name: 'viewer', password: passwords.viewer } });
    const c = res.cookies.find((x) => x.name === 'vigil_session');
    assert.equal(c?.httpOnly, true);
    assert.equal(c?.sameSite, 'Strict');
  });

  it('a state change with a session cookie but no CSRF token is refused; with the token it passes', async () => {
    const l = await login('viewer');
    const without = await wb.app.inject({ method: 'POST', url: '/api/tokens', headers: { cookie: l.cookie }, payload: { label: 'x' } });
    assert.equal(without.statusCode, 403);
    assert.match(without.body, /CSRF/);
    const wrong = await wb.app.inject({ method: 'POST', url: '/api/tokens', headers: { cookie: l.cookie, 'x-csrf-token': 'forged' }, payload: { label: 'x' } });
    assert.equal(wrong.statusCode, 403);
    const right = await wb.app.inject({ method: 'POST', url: '/api/tokens', headers: { cookie: l.cookie, 'x-csrf-token': l.csrf }, payload: { label: 'x' } });
    assert.equal(right.statusCode, 201);
  });

  it('an API token acts with its owner\'s role and needs no CSRF token; revoked, it stops working', async () => {
    const made = (await call('analyst', 'POST', '/api/tokens', { label: 'bot' })).json() as { id: number; token: string };
    const auth = { authorization: `Bearer ${made.token}` };
    assert.equal((await wb.app.inject({ method: 'GET', url: '/api/documents', headers: auth })).statusCode, 200);
    assert.equal((await wb.app.inject({ method: 'GET', url: '/api/users', headers: auth })).statusCode, 403);
    assert.equal((await call('analyst', 'DELETE', `/api/tokens/${made.id}`)).statusCode, 204);
    assert.equal((await wb.app.inject({ method: 'GET', url: '/api/documents', headers: auth })).statusCode, 401);
    assert.equal((await call('analyst', 'DELETE', `/api/tokens/${made.id}`)).statusCode, 404);
  });

  it('logout ends the session', async () => {
    const res = await wb.app.inject({ method: 'POST', url: '/api/login', payload: { name: 'analyst', password: passwords.analyst } });
    const { csrf } = res.json() as { csrf: string };
    const cookie = `vigil_session=${res.cookies.find((c) => c.name === 'vigil_session')!.value}`;
    assert.equal((await wb.app.inject({ method: 'POST', url: '/api/logout', headers: { cookie, 'x-csrf-token': csrf } })).statusCode, 204);
    assert.equal((await wb.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).statusCode, 401);
  });

  it('a disabled account cannot log in and its sessions end', async () => {
    const created = (await call('admin', 'POST', '/api/users', { name: 'leaver', role: 'analyst', password: 'leaver-pass-123' })).json() as { id: number };
    const res = await wb.app.inject({ method: 'POST', url: '/api/login', payload: { name: 'leaver', password: 'leaver-pass-123' } });
    const cookie = `vigil_session=${res.cookies.find((c) => c.name === 'vigil_session')!.value}`;
    assert.equal((await call('admin', 'PATCH', `/api/users/${created.id}`, { disabled: true })).statusCode, 200);
    assert.equal((await wb.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).statusCode, 401);
    assert.equal((await wb.app.inject({ method: 'POST', url: '/api/login', payload: { name: 'leaver', password: 'leaver-pass-123' } })).statusCode, 401);
  });
});

describe('HTTP hardening', () => {
  it('login is rate limited', async () => {
    const limited = await testWorkbench({ loginRateLimit: { max: 3, timeWindow: 60_000 } });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) {
        codes.push((await limited.app.inject({ method: 'POST', url: '/api/login', payload: { name: 'viewer', password: 'guess-guess-' + i } })).statusCode);
      }
      assert.deepEqual(codes, [401, 401, 401, 429, 429]);
    } finally {
      await limited.close();
    }
  });

  it('security headers are on every answer, and the CSP allows no inline script', async () => {
    for (const res of [await call('viewer', 'GET', '/api/me'), await call(null, 'GET', '/api/documents'), await call(null, 'GET', '/nowhere')]) {
      assert.equal(res.headers['x-content-type-options'], 'nosniff');
      assert.equal(res.headers['referrer-policy'], 'no-referrer');
      const csp = res.headers['content-security-policy'] as string;
      assert.match(csp, /frame-ancestors 'none'/);
      assert.match(csp, /script-src 'self'(;|$)/);
      assert.doesNotMatch(csp, /unsafe-inline/);
    }
    assert.doesNotMatch(contentSecurityPolicy, /unsafe-(inline|eval)/);
  });

  it('the API docs keep frame-ancestors none under their own policy', async () => {
    const res = await call('viewer', 'GET', '/api/docs/');
    assert.equal(res.statusCode, 200);
    assert.match(res.headers['content-security-policy'] as string, /frame-ancestors 'none'/);
  });

  it('a request body over the limit is refused with 413', async () => {
    const res = await wb.app.inject({ method: 'POST', url: '/api/login', payload: { name: 'viewer', password: 'x'.repeat(300 * 1024) } });
    assert.equal(res.statusCode, 413);
  });

  it('bad input is a 400 problem, an unknown document a 404 problem', async () => {
    const bad = await call('viewer', 'GET', '/api/documents?kind=shouting');
    assert.equal(bad.statusCode, 400);
    assert.match(bad.headers['content-type'] as string, /problem\+json/);
    assert.equal((await call('viewer', 'GET', `/api/documents/${'0'.repeat(64)}`)).statusCode, 404);
  });
});

describe('reading', () => {
  it('the inbox puts documents with threats first, then newest first', async () => {
    const body = (await call('viewer', 'GET', '/api/documents')).json() as { total: number; items: Array<{ id: string; threats: number }>; facets: { outlets: string[] } };
    assert.deepEqual(body.items.map((i) => i.id), [arabicId, threatId, quietId, hostileId]);
    assert.deepEqual(body.facets.outlets, ['Capital Daily', 'Example Wire', 'Unknown Board']);
  });

  const filters: Array<[string, string[]]> = [
    ['language=ar', [arabicId]],
    ['kind=threat&language=en', [threatId]],
    ['outlet=capital%20daily', [quietId]],
    ['actor=akram-al-kaabi', [arabicId, threatId, hostileId]],
    ['since=2024-02&until=2024-02', [arabicId, threatId]],
  ];
  for (const [query, expected] of filters) {
    it(`the inbox filters by ${query}`, async () => {
      const body = (await call('viewer', 'GET', `/api/documents?${query}`)).json() as { items: Array<{ id: string }> };
      assert.deepEqual(body.items.map((i) => i.id), expected);
    });
  }

  it('a document comes with its quotation, speaker names and why each annotation is there', async () => {
    const body = (await call('viewer', 'GET', `/api/documents/${threatId}`)).json() as {
      record: { quotes: Array<{ speaker: string; start: number; end: number }> }; names: Record<string, string>; why: Array<{ key: string; rule: string | null; confidence: number | null }>;
    };
    const q = body.record.quotes[0]!;
    assert.equal(q.speaker, 'akram-al-kaabi');
    assert.equal(body.names['akram-al-kaabi'], 'Akram al-Kaabi');
    const why = body.why.find((w) => w.key === `quote:${q.start}-${q.end}`);
    assert.deepEqual([why?.rule, why?.confidence], ['quote:said-after', 0.85]);
  });

  it('search returns snippets with the matches marked', async () => {
    const body = (await call('viewer', 'GET', '/api/search?q=patience')).json() as { marks: { open: string }; hits: Array<{ docId: string; snippet: string }> };
    assert.equal(body.hits[0]?.docId, threatId);
    assert.ok(body.hits[0]?.snippet.includes(`${body.marks.open}patience`) || body.hits[0]?.snippet.includes(`${body.marks.open}Patience`));
    const quotes = (await call('viewer', 'GET', '/api/search?q=bases&in=quotes')).json() as { hits: Array<{ quote: { speaker: string } }> };
    assert.equal(quotes.hits[0]?.quote.speaker, 'akram-al-kaabi');
  });

  it('an actor page has spellings, relations with sentences, a timeline, outlets, quotations and designations', async () => {
    const p = (await call('viewer', 'GET', '/api/actors/harakat-hezbollah-al-nujaba')).json() as {
      spellings: Array<{ name: string; source: string }>; relations: Array<{ origin: string; predicate: string; evidence: { text: string } | null }>;
      sanctions: { designations: Array<{ list: string }> };
    };
    assert.ok(p.spellings.some((s) => s.name === 'Harakat al-Nujaba'));
    assert.ok(p.spellings.some((s) => s.source === 'registry' && /النجباء/.test(s.name)));
    const doc = p.relations.find((r) => r.origin === 'document' && r.predicate === 'leads');
    assert.equal(doc?.evidence?.text, 'Akram al-Kaabi, who heads Harakat al-Nujaba');
    assert.ok(p.relations.some((r) => r.origin === 'registry'));
    assert.ok(p.sanctions.designations.some((d) => d.list === 'SDGT'));

    const k = (await call('viewer', 'GET', '/api/actors/akram-al-kaabi')).json() as {
      timeline: Array<{ period: string; threats: number }>; outlets: Array<{ outlet: string; documents: number }>; quotes: Array<{ text: string }>;
    };
    assert.deepEqual(k.timeline.map((b) => [b.period, b.threats]), [['2024-02', 2]]);
    assert.deepEqual(k.outlets[0], { outlet: 'Example Wire', documents: 2 });
    assert.equal(k.quotes.length, 1);
    assert.equal((await call('viewer', 'GET', '/api/actors/no-such-actor')).statusCode, 404);
  });

  it('the graph links actors the documents name; the map places Baghdad', async () => {
    const g = (await call('viewer', 'GET', '/api/graph')).json() as { nodes: Array<{ id: string }>; edges: Array<{ source: string; target: string; predicate: string }> };
    assert.ok(g.nodes.some((n) => n.id === 'akram-al-kaabi'));
    assert.ok(g.edges.some((e) => e.source === 'akram-al-kaabi' && e.target === 'harakat-hezbollah-al-nujaba' && e.predicate === 'leads'));
    const m = (await call('viewer', 'GET', '/api/map')).json() as { places: Array<{ id: string; lat: number; documents: number }> };
    const baghdad = m.places.find((p) => p.id === 'baghdad');
    assert.ok(baghdad && Math.abs(baghdad.lat - 33.3) < 0.1 && baghdad.documents === 2);
  });

  it('the API is described by OpenAPI with the routes and their schemas', async () => {
    const spec = (await call('viewer', 'GET', '/api/docs/json')).json() as { openapi: string; paths: Record<string, Record<string, unknown>> };
    assert.match(spec.openapi, /^3\./);
    for (const p of ['/api/login', '/api/documents', '/api/documents/{id}', '/api/search', '/api/actors/{id}', '/api/users', '/api/audit']) assert.ok(spec.paths[p], p);
  });
});

describe('corrections', () => {
  it('rejecting a statement removes it, is stored with who and when, audited, and survives re-analysis', async () => {
    const doc = (await call('viewer', 'GET', `/api/documents/${threatId}`)).json() as { record: { statements: Array<{ start: number; end: number; kind: string }> } };
    const s = doc.record.statements[0]!;
    const res = await call('analyst', 'POST', `/api/documents/${threatId}/corrections`, { op: 'rekind-statement', statement: s, kind: 'warning', note: 'conditional' });
    assert.equal(res.statusCode, 201, res.body);
    const check = async () => {
      const after = (await call('viewer', 'GET', `/api/documents/${threatId}`)).json() as { record: { statements: Array<{ kind: string }> }; corrections: Array<{ author: string; createdAt: number }>; why: Array<{ key: string; corrections: unknown[] }> };
      assert.deepEqual(after.record.statements.map((x) => x.kind), ['warning']);
      assert.equal(after.corrections[0]?.author, 'analyst');
      assert.ok(after.corrections[0]!.createdAt > 0);
      assert.ok(after.why.some((w) => w.key.endsWith(':warning') && w.corrections.length === 1));
    };
    await check();
    const summary = await reanalyzeAll(wb.store, wb.analyze, () => {});
    assert.equal(summary.failed, 0);
    await check();
    const audit = (await call('admin', 'GET', '/api/audit')).json() as Array<{ action: string; actor: string; subject: string }>;
    assert.ok(audit.some((a) => a.action === 'correction:rekind-statement' && a.actor === 'analyst' && a.subject === `document:${threatId}`));
  });

  it('a correction shows in exports', async () => {
    const md = (await call('viewer', 'GET', '/api/actors/akram-al-kaabi/report')).body;
    const stix = (await call('viewer', 'GET', '/api/export/stix')).body;
    assert.ok(md.length > 0 && stix.length > 0);
    const profile = (await call('viewer', 'GET', '/api/actors/akram-al-kaabi')).json() as { statements: Array<{ kind: string; docId: string }> };
    assert.equal(profile.statements.find((s) => s.docId === threatId)?.kind, 'warning');
  });

  it('fixing a speaker, merging and splitting entities', async () => {
    const doc = (await call('viewer', 'GET', `/api/documents/${threatId}`)).json() as { record: { quotes: Array<{ start: number; end: number }>; entities: Array<{ id: string; mentions: Array<{ start: number; end: number; text: string }> }> } };
    const q = doc.record.quotes[0]!;
    assert.equal((await call('analyst', 'POST', `/api/documents/${threatId}/corrections`, { op: 'fix-speaker', quote: { start: q.start, end: q.end }, speaker: null })).statusCode, 201);
    assert.equal((await call('analyst', 'POST', `/api/documents/${threatId}/corrections`, { op: 'fix-speaker', quote: { start: q.start, end: q.end }, speaker: 'akram-al-kaabi' })).statusCode, 201);

    const kaabi = doc.record.entities.find((e) => e.id === 'akram-al-kaabi')!;
    const short = kaabi.mentions.filter((m) => m.text === 'al-Kaabi').map(({ start, end }) => ({ start, end }));
    const split = await call('analyst', 'POST', `/api/documents/${threatId}/corrections`, { op: 'split-entity', entity: 'akram-al-kaabi', mentions: short, name: 'Another Kaabi', type: 'person' });
    assert.equal(split.statusCode, 201, split.body);
    let now = (await call('viewer', 'GET', `/api/documents/${threatId}`)).json() as typeof doc;
    assert.deepEqual(now.record.entities.find((e) => e.id === 'analyst:another-kaabi')?.mentions.map((m) => m.text), ['al-Kaabi']);

    const merge = await call('analyst', 'POST', `/api/documents/${threatId}/corrections`, { op: 'merge-entities', from: 'analyst:another-kaabi', into: 'akram-al-kaabi' });
    assert.equal(merge.statusCode, 201, merge.body);
    now = (await call('viewer', 'GET', `/api/documents/${threatId}`)).json() as typeof doc;
    assert.equal(now.record.entities.some((e) => e.id === 'analyst:another-kaabi'), false);
    assert.equal(now.record.entities.find((e) => e.id === 'akram-al-kaabi')?.mentions.length, 2);
  });

  it('a correction that matches nothing is a 422, and a malformed one a 400', async () => {
    const none = await call('analyst', 'POST', `/api/documents/${quietId}/corrections`, { op: 'fix-speaker', quote: { start: 1, end: 2 }, speaker: null });
    assert.equal(none.statusCode, 422);
    const bad = await call('analyst', 'POST', `/api/documents/${quietId}/corrections`, { op: 'delete-everything' });
    assert.equal(bad.statusCode, 400);
  });

  it('an added alias shows on the actor page with its author and in the registry export; twice is a conflict', async () => {
    assert.equal((await call('analyst', 'POST', '/api/actors/akram-al-kaabi/aliases', { alias: 'Sheikh Akram' })).statusCode, 201);
    assert.equal((await call('analyst', 'POST', '/api/actors/akram-al-kaabi/aliases', { alias: 'Sheikh Akram' })).statusCode, 409);
    const p = (await call('viewer', 'GET', '/api/actors/akram-al-kaabi')).json() as { spellings: Array<{ name: string; source: string; author: string | null }> };
    assert.deepEqual(p.spellings.find((s) => s.name === 'Sheikh Akram'), { name: 'Sheikh Akram', source: 'analyst', author: 'analyst' });
    assert.match((await call('viewer', 'GET', '/api/aliases.yaml')).body, /akram-al-kaabi:\n\s+- Sheikh Akram/);
  });
});
