/**
 * The store suite, run unchanged against SQLite and PostgreSQL.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { StoreError } from '../core/errors.js';
import { toRecord } from '../core/record.js';
import { newDoc, type Doc } from '../core/types.js';
import { testBackends, type TestStore } from './test-backends.js';
import { highlightClose, highlightOpen } from './store.js';

interface DocSpec {
  name: string;
  text: string;
  title?: string;
  published?: string;
  source?: string;
  sourceId?: string;
  language?: string;
}

function makeDoc(spec: DocSpec): Doc {
  const doc = newDoc({ name: spec.name, bytes: new TextEncoder().encode(spec.text), contentType: 'text/plain', origin: `/fixtures/${spec.name}` });
  doc.text = spec.text;
  doc.decoded = spec.text;
  doc.id = createHash('sha256').update(spec.text).digest('hex');
  doc.meta = {
    ...doc.meta, title: spec.title ?? null, published: spec.published ?? null, source: spec.source ?? null,
    sourceId: spec.sourceId ?? null, language: spec.language ?? 'en',
  };
  doc.sentences = [{ start: 0, end: spec.text.length, index: 0, paragraph: 0 }];
  return doc;
}

/** A document with one of each annotation, on a text written for these tests. */
function annotatedDoc(): Doc {
  const text = 'The commander of the Northern Brigade said "we will strike the depot if the convoy returns" on Monday.';
  const doc = makeDoc({ name: 'brigade.txt', text, title: 'Brigade commander warns', published: '2024-05-06', source: 'Example Wire', sourceId: 'example-wire' });
  const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const p = { rule: 'test:fixture', confidence: 0.9 };
  doc.entities = [
    { id: 'northern-brigade', type: 'armed_group', name: 'Northern Brigade', inRegistry: true },
    { id: 'depot', type: 'facility', name: 'the depot', inRegistry: false },
  ];
  doc.mentions = [
    { ...span('Northern Brigade'), text: 'Northern Brigade', entityId: 'northern-brigade', provenance: p },
    { ...span('the depot'), text: 'the depot', entityId: 'depot', provenance: p },
  ];
  const quote = span('we will strike the depot if the convoy returns');
  doc.quotes = [{ ...quote, text: text.slice(quote.start, quote.end), speaker: 'northern-brigade', cue: span('said'), sentence: 0, provenance: p }];
  doc.statements = [{
    ...quote, kind: 'threat', actor: 'northern-brigade', target: 'depot', date: '2024-05-06', text: text.slice(quote.start, quote.end),
    means: 'strike', condition: 'if the convoy returns', deadline: null, quote: 0, sentence: 0, provenance: p,
  }];
  doc.events = [{
    ...span('strike the depot'), kind: 'strike', actor: 'northern-brigade', target: 'depot', date: null, place: null, cameo: '195',
    goldstein: -10, text: 'strike the depot', sentence: 0, provenance: p,
  }];
  doc.relations = [{
    subject: 'northern-brigade', predicate: 'located_in', object: 'depot', text: 'Northern Brigade', span: span('Northern Brigade'),
    origin: 'document', provenance: p,
  }];
  doc.warnings = [{ stage: 'test', message: 'a fixture warning', span: null }];
  return doc;
}

const arabicText = 'قالت الهيئة إنّ المقاومة الإسلامية ستواصل عملياتها ضد القواعد الأجنبية في المنطقة';
const wireText = 'Officials in the capital confirmed on Tuesday that the talks over the border crossing had stalled after the second round, '
  + 'and that no date had been set for a third meeting between the delegations, according to two people familiar with the matter.';

const backends = await testBackends();

