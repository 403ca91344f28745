import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadActorRegistry } from '../../resolve/registry.js';
import { readOfacFolder } from './ofac-csv.js';
import { buildIndex, screenName } from './matcher.js';
import { folderCanon, sanctionsFor } from './actor-sanctions.js';
import type { SanctionsList } from './list.js';

const ofacDir = join(process.cwd(), '../shared/sanctions/ofac');
const registry = loadActorRegistry();

// A list of our own: spellings the registry folds together but the vowel-blind key alone does not.
const own: SanctionsList = {
  source: 'test list', importedAt: '2024-01-01T00:00:00Z',
  entries: [
    { entNum: 1, name: 'RIDHA, Abdel Hamid', type: 'individual', programs: ['SDGT'], title: null, remarks: '', aliases: [], countries: [], designatedOn: '2019-05-02' },
    { entNum: 2, name: 'SALEM, Karim', type: 'individual', programs: ['SDGT'], title: null, remarks: '', aliases: [], countries: [], designatedOn: null },
  ],
};

test('with the registry folding, spelling groups match that the plain key keeps apart', () => {
  const plain = buildIndex(own);
  const folded = buildIndex(own, folderCanon(registry.folder));
  assert.deepEqual(screenName(plain, 'Abdul Hamid Reza', 'person').map((m) => m.entry.entNum), []);
  assert.deepEqual(screenName(folded, 'Abdul Hamid Reza', 'person').map((m) => m.entry.entNum), [1]);
  // Different names stay apart under both.
  assert.deepEqual(screenName(folded, 'Abdul Hamid Salem', 'person').map((m) => m.entry.entNum), []);
});

test('sanctionsFor: unknown actors, no list, places are reported as such', () => {
  assert.equal(sanctionsFor('no-such-actor', { registry, list: own }).known, false);
  const noList = sanctionsFor('akram-al-kaabi', { registry, list: null });
  assert.deepEqual([noList.known, noList.listImported, noList.matches.length], [true, false, 0]);
  assert.equal(sanctionsFor('anbar', { registry, list: own }).matches.length, 0);
});

const skip = existsSync(join(ofacDir, 'sdn.csv')) ? false : `no OFAC copy at ${ofacDir}; real-list checks skipped`;

test('the real list through the registry: Akram al-Kaabi is 11170, never 18047; Islamic State is not every branch', { skip }, () => {
  const list = readOfacFolder(ofacDir);
  const kaabi = sanctionsFor('akram-al-kaabi', { registry, list });
  assert.equal(kaabi.matches[0]?.entNum, 11170);
  assert.ok(!kaabi.matches.some((m) => m.entNum === 18047));
  assert.ok(kaabi.matches[0]?.programs.length);
  for (const [id, entNum] of [['harakat-hezbollah-al-nujaba', 26446], ['kataib-hezbollah', 11462], ['asaib-ahl-al-haq', 28283]] as const) {
    assert.equal(sanctionsFor(id, { registry, list }).matches[0]?.entNum, entNum, id);
  }
  const is = sanctionsFor('isis', { registry, list });
  assert.equal(is.matches[0]?.entNum, 8759);
  // Branches are listed as the core name plus a place ("... - MOZAMBIQUE", "ISIS-SOMALIA"): the place sets them apart.
  const branches = list.entries.filter((e) => /^(ISLAMIC STATE OF IRAQ AND (THE LEVANT|SYRIA)\s*-\s*\S|IS[IL]S?-)/i.test(e.name));
  assert.ok(branches.length >= 3);
  const matchedBranches = is.matches.filter((m) => branches.some((b) => b.entNum === m.entNum));
  assert.deepEqual(matchedBranches.map((m) => m.name), []);
});
