import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StoreError } from '../core/errors.js';
import { applyCorrections, validateCorrection } from './corrections.js';
import type { Annotations } from './rows.js';
import type { Correction } from './store.js';

const p = { rule: 'rule:x', confidence: 0.6 };
const base = (): Annotations => ({
  entities: [{ id: 'a', type: 'armed_group', name: 'A', inRegistry: true }, { id: 'b', type: 'person', name: 'B', inRegistry: false }],
  mentions: [{ start: 0, end: 1, text: 'A', entityId: 'a', provenance: p }, { start: 5, end: 6, text: 'B', entityId: 'b', provenance: p }],
  quotes: [],
  statements: [{ start: 10, end: 20, kind: 'claim', actor: 'a', target: null, date: null, text: 't', means: null, condition: null, deadline: null, quote: null, sentence: 0, provenance: p }],
  events: [],
  relations: [],
  warnings: [],
});
let nextId = 1;
const c = (x: Omit<Correction, 'id' | 'createdAt' | 'note' | 'docId' | 'author'>): Correction =>
  ({ id: nextId++, createdAt: 0, note: null, docId: 'd', author: 'analyst', ...x });

test('set overwrites fields and marks the provenance as the correction', () => {
  const fix = c({ target: 'statement', action: 'set', selector: { start: 10, end: 20 }, fields: { kind: 'threat', target: 'b' } });
  const { annotations, stale } = applyCorrections(base(), [fix]);
  assert.deepEqual(stale, []);
  assert.equal(annotations.statements[0]?.kind, 'threat');
  assert.equal(annotations.statements[0]?.target, 'b');
  assert.deepEqual(annotations.statements[0]?.provenance, { rule: `correction:${fix.id}`, confidence: 1 });
});

test('removing an entity removes its mentions too', () => {
  const { annotations } = applyCorrections(base(), [c({ target: 'entity', action: 'remove', selector: { entityId: 'b' }, fields: {} })]);
  assert.deepEqual(annotations.entities.map((e) => e.id), ['a']);
  assert.deepEqual(annotations.mentions.map((m) => m.entityId), ['a']);
});

test('add appends; corrections apply in order; a selector that finds nothing is stale', () => {
  const add = c({ target: 'mention', action: 'add', selector: {}, fields: { start: 30, end: 31, text: 'A', entityId: 'a' } });
  const miss = c({ target: 'statement', action: 'remove', selector: { start: 99, end: 100 }, fields: {} });
  const removeAdded = c({ target: 'mention', action: 'remove', selector: { start: 30, end: 31 }, fields: {} });
  const { annotations, stale } = applyCorrections(base(), [add, miss, removeAdded]);
  assert.equal(annotations.mentions.length, 2);
  assert.deepEqual(stale.map((s) => s.id), [miss.id]);
});

test('the input annotations are not modified', () => {
  const a = base();
  applyCorrections(a, [c({ target: 'statement', action: 'set', selector: { start: 10 }, fields: { kind: 'denial' } })]);
  assert.equal(a.statements[0]?.kind, 'claim');
});

test('validation refuses what cannot be applied', () => {
  const ok = { docId: 'd', author: 'x', selector: { start: 1 } } as const;
  const bad: Array<[string, Parameters<typeof validateCorrection>[0]]> = [
    ['unknown field in set', { ...ok, target: 'statement', action: 'set', fields: { colour: 'red' } }],
    ['bad date', { ...ok, target: 'statement', action: 'set', fields: { date: 'last week' } }],
    ['incomplete add', { ...ok, target: 'entity', action: 'add', fields: { id: 'x' } }],
    ['empty selector', { ...ok, selector: {}, target: 'quote', action: 'remove', fields: {} }],
    ['bad action', { ...ok, target: 'quote', action: 'merge' as 'set', fields: {} }],
  ];
  for (const [name, correction] of bad) assert.throws(() => validateCorrection(correction), StoreError, name);
  assert.doesNotThrow(() => validateCorrection({ ...ok, target: 'statement', action: 'set', fields: { kind: 'vow', deadline: '2025-01' } }));
});
