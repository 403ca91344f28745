/**
 * Arabic documents give the same structured results as their English
 * counterparts. samples/ar/pairs holds pairs written for this project (an
 * English document and its Arabic version, each in its own words); each
 * pair runs through the real pipeline and the two records are compared:
 * actor ids, quote speakers, statements (kind, actor, target, date) and
 * events (CAMEO root, actor, target, date). A table of expected facts per
 * pair keeps both languages from agreeing on a wrong answer. Then the
 * Arabic constructions one at a time, and the cue spellings as properties.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import type { Doc } from '../core/types.js';
import { analyzeInput } from '../pipeline/analyze.js';
import { loadKnowledge } from '../pipeline/knowledge.js';
import { PhraseMatcher } from './phrase-matcher.js';
import { isNestedStateName } from './entities-span.js';

const knowledge = loadKnowledge();
const pairsDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'samples', 'ar', 'pairs');

function analyzeFile(path: string): Doc {
  return analyzeInput({ name: path.split('/').pop()!, bytes: readFileSync(path), contentType: 'text/plain', origin: path }, knowledge);
}

function analyzeArabic(body: string, published = '2024-03-05'): Doc {
  const text = `خبر للاختبار\n\n${body}\n`;
  return analyzeInput({ name: 't.txt', bytes: new TextEncoder().encode(text), contentType: 'text/plain', origin: 'test', hints: { published, language: 'ar' } }, knowledge);
}

const ACTOR_TYPES = new Set(['person', 'armed_group', 'organization', 'state']);

/** The parts of a record that must not depend on the language it was written in. */
function record(doc: Doc) {
  const actorIds = new Set(doc.entities.filter((e) => ACTOR_TYPES.has(e.type)).map((e) => e.id));
  return {
    // "US forces" names the state inside the body's name; Arabic writes it as an adjective ("القوات الأمريكية"), which
    // names no state in either language, so such nested mentions are left out of the comparison.
    actors: [...new Set(doc.mentions.filter((m) => !isNestedStateName(m)).map((m) => m.entityId).filter((id) => actorIds.has(id)))].sort(),
    speakers: doc.quotes.map((q) => q.speaker),
    statements: doc.statements.map((s) => `${s.kind} ${s.actor} -> ${s.target} @${s.date}`).sort(),
    events: doc.events.map((e) => `${e.cameo.slice(0, 2)} ${e.actor} -> ${e.target} @${e.date}`).sort(),
  };
}

// What each pair must say, in either language.
const expected: Record<string, { statements: string[]; events: string[]; speakers: string[] }> = {
  '01-houthi-eilat-claim': {
    statements: ['claim ansar-allah -> israel @2024-06-02', 'vow yahya-saree -> israel @2024-06-02'],
    events: ['19 ansar-allah -> israel @2024-06-02'], speakers: ['yahya-saree'],
  },
  '02-kh-threat-us-forces': {
    statements: ['threat kataib-hezbollah -> us-forces @2024-05-14', 'threat abu-ali-al-askari -> null @2024-05-14'],
    events: [], speakers: ['abu-ali-al-askari'],
  },
  '03-hamas-accusation': {
    statements: ['accusation osama-hamdan -> israel @2024-07-11', 'accusation osama-hamdan -> benjamin-netanyahu @2024-07-11'],
    events: [], speakers: ['osama-hamdan'],
  },
  '04-iri-drone-post': {
    statements: ['claim islamic-resistance-in-iraq -> ayn-al-asad-air-base @2024-05-20', 'threat islamic-resistance-in-iraq -> us-forces @2024-05-20'],
    events: ['19 islamic-resistance-in-iraq -> ayn-al-asad-air-base @2024-05-20'], speakers: [],
  },
  '05-us-sanctions-nujaba': {
    // The minister's quoted words accuse "these militias" (the group the document is about) of threatening Iraq's security.
    statements: ['accusation us-treasury -> harakat-hezbollah-al-nujaba @2024-06-17', 'accusation antony-blinken -> harakat-hezbollah-al-nujaba @2024-06-17'],
    events: ['16 us-treasury -> harakat-hezbollah-al-nujaba @2024-06-17'], speakers: ['antony-blinken'],
  },
  '06-iraq-government-denial': {
    statements: ['denial iraqi-government -> us-forces @2024-01-31', 'denial mohammed-shia-al-sudani -> null @2024-01-31'],
    events: [], speakers: ['mohammed-shia-al-sudani'],
  },
  '07-israel-killing': {
    // The threat names no target; it answers Israel's killing of Shukr (statement-reactions.ts).
    statements: ['vow naim-qassem -> fuad-shukr @2024-07-30', 'threat naim-qassem -> israel @2024-07-30'],
    events: ['18 israel -> fuad-shukr @2024-07-30'], speakers: ['naim-qassem'],
  },
};

