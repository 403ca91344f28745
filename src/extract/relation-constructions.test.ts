/**
 * The relation constructions of fixtures/relation-constructions.json, each on
 * a sentence written for the test: what it states is read, and what it does
 * not state is not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeInput } from '../pipeline/analyze.js';
import { loadKnowledge } from '../pipeline/knowledge.js';

interface Case { construction: string; text: string; language?: 'ar'; expect: string[]; reject: string[] }

const knowledge = loadKnowledge();
const cases = (JSON.parse(readFileSync(new URL('./fixtures/relation-constructions.json', import.meta.url), 'utf8')) as { cases: Case[] }).cases;

function facts(c: Case): string[] {
  const head = c.language === 'ar' ? 'تقرير اختباري\n\n5 آذار 2024' : 'Test report\n\nMarch 5, 2024';
  const text = `${head}\n\n${c.text}\n`;
  const doc = analyzeInput({ name: 't.txt', bytes: new TextEncoder().encode(text), contentType: 'text/plain', origin: 'test' }, knowledge);
  return doc.relations.map((r) => `${r.subject} ${r.predicate} ${r.object}`);
}

test('the fixture covers twenty constructions or more', () => {
  assert.ok(cases.length >= 20);
});

for (const c of cases) {
  test(c.construction, () => {
    const got = facts(c);
    for (const f of c.expect) assert.ok(got.includes(f), `missing ${f}; got: ${got.join('; ')}`);
    for (const f of c.reject) assert.ok(!got.includes(f), `unexpected ${f}; got: ${got.join('; ')}`);
  });
}
