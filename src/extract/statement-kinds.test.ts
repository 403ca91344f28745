/**
 * Statement kinds from the general wording of reports and of what was said,
 * one construction per test, on the project's own sentences through the
 * whole pipeline.
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
const kinds = (doc: Doc): string[] => doc.statements.map((s) => `${s.kind} ${s.actor} -> ${s.target}`);
function analyzeArabic(body: string): Doc {
  return analyzeInput({ name: 't.txt', bytes: new TextEncoder().encode(`خبر للاختبار\n\n${body}\n`), contentType: 'text/plain', origin: 'test',
    hints: { published: '2024-03-05', language: 'ar' } }, knowledge);
}

test('thanking or praising an actor is a declaration of support for it', () => {
  assert.deepEqual(kinds(analyze('Abdul-Malik al-Houthi thanked Iran for its help on Thursday.')), ['support abdul-malik-al-houthi -> iran']);
  assert.ok(kinds(analyze('Qais al-Khazali praised Kataib Hezbollah in a televised speech.')).includes('support qais-al-khazali -> kataib-hezbollah'));
});

test('"asked X to" is a demand made of X', () => {
  assert.ok(kinds(analyze('Iraq asked the United Nations to investigate the strike.')).includes('demand iraq -> united-nations'));
});

test('"confirmed that" is logged as a declaration of no other kind', () => {
  assert.deepEqual(kinds(analyze('Hamas confirmed that Saleh al-Arouri had been killed.')).filter((k) => k.startsWith('other')), ['other hamas -> null']);
});

test('a declaration of no particular kind adds nothing where the sentence says more', () => {
  const doc = analyze('Hamas confirmed that its commander was killed and vowed to avenge him.');
  assert.deepEqual(doc.statements.map((s) => s.kind), ['vow']);
});

test('a claim of attacks counted in words', () => {
  assert.ok(kinds(analyze('The Islamic Resistance in Iraq claimed three drone attacks on Eilat on Sunday.')).some((k) => k.startsWith('claim islamic-resistance-in-iraq')));
  assert.ok(kinds(analyze('Kataib Hezbollah has claimed at least a dozen attacks since October.')).some((k) => k.startsWith('claim kataib-hezbollah')));
});

test('"bears responsibility" in reported words accuses its subject', () => {
  const doc = analyze('The Israeli army said Lebanon bears full responsibility for the rockets.');
  assert.ok(kinds(doc).includes('accusation israel-defense-forces -> lebanon'));
});

test('seeking revenge is a vow; a suspension of operations is announced as such', () => {
  assert.ok(kinds(analyze('"We will seek revenge for our martyrs," Hassan Nasrallah said.')).some((k) => k.startsWith('vow hassan-nasrallah')));
  assert.ok(kinds(analyze('Kataib Hezbollah announced it was suspending operations against US forces.')).some((k) => k.startsWith('other kataib-hezbollah')));
});

test('a harsh punishment promised is a threat', () => {
  assert.ok(kinds(analyze('Ali Khamenei said Israel would face harsh punishment.')).some((k) => k.startsWith('threat ali-khamenei')));
});

test('co-operate spelled with a hyphen still offers cooperation', () => {
  assert.ok(kinds(analyze('Mohammed Shia al-Sudani said he was ready to co-operate with the coalition.')).some((k) => k.startsWith('cooperation mohammed-shia-al-sudani')));
});

test('welcoming is support; expressed concern is logged; refusing to agree is a demand', () => {
  assert.ok(kinds(analyze('Hamas welcomed the UN Security Council resolution.')).some((k) => k.startsWith('support hamas')));
  assert.ok(kinds(analyze('Saudi Arabia expressed deep concern over the escalation.')).some((k) => k.startsWith('other saudi-arabia')));
  assert.ok(kinds(analyze('Osama Hamdan said Hamas would not agree to any deal without a full withdrawal.')).some((k) => k.startsWith('demand osama-hamdan')));
});

test('"achieved its objectives" claims success', () => {
  assert.ok(kinds(analyze('Hossein Salami said the operation had achieved all of its objectives.')).some((k) => k.startsWith('claim hossein-salami')));
});

test('threats said in set phrases: hands on the trigger, no crime passing without punishment', () => {
  assert.ok(kinds(analyze('"Our hands are on the trigger," Qais al-Khazali said on Monday.')).some((k) => k.startsWith('threat qais-al-khazali')));
  assert.ok(kinds(analyze('"This crime will not pass without punishment," Hossein Salami said.')).some((k) => k.startsWith('threat hossein-salami')));
});

test('bearing no responsibility is a denial, bearing it an accusation', () => {
  assert.ok(kinds(analyze('Hezbollah said it bore no responsibility for the blast.')).some((k) => k.startsWith('denial hezbollah')));
  assert.ok(!kinds(analyze('Hezbollah said it bore no responsibility for the blast.')).some((k) => k.startsWith('accusation')));
});

test('describing a killing as a crime accuses', () => {
  assert.ok(kinds(analyze('Hamas described the killing as a cowardly assassination.')).some((k) => k.startsWith('accusation hamas')));
});

test('an army reporting what its troops did claims it', () => {
  assert.ok(kinds(analyze('The Israeli army said troops had killed two militants in Jenin.')).some((k) => k.startsWith('claim israel-defense-forces')));
});

test('"in response to attacks on X" claims an answer, not an attack on X', () => {
  const doc = analyze('The Pentagon said the strikes were in response to attacks on US personnel.');
  const claim = doc.statements.find((s) => s.kind === 'claim');
  assert.equal(claim?.actor, 'pentagon');
  assert.equal(claim?.target, null);
});

test('an office holder named by title speaks for the state even when a name follows the verb', () => {
  assert.ok(kinds(analyze('Iran\'s supreme leader said the Zionist regime must be punished.')).some((k) => k.startsWith('demand iran -> israel')));
});

test('events: an open question about who acted reports no event; "carried out an operation" does', () => {
  const doc = analyze('The group did not specify which of its factions had carried out the attack. Hezbollah carried out an operation against Israel on Sunday.');
  assert.deepEqual(doc.events.map((e) => `${e.cameo.slice(0, 2)} ${e.actor} -> ${e.target}`), ['19 hezbollah -> israel']);
});

test('a reporting verb after the words governs only what follows it: "said X must leave, warning that ..."', () => {
  const doc = analyze('Qais al-Khazali said the coalition forces must leave Iraq by September, warning that the resistance would act.');
  const k = kinds(doc);
  assert.ok(k.some((x) => x.startsWith('demand qais-al-khazali')), k.join('; '));
  assert.ok(k.some((x) => x.startsWith('warning qais-al-khazali')), k.join('; '));
  // The country to be left is not the one the demand is made of.
  assert.ok(!k.includes('demand qais-al-khazali -> iraq'), k.join('; '));
});

test('announced suspensions, commitments, successes, obstruction and answered attacks', () => {
  assert.ok(kinds(analyze('Kataib Hezbollah announced the suspension of military operations against US forces.')).some((k) => k.startsWith('other kataib-hezbollah')));
  assert.ok(kinds(analyze('The Iraqi government said it was committed to ending the mission through dialogue.')).some((k) => k.startsWith('vow iraqi-government')));
  assert.ok(kinds(analyze('Hossein Salami said the operation was a success.')).some((k) => k.startsWith('claim hossein-salami')));
  assert.ok(kinds(analyze('Osama Hamdan said Israel was obstructing the talks.')).includes('accusation osama-hamdan -> israel'));
  assert.ok(kinds(analyze('Hossein Salami said any attack on Iran would be answered from Iranian soil.')).some((k) => k.startsWith('threat hossein-salami')));
});

test('denials worded without "deny": no part, no knowledge, not responsible, a report dismissed', () => {
  assert.ok(kinds(analyze('Washington said it had not been involved in the raid on the convoy.')).some((k) => k.startsWith('denial united-states')));
  assert.ok(kinds(analyze('The Houthis said they played no part in the sinking of the tanker.')).some((k) => k.startsWith('denial ansar-allah')));
  assert.ok(kinds(analyze('Asaib Ahl al-Haq said it was not responsible for the explosion in Basra.')).some((k) => k.startsWith('denial asaib-ahl-al-haq')));
  assert.ok(kinds(analyze('Iran dismissed the newspaper report about the shipment.')).some((k) => k.startsWith('denial iran')));
  // Not every dismissal denies something.
  assert.ok(!kinds(analyze('Iran dismissed the commander of its navy on Monday.')).some((k) => k.startsWith('denial')));
});

test('threats worded as readiness, expansion or force', () => {
  assert.ok(kinds(analyze('Herzi Halevi said the army was ready to launch a ground offensive.')).some((k) => k.startsWith('threat herzi-halevi')));
  assert.ok(kinds(analyze('Abdul-Malik al-Houthi said the Houthis would widen their attacks on shipping.')).some((k) => k.startsWith('threat abdul-malik-al-houthi')));
  assert.ok(kinds(analyze('Yoav Gallant said Israel would restore calm in the north by force.')).some((k) => k.startsWith('threat yoav-gallant')));
});

test('a named actor\'s declaration takes the kind its words give it, and none is logged without one', () => {
  // "assassination" blames (statement-kinds.yaml).
  assert.deepEqual(kinds(analyze('Naim Qassem said the assassination showed how far the enemy had fallen.')), ['accusation naim-qassem -> null']);
  assert.deepEqual(kinds(analyze('Hamas told reporters that the talks in Cairo had reached a critical stage.')), []);
});

test('no declaration is logged where nothing is declared or the verb reports no clause', () => {
  assert.deepEqual(kinds(analyze('Hezbollah did not say who would replace the commander.')), []);
  assert.deepEqual(kinds(analyze('Kataib Hezbollah announced the formation of a new unit on Sunday.')), []);
  assert.deepEqual(kinds(analyze('According to Hezbollah, the commander was 55 years old.')), []);
});

test('a researcher\'s reading of events is commentary, not a declaration', () => {
  assert.deepEqual(kinds(analyze('Dr. Lina Haddad, an analyst at a Beirut research centre, said Hezbollah had lost many commanders.')), []);
});

test('orders, pressing for something and promises in the participle are demands and vows', () => {
  assert.ok(kinds(analyze('Mohammed Shia al-Sudani ordered the security forces to find the attackers.')).some((k) => k.startsWith('demand mohammed-shia-al-sudani')));
  assert.ok(kinds(analyze('Hadi al-Amiri pressed for a vote on the withdrawal of foreign troops.')).some((k) => k.startsWith('demand hadi-al-amiri')));
  assert.ok(kinds(analyze('Naim Qassem spoke on Sunday, promising to rebuild the villages of the south.')).some((k) => k.startsWith('vow naim-qassem')));
});

test('calling an actor a terrorist or a proxy is an accusation', () => {
  assert.ok(kinds(analyze('Turkey described the YPG as a terrorist organisation.')).some((k) => k.startsWith('accusation turkey')));
  assert.ok(kinds(analyze('The Houthis branded Saudi Arabia as a tool of Washington.')).some((k) => k.startsWith('accusation ansar-allah')));
});

test('urging others to attack is a threat; continuing to target is one too', () => {
  assert.ok(kinds(analyze('Al-Qaeda released a recording calling on supporters to attack Western embassies.')).some((k) => k.startsWith('threat ')));
  assert.ok(kinds(analyze('Yahya Saree said the Houthis would continue to target ships bound for Israeli ports.')).some((k) => k.startsWith('threat ')));
});

test('saying another actor disrupts security or commits a crime against a people accuses it', () => {
  assert.ok(kinds(analyze('Nasser Kanaani said Israel was destabilizing the region with its raids.')).some((k) => k.startsWith('accusation nasser-kanaani -> israel')));
  assert.ok(kinds(analyze('The Kurdistan Regional Government said that the shelling was a crime against civilians.')).some((k) => k.startsWith('accusation kurdistan-regional-government')));
  assert.ok(kinds(analyze('Hamas issued a statement calling the ruling unjust.')).some((k) => k.startsWith('accusation hamas')));
});

test('rejecting a claim in the singular is a denial', () => {
  assert.ok(kinds(analyze('Kataib Hezbollah rejected the accusation on Sunday.')).some((k) => k.startsWith('denial kataib-hezbollah')));
});

test('reaffirming someone\'s support, working with a partner and sending aid', () => {
  assert.ok(kinds(analyze('The Arab League reaffirmed its full support for Lebanon.')).some((k) => k.startsWith('support arab-league')));
  assert.ok(kinds(analyze('The State Department said it was working closely with the Iraqi government.')).some((k) => k.startsWith('cooperation ')));
  assert.ok(kinds(analyze('Qatar said it would send humanitarian aid to Gaza.')).some((k) => k.startsWith('cooperation qatar')));
});

test('a writer recalling that a group has done it before logs no declaration', () => {
  const doc = analyze('It is not the first time that Kataib Hezbollah accuses the US military of helping ISIS.');
  assert.equal(doc.statements.length, 0);
});

test('calling a decision “unjust” in quotation marks still accuses', () => {
  const doc = analyze('Israel closed three charities on Monday. Amnesty International issued a statement calling the closures “unjust and cruel”.');
  assert.ok(doc.statements.some((s) => s.kind === 'accusation' && s.actor === 'amnesty-international'));
});

test('announcing or mourning a member\'s death is logged as a declaration', () => {
  const doc = analyze('Hezbollah announced on Sunday the martyrdom of one of its field commanders in southern Lebanon.');
  assert.ok(doc.statements.some((s) => s.kind === 'other' && s.actor === 'hezbollah' && s.target === null));
});

test('sponsorship, a menace posed and a declaration of war on someone accuse', () => {
  assert.ok(kinds(analyze('Abbas Araghchi said Israel was the main sponsor of terror in the region.')).some((k) => k.startsWith('accusation abbas-araghchi')));
  assert.ok(kinds(analyze('Bahrain said the threat that the militias pose to the Gulf was growing.')).some((k) => k.startsWith('accusation bahrain')));
  assert.ok(kinds(analyze('Yoav Gallant said Hezbollah was armed and financed by Iran.')).some((k) => k.startsWith('accusation yoav-gallant')));
  assert.ok(kinds(analyze('Hamas said the closure of the crossing was a declaration of war on the people of Gaza.')).some((k) => k.startsWith('accusation hamas')));
});

test('describing an attack "as" cruel, with words between, accuses', () => {
  assert.ok(kinds(analyze('Yoav Gallant described the rocket attack as cruel and cowardly.')).some((k) => k.startsWith('accusation yoav-gallant')));
});

test('defiance is a vow; deterrence that defends is a warning, not a threat', () => {
  assert.ok(kinds(analyze('Hamas said the arrests would not break the will of the prisoners.')).some((k) => k.startsWith('vow hamas')));
  const defend = kinds(analyze('The Pentagon said the United States would not hesitate to defend its troops.'));
  assert.ok(defend.some((k) => k.startsWith('warning pentagon')));
  assert.ok(!defend.some((k) => k.startsWith('threat')));
  assert.ok(kinds(analyze('Yoav Gallant said Israel would not hesitate to strike Hezbollah.')).some((k) => k.startsWith('threat yoav-gallant')));
});

test('Arabic: a vow of force to come threatens; a vow to go on, or a pledge made, vows', () => {
  assert.ok(kinds(analyzeArabic('وتتوعد كتائب حزب الله بالرد على قصف مقرها.')).some((k) => k.startsWith('threat kataib-hezbollah')));
  assert.ok(kinds(analyzeArabic('وتوعدت حركة حماس بمواصلة القتال.')).some((k) => k.startsWith('vow hamas')));
  assert.ok(kinds(analyzeArabic('وتعاهد حركة حماس أسرى الحركة على مواصلة الطريق.')).some((k) => k.startsWith('vow hamas')));
});

test('a said accusation that holds its object in its gap ("نحمّل X المسؤولية") aims at X', () => {
  const doc = analyzeArabic('وقالت حركة حماس في بيان: إننا نحمّل الولايات المتحدة المسؤولية الكاملة عن المجزرة.');
  assert.ok(kinds(doc).includes('accusation hamas -> united-states'), kinds(doc).join('; '));
  // A said vow with a gap ("لن تزيدنا * إلا") keeps the speaker's own words out of its target.
  const vow = analyzeArabic('وقالت حركة حماس في بيان: إن هذه الجرائم لن تزيد الحركة إلا إصراراً.');
  assert.ok(!kinds(vow).some((k) => k === 'vow hamas -> hamas'), kinds(vow).join('; '));
});

test('a danger pictured as a time bomb or a breeding ground is a warning; acting "recklessly" accuses', () => {
  assert.ok(kinds(analyze('Iraq said that the camp was a time bomb for the region.')).some((k) => k.startsWith('warning')));
  assert.ok(kinds(analyze('Jordan said the shelling was the result of Hezbollah recklessly firing rockets across the border.')).some((k) => k.startsWith('accusation jordan')));
});

test('Arabic: every option kept open, or blood that will not go in vain, threatens', () => {
  const doc = analyzeArabic('وقال أبو حمزة الناطق باسم سرايا القدس: "إن دماء الشهداء لن تذهب هدرا، وكل الخيارات مفتوحة".');
  assert.ok(doc.statements.some((s) => s.kind === 'threat'), JSON.stringify(kinds(doc)));
});

test('a body reporting its own deed that no event reads is a claim, in English and Arabic', () => {
  assert.ok(kinds(analyze('The Syrian Democratic Forces said on Sunday that its fighters had taken the town of Tabqa.')).some((k) => k.startsWith('claim syrian-democratic-forces')));
  assert.ok(kinds(analyzeArabic('وأعلن الجيش اللبناني أنه أحبط محاولة تهريب أسلحة عبر الحدود.')).some((k) => k.startsWith('claim lebanese-armed-forces')));
});

test('Arabic: a first-form participle after a comma (داعياً) is said by the sentence\'s speaker', () => {
  const doc = analyzeArabic('وقال هادي العامري إن الحكومة مسؤولة عن أمن البلاد، داعياً إلى عدم زج العراق في صراعات المنطقة.');
  assert.ok(kinds(doc).some((k) => k.startsWith('demand hadi-al-amiri')), kinds(doc).join('; '));
});

test('Arabic: renewing a warning (جددت ... تحذير) is a warning; "will use all tools" a threat', () => {
  assert.ok(kinds(analyzeArabic('وجددت حركة حماس تحذير الاحتلال من المساس بالمسجد الأقصى.')).some((k) => k.startsWith('warning hamas')));
  assert.ok(kinds(analyzeArabic('وقالت وزارة الخزانة الأمريكية إنها ستستخدم كل الأدوات المتاحة لملاحقة شبكات التمويل.')).some((k) => k.startsWith('threat')));
});