const names = readdirSync(pairsDir).filter((f) => f.endsWith('.en.txt')).map((f) => f.slice(0, -'.en.txt'.length)).sort();

test('every pair has both documents and an expectation', () => {
  assert.ok(names.length >= 6, `at least six pairs in ${pairsDir}`);
  for (const n of names) {
    assert.ok(readdirSync(pairsDir).includes(`${n}.ar.txt`), `${n}.ar.txt is missing`);
    assert.ok(expected[n], `no expectation for ${n}`);
  }
});

for (const n of names) {
  test(`pair ${n}: the Arabic document gives the English one's record`, () => {
    const en = analyzeFile(join(pairsDir, `${n}.en.txt`));
    const ar = analyzeFile(join(pairsDir, `${n}.ar.txt`));
    assert.equal(en.meta.language, 'en');
    assert.equal(ar.meta.language, 'ar');
    const want = expected[n]!;
    for (const [lang, doc] of [['en', en], ['ar', ar]] as const) {
      const r = record(doc);
      assert.deepEqual(r.statements, [...want.statements].sort(), `${lang} statements`);
      assert.deepEqual(r.events, [...want.events].sort(), `${lang} events`);
      assert.deepEqual(r.speakers, want.speakers, `${lang} speakers`);
    }
    assert.deepEqual(record(ar), record(en));
  });
}

// Arabic constructions, one at a time.
const statements = (doc: Doc): string[] => doc.statements.map((s) => `${s.kind} ${s.actor} -> ${s.target}`);
const events = (doc: Doc): string[] => doc.events.map((e) => `${e.cameo} ${e.actor} -> ${e.target}`);

test('verb before subject: the actor follows the verb, the target follows the actor', () => {
  const doc = analyzeArabic('توعدت حركة النجباء القوات الأمريكية بضربات جديدة يوم السبت.');
  assert.deepEqual(statements(doc), ['vow harakat-hezbollah-al-nujaba -> us-forces']);
});

test('subject before verb: the nearest actor before it', () => {
  const doc = analyzeArabic('وفي بيان مساء السبت، كتائب حزب الله هددت القوات الأمريكية برد قاس.');
  assert.deepEqual(statements(doc), ['threat kataib-hezbollah -> us-forces']);
});

test('a title before the name: the person speaks, not the group in the title', () => {
  const doc = analyzeArabic('وقال المتحدث باسم حماس حازم قاسم إن الحركة لن تقبل أي شروط. وأكد أسامة حمدان في مؤتمر صحفي: «سنرد على كل اعتداء تقوم به إسرائيل».');
  assert.deepEqual(doc.quotes.map((q) => q.speaker), ['osama-hamdan']);
  assert.deepEqual(statements(doc).filter((s) => s.startsWith('threat')), ['threat osama-hamdan -> israel']);
});

test('a verb with no named subject carries the speaker before it', () => {
  const doc = analyzeArabic('قال يحيى سريع إن القوات البحرية نفذت عملية جديدة. وأضاف: «كل السفن المتجهة إلى موانئ العدو أهداف مشروعة لقواتنا».');
  assert.deepEqual(doc.quotes.map((q) => q.speaker), ['yahya-saree']);
  // His first sentence claims the operation; the quotation threatens.
  assert.deepEqual(statements(doc), ['claim yahya-saree -> null', 'threat yahya-saree -> null']);
});

test('"according to" names the speaker after it', () => {
  const doc = analyzeArabic('«لن نتوقف عن دعم غزة مهما كان الثمن»، بحسب عبد الملك الحوثي.');
  assert.deepEqual(doc.quotes.map((q) => q.speaker), ['abdul-malik-al-houthi']);
  assert.deepEqual(statements(doc), ['vow abdul-malik-al-houthi -> null']);
});

test('a participle after a comma takes the sentence subject', () => {
  const doc = analyzeArabic('أدرجت الولايات المتحدة الحركة على قوائمها، متهمة كتائب حزب الله بتهديد الاستقرار.');
  assert.deepEqual(statements(doc), ['accusation united-states -> kataib-hezbollah']);
});

