import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { foldText } from './fold.js';

const same: Array<[string, string, string]> = [
  ['case', 'KATAIB', 'kataib'],
  ['Latin accents', 'Ḥizbullāh', 'hizbullah'],
  ['transliteration ayn', 'Kaʿbi', 'kabi'],
  ['ASCII apostrophe', "Ka'bi", 'kabi'],
  ['curly apostrophe', 'Shi’ite', 'shiite'],
  ['hamza modifier letter', 'Qurʾan', 'quran'],
  ['backtick and acute', 'Sa`d Sa´d', 'sad sad'],
  ['harakat, shadda, sukun, tanwin', 'مُحَمَّدٌ', 'محمد'],
  ['superscript alef', 'هٰذا', 'هذا'],
  ['alef with hamza above', 'أكرم', 'اكرم'],
  ['alef with hamza below', 'إيران', 'ايران'],
  ['alef with madda', 'آية', 'ايه'],
  ['alef wasla', 'ٱلله', 'الله'],
  ['alef maqsura', 'موسى', 'موسي'],
  ['teh marbuta', 'المقاومة', 'المقاومه'],
  ['waw with hamza', 'مؤتمر', 'موتمر'],
  ['yeh with hamza', 'كتائب', 'كتايب'],
  ['Persian keheh and yeh', 'کتائب حزب الله ی', 'كتايب حزب الله ي'],
  ['tatweel', 'حـــزب', 'حزب'],
  ['Arabic-Indic digits', '٢٠٢٤', '2024'],
  ['Persian digits', '۱۴۰۲', '1402'],
  ['presentation-form ligature', 'ﻻ', 'لا'],
  ['zero-width non-joiner', 'می\u200Cخواهد', 'ميخواهد'],
  ['plain ASCII untouched', 'tower 22', 'tower 22'],
];

for (const [name, input, expected] of same) {
  test(`foldText: ${name}`, () => {
    assert.equal(foldText(input), expected);
  });
}

test('foldText: spellings of one name meet', () => {
  const spellings = ["Ka'bi", 'Kaʿbi', 'KA’BI', 'Kabi'];
  assert.equal(new Set(spellings.map(foldText)).size, 1);
  const arabic = ['أكرم الكعبي', 'اكرم الكعبى', 'أَكْرَم الكَعْبِيّ', 'اکرم الکعبی'];
  assert.equal(new Set(arabic.map(foldText)).size, 1);
});

test('foldText: different words stay different', () => {
  assert.notEqual(foldText('Nujaba'), foldText('Nujabi'));
  assert.notEqual(foldText('حزب'), foldText('حرب'));
});

const mixed = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...'أإآٱىةؤئکیـًٌٍَُِّْٰ٠٩۰۹\u200C\u200D\u00AD\u200F\'’ʿʾ`´'.split('')),
    fc.integer({ min: 0x0600, max: 0x06ff }).map((c) => String.fromCharCode(c)),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
});

test('foldText is idempotent and never throws (property)', () => {
  fc.assert(fc.property(fc.oneof(mixed, fc.string({ unit: 'binary' })), (s) => {
    const once = foldText(s);
    assert.equal(foldText(once), once);
  }), { numRuns: 3000 });
});

test('foldText leaves no marks, tatweel or upper case (property)', () => {
  fc.assert(fc.property(mixed, (s) => {
    const f = foldText(s);
    assert.ok(!/[\p{M}\u0640]/u.test(f));
    assert.equal(f, f.toLowerCase());
  }), { numRuns: 2000 });
});
