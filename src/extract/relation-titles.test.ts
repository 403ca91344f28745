/**
 * Standing facts in the title constructions reporting uses: a group
 * adjective before a unit and title ("Houthi military spokesman X"), two
 * titles joined by "and", honorifics between title and name, passive
 * leadership ("chaired by"), a state's organs, and "the faction's leader"
 * continuing the group the sentence before was about.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../core/types.js';
import { analyzeInput } from '../pipeline/analyze.js';
import { loadKnowledge } from '../pipeline/knowledge.js';

const knowledge = loadKnowledge();
function analyze(body: string): Doc {
  const text = `Test report\n\nMay 20, 2024\n\n${body}\n`;
  return analyzeInput({ name: 't.txt', bytes: new TextEncoder().encode(text), contentType: 'text/plain', origin: 'test' }, knowledge);
}
const facts = (doc: Doc): string[] => doc.relations.filter((r) => r.origin === 'document').map((r) => `${r.subject} ${r.predicate} ${r.object}`);

test('a group adjective, a unit word and a title before the name', () => {
  assert.ok(facts(analyze('Houthi military spokesman Yahya Saree announced the operation on television.')).includes('yahya-saree spokesperson_of ansar-allah'));
});

test('two titles joined by "and" after the group\'s possessive', () => {
  const doc = analyze("The Houthis rejected the plan. Mohammed Abdulsalam, the group's chief negotiator and spokesman, said the talks were over.");
  assert.ok(facts(doc).includes('mohammed-abdulsalam spokesperson_of ansar-allah'));
});

test('honorifics between the title and the name', () => {
  assert.ok(facts(analyze('Hezbollah Secretary General His Eminence Sheikh Naim Qassem spoke on Sunday.')).includes('naim-qassem leads hezbollah'));
});

test('passive leadership: "chaired by", "led by"', () => {
  assert.ok(facts(analyze('The Popular Mobilization Forces are chaired by Faleh al-Fayyadh.')).includes('falih-al-fayyadh leads popular-mobilization-forces'));
  assert.ok(facts(analyze('The Badr Organization, led by Hadi al-Amiri, joined the cabinet.')).includes('hadi-al-amiri leads badr-organization'));
  // A state leading a coalition is no person's leadership.
  assert.deepEqual(facts(analyze('The coalition, led by the United States, struck the depot.')).filter((f) => f.includes(' leads ')), []);
});

test("a state's ministry is part of the state", () => {
  assert.ok(facts(analyze("Iran's Foreign Ministry condemned the killing on Wednesday.")).some((f) => / part_of iran$/.test(f)));
});

test('"The faction\'s secretary-general" continues the group the sentence before was about', () => {
  const doc = analyze('The Popular Mobilization Forces held a parade. Kataib Sayyid al-Shuhada, an armed faction, accused Washington of blocking the deals. The faction\'s secretary-general, Abu Alaa al-Walai, wrote that the United States was to blame.');
  const f = facts(doc);
  assert.ok(f.includes('abu-alaa-al-walai leads kataib-sayyid-al-shuhada'), f.join('; '));
  assert.ok(!f.includes('abu-alaa-al-walai leads popular-mobilization-forces'));
});

test('"Hezbollah commander X" names a member where the group is headed by another title; "Quds Force commander X" its head', () => {
  const f = facts(analyze('Hezbollah commander Jawad Tawil was killed in a strike. Quds Force commander Esmail Qaani visited Baghdad.'));
  assert.ok(f.includes('jawad-tawil member_of hezbollah'), f.join('; '));
  assert.ok(f.includes('esmail-qaani leads quds-force'), f.join('; '));
});

test('"senior Hamas leader X" and "commander of the IRGC ground forces" say membership, not leadership', () => {
  const f = facts(analyze('Senior Hamas leader Walid Sharqawi spoke on Monday. Mahmoud Kazemi, commander of the IRGC ground forces, warned the Kurds.'));
  assert.ok(f.includes('walid-sharkawi member_of hamas') && !f.some((x) => x.includes('leads hamas')), f.join('; '));
  assert.ok(f.includes('mahmud-kazimi member_of irgc') && !f.some((x) => x.includes('leads irgc')), f.join('; '));
});

test('a press secretary speaks for the body named before the title', () => {
  assert.ok(facts(analyze('Pentagon press secretary Sabrina Holt said the strikes were proportionate.')).includes('sabrina-hult spokesperson_of pentagon'));
});

test('a ministry\'s spokesman speaks for its state too', () => {
  const a = facts(analyze('Iraq\'s foreign ministry spokesman Ahmed al-Sahaf rejected the claims on Sunday.'));
  assert.ok(a.some((f) => /spokesperson_of iraq$/.test(f)), a.join('; '));
  const b = facts(analyze('Iran\'s Foreign Ministry spokesman Nasser Kanaani condemned the strike.'));
  assert.ok(b.includes('nasser-kanaani spokesperson_of iran'), b.join('; '));
});

test('founding titles and a dated passive founding', () => {
  const a = facts(analyze('Kataib Hezbollah grew fast. Its founding commander, Abu Mahdi al-Muhandis, was killed in 2020.'));
  // A founding commander founded the group and led it; a founding figure only founded it.
  assert.ok(a.includes('abu-mahdi-al-muhandis founded kataib-hezbollah') && a.includes('abu-mahdi-al-muhandis leads kataib-hezbollah'), a.join('; '));
  const b = facts(analyze('Imad Mughniyeh was a founding figure of Hezbollah.'));
  assert.ok(b.includes('imad-mughniyeh founded hezbollah') && !b.includes('imad-mughniyeh leads hezbollah'), b.join('; '));
  assert.ok(facts(analyze('Hamas, an Islamist movement founded in 1987 by Ahmed Yassin, runs Gaza.')).includes('ahmed-yassin founded hamas'));
});

test('"the chairperson of Y, X" names the head of Y', () => {
  const f = facts(analyze('The chairperson of the African Union Commission, Moussa Faki Mahamat, called for calm.'));
  assert.ok(f.includes('moussa-faki-mahamat leads african-union-commission'), f.join('; '));
});

test('"Defense Minister X" heads the one defense ministry the document names; a deputy or another state\'s minister does not', () => {
  assert.ok(facts(analyze('The Defense Ministry published the list. Defense Minister Benny Gantz signed it on Friday.')).includes('benny-gantz leads israeli-ministry-of-defense'));
  assert.ok(!facts(analyze('The Defense Ministry published the list. Deputy Defense Minister Benny Gantz signed it.')).some((f) => f.includes(' leads ')));
  assert.ok(!facts(analyze('The Iranian Foreign Ministry protested to Pakistan. Pakistani Foreign Minister Jalil Abbas Jilani called the strike illegal.')).some((f) => f.includes(' leads ')));
});

test('a state\'s military spokesman speaks for the armed forces of that state the document names', () => {
  const a = facts(analyze('The Israeli army struck a building in Beirut. Israel\'s chief military spokesman, Rear Adm. Daniel Hagari, said the target was a commander.'));
  assert.ok(a.includes('daniel-hagari spokesperson_of israel-defense-forces'), a.join('; '));
  const b = facts(analyze('The Israeli army struck a building in Beirut. The Israeli military spokesman Daniel Hagari said the target was a commander.'));
  assert.ok(b.includes('daniel-hagari spokesperson_of israel-defense-forces'), b.join('; '));
  // No armed forces of that state named: the title is left unread.
  const c = facts(analyze('Israel\'s chief military spokesman, Daniel Hagari, said the target was a commander in Beirut.'));
  assert.ok(!c.some((x) => x.startsWith('daniel-hagari spokesperson_of') && !x.endsWith('israel-defense-forces')), c.join('; '));
});

test('Arabic: a council\'s secretary in apposition is a member of the group: "X، أمين سر المجلس العسكري لـY"', () => {
  const f = facts(analyze('وقال أكرم الكعبي، أمين سر المجلس السياسي لحركة النجباء، إن الفصائل لن تتراجع عن مواقفها.'));
  assert.ok(f.some((x) => /^akram-al-kaabi member_of /.test(x)), f.join('; '));
  assert.ok(!f.some((x) => /^akram-al-kaabi leads /.test(x)), f.join('; '));
});
