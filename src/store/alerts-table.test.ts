/**
 * The alert inbox in the store, run unchanged against SQLite and PostgreSQL:
 * dedupe on id, filters, newest-first paging, read state.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Citation } from '../analyze/citation.js';
import { testBackends, type TestStore } from './test-backends.js';
import type { NewAlert } from './store.js';

const citation: Citation = {
  docId: 'doc-1', outlet: 'example-wire', outletName: 'Example Wire', published: '2024-05-06', title: 'A warning',
  url: null, sentence: 'The brigade warned it would strike the depot.', start: 0, end: 46,
};

function alert(id: string, over: Partial<NewAlert> = {}): NewAlert {
  return { id, rule: 'threats', title: `alert ${id}`, date: '2024-05-06', actor: 'northern-brigade', target: 'depot', citations: [citation], raisedAt: 1_000, ...over };
}

for (const backend of await testBackends()) {
  describe(`alerts inbox (${backend.name})`, { skip: backend.skip ?? false }, () => {
    let t: TestStore;
    before(async () => { t = await backend.open(); });
    after(async () => { await t?.dispose(); });

    test('saving an alert twice keeps one row and reports the second as a duplicate', async () => {
      assert.equal(await t.store.saveAlert(alert('a1')), true);
      assert.equal(await t.store.saveAlert(alert('a1', { title: 'changed' })), false);
      const all = await t.store.listAlerts({ rule: 'threats' });
      assert.equal(all.filter((a) => a.id === 'a1').length, 1);
      assert.equal(all.find((a) => a.id === 'a1')?.title, 'alert a1');
      assert.equal(await t.store.hasAlert('a1'), true);
      assert.equal(await t.store.hasAlert('nope'), false);
    });

    test('citations and fields come back as saved', async () => {
      const [a] = await t.store.listAlerts({ rule: 'threats' });
      assert.deepEqual(a?.citations, [citation]);
      assert.equal(a?.read, false);
      assert.equal(a?.readAt, null);
      assert.equal(a?.raisedAt, 1_000);
    });

    test('filters: rule, actor (as actor or target), read state, since; newest first', async () => {
      await t.store.saveAlert(alert('b1', { rule: 'escalation', actor: 'southern-front', target: null, raisedAt: 2_000 }));
      await t.store.saveAlert(alert('b2', { rule: 'escalation', actor: 'eastern-militia', target: 'southern-front', raisedAt: 3_000 }));
      await t.store.saveAlert(alert('b3', { rule: 'events', actor: 'eastern-militia', target: null, raisedAt: 4_000 }));
      assert.deepEqual((await t.store.listAlerts({ rule: 'escalation' })).map((a) => a.id), ['b2', 'b1']);
      assert.deepEqual((await t.store.listAlerts({ actor: 'southern-front' })).map((a) => a.id), ['b2', 'b1']);
      assert.deepEqual((await t.store.listAlerts({ since: 3_000 })).map((a) => a.id), ['b3', 'b2']);
      assert.deepEqual((await t.store.listAlerts({})).map((a) => a.id), ['b3', 'b2', 'b1', 'a1']);
    });

    test('keyset paging walks every alert once', async () => {
      const seen: string[] = [];
      let before: { raisedAt: number; id: string } | null = null;
      for (;;) {
        const page = await t.store.listAlerts({ limit: 3, before });
        if (page.length === 0) break;
        seen.push(...page.map((a) => a.id));
        const last = page[page.length - 1]!;
        before = { raisedAt: last.raisedAt, id: last.id };
      }
      assert.deepEqual(seen, ['b3', 'b2', 'b1', 'a1']);
    });

    test('markRead changes only alerts in the other state, and can be undone', async () => {
      assert.equal(await t.store.markRead(['b1', 'b2', 'missing']), 2);
      assert.equal(await t.store.markRead(['b1']), 0, 'already read');
      assert.deepEqual((await t.store.listAlerts({ unread: true })).map((a) => a.id), ['b3', 'a1']);
      const read = await t.store.listAlerts({ unread: false });
      assert.deepEqual(read.map((a) => a.id), ['b2', 'b1']);
      assert.ok(read.every((a) => a.read && typeof a.readAt === 'number'));
      assert.equal(await t.store.markRead(['b1'], false), 1);
      assert.deepEqual((await t.store.listAlerts({ unread: false })).map((a) => a.id), ['b2']);
      assert.equal(await t.store.markRead([]), 0);
    });
  });
}
