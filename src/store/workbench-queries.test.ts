/**
 * The workbench reads and the account tables, run unchanged against SQLite
 * and PostgreSQL (PostgreSQL skipped with a message when none answers).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { newDoc, type Doc, type StatementKind } from '../core/types.js';
import { testBackends, type TestStore } from './test-backends.js';

const p = { rule: 'test:laid', confidence: 0.7 };

interface Spec {
  name: string;
  text: string;
  published: string | null;
  source: string;
  language?: string;
  /** [entity id, type, spelling] laid at the spelling's first place. */
  entities?: Array<[string, string, string]>;
  statements?: Array<[StatementKind, string | null, string | null, string]>;
  events?: Array<[string | null, string | null, string | null, string]>;
  quotes?: Array<[string, string]>;
  relations?: Array<[string, string, string, string]>;
}

function doc(s: Spec): Doc {
  const d = newDoc({ name: s.name, bytes: new TextEncoder().encode(s.text), contentType: 'text/plain', origin: `/t/${s.name}` });
  d.text = s.text;
  d.id = createHash('sha256').update(s.text).digest('hex');
  d.meta = { ...d.meta, title: s.name, published: s.published, source: s.source, language: s.language ?? 'en' };
  d.sentences = [{ start: 0, end: s.text.length, index: 0, paragraph: 0 }];
  const at = (w: string) => { const i = s.text.indexOf(w); assert.ok(i >= 0, `${w} in ${s.name}`); return { start: i, end: i + w.length }; };
  for (const [id, type, spelling] of s.entities ?? []) {
    d.entities.push({ id, type: type as Doc['entities'][number]['type'], name: spelling, inRegistry: false });
    d.mentions.push({ ...at(spelling), text: spelling, entityId: id, provenance: p });
  }
  for (const [kind, actor, target, words] of s.statements ?? []) {
    d.statements.push({ ...at(words), kind, actor, target, date: null, text: words, means: null, condition: null, deadline: null, quote: null, sentence: 0, provenance: { rule: `pattern:${kind}`, confidence: 0.8 } });
  }
  for (const [actor, target, place, words] of s.events ?? []) {
    d.events.push({ ...at(words), kind: 'attack', actor, target, date: null, place, cameo: '190', goldstein: -10, text: words, sentence: 0, provenance: p });
  }
  for (const [speaker, words] of s.quotes ?? []) d.quotes.push({ ...at(words), text: words, speaker, cue: null, sentence: 0, provenance: p });
  for (const [subject, predicate, object, words] of s.relations ?? []) {
    d.relations.push({ subject, predicate: predicate as Doc['relations'][number]['predicate'], object, text: words, span: at(words), origin: 'document', provenance: p });
  }
  return d;
}

const docs = [
  doc({
    name: 'a', published: '2024-03-02', source: 'River Post',
    text: 'The Hill Front warned it would shell the port of Dawa. "We are ready," said its spokesman. The Hill Front is allied with the Lake Union.',
    entities: [['hill-front', 'armed_group', 'Hill Front'], ['dawa', 'location', 'Dawa'], ['lake-union', 'armed_group', 'Lake Union']],
    statements: [['threat', 'hill-front', 'dawa', 'it would shell the port of Dawa']],
    quotes: [['hill-front', 'We are ready,']],
    relations: [['hill-front', 'allied_with', 'lake-union', 'The Hill Front is allied with the Lake Union']],
  }),
  doc({
    name: 'b', published: '2024-03-05', source: 'Coast Daily',
    text: 'Shells hit the port of Dawa on Monday. The Lake Union denied any part in the attack on Dawa.',
    entities: [['dawa', 'location', 'Dawa'], ['lake-union', 'armed_group', 'Lake Union']],
    statements: [['denial', 'lake-union', null, 'denied any part in the attack']],
    events: [['hill-front', 'lake-union', 'dawa', 'Shells hit the port']],
  }),
  doc({
    name: 'c', published: '2024-02-20', source: 'River Post', language: 'ar',
    text: 'Talks about water rights resumed in the capital with no armed group named.',
  }),
  doc({
    name: 'd', published: null, source: 'Coast Daily',
    text: 'Hill Fighters, as some call the Hill Front, threatened the Lake Union again in an undated leaflet.',
    entities: [['hill-front', 'armed_group', 'Hill Fighters']],
    statements: [['warning', 'hill-front', 'lake-union', 'threatened the Lake Union again']],
  }),
];
const [a, b, c, d] = docs.map((x) => x.id) as [string, string, string, string];