test('prefixes and spelling: وأكدت، اكد without hamza, harakat and tatweel still cue', () => {
  const doc = analyzeArabic('وهدّدَت كتائـب حزب الله القواتَ الأمريكية. ونفي الجيش الإسرائيلي أي دور له.');
  assert.deepEqual(statements(doc), ['threat kataib-hezbollah -> us-forces', 'denial israel-defense-forces -> null']);
});

test('events: a strike reported as done, with the actor after the verb', () => {
  const doc = analyzeArabic('قصفت إسرائيل مواقع لحزب الله في جنوب لبنان يوم 5 مارس 2024.');
  assert.deepEqual(events(doc), ['195 israel -> hezbollah']);
});

test('events: negated, future and alleged actions are not events', () => {
  for (const body of [
    'لم تستهدف الكتائب أي قاعدة أمريكية هذا الأسبوع.',
    'نفت كتائب حزب الله أنها استهدفت القوات الأمريكية.',
    'سوف تستهدف المقاومة الإسلامية في العراق القوات الأمريكية.',
    '«استهدفنا القوات الأمريكية في سوريا»، قال أبو علي العسكري.',
  ]) assert.deepEqual(events(analyzeArabic(body)), [], body);
});

test('events: sanctions on a named group, subject of three words', () => {
  const doc = analyzeArabic('فرضت وزارة الخزانة الأمريكية عقوبات جديدة على عصائب أهل الحق.');
  assert.deepEqual(events(doc), ['163 us-treasury -> asaib-ahl-al-haq']);
});

test('a threat of a group in a Telegram-style post, with emoji and hashtags around it', () => {
  const doc = analyzeArabic('⚡️ عاجل | أكدت المقاومة الإسلامية في العراق أنها ستستهدف القواعد الأمريكية في سوريا ردا على العدوان. #المقاومة');
  // "القواعد الأمريكية" names the United States, as "American bases" does in English.
  assert.deepEqual(statements(doc), ['threat islamic-resistance-in-iraq -> united-states']);
});

// Cue spellings: what a writer may add or swap must not stop a cue from matching.
const MARKS = ['\u064E', '\u064F', '\u0650', '\u0651', '\u0652', '\u064B', '\u0640'];
test('property: harakat, shadda and tatweel anywhere inside an Arabic cue word still match, with offsets into the text', () => {
  const words = ['هددت', 'أكد', 'نفى', 'مسؤولية', 'سنستهدف'];
  const m = new PhraseMatcher(words.map((w) => ({ phrase: w, value: w })));
  fc.assert(fc.property(fc.constantFrom(...words), fc.array(fc.nat(), { maxLength: 4 }), fc.constantFrom(...MARKS), (word, cuts, mark) => {
    const letters = [...word];
    for (const c of cuts) letters.splice(1 + (c % letters.length), 0, mark);
    const written = letters.join('');
    const text = `قبل ${written} بعد`;
    const hits = m.find(text);
    assert.equal(hits.length, 1, written);
    assert.equal(hits[0]!.value, word);
    assert.equal(text.slice(hits[0]!.start, hits[0]!.end), written);
  }));
});

test('property: alef with or without hamza, final yeh or alef maqsura, taa marbuta or heh', () => {
  const m = new PhraseMatcher([{ phrase: 'أعلنت مسؤوليتها', value: 1 }, { phrase: 'نفى', value: 2 }]);
  const swaps: Record<string, string[]> = { 'أ': ['أ', 'ا', 'إ'], 'ى': ['ى', 'ي'], 'ة': ['ة', 'ه'] };
  fc.assert(fc.property(fc.constantFrom('أعلنت مسؤوليتها', 'نفى'), fc.nat(), (phrase, seed) => {
    const written = [...phrase].map((c, i) => swaps[c]?.[(seed >> i) % swaps[c]!.length] ?? c).join('');
    assert.equal(m.find(` ${written} `).length, 1, written);
  }));
});

test('only a conjunction attaches before a cue: "بقتل" (by killing) and "لقتل" (to kill) are not "قتل"', () => {
  const m = new PhraseMatcher([{ phrase: 'قتل', value: 1 }]);
  assert.equal(m.find('وقتل مسلحون شرطيا').length, 1);
  assert.equal(m.find('فقتل الجنود').length, 1);
  assert.equal(m.find('اتهموه بقتل المتظاهرين').length, 0);
  assert.equal(m.find('خطط لقتل القائد').length, 0);
});

