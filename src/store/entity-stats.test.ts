/**
 * The per-entity counters (entity_stats), and each entity row's document
 * seq, stay equal to what the rows say, through every write that touches them: single and batched
 * puts (the SQLite fast path and the Kysely path), a document stored twice,
 * corrections that add, remove or merge entities, and re-analysis. Run
 * against SQLite and PostgreSQL.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { newDoc, type Doc, type Entity } from '../core/types.js';
import { EntityStatsChange } from './entity-stats.js';
import { entityStatsMigration } from './migration-entity-stats.js';
import { entitySeqMigration } from './migration-entity-seq.js';
import { appendIndexesMigration } from './migration-append-indexes.js';
import { SqliteBackend } from './sqlite.js';
import { SqlStore } from './sql-store.js';
import { testBackends, type TestStore } from './test-backends.js';

function doc(name: string, text: string, entities: Array<[string, Entity['type'], string]>): Doc {
  const d = newDoc({ name, bytes: new TextEncoder().encode(text), contentType: 'text/plain', origin: `/t/${name}` });
  d.text = text;
  d.id = createHash('sha256').update(text).digest('hex');
  d.sentences = [{ start: 0, end: text.length, index: 0, paragraph: 0 }];
  for (const [id, type, spelling] of entities) {
    d.entities.push({ id, type, name: spelling, inRegistry: false });
    const at = text.indexOf(spelling);
    assert.ok(at >= 0, `${spelling} in ${name}`);
    d.mentions.push({ start: at, end: at + spelling.length, text: spelling, entityId: id, provenance: { rule: 'test', confidence: 1 } });
  }
  // A statement too, so that the statements' document seqs are checked along with the entities'.
  d.statements.push({
    start: 0, end: text.length, kind: 'claim', actor: entities[0]?.[0] ?? null, target: null, date: null, text, means: null, condition: null,
    deadline: null, quote: null, sentence: 0, provenance: { rule: 'test', confidence: 1 },
  });
  return d;
}

test('a change counts each entity once per document and keeps the least type and name', () => {
  const c = new EntityStatsChange();
  c.document([{ id: 'b', type: 'person', name: 'Zed' }, { id: 'a', type: 'armed_group', name: 'Ox' }, { id: 'a', type: 'armed_group', name: 'Ant' }], 1);
  c.document([{ id: 'a', type: 'armed_group', name: 'Bee' }], 1);
  c.document([{ id: 'c', type: 'location', name: 'Gone' }], -1);
  assert.deepEqual(c.split(), {
    upserts: [{ id: 'a', delta: 2, type: 'armed_group', name: 'Ant' }, { id: 'b', delta: 1, type: 'person', name: 'Zed' }],
    decrements: [{ id: 'c', delta: -1 }],
  });
  assert.equal(new EntityStatsChange().empty, true);
});

const backends = await testBackends();

for (const backend of backends) {
  describe(`entity counters (${backend.name})`, { skip: backend.skip ?? false }, () => {
    let t: TestStore;
    before(async () => { t = await backend.open(); });
    after(async () => { await t?.dispose(); });

    /** The counters as kept, and as recomputed from the entities rows: they must agree. */
    async function check(): Promise<Array<[string, number]>> {
      const db = t.store.backend.db;
      const kept = await db.selectFrom('entity_stats').select(['entity_id', 'documents']).orderBy('entity_id').execute();
      const { rows } = await sql<{ entity_id: string; documents: number }>`
        SELECT entity_id, count(DISTINCT doc_id) AS documents FROM entities GROUP BY entity_id ORDER BY entity_id`.execute(db);
      const pairs = (xs: ReadonlyArray<{ entity_id: string; documents: number | string }>) => xs.map((r): [string, number] => [r.entity_id, Number(r.documents)]);
      assert.deepEqual(pairs(kept), pairs(rows));
      const { rows: seqs } = await sql<{ wrong: number }>`
        SELECT (SELECT count(*) FROM entities e JOIN documents d ON d.id = e.doc_id WHERE e.doc_seq IS NULL OR e.doc_seq <> d.seq)
          + (SELECT count(*) FROM statements s JOIN documents d ON d.id = s.doc_id WHERE s.doc_seq IS NULL OR s.doc_seq <> d.seq) AS wrong`.execute(db);
      assert.equal(Number(seqs[0]?.wrong), 0, "every entity and statement row carries its document's seq");
      return pairs(kept);
    }

    const one = doc('one', 'The Hill Front shelled Dawa while the Hill Front spokesman watched.', [['hill-front', 'armed_group', 'Hill Front'], ['dawa', 'location', 'Dawa'], ['hill-front', 'armed_group', 'Hill Front spokesman']]);
    const two = doc('two', 'Hill Fighters and the Lake Union met near Dawa.', [['hill-front', 'armed_group', 'Hill Fighters'], ['lake-union', 'armed_group', 'Lake Union'], ['dawa', 'location', 'Dawa']]);
    const three = doc('three', 'The Lake Union denied it.', [['lake-union', 'armed_group', 'Lake Union']]);

    test('puts, one by one and batched, count documents once each; storing again changes nothing', async () => {
      await t.store.putDocument(one);
      await t.store.putDocuments([two, three, one]);
      await t.store.putDocument(two);
      assert.deepEqual(await check(), [['dawa', 2], ['hill-front', 2], ['lake-union', 2]]);
      const top = await t.store.workbench.topEntities({ limit: 10 });
      assert.deepEqual(top.map((e) => [e.id, e.name, e.documents]), [['dawa', 'Dawa', 2], ['hill-front', 'Hill Fighters', 2], ['lake-union', 'Lake Union', 2]]);
      assert.deepEqual([...(await t.store.workbench.entityNames(['hill-front', 'nobody']))], [['hill-front', 'Hill Fighters']]);
      assert.equal((await t.store.workbench.actorSummary('dawa'))?.documents, 2);
    });

    test('corrections that add, remove and merge entities move the counters', async () => {
      await t.store.addCorrection({ docId: three.id, target: 'entity', action: 'add', selector: {}, fields: { id: 'dawa', type: 'location', name: 'Dawa', inRegistry: false }, author: 'ann' });
      await t.store.addCorrection({ docId: two.id, target: 'entity', action: 'remove', selector: { entityId: 'lake-union' }, author: 'ann', fields: {} });
      assert.deepEqual(await check(), [['dawa', 3], ['hill-front', 2], ['lake-union', 1]]);
      await t.store.addCorrection({ docId: three.id, target: 'entity', action: 'remove', selector: { entityId: 'lake-union' }, author: 'ann', fields: {} });
      assert.deepEqual(await check(), [['dawa', 3], ['hill-front', 2]], 'a counter that reaches zero is gone');
      assert.equal(await t.store.workbench.actorSummary('lake-union'), null);
    });

    test('re-analysis replaces the counts of the document it rewrites', async () => {
      const again = doc('one', one.text, [['dawa', 'location', 'Dawa'], ['new-front', 'armed_group', 'Hill Front']]);
      await t.store.replaceAnalysis(one.id, again);
      assert.deepEqual(await check(), [['dawa', 3], ['hill-front', 1], ['new-front', 1]]);
    });
  });
}

