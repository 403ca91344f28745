/**
 * Who speaks a quotation, in the constructions reporting uses beyond
 * "X said": titles in apposition, long titles after an inverted verb, a
 * group qualifying its official, descriptions of a group, "called it", and
 * unnamed officials (null, not their organisation).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../core/types.js';
import { analyzeInput } from '../pipeline/analyze.js';
import { loadKnowledge } from '../pipeline/knowledge.js';

const knowledge = loadKnowledge();
function analyze(body: string): Doc {
  const text = `Test report\n\nJune 12, 2024\n\n${body}\n`;
  return analyzeInput({ name: 't.txt', bytes: new TextEncoder().encode(text), contentType: 'text/plain', origin: 'test' }, knowledge);
}
const speakers = (doc: Doc): Array<string | null> => doc.quotes.map((q) => q.speaker);

test('a name in apposition to a title phrase speaks: "A senior Houthi official, X, said:"', () => {
  const doc = analyze('The Houthis promised a reply. A senior Houthi official, Mohammed Ali al-Houthi, said: "Our answer to this raid will come soon and it will hurt."');
  assert.deepEqual(speakers(doc), ['mohammed-ali-al-houthi']);
});

test('"The group\'s secretary-general, X, wrote that Y ..." gives X, not the first actor of the sentence', () => {
  const doc = analyze('Kataib Hezbollah issued a statement on Monday. The faction\'s secretary-general, Abu Hussein al-Hamidawi, wrote that the embassy was "a nest of spies that will be shut down."');
  assert.deepEqual(speakers(doc), ['ahmad-al-hamidawi']);
});

test('a group before its official only qualifies him: "Senior Hamas official X, speaking ..., said"', () => {
  const doc = analyze('Senior Hamas official Osama Hamdan, speaking at a news conference in Beirut, said the talks were "going nowhere while the bombing goes on."');
  assert.deepEqual(speakers(doc), ['osama-hamdan']);
});

test('an inverted verb followed by a long capitalised title and the name', () => {
  const doc = analyze('"These networks move money for the militias every single month," said Under Secretary of the Treasury for Terrorism and Financial Intelligence Brian Nelson.');
  assert.deepEqual(speakers(doc), ['brian-nelson']);
});

test('"called it" reports speech: the sentence subject speaks', () => {
  const doc = analyze('Hadi al-Amiri called it "an attack on the sovereignty of the whole country" in a televised address.');
  assert.deepEqual(speakers(doc), ['hadi-al-amiri']);
});

test('"the terrorist group" describes the group the document is about', () => {
  const doc = analyze('Hamas confirmed the death of a commander. In a statement, the terrorist group said it would "continue the fight until the last fighter falls."');
  assert.deepEqual(speakers(doc), ['hamas']);
});

test('an unnamed official of a group or state gets no speaker', () => {
  const doc = analyze('Hezbollah fired rockets at the border on Sunday. "We were never told about the shipment in advance," a Hezbollah official said on condition of anonymity.');
  assert.deepEqual(speakers(doc), [null]);
  const doc2 = analyze('"Baghdad must answer for every drone launched from its soil," an Israeli security source told reporters.');
  assert.deepEqual(speakers(doc2), [null]);
});

test('a spokesman of a group, unnamed, still speaks for the group', () => {
  const doc = analyze('Kataib Hezbollah fired rockets. "We will continue our operations until the last soldier leaves," a Kataib Hezbollah spokesman said.');
  assert.deepEqual(speakers(doc), ['kataib-hezbollah']);
});

test('a title word opening a sentence is not read as a misspelt name', () => {
  const doc = analyze('Senior Hamas official Osama Hamdan spoke in Beirut on Tuesday.');
  assert.ok(!doc.mentions.some((m) => doc.text.slice(m.start, m.end) === 'Senior'), 'no mention of "Senior"');
});

test('"..., the statement read": the issuer of the statement speaks', () => {
  const doc = analyze('Hamas issued a statement on Monday. "The answer to the crime in the city is coming and it will be painful," the statement read.');
  assert.deepEqual(speakers(doc), ['hamas']);
});

test('a name and a colon introduce the words: "NAME: ..."', () => {
  const doc = analyze('Naim Qassem: "We are ready for a long war and we have prepared for every scenario."');
  assert.deepEqual(speakers(doc), ['naim-qassem']);
});

test('"the group said" after a quotation is the militia, not the foreign troops it fought', () => {
  const doc = analyze('American troops struck three depots near the border. Kataib Hezbollah said two of its men died in the raid. '
    + 'U.S. troops were not hurt, officials said.\n\n"Our fighters will answer this crime at a time of our choosing," the group said on Telegram.');
  assert.deepEqual(speakers(doc), ['kataib-hezbollah']);
});

test('"the rebels said" is the armed group the report is about, not the army it beat', () => {
  const doc = analyze('Hayat Tahrir al-Sham fighters entered Hama on Thursday. The Syrian army said it had pulled back to protect civilians.\n\n'
    + '"Hama is liberated and its people are safe," the rebels said in a message on Telegram.');
  assert.deepEqual(speakers(doc), ['hayat-tahrir-al-sham']);
});

test('\'"...," its spokesman wrote\' continues the group the sentence before was about', () => {
  const doc = analyze('Kataib Hezbollah buried two commanders on Friday. Asaib Ahl al-Haq, a rival faction, promised to strike back.\n\n'
    + '"Our answer will come in the place they least expect," its spokesman wrote online.');
  assert.deepEqual(speakers(doc), ['asaib-ahl-al-haq']);
});

test('a verb coordinated after a quotation and a clause shares the sentence subject', () => {
  const doc = analyze('Joe Biden warned Tehran of consequences "that nobody in the region will forget" if U.S. troops were harmed again, '
    + 'and said more strikes were ready.');
  assert.deepEqual(speakers(doc), ['joe-biden']);
});

test('"X, a veteran of Y, who says Z "..."": the person before the apposition speaks, not the group inside it', () => {
  const doc = analyze('The AQAP recording features Yunus al-Hamdani, a veteran of the group, who says the emir "died as he lived, with his weapon in his hand".');
  assert.deepEqual(speakers(doc), ['yunus-hamdani']);
});

test('"X was quoted as saying:" before the quotation: the subject of the passive speaks', () => {
  const doc = analyze('Hassan Nasrallah was quoted as saying: "Every attack on our villages will meet an answer from the resistance."');
  assert.deepEqual(speakers(doc), ['hassan-nasrallah']);
});

test('"Hezbollah\'s spokesman said:" an unnamed office holder speaks for the group that has the office', () => {
  const doc = analyze('Hezbollah\'s spokesman said: "Every attack on our villages will meet an answer from the resistance."');
  assert.deepEqual(speakers(doc), ['hezbollah']);
});

test('\'... the ministry said. "...," it said\': the pronoun continues the body just reported, through its head noun', () => {
  const doc = analyze('Turkey\'s National Defense Ministry announced a new air campaign on Monday. Jets hit forty positions in the mountains, the ministry said. '
    + '"Our operations will continue until the last threat on our border is removed," it said.');
  assert.deepEqual(speakers(doc), ['turkish-defense-ministry']);
});

test('\'"...," the Leader said\' after a sentence reporting a person continues that person, not the leader of the focal group', () => {
  const doc = analyze('Hamas said its leader Ismail Haniyeh had been killed in Tehran. Hamas vowed revenge. Ali Khamenei said in a message that Israel had '
    + '"brought a harsh punishment upon itself". "Avenging his blood is a duty upon all of us," the Leader said.');
  assert.deepEqual(speakers(doc), ['ali-khamenei', 'ali-khamenei']);
});

test('"The statement accused ... and vowed ..." speaks for the group that issued it ("In a statement ..., X said")', () => {
  const doc = analyze('In a statement carried by its own channel, Kataib Hezbollah said its fighters had attacked the base. The statement accused Washington '
    + 'of serving Israel and vowed to fight on "until every foreign soldier has left the country".');
  assert.deepEqual(speakers(doc), ['kataib-hezbollah']);
});

test('"X described Y as "..."": the words are the subject\'s', () => {
  const doc = analyze('Israeli jets killed a senior commander in Beirut. In a statement, Hezbollah described the commander as "a pillar of the resistance for forty years".');
  assert.deepEqual(speakers(doc), ['hezbollah']);
});

test('"quoted Supreme Leader X as saying": a title of several words between "quoted" and the name', () => {
  const doc = analyze('Iranian state media quoted Supreme Leader Ali Khamenei as saying that "the answer to this crime will be harsh and decisive."');
  assert.deepEqual(speakers(doc), ['ali-khamenei']);
});

test('"A spokesman for X told AFP:" the unnamed spokesman speaks for X, never the agency he told', () => {
  const doc = analyze('A spokesman for Hezbollah told AFP: "We have nothing to do with the rockets fired from the south last night."');
  assert.deepEqual(speakers(doc), ['hezbollah']);
});

test('"the official said" after an official the text never named gets no speaker', () => {
  const doc = analyze('Tehran hosted a regional meeting. A senior Jordanian official, who declined to be identified, said the border would stay shut. "Nothing crosses until the smuggling stops," the official said. Ayman Safadi later met his Syrian counterpart.');
  assert.deepEqual(speakers(doc), [null]);
});

test('"the official" and "the spokesman" go back to the person last given that title', () => {
  const doc = analyze('State Department spokesman Matthew Miller briefed reporters on Tuesday. Hezbollah fired rockets. "We are watching the border very closely," the spokesman said.');
  assert.deepEqual(speakers(doc), ['matthew-miller']);
  const doc2 = analyze('Osama Hamdan, a senior Hamas official, spoke in Beirut. Israel struck Rafah. "The occupation is lying about the talks," the official said.');
  assert.deepEqual(speakers(doc2), ['osama-hamdan']);
});

test('a spokesman the text names only later is not who "the spokesman" was', () => {
  const doc = analyze('Asaib Ahl al-Haq held a rally in Baghdad. A senior Iraqi official said the government was worried. "We do not want escalation," the official said. Later the group\'s spokesman, Jawad al-Talibawi, spoke to reporters.');
  assert.deepEqual(speakers(doc), [null]);
});

test('"she said" after an unnamed spokesperson of a body speaks for the body; after an unnamed official, for no one', () => {
  const doc = analyze('Nasser Kanaani condemned the strikes in Tehran. A spokeswoman for the European Union said the bloc was ready to act. "We will protect shipping in the Red Sea," she said.');
  assert.deepEqual(speakers(doc), ['european-union']);
  const doc2 = analyze('Nasser Kanaani condemned the strikes in Tehran. A senior Iraqi official said the talks had stalled. "We are not optimistic," he said.');
  assert.deepEqual(speakers(doc2), [null]);
});

test('a naming participle nearer the quotation than another body\'s statement: its subject speaks', () => {
  const doc = analyze('Iranian foreign ministry spokesman Nasser Kanaani dismissed a communique by the Arab League on the islands, calling it "a baseless meddling in our sovereign affairs."');
  assert.deepEqual(speakers(doc), ['nasser-kanaani']);
});

test('an indefinite subject before "told" is no one, and never the outlet told', () => {
  const doc = analyze('The Islamic Resistance in Iraq claimed a drone attack on Monday. Asked about the raid, a local commander told Al Mayadeen: "Our drones flew low and their radars saw nothing at all."');
  assert.deepEqual(speakers(doc), [null]);
});

test('an inverted verb with someone unnamed after it: null, not the speaker before', () => {
  const doc = analyze('Kataib Hezbollah said it would keep its weapons. "Nobody here ordered the rockets to be fired," said a member of another faction who asked not to be identified.');
  assert.deepEqual(speakers(doc), [null]);
});

test('Arabic: an indefinite source before the verb is no one', () => {
  const doc = analyze('أعلنت كتائب حزب الله أنها لن تسلم سلاحها. لكن مصدرا قريبا من الكتائب قال إن «القرار النهائي لم يتخذ حتى الآن في الاجتماع».');
  assert.deepEqual(speakers(doc), [null]);
});

test('Arabic: a new title after the verb, its name unknown, does not carry the speaker before', () => {
  // A state named only by the nisba in a title ("الأردني") is no entity of the text, so the minister is no one named.
  const doc = analyze('قالت كتائب حزب الله في بيان: «سنرد على كل اعتداء يطال مقراتنا في أي مكان».\n\nوفي عمان، قال وزير الخارجية الأردني للصحفيين: «نرفض أن تكون المنطقة ساحة لحرب جديدة».');
  assert.deepEqual(speakers(doc), ['kataib-hezbollah', null]);
});

test('Arabic: "according to a statement by X" names X', () => {
  const doc = analyze('وصف قائد القوات المسلحة الهجوم بالناجح. وبحسب بيان صادر عن الحرس الثوري الإيراني، فإن «الصواريخ أصابت جميع الأهداف المحددة لها بدقة».');
  assert.deepEqual(speakers(doc), ['irgc']);
});

test('"the spokesman" when no one was titled so: the body the sentence before reported, not the last person named', () => {
  const doc = analyze('Retired general Karim Nassar said the raids were spreading north.\n\nHezbollah said in a statement that the drone had been shot down. "Our air defences engaged the aircraft above the hills," the spokesman said.');
  assert.deepEqual(speakers(doc), ['hezbollah']);
});

test('"X said the prime minister was "..."": the reported-on person after the verb is not its speaker', () => {
  const doc = analyze('Iraqi Prime Minister Mohammed Shia al-Sudani called the faction leaders. Iraqi officials said Sudani had met them. One of those officials said the prime minister was "losing patience with every side in this dispute."');
  assert.deepEqual(speakers(doc), [null]);
});
