/**
 * Entity forms that unseen reporting uses and the registry's spellings do not
 * give word for word: lower-case ministries, middle names and patronymics
 * inside a known person's name, slashed pairs of groups, Arabic names after
 * offices. Sentences are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadActorRegistry } from '../resolve/registry.js';
import { extractEntities } from './entities-stage.js';
import { segmentedDoc } from './test-doc.js';

const registry = loadActorRegistry();

function mentionsOf(text: string): Array<{ id: string; text: string }> {
  return extractEntities(segmentedDoc(text), registry).mentions.map((m) => ({ id: m.entityId, text: m.text }));
}

const ids = (text: string): Set<string> => new Set(mentionsOf(text).map((m) => m.id));

test('a lower-case ministry of a named state links to that ministry', () => {
  const found = ids("Jordan's foreign ministry summoned the envoy on Sunday, and the Saudi defence ministry said two drones fell near Jizan.");
  assert.ok(found.has('jordanian-foreign-ministry'));
  assert.ok(found.has('saudi-defense-ministry'));
});

test('a lower-case ministry that only titles a person, or follows a pronoun, is not logged', () => {
  const found = ids('Qatar hosted the talks. Its foreign ministry praised them, and foreign ministry spokesman Majed al-Ansari confirmed the date.');
  assert.ok(!found.has('qatari-foreign-ministry'));
});

test('a known person written with middle names or a patronymic is that person', () => {
  const found = mentionsOf('Houthi leader Abdulmalik Badruddin al-Houthi spoke on Thursday. وقال عبد الملك بدر الدين الحوثي إن الرد قادم.');
  const houthi = found.filter((m) => m.id === 'abdul-malik-al-houthi').map((m) => m.text);
  assert.deepEqual(houthi, ['Abdulmalik Badruddin al-Houthi', 'عبد الملك بدر الدين الحوثي']);
  assert.ok(!found.some((m) => m.text.startsWith('Abdulmalik') && m.id !== 'abdul-malik-al-houthi'));
});

test('a title before a given name, or words between a compound name, make no middle name', () => {
  const found = mentionsOf("Qatar's Emir Sheikh Tamim bin Hamad Al Thani received him. فلا النصر إلا من عند الله.");
  assert.deepEqual(found.filter((m) => m.id === 'tamim-bin-hamad-al-thani').map((m) => m.text), ['Sheikh Tamim bin Hamad Al Thani']);
  assert.ok(!found.some((m) => m.id === 'hassan-nasrallah'));
});

test('a slashed pair of groups names the first by the whole pair, and the second by itself', () => {
  const found = mentionsOf('Ankara said its drones hit PYD/YPG depots near Tal Rifaat.');
  assert.ok(found.some((m) => m.id === 'pyd' && m.text === 'PYD/YPG'));
  assert.ok(found.some((m) => m.id === 'ypg' && m.text === 'YPG'));
});

test('after an office, a clause or a second name is no new Arabic name', () => {
  const found = mentionsOf('وقال الناطق باسم سرايا القدس أبو حمزة إن القصف مستمر. وأكد وزير الداخلية اللواء مجدي عبد الغفار رفع حالة التأهب. وصرح القائد الميداني للكتيبة بأن الوحدات ستواصل التقدم.');
  const persons = found.filter((m) => !['al-quds-brigades', 'abu-hamza', 'magdy-abdel-ghaffar'].includes(m.id));
  assert.deepEqual(persons.map((m) => m.text).filter((t) => /القصف|رفع|ستواصل/.test(t)), []);
});

test('an office holder whose given name is a common word is still read after the body', () => {
  const found = mentionsOf('وقال المتحدث باسم الحكومة العراقية باسم العوادي إن الحكومة ترفض ذلك.');
  assert.ok(found.some((m) => m.text === 'باسم العوادي'));
});

test('an Arabic given name alone after the full name is that person; before it, or as a word with the article, not', () => {
  const text = 'قال سامر إن الوضع صعب. واستشهد المقاوم الشهيد سامر العبوشي في المخيم. وكان سامر قد أصيب سابقا، وقال الأهالي إن السامر غادر.';
  const found = mentionsOf(text);
  const ids = new Set(found.filter((m) => m.text.includes('سامر')).map((m) => m.id));
  assert.equal(ids.size, 1);
  const texts = found.filter((m) => ids.has(m.id)).map((m) => m.text);
  assert.deepEqual(texts, ['سامر العبوشي', 'سامر']);
});

test("a state's office the registry lacks is an entity of that state, in either script, never another state's", () => {
  const en = mentionsOf("Iran's foreign ministry was silent, but Algeria's foreign ministry and the Tunisian interior ministry condemned the raid.");
  assert.ok(en.some((m) => m.id === 'algeria-ministry-of-foreign-affairs' && m.text === 'foreign ministry'));
  assert.ok(en.some((m) => m.id === 'tunisia-ministry-of-interior' && m.text === 'Tunisian interior ministry'));
  const ar = mentionsOf('وأعلنت وزارة الداخلية الجزائرية حظر التجول، فيما نددت وزارة الخارجية السعودية بالهجوم.');
  assert.ok(ar.some((m) => m.id === 'algeria-ministry-of-interior' && m.text === 'وزارة الداخلية الجزائرية'));
  assert.ok(ar.some((m) => m.id === 'saudi-foreign-ministry' && m.text === 'وزارة الخارجية السعودية'));
  assert.ok(!ar.some((m) => m.id === 'algeria' || m.id === 'saudi-arabia' && m.text !== 'السعودية'));
});

test('a junction or roundabout after a name is part of the place it names', () => {
  const found = mentionsOf('The convoy was ambushed near Kilometre junction, and a second device went off at the Sayidka roundabout.');
  assert.ok(found.some((m) => m.text === 'Kilometre junction'));
  assert.ok(found.some((m) => m.text === 'Sayidka roundabout'));
});

test('an Arabic place noun names the place after it; a village noun stays outside the name; adjectives and common nouns name none', () => {
  const found = mentionsOf('وداهمت القوات حارة الفواقة وبلدة الزاوية، ثم انسحبت إلى ساحة المعركة قرب قرية صغيرة ومخيم اللاجئين.');
  const texts = found.map((m) => m.text);
  assert.ok(texts.includes('حارة الفواقة'));
  assert.ok(texts.includes('الزاوية'));
  assert.ok(!texts.some((t) => /المعركة|صغيرة|اللاجئين/.test(t)));
});

test('a rank closing the words after a title is the rest of the title; a sports event is no actor', () => {
  const found = mentionsOf('The minister toured the border with Chief of General Staff Gen. Metin Foo, then flew to the World Cup final.');
  assert.ok(!found.some((m) => /Staff|World Cup/.test(m.text)));
});

test('a person introduced with an abbreviated rank is a person, the rank kept in the mention', () => {
  const found = mentionsOf('Brig. Gen. Tomas Vrell visited the base on Monday. Col. Irena Halloway and Sgt. Pavel Domsky were not there. Adm. Corin Baxt stayed home.');
  assert.ok(found.some((m) => m.text === 'Brig. Gen. Tomas Vrell'));
  assert.ok(found.some((m) => m.text === 'Col. Irena Halloway'));
  assert.ok(found.some((m) => m.text === 'Sgt. Pavel Domsky'));
  assert.ok(found.some((m) => m.text === 'Adm. Corin Baxt'));
});

test('an office title before an abbreviated rank stays out of the name: "Chief of General Staff Gen. X"', () => {
  const found = mentionsOf('The minister watched with Chief of General Staff Gen. Ahmet Doru and the commanders. Army Lt. Col. Dana Yariv was there.');
  assert.ok(found.some((m) => m.text === 'Gen. Ahmet Doru'));
  assert.ok(found.some((m) => m.text === 'Lt. Col. Dana Yariv'));
  assert.ok(!found.some((m) => /Staff/.test(m.text)));
  // The same title before a known person: its last word is no one's name.
  const known = mentionsOf('Chief of General Staff Gen. Yaşar Güler toured the border posts.');
  assert.ok(!known.some((m) => /Staff/.test(m.text)));
});

test('"X Forces" is a group when X holds a word of its own, and a description when X is only generic', () => {
  const found = mentionsOf('Fighters of the Nahrawan Shield Forces clashed with the Tahaddi Defence Force, while Government Forces and Special Forces units waited.');
  assert.ok(found.some((m) => m.text === 'Nahrawan Shield Forces'));
  assert.ok(found.some((m) => m.text === 'Tahaddi Defence Force'));
  assert.ok(!found.some((m) => /^(?:Government|Special) Forces$/.test(m.text)));
});

test('"General" opening a body\'s name is part of it, not a rank', () => {
  const found = extractEntities(segmentedDoc('A statement from the General Intelligence Directorate said the cell was dismantled.'), registry);
  const body = found.entities.find((e) => e.name === 'General Intelligence Directorate');
  assert.equal(body?.type, 'organization');
});

test('a possessive inside a group\'s name stays in it; after a person it ends the name', () => {
  const found = mentionsOf("The Benadir People's Defence Front denied the report. Karim Dahir's Cousin Ahmed was not reached.");
  assert.ok(found.some((m) => m.text === "Benadir People's Defence Front"));
  assert.ok(!found.some((m) => m.text.includes("Dahir's")));
});

test('an article lets a word that names nothing alone end a group\'s name', () => {
  const found = mentionsOf('Ansar al-Islam claimed the ambush, and a second cell of Jamaat Nasr al-Islam followed it.');
  assert.ok(found.some((m) => m.text === 'Ansar al-Islam'));
  assert.ok(found.some((m) => m.text === 'Jamaat Nasr al-Islam'));
});

test('"the Islamic Resistance" after "the Islamic Resistance in Iraq" is that group (generic words as the opening of a name written earlier)', () => {
  const found = mentionsOf('The Islamic Resistance in Iraq claimed a drone attack on a base in Syria on Monday. In a later post, the Islamic Resistance said its fighters would keep up the pressure.');
  assert.equal(found.find((m) => m.text === 'Islamic Resistance')?.id, 'islamic-resistance-in-iraq');
});

test('Arabic: a leader or member named after the body he belongs to ("القيادي في حركة ... فلان"، "عضو المكتب السياسي لحركة ... فلان")', () => {
  const found = mentionsOf('ونفى القيادي في حركة حماس سامر الدباغ هذه الرواية، فيما قال عضو المكتب السياسي لحركة الجهاد الإسلامي وليد القطان إن المفاوضات متعثرة.');
  assert.ok(found.some((m) => m.text === 'سامر الدباغ'), JSON.stringify(found));
  assert.ok(found.some((m) => m.text === 'وليد القطان'), JSON.stringify(found));
});

test('a state\'s armed forces in lower case, after its adjective or possessive, are its forces; bare "armed forces" is no one\'s', () => {
  assert.ok(ids('Hamas praised the Yemeni armed forces for their support.').has('houthi-armed-forces'));
  assert.ok(ids("Ankara said Turkey's armed forces had struck the camp.").has('turkish-armed-forces'));
  assert.ok(!ids('Turkey said the armed forces of the region must show restraint.').has('turkish-armed-forces'));
});

test('a nationality adjective before a noun of force ("Turkish artillery", "Russian helicopters") names the state acting', () => {
  assert.ok(ids('Turkish artillery shelled villages near the border on Sunday.').has('turkey'));
  assert.ok(ids('Russian helicopters fired on the convoy.').has('russia'));
  // Before any other noun it only describes: "Iranian weapons" names no actor.
  assert.ok(!ids('The ship carried Iranian weapons to the port.').has('iran'));
});