const backends = await testBackends();

for (const backend of backends) {
  describe(`workbench queries (${backend.name})`, { skip: backend.skip ?? false }, () => {
    let t: TestStore;
    before(async () => { t = await backend.open(); await t.store.putDocuments(docs); });
    after(async () => { await t?.dispose(); });

    test('inbox: documents with a threat or warning first, then newest, with counts and the lead', async () => {
      const page = await t.store.workbench.inbox({ limit: 10, offset: 0 });
      assert.equal(page.total, 4);
      assert.deepEqual(page.items.map((i) => i.id), [a, d, b, c]);
      assert.deepEqual(page.items[0], {
        id: a, title: 'a', published: '2024-03-02', source: 'River Post', language: 'en', threats: 1, statements: 1, quotes: 1, lead: 'it would shell the port of Dawa',
      });
      assert.equal(page.items[2]!.threats, 0);
      assert.equal(page.items[2]!.statements, 1);
    });

    test('inbox: pages and filters are applied in the query', async () => {
      const second = await t.store.workbench.inbox({ limit: 2, offset: 2 });
      assert.equal(second.total, 4);
      assert.deepEqual(second.items.map((i) => i.id), [b, c]);
      assert.deepEqual((await t.store.workbench.inbox({ actor: 'lake-union', limit: 10, offset: 0 })).items.map((i) => i.id), [a, b]);
      assert.deepEqual((await t.store.workbench.inbox({ kind: 'denial', limit: 10, offset: 0 })).items.map((i) => i.id), [b]);
      assert.deepEqual((await t.store.workbench.inbox({ outlet: 'river post', limit: 10, offset: 0 })).items.map((i) => i.id), [a, c]);
      assert.deepEqual((await t.store.workbench.inbox({ language: 'ar', limit: 10, offset: 0 })).items.map((i) => i.id), [c]);
      assert.deepEqual((await t.store.workbench.inbox({ since: '2024-03', limit: 10, offset: 0 })).items.map((i) => i.id), [a, b]);
      assert.deepEqual((await t.store.workbench.inbox({ until: '2024-02', limit: 10, offset: 0 })).items.map((i) => i.id), [c]);
      const none = await t.store.workbench.inbox({ actor: 'nobody', limit: 10, offset: 0 });
      assert.deepEqual(none, { total: 0, items: [] });
    });

    test('outlets and languages', async () => {
      assert.deepEqual(await t.store.workbench.outlets(), ['Coast Daily', 'River Post']);
      assert.deepEqual(await t.store.workbench.languages(), ['ar', 'en']);
    });

    test('entities by documents naming them, filtered by type, name fragment or ids', async () => {
      const top = await t.store.workbench.topEntities({ excludeTypes: ['location'], limit: 10 });
      assert.deepEqual(top.map((e) => [e.id, e.documents]), [['hill-front', 2], ['lake-union', 2]]);
      assert.deepEqual((await t.store.workbench.topEntities({ nameContains: 'FIGHTERS', limit: 10 })).map((e) => e.id), ['hill-front']);
      assert.deepEqual((await t.store.workbench.topEntities({ nameContains: '100%', limit: 10 })).map((e) => e.id), []);
      assert.deepEqual((await t.store.workbench.topEntities({ ids: ['dawa'], limit: 10 })).map((e) => [e.id, e.type]), [['dawa', 'location']]);
      assert.deepEqual(await t.store.workbench.topEntities({ ids: [], limit: 10 }), []);
    });

    test('actor summary and names', async () => {
      const s = await t.store.workbench.actorSummary('hill-front');
      assert.ok(s);
      assert.equal(s.type, 'armed_group');
      assert.equal(s.documents, 2);
      assert.deepEqual([...s.names].sort(), ['Hill Fighters', 'Hill Front']);
      assert.equal(await t.store.workbench.actorSummary('nobody'), null);
      const names = await t.store.workbench.entityNames(['lake-union', 'nobody']);
      assert.deepEqual([...names], [['lake-union', 'Lake Union']]);
    });

    test('a document\'s stamp and cluster; names for lists of each length, asked again with other ids', async () => {
      const stamp = await t.store.workbench.documentStamp(a);
      assert.ok(stamp && stamp.analysedAt > 0 && stamp.ingestedAt > 0);
      assert.deepEqual((await t.store.workbench.clusterById(stamp.clusterId)).map((m) => m.docId), (await t.store.clusterMembers(a)).map((m) => m.docId));
      assert.equal(await t.store.workbench.documentStamp('f'.repeat(64)), null);
      // The same list length with other ids must not answer the first ids' names.
      assert.deepEqual([...await t.store.workbench.entityNames(['hill-front', 'nobody'])].map(([id]) => id), ['hill-front']);
      assert.deepEqual([...await t.store.workbench.entityNames(['nobody', 'lake-union'])], [['lake-union', 'Lake Union']]);
      const many = Array.from({ length: 70 }, (_, i) => `nobody-${i}`).concat('lake-union');
      assert.deepEqual([...await t.store.workbench.entityNames(many)], [['lake-union', 'Lake Union']]);
      // Re-analysis moves the stamp on; the cluster stays.
      const before = stamp.analysedAt;
      await new Promise((r) => setTimeout(r, 2));
      await t.store.replaceAnalysis(a, docs[0]!);
      const after = await t.store.workbench.documentStamp(a);
      assert.ok(after && after.analysedAt > before && after.clusterId === stamp.clusterId);
    });

    test('actor evidence: outlets, relations either way, quotations and statements, newest first and bounded', async () => {
      const e = await t.store.workbench.actorEvidence('hill-front', 10);
      assert.deepEqual(e.outlets, [{ outlet: 'Coast Daily', documents: 1 }, { outlet: 'River Post', documents: 1 }]);
      assert.equal(e.relations.length, 1);
      assert.equal(e.relations[0]!.object, 'lake-union');
      const textA = docs[0]!.text;
      assert.equal(textA.slice(e.relations[0]!.start!, e.relations[0]!.end!), e.relations[0]!.text);
      assert.deepEqual(e.quotes.map((q) => q.text), ['We are ready,']);
      assert.deepEqual(e.statements.map((s) => [s.docId, s.kind]), [[a, 'threat'], [d, 'warning']]);
      assert.equal((await t.store.workbench.actorEvidence('lake-union', 10)).relations.length, 1, 'as object too');
      assert.equal((await t.store.workbench.actorEvidence('hill-front', 1)).statements.length, 1);
    });

    test('actor acts: statements and events made or suffered, with their document cluster and date', async () => {
      const acts = await t.store.workbench.actorActs('lake-union');
      assert.deepEqual(acts.map((x) => [x.type, x.docId, x.kind]).sort(), [['event', b, 'attack'], ['statement', b, 'denial'], ['statement', d, 'warning']].sort());
      const ev = acts.find((x) => x.type === 'event')!;
      assert.equal(ev.goldstein, -10);
      assert.equal(ev.place, 'dawa');
      assert.equal(ev.published, '2024-03-05');
    });

    test('relations among a set of entities, and place activity', async () => {
      assert.deepEqual(await t.store.workbench.relationsAmong(['hill-front', 'lake-union']), [{ subject: 'hill-front', predicate: 'allied_with', object: 'lake-union', origin: 'document', count: 1 }]);
      assert.deepEqual(await t.store.workbench.relationsAmong(['hill-front']), []);
      const map = await t.store.workbench.placeActivity(['dawa'], 10);
      assert.equal(map.documents.get('dawa'), 2);
      assert.deepEqual(map.events.map((e) => [e.docId, e.place]), [[b, 'dawa']]);
      assert.equal(map.unplaced, 0);
      assert.equal((await t.store.workbench.placeActivity([], 10)).unplaced, 1);
    });

    test('the stored document carries each annotation with its stored rule and confidence', async () => {
      const s = await t.store.workbench.storedDoc(a);
      assert.ok(s);
      assert.equal(s.clusterId, a);
      assert.ok(s.ingestedAt > 0);
      assert.deepEqual(s.doc.statements.map((x) => x.provenance), [{ rule: 'pattern:threat', confidence: 0.8 }]);
      assert.deepEqual(s.doc.mentions.map((m) => m.provenance.rule), ['test:laid', 'test:laid', 'test:laid']);
      assert.equal(s.doc.text, docs[0]!.text);
      assert.equal(await t.store.workbench.storedDoc('0'.repeat(64)), null);
    });

    test('accounts: users, sessions, tokens, audit and proposed aliases', async () => {
      const acc = t.store.accounts;
      assert.equal(await acc.countUsers(), 0);
      const ann = await acc.insertUser({ name: 'ann', role: 'analyst', passwordHash: 'h1', createdAt: 1000 });
      assert.ok(ann);
      assert.equal(await acc.insertUser({ name: 'ann', role: 'viewer', passwordHash: 'h2', createdAt: 1001 }), null, 'names are unique');
      assert.deepEqual(await acc.findUser('ann'), { id: ann.id, name: 'ann', role: 'analyst', passwordHash: 'h1', createdAt: 1000, disabled: false });
      assert.equal(await acc.updateUser(ann.id, { role: 'admin', disabled: true, passwordHash: 'h3' }), true);
      assert.deepEqual(await acc.getUser(ann.id), { id: ann.id, name: 'ann', role: 'admin', passwordHash: 'h3', createdAt: 1000, disabled: true });
      assert.equal(await acc.updateUser(ann.id + 99, { role: 'viewer' }), false);

      await acc.insertSession({ tokenHash: 's1', userId: ann.id, csrf: 'c1', expiresAt: 5000 });
      await acc.insertSession({ tokenHash: 's2', userId: ann.id, csrf: 'c2', expiresAt: 9000 });
      assert.equal((await acc.findSession('s1'))?.csrf, 'c1');
      await acc.deleteSessionsExpiredBy(6000);
      assert.equal(await acc.findSession('s1'), null);
      assert.equal((await acc.findSession('s2'))?.user.name, 'ann');
      await acc.deleteSessionsOf(ann.id);
      assert.equal(await acc.findSession('s2'), null);

      const tok = await acc.insertToken({ tokenHash: 't1', userId: ann.id, label: 'cron', createdAt: 2000 });
      assert.equal((await acc.tokenUser('t1'))?.id, ann.id);
      assert.deepEqual(await acc.listTokens(ann.id), [{ id: tok, label: 'cron', createdAt: 2000 }]);
      assert.equal(await acc.deleteToken(ann.id + 1, tok), false, 'only the owner revokes');
      assert.equal(await acc.deleteToken(ann.id, tok), true);
      assert.equal(await acc.tokenUser('t1'), null);

      for (let i = 0; i < 3; i++) await acc.appendAudit({ at: 100 + i, actor: 'ann', action: `a${i}`, subject: 's', detail: '{}' });
      const log = await acc.listAudit(2, null);
      assert.deepEqual(log.map((e) => e.action), ['a2', 'a1']);
      assert.deepEqual((await acc.listAudit(10, log[1]!.id)).map((e) => e.action), ['a0']);

      const alias = await acc.insertProposedAlias({ actorId: 'hill-front', alias: 'the Hillmen', author: 'ann', createdAt: 3000 });
      assert.ok(alias);
      assert.equal(await acc.insertProposedAlias({ actorId: 'hill-front', alias: 'the Hillmen', author: 'bob', createdAt: 3001 }), null);
      await acc.insertProposedAlias({ actorId: 'dawa', alias: 'Dawa port', author: 'ann', createdAt: 3002 });
      assert.deepEqual((await acc.proposedAliases('hill-front')).map((x) => x.alias), ['the Hillmen']);
      assert.deepEqual((await acc.proposedAliases(null)).map((x) => x.actorId), ['dawa', 'hill-front']);
    });
  });
}
