/**
 * The alerts and story routes over a real store holding the server fixtures,
 * the three-outlet story and the alerts the rules raised over them: what
 * each returns, filters and paging, read state that persists, and who may
 * call what.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import type { Role } from './accounts.js';
import type { AlertView } from './alert-view.js';
import type { StoryView } from './story-view.js';
import { arabicOutlet, raiseFixtureAlerts, storyDocs, storySources } from './intel-fixtures.js';
import { fixtureDocs } from './test-fixtures.js';
import { passwords, testWorkbench, type TestWorkbench } from './test-server.js';

let wb: TestWorkbench;
const [wireId, channelId, arabicId] = storyDocs().map((d) => d.id) as [string, string, string];
const [threatId, quietId] = fixtureDocs().map((d) => d.id) as [string, string];
const sessions = new Map<Role, { cookie: string; csrf: string }>();

async function call(role: Role | null, method: 'GET' | 'POST', url: string, payload?: unknown, csrf = true): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = {};
  if (role) {
    let s = sessions.get(role);
    if (!s) {
      const res = await wb.app.inject({ method: 'POST', url: '/api/login', payload: { name: role, password: passwords[role] } });
      const c = res.cookies.find((x) => x.name === 'vigil_session')!;
      s = { cookie: `vigil_session=${c.value}`, csrf: (res.json() as { csrf: string }).csrf };
      sessions.set(role, s);
    }
    headers['cookie'] = s.cookie;
    if (method !== 'GET' && csrf) headers['x-csrf-token'] = s.csrf;
  }
  return wb.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });
}

interface AlertPage { items: AlertView[]; next: string | null; total: number; unread: number; matching: { total: number; unread: number }; facets: { rules: Array<{ rule: string; total: number }>; actors: Array<{ id: string; name: string; total: number }> } }
const page = async (q = '', role: Role = 'viewer') => {
  const res = await call(role, 'GET', `/api/alerts${q}`);
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as AlertPage;
};

before(async () => {
  wb = await testWorkbench({ sources: storySources(), loginRateLimit: { max: 50, timeWindow: 60_000 } });
  await wb.store.putDocuments(storyDocs());
  assert.equal(await raiseFixtureAlerts(wb.store), 5);
});
after(async () => { await wb.close(); });

describe('alerts routes', () => {
  it('lists alerts newest first with rule, actor and target names, kind or escalation step, and cited sentences', async () => {
    const p = await page();
    assert.equal(p.total, 5);
    assert.equal(p.unread, 5);
    const [escalation, strike] = p.items;
    assert.equal(escalation?.rule, 'escalation-high');
    assert.deepEqual(escalation?.escalation, { from: 'elevated', to: 'high', period: '2024-03' });
    assert.equal(escalation?.actor?.name, 'Harakat Hezbollah al-Nujaba');
    assert.ok((escalation?.citations.length ?? 0) >= 1, 'an escalation alert cites the facts of its period');
    assert.deepEqual([strike?.rule, strike?.trigger, strike?.kind, strike?.target?.id], ['strikes', 'event', 'strike', 'camp-sentinel']);
    assert.deepEqual(new Set(strike?.citations.map((c) => c.docId)), new Set([wireId, channelId, arabicId]));
    const arabic = strike?.citations.find((c) => c.docId === arabicId);
    assert.match(arabic?.sentence ?? '', /قاعدة سنتينل/);
    assert.ok(p.items.every((a, i) => i === 0 || a.raisedAt <= p.items[i - 1]!.raisedAt), 'newest first');
    const threatToUs = p.items.find((a) => a.rule === 'threats' && a.target?.id === 'united-states');
    assert.equal(threatToUs?.kind, 'threat');
    assert.equal(threatToUs?.citations.length, 2, 'one threat, reported in English and in Arabic');
    assert.deepEqual(p.facets.rules.map((r) => [r.rule, r.total]), [['escalation-high', 1], ['strikes', 1], ['threats', 3]]);
    assert.equal(p.facets.actors.find((a) => a.id === 'akram-al-kaabi')?.name, 'Akram al-Kaabi');
  });

  it('filters by rule, by actor (as actor or target) and by read state', async () => {
    assert.deepEqual((await page('?rule=threats')).items.map((a) => a.rule), ['threats', 'threats', 'threats']);
    const akram = await page('?actor=akram-al-kaabi');
    assert.equal(akram.matching.total, 3);
    assert.ok(akram.items.every((a) => a.actor?.id === 'akram-al-kaabi' || a.target?.id === 'akram-al-kaabi'));
    assert.equal((await page('?actor=camp-sentinel')).items.length, 1);
    assert.equal((await page('?unread=false')).items.length, 0);
  });

  it('pages with a cursor through every alert once', async () => {
    const seen: string[] = [];
    let q = '?limit=2';
    for (let n = 0; n < 5; n++) {
      const p = await page(q);
      seen.push(...p.items.map((a) => a.id));
      if (!p.next) break;
      q = `?limit=2&before=${encodeURIComponent(p.next)}`;
    }
    assert.equal(seen.length, 5);
    assert.equal(new Set(seen).size, 5);
    assert.equal((await call('viewer', 'GET', '/api/alerts?before=not-a-cursor')).statusCode, 400);
  });

  it('an analyst marks alerts read and unread; the state persists and is audited', async () => {
    const [first] = (await page()).items;
    const res = await call('analyst', 'POST', '/api/alerts/read', { ids: [first!.id], read: true });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json(), { changed: 1, total: 5, unread: 4 });
    assert.deepEqual((await call('viewer', 'GET', '/api/alerts/unread')).json(), { total: 5, unread: 4 });
    const read = await page('?unread=false');
    assert.deepEqual(read.items.map((a) => [a.id, a.read]), [[first!.id, true]]);
    assert.equal(typeof read.items[0]?.readAt, 'number');
    assert.equal((await page('?unread=true')).matching.total, 4);
    assert.equal((await call('analyst', 'POST', '/api/alerts/read', { ids: [first!.id], read: true })).json<{ changed: number }>().changed, 0);
    assert.equal((await call('analyst', 'POST', '/api/alerts/read', { ids: [first!.id], read: false })).json<{ changed: number }>().changed, 1);
    const audit = (await call('admin', 'GET', '/api/audit')).json() as Array<{ action: string; actor: string }>;
    assert.ok(audit.some((a) => a.action === 'alerts-read' && a.actor === 'analyst'));
    assert.ok(audit.some((a) => a.action === 'alerts-unread' && a.actor === 'analyst'));
  });

  it('who may: viewers read, analysts change read state with the CSRF token; nobody anonymous', async () => {
    for (const url of ['/api/alerts', '/api/alerts/unread']) {
      assert.equal((await call(null, 'GET', url)).statusCode, 401);
      for (const role of ['viewer', 'analyst', 'admin'] as const) assert.equal((await call(role, 'GET', url)).statusCode, 200, `${role} ${url}`);
    }
    const body = { ids: ['x1'], read: true };
    assert.equal((await call(null, 'POST', '/api/alerts/read', body)).statusCode, 401);
    assert.equal((await call('viewer', 'POST', '/api/alerts/read', body)).statusCode, 403);
    assert.equal((await call('analyst', 'POST', '/api/alerts/read', body, false)).statusCode, 403, 'no CSRF token');
    assert.equal((await call('admin', 'POST', '/api/alerts/read', body)).statusCode, 200);
    assert.equal((await call('analyst', 'POST', '/api/alerts/read', { ids: [], read: true })).statusCode, 400);
    assert.equal((await call('analyst', 'POST', '/api/alerts/read', { ids: ['<script>'], read: true })).statusCode, 400);
  });
});

describe('story route', () => {
  it('lays the outlets of one story side by side: grades, countries, framing words marked in their sentences', async () => {
    const res = await call('viewer', 'GET', `/api/stories?doc=${wireId}`);
    assert.equal(res.statusCode, 200, res.body);
    const s = res.json() as StoryView;
    assert.equal(s.basis, 'document');
    assert.deepEqual(s.outlets.map((o) => [o.name, o.reliability, o.country, o.alignment]), [
      ['Example Wire', 'B', 'INT', 'international'], ['Front Line Channel', 'E', 'IQ', 'axis_of_resistance'], [arabicOutlet, 'D', 'IQ', 'axis_of_resistance'],
    ]);
    const docIds = s.outlets.flatMap((o) => o.documents.map((d) => d.id));
    assert.deepEqual(docIds, [wireId, channelId, arabicId], 'the story, and not the unrelated documents');
    assert.ok(!docIds.includes(threatId) && !docIds.includes(quietId));
    const [wire, channel, arabic] = s.outlets;
    assert.deepEqual(wire?.onlyHere, ['Iran-backed', 'militia', 'terrorist', 'proxy']);
    assert.deepEqual(channel?.onlyHere, ['mujahideen']);
    assert.deepEqual(arabic?.counts, { resistance: 1, occupation: 1, aggression: 1 });
    assert.deepEqual(channel?.documents[0]?.titleMarks.map((m) => m.term), ['resistance', 'occupation'], 'the headline\'s framing words are marked too');
    for (const o of s.outlets) {
      for (const d of o.documents) {
        const text = storyDocs().find((x) => x.id === d.id)!.text;
        for (const f of d.framing) for (const m of f.marks) assert.ok(f.start <= m.start && m.end <= f.end && text.slice(m.start, m.end).length > 0);
      }
    }
    const marked = arabic?.documents[0]?.framing.flatMap((f) => f.marks.map((m) => arabicDocText().slice(m.start, m.end)));
    assert.ok(marked?.includes('العدوان') && marked.includes('الاحتلال'));
    assert.deepEqual(channel?.documents[0]?.quotes.map((q) => [q.speaker, q.text]), [['akram-al-kaabi', 'Our heroes will not rest until the last occupier leaves']]);
    assert.equal(s.terms.find((t) => t.term === 'resistance')?.outlets, 2);
  });

  it('shows what differs: names each outlet gave the same actor, and the death tolls that contradict', async () => {
    const s = (await call('viewer', 'GET', `/api/stories?doc=${channelId}`)).json() as StoryView;
    assert.equal(s.outlets[0]?.name, 'Front Line Channel', 'the chosen document\'s outlet comes first');
    const nujaba = s.namings.find((n) => n.entity === 'harakat-hezbollah-al-nujaba');
    assert.deepEqual(nujaba?.byOutlet, { 'Example Wire': ['Harakat al-Nujaba'], 'Front Line Channel': ['Nujaba movement'], [arabicOutlet]: ['حركة النجباء'] });
    const toll = s.contradictions.find((c) => c.attribute === 'death toll');
    assert.equal(toll?.subject, 'strike on Camp Sentinel on 2024-03-12');
    assert.deepEqual(toll?.sides.map((x) => [x.value, x.outlets]), [['2', ['Example Wire']], ['5', ['Front Line Channel']]]);
    assert.match(toll?.sides[0]?.citations[0]?.sentence ?? '', /killing two guards/);
  });

  it('a cluster: the near-duplicates of one document; unknown ids are 404, and one of doc or cluster is required', async () => {
    const c = (await call('viewer', 'GET', `/api/stories?cluster=${quietId}`)).json() as StoryView;
    assert.equal(c.basis, 'cluster');
    assert.deepEqual(c.outlets.map((o) => [o.name, o.registered, o.reliability, o.onlyHere]), [['Capital Daily', false, 'F', []]]);
    assert.equal((await call('viewer', 'GET', `/api/stories?doc=${'0'.repeat(64)}`)).statusCode, 404);
    assert.equal((await call('viewer', 'GET', '/api/stories')).statusCode, 400);
    assert.equal((await call('viewer', 'GET', `/api/stories?doc=${wireId}&cluster=${wireId}`)).statusCode, 400);
    assert.equal((await call('viewer', 'GET', '/api/stories?doc=<script>')).statusCode, 400);
    assert.equal((await call(null, 'GET', `/api/stories?doc=${wireId}`)).statusCode, 401);
  });
});

function arabicDocText(): string {
  return storyDocs()[2]!.text;
}
