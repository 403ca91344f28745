import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { akasIn, designationDateIn, parseCsv, readOfacFolder } from './ofac-csv.js';
import { buildIndex, screenActors, screenName } from './matcher.js';
import { nameKeys, withinOneEdit } from './name-key.js';
import { loadSanctionsList, saveSanctionsList } from './snapshot.js';

const ofacDir = join(process.cwd(), '../shared/sanctions/ofac');

// A small list of our own, in OFAC's legacy layout.
function ownFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-ofac-'));
  writeFileSync(join(dir, 'sdn.csv'), [
    `101,"AL-SAIDI, Hamid Jabbar","individual","SDGT] [IRAQ3",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB 1970; nationality Iraq; a.k.a. 'ABU ZAINAB'; Designation Date 09 Jan 2020."`,
    `102,"AL-SAIDI, Karim","individual","SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"nationality Kuwait."`,
    `103,"LIWA AL-FATH AL-MUBIN",-0- ,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- `,
    `104,"SEA HAWK",vessel,"IRAN",-0- ,"XYZ1","Tanker",-0- ,-0- ,"Panama",-0- ,-0- `,
    `105,"BRIGADE OF THE FAITHFUL",-0- ,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"Linked To: LIWA AL-FATH AL-MUBIN; remarks cont`,
    '\x1A',
  ].join('\r\n'));
  writeFileSync(join(dir, 'alt.csv'), `101,9001,"aka","AL-SA'IDI, Hamed Jabar",-0- \r\n103,9002,"aka","FATH AL-MUBIN BRIGADE",-0- \r\n`);
  writeFileSync(join(dir, 'add.csv'), `101,7001,-0- ,"Basra","Iraq",-0- \r\n`);
  writeFileSync(join(dir, 'sdn_comments.csv'), `105,"inued here."\r\n`);
  return dir;
}

test('reads an OFAC folder: programs, aliases, countries, remarks continued, dates in remarks', () => {
  const list = readOfacFolder(ownFolder(), '2024-01-01T00:00:00Z');
  assert.equal(list.entries.length, 5);
  const hamid = list.entries.find((e) => e.entNum === 101)!;
  assert.deepEqual(hamid.programs, ['SDGT', 'IRAQ3']);
  assert.equal(hamid.type, 'individual');
  assert.deepEqual(hamid.aliases.map((a) => [a.name, a.weak]), [["AL-SA'IDI, Hamed Jabar", false], ['ABU ZAINAB', true]]);
  assert.deepEqual(hamid.countries, ['Iraq']);
  assert.equal(hamid.designatedOn, '2020-01-09');
  assert.equal(list.entries.find((e) => e.entNum === 104)?.type, 'vessel');
  assert.match(list.entries.find((e) => e.entNum === 105)!.remarks, /remarks continued here\.$/);
});

test('a folder without sdn.csv is refused with a clear message', () => {
  assert.throws(() => readOfacFolder(mkdtempSync(join(tmpdir(), 'vigil-empty-'))), /sdn\.csv: no such file/);
});

test('screening our own list: transliterations match, a shared surname does not, types are kept apart', () => {
  const index = buildIndex(readOfacFolder(ownFolder()));
  const cases: Array<[string, 'person' | 'organization', number | null]> = [
    ['Hamid al-Saidi', 'person', 101],
    ["Hamed Jabbar al-Sa'idi", 'person', 101],
    ['Sheikh Hamid Al Saedi', 'person', 101], // a title dropped; inner vowels carry no weight
    ['Karim al-Saidi', 'person', 102],
    ['Ali al-Saidi', 'person', null],
    ['Liwa al-Fath al-Mubin', 'organization', 103],
    ['Fath al-Mubin Brigade', 'organization', 103],
    ['Hamid al-Saidi', 'organization', null],
    ['Sea Hawk', 'organization', null],
  ];
  for (const [name, type, entNum] of cases) {
    const top = screenName(index, name, type)[0];
    assert.equal(top?.entry.entNum ?? null, entNum, `${name} (${type})`);
  }
});

