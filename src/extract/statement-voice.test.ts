/**
 * A group's own communiqué: what it says as "we" is its declaration, once the
 * text names the group as "we"; a report that only quotes a group is not one.
 * Own sentences, run through the whole pipeline.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../core/types.js';
import { analyzeInput } from '../pipeline/analyze.js';
import { loadKnowledge } from '../pipeline/knowledge.js';

const knowledge = loadKnowledge();
function analyze(head: string, body: string): Doc {
  const text = `${head}\n\nMarch 5, 2024\n\n${body}\n`;
  return analyzeInput({ name: 't.txt', bytes: new TextEncoder().encode(text), contentType: 'text/plain', origin: 'test' }, knowledge);
}

test('"we in X" makes the communiqué\'s unattributed declarations X\'s, dated the day it is issued', () => {
  const doc = analyze('Statement', 'We in Kataib Hezbollah hold the American occupation fully responsible for this crime. We call on the Iraqi government to expel the occupiers.');
  const demand = doc.statements.find((s) => s.kind === 'demand');
  assert.equal(demand?.actor, 'kataib-hezbollah');
  assert.equal(demand?.target, 'iraqi-government');
  assert.equal(demand?.date, '2024-03-05');
  assert.equal(doc.statements.find((s) => s.kind === 'accusation')?.actor, 'kataib-hezbollah');
});

test('a report naming no group as "we" gives unattributed words to no one', () => {
  const doc = analyze('Report', 'Kataib Hezbollah fired at a base on Monday. We will not stop, the banners read.');
  assert.ok(doc.statements.every((s) => s.actor !== 'kataib-hezbollah' || s.kind !== 'vow'));
});

test('Arabic: "إننا في X" makes the communiqué\'s first-person declarations X\'s', () => {
  const doc = analyze('بيان', 'إننا في كتائب حزب الله نحمّل الاحتلال الأمريكي المسؤولية الكاملة عن هذا العدوان.\n\nونطالب الحكومة العراقية بإخراج القوات الأجنبية من البلاد.\n\nونجدد العهد لشهدائنا الأبرار.');
  const kinds = new Map(doc.statements.map((s) => [s.kind, s.actor]));
  assert.equal(kinds.get('accusation'), 'kataib-hezbollah');
  assert.equal(kinds.get('demand'), 'kataib-hezbollah');
  assert.equal(kinds.get('vow'), 'kataib-hezbollah');
});

test('Arabic: a communiqué\'s accusation is dated by its issue, and the martyr it names is not its target', () => {
  const doc = analyze('بيان', 'إننا في كتائب حزب الله نحمّل العدو مسؤولية اغتيال الشهيد أبو باقر الساعدي يوم الأحد.');
  const s = doc.statements.find((x) => x.kind === 'accusation');
  assert.equal(s?.actor, 'kataib-hezbollah');
  assert.equal(s?.date, '2024-03-05');
  assert.notEqual(s?.target, 'abu-baqir-al-saadi');
});

test('Arabic: a group whose name holds "الشهداء" does not make the object of its warning a victim', () => {
  const doc = analyze('بيان', 'وحذّرت كتائب سيد الشهداء الولايات المتحدة من أن أي اعتداء جديد سيقابل برد قاس.');
  assert.equal(doc.statements.find((s) => s.kind === 'warning')?.target, 'united-states');
});
