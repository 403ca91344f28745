/**
 * Alert counts for the workbench, run unchanged against SQLite and
 * PostgreSQL: totals and unread, the filtered count, per rule, per actor
 * (an alert counted under its actor and its target).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testBackends, type TestStore } from './test-backends.js';
import type { NewAlert } from './store.js';

function alert(id: string, over: Partial<NewAlert>): NewAlert {
  return { id, rule: 'threats', title: id, date: '2024-05-06', actor: null, target: null, citations: [], raisedAt: 1_000, ...over };
}

for (const backend of await testBackends()) {
  describe(`alert summary (${backend.name})`, { skip: backend.skip ?? false }, () => {
    let t: TestStore;
    before(async () => { t = await backend.open(); });
    after(async () => { await t?.dispose(); });

    test('an empty inbox counts zero everywhere', async () => {
      assert.deepEqual(await t.store.alertSummary(), { total: 0, unread: 0, matching: { total: 0, unread: 0 }, rules: [], actors: [] });
    });

    test('totals, unread, per rule and per actor; the filter narrows only the matching count', async () => {
      await t.store.saveAlert(alert('x1', { rule: 'threats', actor: 'north-front', target: 'river-port', raisedAt: 1 }));
      await t.store.saveAlert(alert('x2', { rule: 'threats', actor: 'north-front', target: null, raisedAt: 2 }));
      await t.store.saveAlert(alert('x3', { rule: 'escalation', actor: 'south-league', target: 'south-league', raisedAt: 3 }));
      await t.store.saveAlert(alert('x4', { rule: 'events', actor: null, target: 'river-port', raisedAt: 4 }));
      await t.store.markRead(['x2', 'x4']);

      const all = await t.store.alertSummary();
      assert.equal(all.total, 4);
      assert.equal(all.unread, 2);
      assert.deepEqual(all.matching, { total: 4, unread: 2 });
      assert.deepEqual(all.rules, [
        { rule: 'escalation', total: 1, unread: 1 }, { rule: 'events', total: 1, unread: 0 }, { rule: 'threats', total: 2, unread: 1 },
      ]);
      assert.deepEqual(all.actors, [
        { id: 'north-front', total: 2, unread: 1 }, { id: 'river-port', total: 2, unread: 1 }, { id: 'south-league', total: 1, unread: 1 },
      ]);

      const filtered = await t.store.alertSummary({ actor: 'river-port', unread: true });
      assert.deepEqual(filtered.matching, { total: 1, unread: 1 });
      assert.equal(filtered.total, 4, 'the overall counts ignore the filter');
      assert.deepEqual((await t.store.alertSummary({ rule: 'threats', unread: false })).matching, { total: 1, unread: 0 });
      assert.deepEqual((await t.store.alertSummary({ since: 3 })).matching, { total: 2, unread: 1 });
    });
  });
}