test('an actor is screened under all its names, keeping the best score per entry', () => {
  const index = buildIndex(readOfacFolder(ownFolder()));
  const [s] = screenActors(index, [{ id: 'x', name: 'Abu Zainab', type: 'person', aliases: ['Hamid Jabbar al-Saidi'] }]);
  assert.deepEqual(s?.matches.map((m) => [m.entry.entNum, m.score]), [[101, 1]]);
});

test('name keys: spellings that must and must not share keys', () => {
  const same: Array<[string, string]> = [
    ["Ka'bi", 'Kaabi'], ['Kabi', 'KA\'BI'], ['Hizballah', 'Hezbollah'], ['Qais', 'Kais'], ['Khazali', 'Qazali'], ['al-Nujaba', 'Nujaba'],
  ];
  for (const [a, b] of same) assert.deepEqual(nameKeys(a), nameKeys(b), `${a} ~ ${b}`);
  const different: Array<[string, string]> = [['Akram', 'Karim'], ["Sa'd", 'Kaabi'], ['Ali', 'Abbas']];
  for (const [a, b] of different) assert.notDeepEqual(nameKeys(a), nameKeys(b), `${a} !~ ${b}`);
});

test('one edit: a property against a plain count', () => {
  fc.assert(fc.property(fc.string({ maxLength: 8 }), fc.nat(8), fc.string({ minLength: 1, maxLength: 1 }), (s, i, c) => {
    const at = Math.min(i, s.length);
    assert.ok(withinOneEdit(s, s.slice(0, at) + c + s.slice(at))); // insertion
    assert.ok(withinOneEdit(s, s.slice(0, at) + s.slice(at + 1))); // deletion
    assert.equal(withinOneEdit(s, s + c + c), false);
  }));
});

test('CSV: quoted commas, doubled quotes and line breaks', () => {
  assert.deepEqual(parseCsv('1,"a, b","say ""hi""","two\nlines"\r\n2,-0- ,x\r\n'), [['1', 'a, b', 'say "hi"', 'two\nlines'], ['2', '-0- ', 'x']]);
  assert.deepEqual(akasIn("DOB 1970; a.k.a. 'ABU-ALI'; a.k.a. ''UMAR, Abu'."), ['ABU-ALI', "'UMAR, Abu"]);
  assert.equal(designationDateIn('no date here'), null);
});

test('the list survives a save and load; a damaged file is refused', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-snap-'));
  const list = readOfacFolder(ownFolder(), '2024-01-01T00:00:00Z');
  saveSanctionsList(list, join(dir, 's.json'));
  assert.deepEqual(loadSanctionsList(join(dir, 's.json')), list);
  assert.equal(loadSanctionsList(join(dir, 'none.json')), null);
  writeFileSync(join(dir, 'bad.json'), '{"source": 1}');
  assert.throws(() => loadSanctionsList(join(dir, 'bad.json')), /not a sanctions list/);
});

test('the real OFAC list: Akram al-Kaabi is 11170 and never 18047; the factions match their entries', { skip: existsSync(join(ofacDir, 'sdn.csv')) ? false : `no OFAC copy at ${ofacDir}` }, () => {
  const index = buildIndex(readOfacFolder(ofacDir));
  for (const name of ['Akram al-Kaabi', "Akram al-Ka'bi", 'Sheikh Akram Abbas al-Kaabi']) {
    const matches = screenName(index, name, 'person', { threshold: 0.5 });
    assert.equal(matches[0]?.entry.entNum, 11170, name);
    assert.ok(!matches.some((m) => m.entry.entNum === 18047), `${name} must not match 18047`);
  }
  const orgs: Array<[string, number]> = [['Harakat al-Nujaba', 26446], ['Kataib Hezbollah', 11462], ['Asaib Ahl al-Haq', 28283]];
  for (const [name, entNum] of orgs) assert.equal(screenName(index, name, 'organization')[0]?.entry.entNum, entNum, name);
  assert.deepEqual(screenName(index, 'Akram al-Kaabi', 'organization'), []);
});
