import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Accounts } from './accounts.js';
import { DocumentPages, pageStamp, type DocumentPagePart } from './document-pages.js';
import { entity, fixtureDocs, read } from './test-fixtures.js';
import { testWorkbench, type TestWorkbench } from './test-server.js';

const part = (stamp: string, bytes: number): DocumentPagePart => ({ stamp, head: Buffer.alloc(bytes, 0x20), registryNames: {}, otherIds: [] });

describe('DocumentPages', () => {
  it('answers a part only for the stamp it was built for', () => {
    const pages = new DocumentPages(10_000);
    pages.set('a', part(pageStamp(5, [1, 2]), 100));
    assert.equal(pages.get('a', pageStamp(5, [1, 2]))?.head.length, 100);
    // A correction added (or a re-analysis) gives another stamp: the old part is dropped, not answered.
    assert.equal(pages.get('a', pageStamp(5, [1, 2, 3])), undefined);
    assert.equal(pages.get('a', pageStamp(5, [1, 2])), undefined);
    assert.equal(pages.size, 0);
  });

  it('holds at most its bytes, dropping the least recently used first', () => {
    const pages = new DocumentPages(1000);
    pages.set('a', part('s', 400));
    pages.set('b', part('s', 400));
    assert.ok(pages.get('a', 's')); // a is now more recent than b
    pages.set('c', part('s', 400));
    assert.ok(pages.size <= 1000);
    assert.equal(pages.get('b', 's'), undefined);
    assert.ok(pages.get('a', 's'));
    assert.ok(pages.get('c', 's'));
    pages.set('huge', part('s', 5000));
    assert.equal(pages.get('huge', 's'), undefined, 'a part larger than the whole budget is not kept');
    assert.ok(pages.get('a', 's'), 'and does not push the others out');
  });
});

describe('document pages follow changes made behind the server', () => {
  let wb: TestWorkbench;
  let token: string;
  const [threat] = fixtureDocs();
  const page = async (id: string) => {
    const res = await wb.app.inject({ url: `/api/documents/${id}`, headers: { authorization: `Bearer ${token}` } });
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as {
      id: string; record: { statements: Array<{ kind: string }> }; names: Record<string, string>;
      cluster: Array<{ docId: string }>; corrections: Array<{ id: number; author: string }>; why: Array<{ key: string; corrections: unknown[] }>;
    };
  };

  before(async () => {
    wb = await testWorkbench();
    const accounts = new Accounts(wb.store.accounts);
    const viewer = (await accounts.list()).find((u) => u.role === 'viewer')!;
    token = (await accounts.createToken(viewer.id, 'pages')).token;
  });
  after(async () => { await wb.close(); });

  // The store is written directly, as another process (a worker, `vigil reanalyze`) would: the server is not told.
  it('a re-analysis that changes the document shows on the next request', async () => {
    const first = await page(threat!.id);
    assert.deepEqual(first.record.statements.map((s) => s.kind), ['threat']);
    assert.deepEqual(await page(threat!.id), first, 'the same page twice while nothing changed');
    const changed = fixtureDocs()[0]!;
    changed.statements = changed.statements.map((s) => ({ ...s, kind: 'warning' as const }));
    await new Promise((r) => setTimeout(r, 2)); // a later analysis time than the stored one
    await wb.store.replaceAnalysis(threat!.id, changed);
    assert.deepEqual((await page(threat!.id)).record.statements.map((s) => s.kind), ['warning']);
  });

  it('a correction stored by another process shows, with its explanation', async () => {
    const before = await page(threat!.id);
    const s = changedStatement(before);
    await wb.store.addCorrection({
      docId: threat!.id, target: 'statement', action: 'set', selector: { start: s.start, end: s.end, kind: s.kind }, fields: { kind: 'vow' }, author: 'elsewhere',
    });
    const now = await page(threat!.id);
    assert.deepEqual(now.record.statements.map((x) => x.kind), ['vow']);
    assert.deepEqual(now.corrections.map((c) => c.author), ['elsewhere']);
    assert.ok(now.why.some((w) => w.key.endsWith(':vow') && w.corrections.length === 1));
  });

  it('a near-duplicate ingested later joins the page\'s cluster, and its names are read live', async () => {
    assert.deepEqual((await page(threat!.id)).cluster.map((m) => m.docId), [threat!.id]);
    const copy = read('threat-copy.txt', `${threat!.text}\nThe statement was repeated later.`, { title: 'A copy', published: '2024-02-10', source: 'Elsewhere', language: 'en' });
    entity(copy, 'a-name-no-registry-knows', 'person', 'Someone Unlisted', false, ['Akram al-Kaabi']);
    await wb.store.putDocuments([copy]);
    const now = await page(threat!.id);
    assert.deepEqual(now.cluster.map((m) => m.docId), [threat!.id, copy.id]);
    assert.equal(now.names['akram-al-kaabi'], 'Akram al-Kaabi');
    assert.equal((await page(copy.id)).names['a-name-no-registry-knows'], 'Someone Unlisted');
  });
});

function changedStatement(p: { record: { statements: Array<{ kind: string }> } }): { start: number; end: number; kind: string } {
  const s = p.record.statements[0] as { start: number; end: number; kind: string } | undefined;
  if (!s) throw new Error('the page has no statement');
  return s;
}
