import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bareByline, bareBylines } from './bare-byline.js';
import { loadPageLexicon } from './lexicon.js';
import { loadSourceRegistry } from './sources.js';

const lex = loadPageLexicon();
const registry = loadSourceRegistry();

test('a header line is an unmarked byline when it is a person\'s name, maybe with a place or role', () => {
  const table: Array<[string, string | null, string]> = [
    ['Dina Farouk', 'Dina Farouk', ''],
    ['Karim J. Nassar, Amman', 'Karim J. Nassar', 'Amman'],
    ['Hana el-Tayeb | Regional Desk', 'Hana el-Tayeb', 'Regional Desk'],
    ['SAMIR HADDAD', null, ''],
    ['Press Release', null, ''],
    ['Middle East', null, ''],
    ['Red Sea', null, ''],
    ['Reuters', null, ''],
    ['Al Jazeera English', null, ''],
    ['Release No. 2024-07', null, ''],
    ['Gunmen attack the checkpoint', null, ''],
    ['Hill Country Courier', null, ''],
    ['Kurdish Daily News', null, ''],
    ['Dina Farouk & Karim Nassar', 'Dina Farouk', ''],
    ['Hamas and Israel Agree', null, ''],
  ];
  for (const [unit, name, rest] of table) {
    const b = bareByline(unit, lex, registry);
    assert.equal(b?.authors[0] ?? null, name, unit);
    if (b && rest) assert.ok(b.rest.includes(rest), `${unit} → ${b.rest}`);
  }
});

test('an unmarked byline must sit beside the date and leave a longer headline', () => {
  const headline = 'Fighters Withdraw From the Border Town After Talks';
  assert.deepEqual(bareBylines(['The Courier', 'May 2, 2024', 'Dina Farouk', headline], lex, registry).map((b) => b.index), [2]);
  // Not next to the date: a title-case line anywhere in the header is not an author.
  assert.deepEqual(bareBylines(['The Courier', 'Dina Farouk', 'Opinion and analysis', 'May 2, 2024', headline], lex, registry), []);
  // The only line beside the date that could be the headline stays the headline.
  assert.deepEqual(bareBylines(['May 2, 2024', 'Fighters Withdraw'], lex, registry), []);
});

test("below the masthead, a desk named after an outlet is a byline kept as printed", () => {
  const headline = 'Fighters Withdraw From the Border Town After Talks';
  const found = bareBylines(['Hill Country Courier', '12-05-2024', 'Courier Digital', headline], lex, registry);
  assert.deepEqual(found.map((b) => [b.index, b.printed]), [[2, 'Courier Digital']]);
  assert.deepEqual(bareBylines(['Rudaw Staff', 'May 2, 2024', headline], lex, registry), [], 'the first line is the masthead');
  assert.equal(bareByline('Staff Correspondent', lex, registry, true), null);
  assert.equal(bareByline('By Staff Correspondent', lex, registry, true), null);
});

test('an unmarked byline naming two reporters is kept as printed', () => {
  assert.equal(bareByline('Dina Farouk and Karim Nassar, Amman', lex, registry)?.printed, 'Dina Farouk and Karim Nassar');
});
