import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureDoc } from '../analyze/fixture-docs.js';
import { parseCsv } from '../analyze/sanctions/ofac-csv.js';
import { tableRows, toCsv } from './tabular.js';

const doc = fixtureDoc({ id: 'd1', outlet: 'Outlet One', published: '2024-02-01',
  text: 'The Houthis said, "We target ships, and we will continue." =HYPERLINK("x") was posted. A missile hit a tanker.',
  entities: [{ id: 'houthis', type: 'armed_group', name: 'Houthis', mentions: ['Houthis'] }],
  statements: [{ kind: 'vow', actor: 'houthis', target: null, words: 'We target ships, and we will continue.' }, { kind: 'other', actor: null, words: '=HYPERLINK("x") was posted.' }],
  events: [{ kind: 'attack', actor: 'houthis', target: 'shipping', cameo: '190', goldstein: -10, words: 'A missile hit a tanker.' }] });

test('CSV rows round-trip through a CSV reader, with their citation', () => {
  const csv = toCsv(tableRows([doc], 'statements'));
  const [header, first] = parseCsv(csv);
  assert.deepEqual(header?.slice(0, 3), ['kind', 'actor', 'target']);
  assert.equal(first?.[header!.indexOf('text')], 'We target ships, and we will continue.');
  assert.equal(first?.[header!.indexOf('sentence')], 'The Houthis said, "We target ships, and we will continue."');
});

test('a cell a spreadsheet would run as a formula is defused', () => {
  const rows = parseCsv(toCsv(tableRows([doc], 'statements')));
  const textCol = rows[0]!.indexOf('text');
  assert.equal(rows[2]?.[textCol], `'=HYPERLINK("x") was posted.`);
});

test('events and actors tables', () => {
  assert.deepEqual(tableRows([doc], 'events').map((r) => [r.kind, r.cameo, r.goldstein]), [['attack', '190', -10]]);
  assert.deepEqual(tableRows([doc, { ...doc, id: 'd2' }], 'actors'), [{ id: 'houthis', type: 'armed_group', name: 'Houthis', documents: 2, mentions: 2, spellings: 'Houthis' }]);
  assert.equal(toCsv([]), '');
});