test('migrations 0006, 0008 and 0009 fill the counters and the document seqs of entities and statements from the rows already stored', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-stats-'));
  try {
    const backend = await SqliteBackend.open(join(dir, 'old.sqlite'));
    try {
      await new SqlStore(backend).putDocuments([
        doc('a', 'Hill Front and Dawa.', [['hill-front', 'armed_group', 'Hill Front'], ['dawa', 'location', 'Dawa']]),
        doc('b', 'Hill Fighters again.', [['hill-front', 'armed_group', 'Hill Fighters']]),
      ]);
      const db = backend.db as unknown as Kysely<unknown>;
      // As a store from before 0006 would be: no counters, no document seqs on entities, the indexes of then.
      await sql`DROP TABLE entity_stats`.execute(db);
      await sql`DROP INDEX entities_entity_name`.execute(db);
      await sql`CREATE INDEX entities_entity_type ON entities (entity_id, type, doc_id)`.execute(db);
      await sql`DROP INDEX entities_entity_seq`.execute(db);
      await sql`ALTER TABLE entities DROP COLUMN doc_seq`.execute(db);
      await sql`CREATE INDEX entities_doc ON entities (doc_id, entity_id)`.execute(db);
      await sql`DROP INDEX statements_kind_seq`.execute(db);
      await sql`ALTER TABLE statements DROP COLUMN doc_seq`.execute(db);
      await sql`CREATE INDEX statements_kind ON statements (kind, doc_id)`.execute(db);
      await sql`DROP INDEX quotes_by_speaker`.execute(db);
      await sql`CREATE INDEX quotes_speaker ON quotes (speaker, doc_id)`.execute(db);
      await entityStatsMigration('sqlite').up(db);
      await entitySeqMigration('sqlite').up(db);
      await appendIndexesMigration('sqlite').up(db);

      const rows = await backend.db.selectFrom('entity_stats').selectAll().orderBy('entity_id').execute();
      assert.deepEqual(rows.map((r) => [r.entity_id, r.type, r.name, Number(r.documents)]), [
        ['dawa', 'location', 'Dawa', 1], ['hill-front', 'armed_group', 'Hill Fighters', 2],
      ]);
      const { rows: seqs } = await sql<{ wrong: number }>`
        SELECT (SELECT count(*) FROM entities e JOIN documents d ON d.id = e.doc_id WHERE e.doc_seq IS NOT d.seq)
          + (SELECT count(*) FROM statements s JOIN documents d ON d.id = s.doc_id WHERE s.doc_seq IS NOT d.seq) AS wrong`.execute(db);
      assert.equal(Number(seqs[0]?.wrong), 0);
    } finally {
      await backend.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