test('condemnation and thanks in their other forms: دانت, استنكرت, توجهت بالشكر', () => {
  assert.ok(statements(analyzeArabic('ودانت إيران الغارة الإسرائيلية على دمشق.')).some((s) => s.startsWith('accusation iran')));
  assert.ok(statements(analyzeArabic('وتوجهت حركة حماس بالشكر إلى إيران على دعمها.')).some((s) => s.startsWith('support hamas')));
});

test('"لن نسمح" and "لن تزيدنا ... إلا" are vows', () => {
  const doc = analyzeArabic('وقال أسامة حمدان: «لن تزيدنا هذه الجريمة إلا إصرارا، ولن نسمح للاحتلال بكسر إرادتنا».');
  assert.ok(statements(doc).some((s) => s.startsWith('vow osama-hamdan')), statements(doc).join('; '));
});

test('a conjoined speech verb followed by its own named speaker does not take the earlier verb\'s subject', () => {
  const doc = analyzeArabic('وأدانت الحكومة العراقية الهجوم، وقالت رئيستها وزيرة الخارجية إن «الحكومة لن تسمح بعودة الإرهاب». ودانت إيران التفجير، وقال أسامة حمدان إن «المقاومة لن تتراجع أبدا».');
  assert.equal(doc.quotes[1]?.speaker, 'osama-hamdan');
});

test('a name, a short phrase and a colon introduce the quotation, over the speaker of the sentence before', () => {
  const doc = analyzeArabic('قال يحيى سريع إن القوات نفذت عملية جديدة.\n\nكتائب حزب الله في بيان: «سنواصل عملياتنا حتى خروج آخر جندي محتل».');
  assert.deepEqual(doc.quotes.map((q) => q.speaker), ['kataib-hezbollah']);
  const doc2 = analyzeArabic('أعلنت حماس الحداد.\n\nالناطق باسم الجيش اللبناني العميد يحيى رسول: الجيش يحمّل الاحتلال المسؤولية، و«هذا العدوان لن يمر بلا رد».');
  assert.deepEqual(doc2.quotes.map((q) => q.speaker), ['yahya-rasool']);
});

test('a reporting participle after a comma ("...، مؤكدا أن «...»") gives the quotation the sentence subject', () => {
  const doc = analyzeArabic('ألقى حسن نصر الله خطابا في الضاحية الجنوبية، مؤكداً أن «المقاومة سترد على كل اعتداء يطال قرانا».');
  assert.deepEqual(doc.quotes.map((q) => q.speaker), ['hassan-nasrallah']);
});

test('"ونقول للعدو: «...»": a first-person verb is the group the text names as its author, else nobody', () => {
  const own = analyzeArabic('أصدرت كتائب حزب الله بيانا، وجاء فيه: إننا في كتائب حزب الله نرفض بقاء القوات الأجنبية. ونقول للمحتل: «إن أيامكم على أرضنا باتت معدودة وسترحلون».');
  assert.deepEqual(own.quotes.map((q) => q.speaker), ['kataib-hezbollah']);
  const unnamed = analyzeArabic('هاجمت كتائب حزب الله قاعدة أمريكية. ونقول للمحتل: «إن أيامكم على أرضنا باتت معدودة وسترحلون».');
  assert.deepEqual(unnamed.quotes.map((q) => q.speaker), [null]);
});

test('a staff qualifier after a rank ("العقيد أركان حرب", "العميد الركن") is not part of the name', () => {
  const doc = analyzeArabic('وقال المتحدث العسكري العقيد أركان حرب سامح الجبالي إن القوات دمرت مخازن للأسلحة. وأضاف العميد الركن مازن الخطيب أن العملية مستمرة.');
  const names = doc.entities.filter((e) => e.type === 'person').map((e) => e.name);
  assert.ok(names.includes('سامح الجبالي'), names.join(', '));
  assert.ok(names.includes('مازن الخطيب'), names.join(', '));
});

test('an unnamed source after the verb ("قال مصدر أمني عراقي") gets no speaker, not his country or group', () => {
  const doc = analyzeArabic('وقال مصدر أمني عراقي: «إن الطائرة المسيرة انطلقت من خارج الحدود الغربية للبلاد».');
  assert.deepEqual(doc.quotes.map((q) => q.speaker), [null]);
  const named = analyzeArabic('وقالت كتائب حزب الله في بيان: «إن الطائرة المسيرة انطلقت لضرب قاعدة الاحتلال».');
  assert.deepEqual(named.quotes.map((q) => q.speaker), ['kataib-hezbollah']);
});
