import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { makeDateFinder } from './dates.js';
import { loadExtractKnowledge } from './lexicons.js';

const words = loadExtractKnowledge().cuesFor('en').dateWords;
if (!words) throw new Error('English date words missing');
const find = makeDateFinder(words);
const first = (text: string, published: string | null): string | null => find(text, 0, text.length, published)[0]?.date ?? null;

// phrase, publication date, expected partial date
const table: Array<[string, string, string | null]> = [
  ['The group spoke on Thursday.', '2024-03-21', '2024-03-21'], // publication day is itself a Thursday
  ['The group spoke on Monday.', '2024-03-21', '2024-03-18'],
  ['He spoke last Thursday.', '2024-03-21', '2024-03-14'],
  ['It happened last March.', '2018-02-23', '2017-03'],
  ['It happened last January.', '2018-02-23', '2018-01'],
  ['It happened earlier this month.', '2024-03-21', '2024-03'],
  ['In late January, he alleged it.', '2018-02-23', '2018-01'],
  ['Earlier in February the leader spoke.', '2024-03-21', '2024-02'],
  ['He said so on December 1.', '2018-02-23', '2017-12-01'],
  ['He said so on January 8.', '2020-02-16', '2020-01-08'],
  ['A rocket hit the base over the weekend.', '2020-02-16', '2020-02'],
  ['In 2018 he threatened them.', '2020-02-16', '2018'],
  ['They were sanctioned in March of last year.', '2020-02-16', '2019-03'],
  ['The cell was broken up in October last year.', '2020-02-16', '2019-10'],
  ['He was sanctioned in December.', '2020-02-16', '2019-12'],
  ['The meeting was held in January 2020.', '2021-05-13', '2020-01'],
  ['She has run the office since February 2020.', '2024-03-05', '2020-02'],
  ['On May 4, 2020 the bureau reported it.', '2021-05-13', '2020-05-04'],
  ['On 23 February 2018 the militia said.', '2019-01-01', '2018-02-23'],
  ['The attack came yesterday.', '2023-11-01', '2023-10-31'],
  ['They met three days ago.', '2023-11-01', '2023-10-29'],
  ['The deal was signed last month.', '2024-01-10', '2023-12'],
  ['The group was founded last year.', '2024-01-10', '2023'],
  ['Officials spoke in recent weeks.', '2021-05-13', '2021-05'],
  ['They may strike at any time.', '2021-05-13', null], // "may" is a verb here
  ['Forces will march on the city.', '2021-05-13', null],
  ['No date at all in this sentence.', '2021-05-13', null],
  ['He spoke on Thursday.', '', null], // relative dates need a publication date
  ['He spoke on 2019-07-04 in Baghdad.', '', '2019-07-04'],
];

for (const [phrase, published, expected] of table) {
  test(`"${phrase}" published ${published || 'unknown'} -> ${expected}`, () => {
    assert.equal(first(phrase, published || null), expected);
  });
}

test('anaphoric words are found but left for the caller to resolve', () => {
  const hits = find('Rasool said then that the forces had left.', 0, 42, '2024-03-21');
  assert.equal(hits[0]?.kind, 'anaphoric');
  assert.equal(hits[0]?.date, null);
});

test('offsets are inside the searched range and dates are well formed, whatever the text', () => {
  fc.assert(fc.property(fc.string({ maxLength: 200 }), fc.nat(100), (text, cut) => {
    const from = Math.min(cut, text.length);
    for (const h of find(text, from, text.length, '2022-06-15')) {
      assert.ok(h.start >= from && h.end <= text.length && h.start < h.end);
      if (h.date !== null) assert.match(h.date, /^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
  }));
});