for (const backend of backends) {
  describe(`store (${backend.name})`, { skip: backend.skip ?? false }, () => {
    let t: TestStore;
    before(async () => { t = await backend.open(); });
    after(async () => { await t?.dispose(); });

    test('a stored document reads back with its raw input, origin and every annotation', async () => {
      const doc = annotatedDoc();
      const put = await t.store.putDocument(doc);
      assert.deepEqual(put, { id: doc.id, created: true, clusterId: doc.id });
      const stored = await t.store.getDocument(doc.id);
      assert.ok(stored);
      assert.deepEqual(stored.record, toRecord(doc));
      assert.deepEqual(Buffer.from(stored.input.bytes), Buffer.from(doc.input.bytes));
      assert.equal(stored.input.origin, '/fixtures/brigade.txt');
      assert.equal(stored.meta.sourceId, 'example-wire');
    });

    test('storing the same document again changes nothing', async () => {
      const doc = annotatedDoc();
      const before = await t.store.countDocuments();
      const again = await t.store.putDocument(doc);
      assert.equal(again.created, false);
      assert.equal(await t.store.countDocuments(), before);
      const stored = await t.store.getDocument(doc.id);
      assert.equal(stored?.record.entities[0]?.mentions.length, 1);
      assert.equal(stored?.record.quotes.length, 1);
    });

    test('a document whose annotations cannot be written is not stored at all', async () => {
      const doc = makeDoc({ name: 'broken.txt', text: 'A document with a broken mention row.' });
      // NOT NULL violation on mentions.text, after the documents row was written in the same transaction.
      doc.mentions = [{ start: 0, end: 1, text: null as unknown as string, entityId: 'x', provenance: { rule: 'r', confidence: 1 } }];
      await assert.rejects(t.store.putDocument(doc));
      assert.equal(await t.store.hasDocument(doc.id), false);
      assert.deepEqual(await t.store.search({ text: 'broken mention' }), []);
    });

    test('search ranks, filters and highlights', async () => {
      await t.store.putDocument(makeDoc({ name: 'ar.txt', text: arabicText, title: 'بيان', published: '2024-06-01', source: 'Example Arabic', language: 'ar' }));
      const hits = await t.store.search({ text: 'convoy' });
      assert.equal(hits.length, 1);
      assert.equal(hits[0]?.docId, annotatedDoc().id);
      assert.match(hits[0]?.snippet ?? '', new RegExp(`${highlightOpen}convoy${highlightClose}`));

      const table: Array<[string, Parameters<typeof t.store.search>[0], number]> = [
        ['actor present', { text: 'convoy', actor: 'northern-brigade' }, 1],
        ['actor absent', { text: 'convoy', actor: 'someone-else' }, 0],
        ['statement kind present', { text: 'convoy', kind: 'threat' }, 1],
        ['statement kind absent', { text: 'convoy', kind: 'denial' }, 0],
        ['outlet by registry id', { text: 'convoy', outlet: 'example-wire' }, 1],
        ['outlet by name, any case', { text: 'convoy', outlet: 'EXAMPLE WIRE' }, 1],
        ['other outlet', { text: 'convoy', outlet: 'other' }, 0],
        ['language', { text: 'convoy', language: 'ar' }, 0],
        ['since before', { text: 'convoy', since: '2024-05' }, 1],
        ['since after', { text: 'convoy', since: '2024-05-07' }, 0],
        ['until month covers the day', { text: 'convoy', until: '2024-05' }, 1],
        ['until year before', { text: 'convoy', until: '2023' }, 0],
        ['phrase in order', { text: '"strike the depot"' }, 1],
        ['phrase out of order', { text: '"depot the strike"' }, 0],
        ['every word required', { text: 'convoy submarine' }, 0],
        ['title words match', { text: 'warns' }, 1],
        // Alef with hamza, teh marbuta and shadda as typed differently by the searcher.
        ['Arabic: plain alef for hamza-alef, heh for teh marbuta', { text: 'الاسلاميه' }, 1],
        ['Arabic: with diacritics in the query', { text: 'الإسْلامِيّة' }, 1],
        ['Arabic with language filter', { text: 'المقاومة', language: 'ar' }, 1],
        ['operators are plain words', { text: 'convoy OR NEAR( "' }, 0],
      ];
      for (const [name, query, count] of table) {
        assert.equal((await t.store.search(query)).length, count, name);
      }
    });

    test('quotation search finds the quote with its speaker and span', async () => {
      const hits = await t.store.search({ text: 'convoy returns', in: 'quotes' });
      assert.equal(hits.length, 1);
      assert.equal(hits[0]?.quote?.speaker, 'northern-brigade');
      const text = annotatedDoc().text;
      assert.equal(text.slice(hits[0]?.quote?.span.start, hits[0]?.quote?.span.end).startsWith('we will strike'), true);
      assert.equal((await t.store.search({ text: 'convoy', in: 'quotes', actor: 'nobody' })).length, 0);
      assert.equal((await t.store.search({ text: 'commander', in: 'quotes' })).length, 0, 'words outside the quote do not match');
    });

    test('near-duplicates share a cluster; unrelated documents do not', async () => {
      const first = await t.store.putDocument(makeDoc({ name: 'wire-a.txt', text: wireText, source: 'Outlet A' }));
      const edited = wireText.replace('on Tuesday', 'late on Tuesday').replace('two people', 'two officials');
      const copy = await t.store.putDocument(makeDoc({ name: 'wire-b.txt', text: `${edited} Reporting by the desk.`, source: 'Outlet B' }));
      const other = await t.store.putDocument(makeDoc({ name: 'other.txt', text: 'Heavy rain closed schools across the southern provinces and flooded several roads near the port.' }));
      assert.equal(copy.clusterId, first.id);
      assert.equal(other.clusterId, other.id);
      const members = await t.store.clusterMembers(copy.id);
      assert.deepEqual(members.map((m) => m.source), ['Outlet A', 'Outlet B']);
    });

    test('a document that bridges two clusters merges them: lowest id kept, members re-pointed, merge recorded', async () => {
      const p1 = 'engineers from the water board began repairing the eastern canal after weeks of leaks had left dozens of villages without enough water for their fields and livestock during the hottest part of the summer';
      const p2 = 'the governor promised that pumps bought with emergency funds would arrive before the end of the month and that every household would receive a weekly ration until the work was finished';
      const p3 = 'opposition councillors questioned the cost of the contract and asked why the same company had been hired again after its last project ran two years late and far over its budget';
      const a = await t.store.putDocument(makeDoc({ name: 'bridge-a.txt', text: `${p1} ${p2}`, source: 'Outlet A' }));
      const b = await t.store.putDocument(makeDoc({ name: 'bridge-b.txt', text: `${p2} ${p3}`, source: 'Outlet B' }));
      assert.equal(a.clusterId, a.id);
      assert.equal(b.clusterId, b.id, 'the two halves overlap too little to cluster on their own');
      const c = await t.store.putDocument(makeDoc({ name: 'bridge-c.txt', text: `${p1} ${p2} ${p3}`, source: 'Outlet C' }));
      const lowest = a.id < b.id ? a.id : b.id;
      const highest = a.id < b.id ? b.id : a.id;
      assert.equal(c.clusterId, lowest);
      for (const id of [a.id, b.id, c.id]) {
        assert.deepEqual((await t.store.clusterMembers(id)).map((m) => m.source), ['Outlet A', 'Outlet B', 'Outlet C'], id);
      }
      const merges = await t.store.backend.db.selectFrom('cluster_merges').selectAll().execute();
      assert.deepEqual(merges.map((m) => [m.from_cluster, m.into_cluster, m.doc_id]), [[highest, lowest, c.id]]);
    });

    test('corrections apply at once and survive re-analysis; stale ones are reported', async () => {
      const doc = annotatedDoc();
      const c = await t.store.addCorrection({
        docId: doc.id, target: 'statement', action: 'set', selector: { start: doc.statements[0]!.start, end: doc.statements[0]!.end },
        fields: { kind: 'warning' }, author: 'analyst@example.org', note: 'conditional, reads as a warning',
      });
      await t.store.addCorrection({ docId: doc.id, target: 'entity', action: 'remove', selector: { entityId: 'depot' }, fields: {}, author: 'analyst@example.org' });
      assert.equal((await t.store.getDocument(doc.id))?.record.statements[0]?.kind, 'warning');
      assert.equal((await t.store.search({ text: 'convoy', kind: 'warning' })).length, 1, 'filters see corrected annotations');

      // Re-analysis produces the rule output again (threat, depot entity); the corrections are re-applied.
      const fresh = annotatedDoc();
      const result = await t.store.replaceAnalysis(doc.id, fresh);
      assert.deepEqual(result.staleCorrections, []);
      const stored = await t.store.getDocument(doc.id);
      assert.equal(stored?.record.statements[0]?.kind, 'warning');
      assert.deepEqual(stored?.record.entities.map((e) => e.id), ['northern-brigade']);
      assert.equal((await t.store.listCorrections(doc.id))[0]?.id, c.id);

      // New rules that no longer find the statement: the correction is kept but reported stale.
      const changed = annotatedDoc();
      changed.statements = [];
      const staleRun = await t.store.replaceAnalysis(doc.id, changed);
      assert.deepEqual(staleRun.staleCorrections.map((s) => s.id), [c.id]);
      await t.store.replaceAnalysis(doc.id, annotatedDoc());
    });

    test('bad corrections are refused and change nothing', async () => {
      const doc = annotatedDoc();
      const cases: Array<[string, Parameters<typeof t.store.addCorrection>[0]]> = [
        ['unknown kind', { docId: doc.id, target: 'statement', action: 'set', selector: { start: 0 }, fields: { kind: 'rumour' }, author: 'a' }],
        ['matches nothing', { docId: doc.id, target: 'quote', action: 'remove', selector: { start: 999, end: 1000 }, fields: {}, author: 'a' }],
        ['no author', { docId: doc.id, target: 'quote', action: 'remove', selector: { start: 0 }, fields: {}, author: '' }],
        ['unknown document', { docId: 'nope', target: 'entity', action: 'add', selector: {}, fields: { id: 'x', type: 'state', name: 'X', inRegistry: false }, author: 'a' }],
      ];
      const before = (await t.store.listCorrections(doc.id)).length;
      for (const [name, c] of cases) await assert.rejects(t.store.addCorrection(c), StoreError, name);
      assert.equal((await t.store.listCorrections(doc.id)).length, before);
    });

    test('re-analysis of an unknown document is an error', async () => {
      await assert.rejects(t.store.replaceAnalysis('0'.repeat(64), annotatedDoc()), StoreError);
    });

    test('documents are listed a page at a time', async () => {
      const all: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: string[] = await t.store.listDocumentIds(after, 2);
        if (page.length === 0) break;
        all.push(...page);
        after = page[page.length - 1] ?? null;
      }
      assert.equal(all.length, await t.store.countDocuments());
      assert.deepEqual(all, [...all].sort());
    });

    describe('queue', () => {
      test('a live dedupe key makes a second enqueue a no-op; a finished job frees it', async () => {
        const first = await t.store.enqueue('poll', { feed: 'a' }, { dedupeKey: 'poll:a' });
        assert.notEqual(first, null);
        assert.equal(await t.store.enqueue('poll', { feed: 'a' }, { dedupeKey: 'poll:a' }), null);
        const job = await t.store.claim('w1', ['poll'], 60);
        assert.equal(job?.id, first);
        assert.deepEqual(job?.payload, { feed: 'a' });
        assert.equal(await t.store.enqueue('poll', { feed: 'a' }, { dedupeKey: 'poll:a' }), null, 'still running');
        await t.store.complete(first!);
        assert.notEqual(await t.store.enqueue('poll', { feed: 'a' }, { dedupeKey: 'poll:a' }), null);
        const again = await t.store.claim('w1', ['poll'], 60);
        await t.store.complete(again!.id);
      });

      test('claims take due jobs of the asked kinds, oldest first, never future ones', async () => {
        const later = await t.store.enqueue('fetch', { n: 0 }, { runAfter: Date.now() + 3_600_000 });
        const a = await t.store.enqueue('fetch', { n: 1 }, { runAfter: Date.now() - 2000 });
        const b = await t.store.enqueue('fetch', { n: 2 }, { runAfter: Date.now() - 1000 });
        assert.equal(await t.store.claim('w1', ['alert'], 60), null);
        assert.equal((await t.store.claim('w1', ['fetch', 'alert'], 60))?.id, a);
        assert.equal((await t.store.claim('w2', ['fetch'], 60))?.id, b);
        assert.equal(await t.store.claim('w3', ['fetch'], 60), null);
        assert.equal((await t.store.getJob(later!))?.state, 'queued');
        await t.store.complete(a!);
        await t.store.complete(b!);
      });

      test('concurrent claims never hand one job to two workers', async () => {
        const ids = new Set<number | null>();
        for (let i = 0; i < 6; i++) ids.add(await t.store.enqueue('analyze', { i }));
        const claims = await Promise.all(Array.from({ length: 12 }, (_, i) => t.store.claim(`w${i}`, ['analyze'], 60)));
        const got = claims.filter((j) => j !== null).map((j) => j!.id);
        assert.equal(got.length, 6);
        assert.equal(new Set(got).size, 6);
        for (const id of got) await t.store.complete(id);
      });

      test('a job whose lease ran out is taken again, attempts counted; its old worker can no longer extend it', async () => {
        const id = await t.store.enqueue('slow', {});
        const first = await t.store.claim('dead-worker', ['slow'], 0.05);
        assert.equal(first?.attempts, 1);
        assert.equal(await t.store.claim('w2', ['slow'], 60), null, 'lease still held');
        await new Promise((r) => setTimeout(r, 150));
        const second = await t.store.claim('w2', ['slow'], 60);
        assert.equal(second?.id, id);
        assert.equal(second?.attempts, 2);
        assert.equal(await t.store.extendLease(id!, 'dead-worker', 60), false);
        assert.equal(await t.store.extendLease(id!, 'w2', 60), true);
        await t.store.complete(id!);
        assert.equal((await t.store.getJob(id!))?.state, 'done');
      });

      test('failure with a retry time re-queues; without one the job is failed for good', async () => {
        const id = await t.store.enqueue('flaky', { url: 'x' }, { dedupeKey: 'flaky:x' });
        await t.store.claim('w1', ['flaky'], 60);
        await t.store.fail(id!, 'timeout', Date.now() - 1);
        const retry = await t.store.claim('w1', ['flaky'], 60);
        assert.equal(retry?.id, id);
        assert.equal(retry?.lastError, 'timeout');
        await t.store.fail(id!, 'gone', null);
        const job = await t.store.getJob(id!);
        assert.equal(job?.state, 'failed');
        assert.equal(job?.attempts, 2);
        assert.equal(await t.store.claim('w1', ['flaky'], 60), null);
        await assert.rejects(t.store.complete(987654), StoreError);
        const counts = await t.store.queueCounts();
        assert.equal(counts.failed, 1);
      });
    });

    describe('translations', () => {
      const original = 'قال المتحدث إن القافلة وصلت إلى المعبر صباح الأحد';
      const base = { provider: 'gist', kind: 'gist' as const, from: 'ar', to: 'en', title: 'spokesman', text: 'said the-spokesman that' };

      test('are stored beside the document, replaced by a newer one from the same provider, and leave the original untouched', async () => {
        const doc = makeDoc({ name: 'tr.txt', text: original, title: 'المعبر', language: 'ar' });
        await t.store.putDocument(doc);
        assert.deepEqual(await t.store.translations(doc.id), []);

        const first = await t.store.putTranslation(doc.id, { ...base, created: '2024-06-01T10:00:00.000Z' });
        assert.equal(first.docId, doc.id);
        await t.store.putTranslation(doc.id, { ...base, provider: 'libretranslate', kind: 'translation', title: null, text: 'The spokesman said', created: '2024-06-01T10:05:00.000Z' });
        await t.store.putTranslation(doc.id, { ...base, text: 'said the-spokesman that the-convoy', created: '2024-06-02T09:00:00.000Z' });

        const stored = await t.store.translations(doc.id);
        assert.deepEqual(stored.map((r) => [r.provider, r.kind, r.from, r.to, r.title, r.text, r.created]), [
          ['gist', 'gist', 'ar', 'en', 'spokesman', 'said the-spokesman that the-convoy', '2024-06-02T09:00:00.000Z'],
          ['libretranslate', 'translation', 'ar', 'en', null, 'The spokesman said', '2024-06-01T10:05:00.000Z'],
        ]);
        const back = await t.store.getDocument(doc.id);
        assert.equal(back?.text, original);
        assert.equal(back?.meta.title, 'المعبر');
      });

      test('of a document not stored are refused, and go when their document is deleted', async () => {
        await assert.rejects(t.store.putTranslation('no-such-document', { ...base, created: '2024-06-01T10:00:00.000Z' }), StoreError);
        const doc = makeDoc({ name: 'tr-gone.txt', text: `${original} مرة أخرى`, language: 'ar' });
        await t.store.putDocument(doc);
        await t.store.putTranslation(doc.id, { ...base, created: '2024-06-01T10:00:00.000Z' });
        await t.store.backend.db.deleteFrom('documents').where('id', '=', doc.id).execute();
        assert.deepEqual(await t.store.translations(doc.id), []);
      });
    });
  });
}
