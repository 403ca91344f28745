/**
 * A statement that answers a reported deed without naming whom it aims at
 * takes its target from the deed: the one who struck the speaker's side for
 * a vow, threat or condemnation; whom the speaker's deed hit for a claim.
 * Own sentences, run through the whole pipeline.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../core/types.js';
import { analyzeInput } from '../pipeline/analyze.js';
import { loadKnowledge } from '../pipeline/knowledge.js';

const knowledge = loadKnowledge();
function analyze(body: string): Doc {
  const text = `Test report\n\nMarch 5, 2024\n\n${body}\n`;
  return analyzeInput({ name: 't.txt', bytes: new TextEncoder().encode(text), contentType: 'text/plain', origin: 'test' }, knowledge);
}

test('a vow of revenge aims at whoever struck the speaker', () => {
  const doc = analyze('US forces struck a Kataib Hezbollah base near Qaim on Monday, killing three fighters. Kataib Hezbollah vowed to take revenge for what it called a crime.');
  assert.equal(doc.statements.find((s) => s.kind === 'vow')?.target, 'us-forces');
});

test('a condemnation of a strike on the speaker\'s country aims at the striker', () => {
  const doc = analyze('Israel struck Hezbollah positions in southern Lebanon overnight. Lebanese Prime Minister Najib Mikati condemned the raids as a grave breach of sovereignty.');
  assert.equal(doc.statements.find((s) => s.kind === 'accusation' && s.actor === 'najib-mikati')?.target, 'israel');
});

test('a deed done by a third party against someone else is not what the speaker answers', () => {
  const doc = analyze('The Houthis fired a missile at Israel on Sunday. Kataib Hezbollah vowed to continue.');
  assert.equal(doc.statements.find((s) => s.kind === 'vow')?.target ?? null, null);
});

test('a target the wording names is kept', () => {
  const doc = analyze('US forces struck a Kataib Hezbollah base near Qaim on Monday. Kataib Hezbollah threatened Israel the next day.');
  assert.equal(doc.statements.find((s) => s.kind === 'threat')?.target, 'israel');
});

test('a declaration reporting another side\'s deed accuses the doer; reporting its own side\'s deed claims it', () => {
  const doc = analyze('The SDF said Turkish drones and jets had hit bakeries and power stations across northeast Syria.');
  const st = doc.statements.find((s) => s.actor === 'syrian-democratic-forces');
  assert.equal(st?.kind, 'accusation');
  assert.equal(st?.target, 'turkey');
  const own = analyze('US Central Command said the strike was carried out on Thursday and killed Hamza al-Masri, a senior ISIS commander.');
  assert.ok(own.statements.some((s) => s.kind === 'claim' && s.actor === 'centcom'), own.statements.map((s) => `${s.kind} ${s.actor} -> ${s.target}`).join('; '));
});

test('a claim of "the attack" aims at whom the attack reported before hit', () => {
  const doc = analyze('A drone struck Israel near Eilat on Sunday. The Houthis claimed the attack on Monday.');
  const claim = doc.statements.find((s) => s.kind === 'claim');
  assert.equal(claim?.actor, 'ansar-allah');
  assert.equal(claim?.target, 'israel');
});

test('words that answer no deed take no target from one ("vowed to continue")', () => {
  const doc = analyze('Israel struck a Hamas compound in Gaza on Friday. The Houthis vowed to continue their campaign in the Red Sea.');
  assert.equal(doc.statements.find((s) => s.kind === 'vow')?.target ?? null, null);
});

test('a vow coordinated with a charge aims where the charge does ("blamed Israel and vowed revenge")', () => {
  const doc = analyze('Qassam Brigades fighters attacked an Israeli post near Gaza on Sunday. Iran blamed Israel for the explosion in Kerman and vowed revenge.');
  assert.equal(doc.statements.find((s) => s.kind === 'vow' && s.actor === 'iran')?.target, 'israel', doc.statements.map((s) => `${s.kind} ${s.actor} -> ${s.target}`).join('; '));
});
