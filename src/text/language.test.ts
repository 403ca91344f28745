import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { detectLanguage, LANGUAGE_PREFIX } from './language.js';

const cases: Array<[string, string, string | null]> = [
  ['English news sentence', 'The militia said on Tuesday that it had launched a drone at a base in western Iraq, and officials confirmed the report.', 'en'],
  ['short English', 'He said the group was ready.', 'en'],
  ['Arabic statement', 'أعلنت المقاومة الإسلامية في العراق أنها استهدفت قاعدة للاحتلال الأمريكي في سوريا بالطيران المسيّر، وقالت إن عملياتها مستمرة.', 'ar'],
  ['Arabic text naming a Persian place keeps Arabic', 'قال المتحدث إن الوفد وصل إلى گلپایگان في زيارة رسمية وإن المحادثات كانت إيجابية مع الجانب الإيراني.', 'ar'],
  ['Persian news sentence', 'سپاه پاسداران انقلاب اسلامی اعلام کرد که این حمله در پاسخ به اقدامات رژیم صهیونیستی انجام شده است.', 'fa'],
  ['Urdu sentence', 'حکومت نے کہا ہے کہ سرحد پر صورتحال قابو میں ہے اور فوج چوکس ہے۔', 'ur'],
  ['French sentence', 'Le groupe armé a annoncé dimanche la suspension de ses opérations contre les forces américaines en Irak.', 'fr'],
  ['German sentence', 'Die Miliz hat am Sonntag angekündigt, ihre Angriffe auf amerikanische Truppen im Irak einzustellen.', 'de'],
  ['Spanish sentence', 'El grupo armado anunció el domingo la suspensión de sus ataques contra las fuerzas estadounidenses en Irak.', 'es'],
  ['Turkish sentence', 'Silahlı grup pazar günü Irak’taki Amerikan güçlerine yönelik saldırılarını durdurduğunu açıkladı.', 'tr'],
  ['longer French passage', "Le mouvement armé irakien a déclaré dimanche qu'il poursuivrait ses attaques contre les bases américaines tant que les troupes étrangères resteraient dans le pays. Le porte-parole a ajouté que la décision avait été prise en consultation avec les autres factions de la résistance.", 'fr'],
  ['longer German passage', 'Die bewaffnete Gruppe erklärte am Sonntag, sie werde ihre Angriffe auf amerikanische Stützpunkte fortsetzen, solange ausländische Truppen im Land bleiben. Der Sprecher sagte, die Entscheidung sei in Absprache mit den anderen Fraktionen getroffen worden.', 'de'],
  ['Hebrew sentence', 'הצבא הודיע כי תקף מטרות של חיזבאללה בדרום לבנון במהלך הלילה.', 'he'],
  ['digits and punctuation only', '2024-01-28 — 12:00 !!!', null],
  ['empty', '', null],
];

for (const [name, text, expected] of cases) {
  test(`detectLanguage: ${name}`, () => {
    assert.equal(detectLanguage(text), expected);
  });
}

test('detectLanguage reads only a bounded prefix', () => {
  const english = 'The group said it would continue its attacks on the bases. '.repeat(Math.ceil(LANGUAGE_PREFIX / 50));
  assert.equal(detectLanguage(english + 'أعلنت المقاومة الإسلامية في العراق '.repeat(500)), 'en');
});

test('detectLanguage never throws and returns a two-letter code or null (property)', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
    const lang = detectLanguage(s);
    assert.ok(lang === null || /^[a-z]{2}$/.test(lang));
  }), { numRuns: 1000 });
});

test('detectLanguage: the script counts read each letter once, whatever the mix (property)', () => {
  // The scripts' letter ranges as regular expressions: the language decided from these counts must not change.
  const scripts = (s: string): string => {
    const n = (re: RegExp): number => s.match(re)?.length ?? 0;
    const arabic = n(/[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/g);
    const hebrew = n(/[\u0590-\u05FF]/g);
    const latin = n(/[A-Za-z\u00C0-\u024F]/g);
    if (arabic === 0 && hebrew === 0 && latin === 0) return 'none';
    if (hebrew > arabic && hebrew > latin) return 'he';
    return arabic >= latin ? 'arabic' : 'latin';
  };
  const pieces = ['a', 'Z', 'é', 'ȏ', 'ɐ', '@', '[', '`', '{', 'ا', 'ي', 'ۿ', 'ݐ', 'ࢠ', 'ﭐ', 'ﻼ', 'א', '֑', '׳', '\u05ff', '\u0590', '1', ' '];
  fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
    const text = parts.join('');
    const lang = detectLanguage(text);
    const expected = scripts(text);
    if (expected === 'none') assert.equal(lang, null);
    else if (expected === 'he') assert.equal(lang, 'he');
    else if (expected === 'arabic') assert.ok(lang === 'ar' || lang === 'fa' || lang === 'ur' || lang === 'ku', `${lang} for ${text}`);
    else assert.ok(lang !== 'he' && lang !== 'ar' && lang !== 'fa' && lang !== 'ur', `${lang} for ${text}`);
  }), { numRuns: 2000 });
});
