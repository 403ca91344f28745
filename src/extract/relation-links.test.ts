/**
 * Standing facts read from general constructions: lists of members, allies,
 * units named with their group's possessive or as its arm, backing by verbs,
 * passive designation without "as", former ties, spokesmen of persons. One
 * construction per test, on the project's own sentences.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../core/types.js';
import { analyzeInput } from '../pipeline/analyze.js';
import { loadKnowledge } from '../pipeline/knowledge.js';

const knowledge = loadKnowledge();
function analyze(body: string): Doc {
  const text = `Test report\n\nMarch 5, 2024\n\n${body}\n`;
  return analyzeInput({ name: 't.txt', bytes: new TextEncoder().encode(text), contentType: 'text/plain', origin: 'test' }, knowledge);
}
const facts = (doc: Doc): string[] => doc.relations.map((r) => `${r.subject} ${r.predicate} ${r.object}`);

test('"the coalition ... is made up of militias such as X, Y and Z": each is part of the group the document is about', () => {
  const doc = analyze('The Islamic Resistance in Iraq claimed two attacks on Sunday. The coalition is made up of factions such as Kataib Hezbollah, Kataib Sayyid al-Shuhada and Harakat Hezbollah al-Nujaba.');
  for (const m of ['kataib-hezbollah', 'kataib-sayyid-al-shuhada', 'harakat-hezbollah-al-nujaba']) assert.ok(facts(doc).includes(`${m} part_of islamic-resistance-in-iraq`), m);
});

test('"X, Y\'s ally in Z": X is allied with Y', () => {
  assert.ok(facts(analyze('Hezbollah, Hamas\'s closest ally in the region, fired rockets at Israel.')).includes('hezbollah allied_with hamas'));
});

test('a unit named with its group\'s possessive is part of it', () => {
  assert.ok(facts(analyze('Hezbollah\'s Radwan Force was moved north.')).includes('radwan-force part_of hezbollah'));
  assert.ok(facts(analyze('The strikes targeted the IRGC\'s Quds Force in Syria.')).includes('quds-force part_of irgc'));
});

test('"the head of its Radwan Force" leads the unit, which is part of the group', () => {
  const doc = analyze('Hezbollah mourned its dead. Israel killed Ibrahim Aqil, the head of its elite Radwan Force.');
  assert.ok(facts(doc).includes('ibrahim-aqil leads radwan-force'), facts(doc).join('; '));
  assert.ok(facts(doc).includes('radwan-force part_of hezbollah'), facts(doc).join('; '));
});

test('an arm in apposition: "X, the Y\'s armed wing" and "Y\'s armed wing, X"', () => {
  assert.ok(facts(analyze('The Quds Force, the IRGC\'s foreign operations arm, runs the network.')).includes('quds-force part_of irgc'));
  assert.ok(facts(analyze('Palestinian Islamic Jihad\'s armed wing, the Al-Quds Brigades, fired rockets.')).includes('al-quds-brigades part_of palestinian-islamic-jihad'));
});

test('backing by a verb: "which had backed X", "provided X with weapons"', () => {
  assert.ok(facts(analyze('Iran, which had backed Bashar al-Assad for a decade, called for calm.')).includes('bashar-al-assad backed_by iran'));
  assert.ok(facts(analyze('The Quds Force has provided the Houthis with drones and training.')).some((f) => /backed_by quds-force$/.test(f)));
  assert.ok(!facts(analyze('Iran, which had not backed Bashar al-Assad, called for calm.')).some((f) => f.includes('backed_by')));
});

test('"is designated a terrorist organisation by X, Y and Z": designated by each', () => {
  const doc = analyze('Hayat Tahrir al-Sham is designated a terrorist organisation by the US, the UN and Turkey.');
  assert.ok(facts(doc).includes('hayat-tahrir-al-sham designated_by united-states'), facts(doc).join('; '));
  assert.ok(facts(doc).includes('hayat-tahrir-al-sham designated_by united-nations'), facts(doc).join('; '));
  assert.ok(!facts(doc).some((f) => f.startsWith('united-states designated_by')));
});

test('"the former branch of X" is a former tie; "a former X commander" after another title too', () => {
  assert.ok(facts(analyze('Jabhat al-Nusra, the former Syrian branch of al-Qaeda, changed its name.')).includes('jabhat-al-nusra former_member_of al-qaeda'));
  assert.ok(facts(analyze('Abu Fadak al-Mohammadawi, the PMF chief of staff and a former Kataib Hezbollah commander, spoke.')).includes('abu-fadak-al-mohammadawi former_member_of kataib-hezbollah'));
});

test('a spokesman may speak for a person: "the spokesman for Prime Minister X"', () => {
  assert.ok(facts(analyze('Yahya Rasool, the military spokesman for Prime Minister Mohammed Shia al-Sudani, condemned the strike.')).includes('yahya-rasool spokesperson_of mohammed-shia-al-sudani'));
});

test('"operates under the umbrella of" ties a group as a copula would', () => {
  assert.ok(facts(analyze('Harakat Ansar Allah al-Awfiya is a militia that operates under the umbrella of the Islamic Resistance in Iraq.')).includes('harakat-ansar-allah-al-awfiya part_of islamic-resistance-in-iraq'));
});

test('a group qualifying an official is not the one based somewhere', () => {
  assert.ok(!facts(analyze('Osama Hamdan, a senior Hamas official based in Beirut, spoke to reporters.')).some((f) => f.startsWith('hamas located_in')));
});

test('"the faction\'s secretary-general" after "Meanwhile, X ..." is X\'s', () => {
  const doc = analyze('The Houthis attacked a ship. Meanwhile, Kataib Sayyid al-Shuhada, an armed faction, accused Washington of theft. The faction\'s secretary-general, Abu Alaa al-Walai, wrote on X.');
  assert.ok(facts(doc).includes('abu-alaa-al-walai leads kataib-sayyid-al-shuhada'), facts(doc).join('; '));
});

test('"a senior commander of X" is not X\'s leader: the apposition after it still names X', () => {
  const doc = analyze('Hassan Nasrallah leads Hezbollah. A drone strike killed a senior commander of Kataib Hezbollah, the Iran-backed Iraqi armed group, in Baghdad.');
  assert.ok(facts(doc).includes('kataib-hezbollah backed_by iran'), facts(doc).join('; '));
});

test('"one of the factions in X" is part of X; "one of the oldest groups in Iraq" is not part of Iraq', () => {
  assert.ok(facts(analyze('Kataib Hezbollah, one of the most powerful factions in the Popular Mobilization Forces, denied it.')).includes('kataib-hezbollah part_of popular-mobilization-forces'));
  assert.ok(!facts(analyze('Badr, one of the oldest armed groups in Iraq, held a rally.')).some((f) => f.includes('part_of iraq')));
});

test('"aligned with" backs; "X, an Iran-backed militia" names its backer', () => {
  assert.ok(facts(analyze('The Houthis, who are aligned with Iran, attacked a tanker.')).includes('ansar-allah backed_by iran'));
  assert.ok(facts(analyze('Qais al-Khazali leads Asaib Ahl al-Haq, an Iran-backed militia with seats in parliament.')).includes('asaib-ahl-al-haq backed_by iran'));
});

test('named, elected or appointed to a title: leads', () => {
  assert.ok(facts(analyze('Yahya Sinwar was named Hamas\'s overall leader in August.')).includes('yahya-sinwar leads hamas'));
  assert.ok(facts(analyze('Naim Qassem was elected secretary-general of Hezbollah on Tuesday.')).includes('naim-qassem leads hezbollah'));
});

test('a deputy head is a member; the commander of a named part of a group leads that part', () => {
  const doc = analyze('Abu Mahdi al-Muhandis, the deputy head of the PMF and founder of Kataib Hezbollah, was killed.');
  assert.ok(facts(doc).includes('abu-mahdi-al-muhandis member_of popular-mobilization-forces'), facts(doc).join('; '));
  assert.ok(facts(doc).includes('abu-mahdi-al-muhandis founded kataib-hezbollah'), facts(doc).join('; '));
  // The commander of a unit named after the group's possessive leads that unit, itself part of the group.
  const unit = facts(analyze('Amir Ali Hajizadeh, commander of the IRGC\'s Aerospace Force, was killed.'));
  const led = unit.find((f) => f.startsWith('amir-ali-hajizadeh leads '))?.split(' ')[2];
  assert.ok(led && led !== 'irgc' && unit.includes(`${led} part_of irgc`), unit.join('; '));
});

test('a coordinated apposition names the person before it, not one named after "with"', () => {
  const doc = analyze('The group reported a meeting held by its secretary-general, Akram al-Kaabi, with the head of Hamas\' political bureau Ismail Haniyeh and the secretary-general of Palestinian Islamic Jihad, Ziyad al-Nakhalah.');
  assert.ok(!facts(doc).includes('akram-al-kaabi leads palestinian-islamic-jihad'), facts(doc).join('; '));
});

test('where a place lies, set off by a comma or an apposition: "X, in Y", "X, Y\'s second city"', () => {
  assert.ok(facts(analyze('Rockets hit al-Qaim, in western Anbar, on Monday night.')).includes('al-qaim located_in anbar'));
  assert.ok(facts(analyze('Mosul, Iraq\'s second city, was quiet on Friday.')).includes('mosul located_in iraq'));
});

test('"the Y-based X" and "X, a Y-based group" place X in Y; a bare "X in Y" places no group', () => {
  assert.ok(facts(analyze('The Beirut-based Hezbollah issued a statement.')).includes('hezbollah located_in beirut'));
  assert.ok(facts(analyze('Kataib Sayyid al-Shuhada, another Iraq-based faction, denied any role.')).includes('kataib-sayyid-al-shuhada located_in iraq'));
  // Where a group fought is no standing fact; a place in the country the registry gives it is (see relations-registry).
  assert.deepEqual(facts(analyze('Hezbollah fighters clashed with rebels near Aleppo in Syria.')).filter((f) => f.includes('located_in')), ['aleppo located_in syria']);
});

test('"X, designated a terrorist group by Z in 2019, ...": a reduced relative is passive, X is designated by Z', () => {
  const f = facts(analyze('Kataib Hezbollah, designated a terrorist organisation by the United States in 2009, denied the report.'));
  assert.ok(f.includes('kataib-hezbollah designated_by united-states'), f.join('; '));
  assert.ok(!f.includes('united-states designated_by kataib-hezbollah'));
});

test('"X is Y\'s proxy", "X, Y\'s ally" and "Y\'s ally X": backing and alliance from the possessive', () => {
  assert.ok(facts(analyze('Kataib Hezbollah is Iran\'s most loyal proxy in Iraq.')).includes('kataib-hezbollah backed_by iran'));
  assert.ok(facts(analyze('Hamas\'s ally Hezbollah opened a second front.')).includes('hezbollah allied_with hamas'));
});

test('"W, an umbrella of A, B and C" and "A, B and C, all members of W": each named group is part of W', () => {
  const a = facts(analyze('The Popular Mobilization Forces, an umbrella of Badr, Kataib Hezbollah and Asaib Ahl al-Haq, paraded in Baghdad.'));
  for (const m of ['badr-organization', 'kataib-hezbollah', 'asaib-ahl-al-haq']) assert.ok(a.includes(`${m} part_of popular-mobilization-forces`), a.join('; '));
  const b = facts(analyze('Kataib Hezbollah and Kataib Sayyid al-Shuhada, both members of the Islamic Resistance in Iraq, denied the report.'));
  for (const m of ['kataib-hezbollah', 'kataib-sayyid-al-shuhada']) assert.ok(b.includes(`${m} part_of islamic-resistance-in-iraq`), b.join('; '));
});

test('"X, the capital of Y\'s Z region" places X in Z, and "Y\'s Z region" places Z in Y', () => {
  const f = facts(analyze('Drones hit Erbil, the capital of Iraq\'s Kurdistan Region, overnight.'));
  assert.ok(f.includes('erbil located_in kurdistan-region'), f.join('; '));
  assert.ok(f.includes('kurdistan-region located_in iraq'), f.join('; '));
});

test('"the Quds Force of the IRGC": a unit named "of" the body the registry puts it in', () => {
  assert.ok(facts(analyze('Officers of the Quds Force of the Revolutionary Guards were in the building.')).includes('quds-force part_of irgc'));
});

test('Arabic titles and ties: spokesman, secretary-general, a leader in, "التابعة لـ", "المدعومة من"', () => {
  const f = facts(analyze('قال المتحدث باسم كتائب حزب الله أبو علي العسكري إن العمليات ستتواصل. وأكد الأمين العام لعصائب أهل الحق قيس الخزعلي أن الانسحاب ضروري. وأعلنت كتائب سيد الشهداء التابعة للحشد الشعبي استنفار عناصرها. وقالت حركة النجباء المدعومة من إيران إنها مستعدة.'));
  for (const x of ['abu-ali-al-askari spokesperson_of kataib-hezbollah', 'qais-al-khazali leads asaib-ahl-al-haq', 'kataib-sayyid-al-shuhada part_of popular-mobilization-forces', 'harakat-hezbollah-al-nujaba backed_by iran']) assert.ok(f.includes(x), `${x} in ${f.join('; ')}`);
});

test('"the commander of the Quds Force of the IRGC": the unit is part of the body, inside a role phrase too', () => {
  const f = facts(analyze('Esmail Qaani leads the Quds Force. Officials met the commander of the Quds Force of the Revolutionary Guards in Baghdad.'));
  assert.ok(f.includes('quds-force part_of irgc'), f.join('; '));
});

test('Arabic titles with an attached pronoun, and "X من قادة Y"', () => {
  const a = facts(analyze('عقدت عصائب أهل الحق مؤتمرا في بغداد، وقال أمينها العام قيس الخزعلي إن الفصائل موحدة.'));
  assert.ok(a.includes('qais-al-khazali leads asaib-ahl-al-haq'), a.join('; '));
  const b = facts(analyze('أصدر حزب الله بيانا، وقال زعيمه حسن نصر الله إن المعركة مستمرة.'));
  assert.ok(b.includes('hassan-nasrallah leads hezbollah'), b.join('; '));
  const c = facts(analyze('وكان أكرم الكعبي من أبرز قادة كتائب حزب الله قبل أن يؤسس حركته.'));
  assert.ok(c.includes('akram-al-kaabi member_of kataib-hezbollah'), c.join('; '));
});

test('"Y\'s former branch" in apposition is a former tie', () => {
  const g = facts(analyze('Talks named Jabhat al-Nusra, al-Qaeda\'s former affiliate in Syria, as a party.'));
  assert.ok(g.includes('jabhat-al-nusra former_member_of al-qaeda') && !g.includes('jabhat-al-nusra part_of al-qaeda'), g.join('; '));
});

test('Arabic designations: "صنّفت X Y على لائحة الإرهاب", "X صنفت Y منظمة إرهابية", sanctions lists', () => {
  const a = facts(analyze('وكانت الولايات المتحدة قد صنّفت حركة النجباء وأمينها العام أكرم الكعبي على لائحة الإرهاب.'));
  assert.ok(a.includes('harakat-hezbollah-al-nujaba designated_by united-states') && a.includes('akram-al-kaabi designated_by united-states'), a.join('; '));
  assert.ok(facts(analyze('وأدرجت الولايات المتحدة كتائب حزب الله على قائمة العقوبات.')).includes('kataib-hezbollah sanctioned_by united-states'));
  assert.ok(facts(analyze('صنفت بريطانيا حركة حماس منظمة إرهابية.')).includes('hamas designated_by united-kingdom'));
  assert.ok(!facts(analyze('صنفت الولايات المتحدة الهجوم بأنه خطير.')).some((f) => f.includes('designated_by')));
});

test('Arabic titles over a generic noun ("للحركة", "باسم الكتائب") name the group the text calls so', () => {
  const f = facts(analyze('نظمت حركة النجباء تجمعا في بغداد. وقال الأمين العام للحركة، الشيخ أكرم الكعبي، إن الفصائل جاهزة. وأضاف المتحدث باسم الحركة حسين الموسوي أن الرد سيكون حاسما.'));
  assert.ok(f.includes('akram-al-kaabi leads harakat-hezbollah-al-nujaba'), f.join('; '));
  assert.ok(f.includes('hussein-al-moussawi spokesperson_of harakat-hezbollah-al-nujaba'), f.join('; '));
  // No group named with the noun: the title is left unread rather than guessed.
  const g = facts(analyze('وقال المتحدث باسم الحركة حسين الموسوي إن الرد سيكون حاسما في العراق.'));
  assert.ok(!g.some((x) => x.startsWith('hussein-al-moussawi spokesperson_of')), g.join('; '));
});

test('Arabic arm in apposition: "X، الجناح العسكري لـY"', () => {
  const f = facts(analyze('أعلنت كتائب القسام، الجناح العسكري لحركة حماس، مسؤوليتها عن العملية.'));
  assert.ok(f.includes('qassam-brigades part_of hamas'), f.join('; '));
});

test('"its armed wing, X": a possessive pronoun before the arm names the group it stands for', () => {
  const f = facts(analyze('Turkish drones hit the PKK and its armed wing, the HPG, in the mountains.'));
  assert.ok(f.includes('hpg part_of pkk'), f.join('; '));
});

test('a passive designation lists every designating agent', () => {
  const f = facts(analyze('Hamas, listed as a terrorist group by Canada, the United States and the European Union, rejected the plan.'));
  for (const x of ['hamas designated_by canada', 'hamas designated_by united-states', 'hamas designated_by european-union']) assert.ok(f.includes(x), `${x} in ${f.join('; ')}`);
});

test('"Y, the ... group backed by X": the described group in apposition is the one backed', () => {
  const f = facts(analyze('Turkey struck the PKK and the SDF, the Kurdish-led alliance backed by the United States, on Sunday.'));
  assert.ok(f.includes('syrian-democratic-forces backed_by united-states') && !f.includes('pkk backed_by united-states'), f.join('; '));
});

test('an active designation skips a demonym that qualifies the object and the group whose leaders are named', () => {
  const f = facts(analyze('On Monday OFAC designated the Lebanese bank Al-Qard al-Hassan and sanctioned leaders of Kataib Hezbollah.'));
  assert.ok(!f.includes('lebanon designated_by ofac') && !f.includes('kataib-hezbollah sanctioned_by ofac'), f.join('; '));
  assert.ok(facts(analyze('The US Treasury Department sanctioned the network of Kataib Hezbollah on Monday.')).includes('kataib-hezbollah sanctioned_by us-treasury'));
});

test('"A and B, X\'s allies" and "fought alongside A and B"', () => {
  const a = facts(analyze('Hezbollah and Iran, Assad\'s closest allies, sent advisers.'));
  assert.ok(a.includes('bashar-al-assad allied_with hezbollah') && a.includes('bashar-al-assad allied_with iran'), a.join('; '));
  const b = facts(analyze('Kataib Hezbollah has fought alongside Hezbollah and the Zainabiyoun Brigade near Aleppo.'));
  assert.ok(b.includes('kataib-hezbollah allied_with hezbollah') && b.includes('kataib-hezbollah allied_with zainabiyoun-brigade'), b.join('; '));
  // A promise is no standing tie.
  assert.ok(!facts(analyze('Kataib Hezbollah said it will fight alongside Hezbollah if war comes.')).some((x) => x.includes('allied_with')));
});

test('Arabic pledges and where a group is active, in either word order', () => {
  const a = facts(analyze('أعلنت جماعة أنصار بيت المقدس، التي أعلنت مبايعتها لتنظيم داعش، مسؤوليتها عن الهجوم.'));
  assert.ok(a.includes('islamic-state-sinai part_of isis'), a.join('; '));
  const b = facts(analyze('وتقاتل هيئة تحرير الشام التي تنشط في إدلب منذ سنوات.'));
  assert.ok(b.includes('hayat-tahrir-al-sham located_in idlib'), b.join('; '));
  const c = facts(analyze('وتنشط في إدلب جماعة هيئة تحرير الشام منذ سنوات.'));
  assert.ok(c.includes('hayat-tahrir-al-sham located_in idlib'), c.join('; '));
});

test('"X, a senior Y ideologue" is a member', () => {
  assert.ok(facts(analyze('The recording features Khalid Batarfi, a senior AQAP ideologue, praising the attack.')).includes('khalid-batarfi member_of aqap'));
});

test('Arabic titles: two qualifiers before "باسم", a rank with its staff qualifier, a deputy and a chief of staff are members', () => {
  const doc = analyze('وقال المتحدث العسكري الرسمي باسم كتائب حزب الله، العقيد أركان حرب أبو علي العسكري، إن القصف مستمر. وأكد نائب الأمين العام لحزب الله نعيم قاسم أن المقاومة جاهزة.');
  const f = doc.relations.filter((r) => r.origin === 'document').map((r) => `${r.subject} ${r.predicate} ${r.object}`);
  assert.ok(f.includes('abu-ali-al-askari spokesperson_of kataib-hezbollah'), f.join('; '));
  assert.ok(f.includes('naim-qassem member_of hezbollah') && !f.includes('naim-qassem leads hezbollah'), f.join('; '));
  const g = facts(analyze('وزار رئيس أركان الجيش الإسرائيلي الفريق هرتسي هاليفي الحدود الشمالية.'));
  assert.ok(!g.some((x) => /^herzi-halevi leads /.test(x)), g.join('; '));
});

test('Arabic minister: "وزير الداخلية X" heads the one interior ministry the text names', () => {
  const f = facts(analyze('أعلنت وزارة الداخلية المصرية مقتل مسلحين في سيناء. وقال وزير الداخلية اللواء مجدي عبد الغفار إن الحملة مستمرة.'));
  assert.ok(f.includes('magdy-abdel-ghaffar leads egyptian-interior-ministry'), f.join('; '));
  // A deputy minister heads nothing.
  const g = facts(analyze('أعلنت وزارة الداخلية المصرية مقتل مسلحين في سيناء. وقال نائب وزير الداخلية مجدي عبد الغفار إن الحملة مستمرة.'));
  assert.ok(!g.some((x) => x.includes('leads egyptian-interior-ministry')), g.join('; '));
});

test('Arabic titles naming no body: members of the group the sentence opens on, its generic noun resolved through the text', () => {
  const f = facts(analyze('أصدرت كتائب القسام بيانا عسكريا. ونعت الكتائب نائب القائد العام مروان عيسى، وقائد لواء الوسطى الشهيد يحيى السنوار، بعد معارك في غزة.'));
  assert.ok(f.includes('marwan-issa member_of qassam-brigades'), f.join('; '));
  assert.ok(f.includes('yahya-sinwar member_of qassam-brigades'), f.join('; '));
  // "القائد X" alone is an epithet: the group vowing revenge for him is not his.
  const g = facts(analyze('توعدت كتائب حزب الله بالرد على اغتيال القائد مروان عيسى في غزة.'));
  assert.ok(!g.some((x) => x.startsWith('marwan-issa member_of kataib-hezbollah')), g.join('; '));
});

test('"Both groups ..." stands for the last two groups named before, leaving aside a preposition\'s object', () => {
  const f = facts(analyze('Kataib Hezbollah was listed by the State Department in 2009. Asaib Ahl al-Haq was trained by the Quds Force. Both groups are funded by Iran and have fought alongside Hezbollah.'));
  for (const x of ['kataib-hezbollah backed_by iran', 'asaib-ahl-al-haq backed_by iran']) assert.ok(f.includes(x), `${x} in ${f.join('; ')}`);
  assert.ok(!f.includes('quds-force backed_by iran'), f.join('; '));
  // A subject that counts no two groups is left alone.
  const g = facts(analyze('Kataib Hezbollah was listed by the State Department in 2009. Asaib Ahl al-Haq was trained by the Quds Force. Many groups are funded by Iran.'));
  assert.ok(!g.includes('kataib-hezbollah backed_by iran'), g.join('; '));
});

test('"its armed wing, the Full Name (ABBR)" and "X, whose Y bloc ..."', () => {
  const f = facts(analyze("The PKK spoke through its armed wing, the People's Defence Forces (HPG), on Friday."));
  assert.ok(f.includes('hpg part_of pkk'), f.join('; '));
  const g = facts(analyze('Cleric Qais al-Khazali, whose Asaib Ahl al-Haq movement holds seats in parliament, rejected the vote.'));
  assert.ok(g.includes('qais-al-khazali leads asaib-ahl-al-haq'), g.join('; '));
  // "whose" before a group that is not the person's own body: no tie.
  const h = facts(analyze('Qais al-Khazali, whose rivals in Kataib Hezbollah objected, rejected the vote.'));
  assert.ok(!h.includes('qais-al-khazali leads kataib-hezbollah'), h.join('; '));
});

test('"X, an al-Qaeda affiliate", "closely tied to Y"; a possessor is not what a group is part of', () => {
  const a = facts(analyze('Hurras al-Din, an al-Qaeda offshoot, was targeted in Idlib.'));
  assert.ok(a.includes('hurras-al-din part_of al-qaeda'), a.join('; '));
  const c = facts(analyze('Kataib Hezbollah is an Iraqi militia closely tied to the Islamic Revolutionary Guard Corps.'));
  assert.ok(c.includes('kataib-hezbollah backed_by irgc'), c.join('; '));
  const d = facts(analyze('The Houthis are part of Iran\'s "axis of resistance".'));
  assert.ok(!d.includes('ansar-allah part_of iran'), d.join('; '));
});

test('"X, the most powerful Iran-aligned militia", "an umbrella group of Iran-backed militias", "proscribed", "operates in"', () => {
  const a = facts(analyze('Kataib Hezbollah, the most powerful Iran-aligned militia in Iraq, denied the claim.'));
  assert.ok(a.includes('kataib-hezbollah backed_by iran'), a.join('; '));
  const b = facts(analyze('The Islamic Resistance in Iraq, an umbrella group of Iran-backed militias, claimed the drone attack.'));
  assert.ok(b.includes('islamic-resistance-in-iraq backed_by iran'), b.join('; '));
  const c = facts(analyze('Britain proscribed Hezbollah in 2019. Jaish al-Adl, which operates in Sistan-Baluchestan, attacked a police station.'));
  assert.ok(c.includes('hezbollah designated_by united-kingdom') && c.includes('jaish-al-adl located_in sistan-and-baluchestan'), c.join('; '));
  // "the leader of Iran-backed X": the apposition is the person's, not the group's before the comma.
  const d = facts(analyze('Hezbollah welcomed Akram al-Kaabi, the leader of Iran-backed Nujaba.'));
  assert.ok(!d.includes('hezbollah backed_by iran'), d.join('; '));
});

test('"an ally of the Iran-backed Houthis": the ally is the group the hyphened participle qualifies, not its backer', () => {
  const f = facts(analyze('Hezbollah, the ally of the Iran-backed Houthis, fired rockets.'));
  assert.ok(f.includes('hezbollah allied_with ansar-allah') && !f.includes('hezbollah allied_with iran') && !f.includes('hezbollah backed_by iran'), f.join('; '));
});

test('Arabic sanctions, founding and political-bureau titles; no possessive read between Arabic names set side by side', () => {
  const a = facts(analyze('وفرضت وزارة الخزانة الأمريكية عقوبات على كتائب حزب الله. وكانت واشنطن قد فرضت عقوبات على زعيم عصائب أهل الحق قيس الخزعلي.'));
  assert.ok(a.includes('kataib-hezbollah sanctioned_by us-treasury') && a.includes('qais-al-khazali sanctioned_by united-states'), a.join('; '));
  assert.ok(!a.includes('asaib-ahl-al-haq sanctioned_by united-states'), a.join('; '));
  const b = facts(analyze('وأسس أبو مهدي المهندس كتائب حزب الله عام 2003. وتأسست حركة النجباء عام 2013 على يد أكرم الكعبي.'));
  assert.ok(b.includes('abu-mahdi-al-muhandis founded kataib-hezbollah') && b.includes('akram-al-kaabi founded harakat-hezbollah-al-nujaba'), b.join('; '));
  const c = facts(analyze('وقال نائب رئيس المكتب السياسي لحركة حماس صالح العاروري إن الحركة جاهزة.'));
  assert.ok(c.includes('saleh-al-arouri member_of hamas') && !c.includes('saleh-al-arouri leads hamas'), c.join('; '));
  const d = facts(analyze('وصنفت وزارة الخارجية الأمريكية حركة النجباء منظمة إرهابية.'));
  assert.ok(!d.some((x) => x.includes(' part_of ')), d.join('; '));
});

test('"the US-designated group X" and "X, a US-sanctioned militia" read as "Iran-backed" does', () => {
  const a = facts(analyze('The US-designated terrorist group Kataib Hezbollah claimed the attack.'));
  assert.ok(a.includes('kataib-hezbollah designated_by united-states'), a.join('; '));
  const b = facts(analyze('Asaib Ahl al-Haq, a US-sanctioned militia, denied the claim.'));
  assert.ok(b.includes('asaib-ahl-al-haq sanctioned_by united-states'), b.join('; '));
  // A designation verb with no hyphen stays a verb: nobody is backed by the designator.
  const c = facts(analyze('Washington designated Hamas in 1997.'));
  assert.ok(c.includes('hamas designated_by united-states') && !c.some((x) => x.includes('backed_by')), c.join('; '));
});

test('"backed financially and militarily by X" backs; a backer past a comma after the cue does not', () => {
  const a = facts(analyze('Hezbollah is backed financially and militarily by Iran.'));
  assert.ok(a.includes('hezbollah backed_by iran'), a.join('; '));
  const b = facts(analyze('Hamas was backed by the people of Gaza, said Hezbollah.'));
  assert.ok(!b.includes('hamas backed_by hezbollah'), b.join('; '));
});

test('a demonym joined by a hyphen names its state though the text never names the state: "the Turkish-backed X"', () => {
  assert.ok(facts(analyze('The Turkish-backed Syrian National Army shelled villages near Manbij.')).includes('syrian-national-army backed_by turkey'));
  assert.ok(facts(analyze('Iranian-backed Houthis fired a drone at a tanker in the Red Sea.')).includes('ansar-allah backed_by iran'));
  // A word that names no state backs nothing.
  assert.ok(!facts(analyze('The locally-backed Syrian National Army shelled villages.')).some((f) => f.includes('backed_by')));
});

test('"X-allied Y" allies Y with X; "X-affiliated Y" makes Y part of X', () => {
  assert.ok(facts(analyze('The Taliban-allied Haqqani Network claimed the bombing in Kabul.')).includes('haqqani-network allied_with taliban'));
  assert.ok(facts(analyze('The Hamas-allied Palestinian Islamic Jihad fired rockets from Gaza.')).includes('palestinian-islamic-jihad allied_with hamas'));
  assert.ok(facts(analyze('The al-Qaeda-affiliated Jama\'at Nusrat al-Islam wal-Muslimin attacked a base in Mali.')).includes('jnim part_of al-qaeda'));
});

test('allies listed after "alongside" each count, a demonym before the name or not', () => {
  const doc = analyze('The Houthis fought in Marib, working alongside the Yemeni Islah Party and the Sudanese Rapid Support Forces.');
  assert.ok(facts(doc).includes('ansar-allah allied_with islah-party'), facts(doc).join('; '));
  assert.ok(facts(doc).includes('ansar-allah allied_with rapid-support-forces'), facts(doc).join('; '));
  const doc2 = analyze('Wagner fought alongside Hezbollah and the Iraqi Kataib Hezbollah near Palmyra.');
  assert.ok(facts(doc2).includes('wagner-group allied_with kataib-hezbollah'), facts(doc2).join('; '));
});

test('"X is a senior Y official", "X, who was a Y commander": the group between the copula\'s article and the title', () => {
  assert.ok(facts(analyze('Saleh al-Arouri is a senior Hamas official.')).includes('saleh-al-arouri member_of hamas'));
  assert.ok(facts(analyze('Mahsum Korkmaz, who was a PKK commander, died in 1986.')).includes('mahsum-kurkmaz member_of pkk'));
  assert.ok(facts(analyze('Murat Karayilan was a former PKK commander.')).includes('murat-karayilan former_member_of pkk'));
  // A title said of someone else after the verb is not the person's.
  assert.ok(!facts(analyze('Murat Karayilan was killed in a strike, a PKK commander said.')).some((f) => f.startsWith('murat-karayilan')));
});

test('"X is Y\'s branch in Z", "X is a Y affiliate": a copula ties an arm as an apposition does', () => {
  assert.ok(facts(analyze('JNIM is al-Qaeda\'s affiliate in the Sahel.')).includes('jnim part_of al-qaeda'));
  assert.ok(facts(analyze('ISKP is an ISIS affiliate active in Afghanistan.')).includes('iskp part_of isis'));
  assert.ok(facts(analyze('Jabhat al-Nusra was al-Qaeda\'s Syrian branch until 2016.')).includes('jabhat-al-nusra former_member_of al-qaeda'));
});

test('"A and B are (close) allies": A is allied with B; not when negated or said of others', () => {
  assert.ok(facts(analyze('Hezbollah and the Amal Movement are longtime allies in Lebanon.')).includes('hezbollah allied_with amal-movement'));
  assert.ok(facts(analyze('Hamas and Palestinian Islamic Jihad have been close allies since the 1990s.')).includes('hamas allied_with palestinian-islamic-jihad'));
  assert.ok(!facts(analyze('Hamas and Fatah are not allies.')).some((f) => f.includes('allied_with')));
  assert.ok(!facts(analyze('Hezbollah and the Houthis are allies of Iran.')).some((f) => f.startsWith('hezbollah allied_with')));
  assert.ok(!facts(analyze('Officials said Hamas and Fatah met allies in Cairo.')).some((f) => f.includes('allied_with')));
});

test('"designated the Iranian airline X": a demonym and a common noun before the name describe the one designated', () => {
  const doc = analyze('Iran condemned the move. The US Treasury designated the Iranian airline Mahan Air and its chairman on Monday.');
  assert.ok(facts(doc).includes('mahan-air designated_by us-treasury'), facts(doc).join('; '));
  assert.ok(!facts(doc).includes('iran designated_by us-treasury'), facts(doc).join('; '));
  const doc2 = analyze('Lebanon protested. OFAC sanctioned the Lebanese lender Jammal Trust Bank for serving Hezbollah.');
  assert.ok(facts(doc2).includes('jammal-trust-bank sanctioned_by ofac'), facts(doc2).join('; '));
});

test('"..., fighting alongside Y" after a preposition\'s object: the clause\'s subject is the ally', () => {
  const doc = analyze('The Houthis seized Sanaa in 2014. The group later joined the push to retake Marib from the Islamic State, fighting alongside Hezbollah.');
  assert.ok(facts(doc).includes('ansar-allah allied_with hezbollah'), facts(doc).join('; '));
  assert.ok(!facts(doc).includes('isis allied_with hezbollah'), facts(doc).join('; '));
});

test('"X\'s Lebanese ally Y": a demonym before the ally noun; "X and its Syrian offshoot, Y"', () => {
  const doc = analyze('Hamas\'s Lebanese ally Hezbollah fired rockets at Israel.');
  assert.ok(facts(doc).includes('hezbollah allied_with hamas'), facts(doc).join('; '));
  assert.ok(!facts(doc).some((f) => f.startsWith('lebanon')), facts(doc).join('; '));
  const doc2 = analyze('Turkish jets struck the PKK and its Syrian offshoot, the YPG, overnight.');
  assert.ok(facts(doc2).includes('ypg part_of pkk'), facts(doc2).join('; '));
});

test('"A, B and C, all backed by X": each group of the list', () => {
  const doc = analyze('Kataib Hezbollah, Harakat al-Nujaba and Kataib Sayyid al-Shuhada, all backed by Iran, fired rockets at the base.');
  for (const g of ['kataib-hezbollah', 'harakat-hezbollah-al-nujaba', 'kataib-sayyid-al-shuhada']) assert.ok(facts(doc).includes(`${g} backed_by iran`), facts(doc).join('; '));
  // Without "all" the participle is the last one's.
  assert.ok(!facts(analyze('Hamas met Hezbollah and the Houthis, backed by Iran, in Beirut.')).includes('hamas backed_by iran'));
});

test('"the Iranian proxy X", "Iranian proxies X and Y": backed by the state; "the Iranian ally X": allied with it, unless it is the ally\'s own country', () => {
  assert.ok(facts(analyze('The Iranian proxy Kataib Hezbollah fired rockets at the base.')).includes('kataib-hezbollah backed_by iran'));
  const doc = analyze('Iranian proxies Harakat al-Nujaba and Kataib Sayyid al-Shuhada vowed revenge.');
  assert.ok(facts(doc).includes('harakat-hezbollah-al-nujaba backed_by iran'), facts(doc).join('; '));
  assert.ok(facts(doc).includes('kataib-sayyid-al-shuhada backed_by iran'), facts(doc).join('; '));
  assert.ok(!facts(analyze('Iran armed its Lebanese ally Hezbollah.')).includes('hezbollah allied_with lebanon'));
  assert.ok(!facts(analyze('Israel struck the Lebanese ally Hezbollah.')).includes('hezbollah allied_with lebanon'));
  assert.ok(facts(analyze('The Iranian ally Hezbollah fired rockets at Israel.')).includes('hezbollah allied_with iran'));
});
