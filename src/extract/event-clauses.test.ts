/**
 * Events whose participants hang on a clause around the verb: a deed named by
 * a definite noun with a phrase of time or place ("The raid on Sunday hit"),
 * a subordinate clause after the object ("hit a house as X met"), a founding
 * participle with its "by" ("a movement founded in 1987 by X"), a group's own
 * people lost ("X said five of its fighters were killed"). Own sentences,
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
const events = (doc: Doc): string[] => doc.events.map((e) => `${e.cameo.slice(0, 2)} ${e.actor} -> ${e.target}`);
const has = (body: string, want: string): void => {
  const got = events(analyze(body));
  assert.ok(got.includes(want), `${body}\n  want ${want}\n  got ${got.join('; ')}`);
};
const lacks = (body: string, bad: (e: string) => boolean): void => {
  const got = events(analyze(body));
  assert.ok(!got.some(bad), `${body}\n  got ${got.join('; ')}`);
};

test('a deed named by a definite noun and a phrase of time or place acts as the deed told before', () => {
  has('Russian jets pounded a market in Idlib on Sunday. The raid on Sunday hit a bakery run by the White Helmets.', '19 russia -> white-helmets');
  has('Turkish drones struck a convoy near Qamishli. The attack near the town killed three SDF fighters.', '19 turkey -> syrian-democratic-forces');
  has('Israeli jets bombed a building in Beirut on Monday. The strike on Monday hit a car carrying a Hezbollah commander.', '19 israel -> hezbollah');
});

test('"the strike on Tuesday": a time after "on" is no target', () => {
  has('Pakistan recalled its ambassador from Iran after the strike on Tuesday.', '16 pakistan -> iran');
});

test('a subordinate clause after the object names no target', () => {
  lacks('Israeli warplanes struck a building in Gaza City. The strike overnight hit a house as Hamas commanders met inside.', (e) => e.startsWith('19') && e.endsWith('-> hamas'));
  lacks('US aircraft struck a depot in Syria while Kataib Hezbollah fighters were moving weapons, officials said.', (e) => e.endsWith('-> kataib-hezbollah'));
  lacks('Iran\'s Revolutionary Guards fired missiles at a base in Erbil while the United States condemned the attack.', (e) => e.endsWith('-> united-states'));
  // A named object before the conjunction stays the target.
  has('Hezbollah fired rockets at Israel as the talks resumed in Doha.', '19 hezbollah -> israel');
  has('The Taliban, such as its Haqqani wing, attacked a police post in Kunduz.', '19 taliban -> null');
});

test('"a movement founded in 1987 by X": the founder acts on the group described', () => {
  has('Hamas, a movement founded in 1987 by Ahmed Yassin, governs Gaza.', '15 ahmed-yassin -> hamas');
  has('The PFLP, a leftist faction founded in 1967 by George Habash, was outlawed by Israel.', '15 george-habash -> pflp');
  // "by former members of X": people of a group, not the group, founded it.
  has('Jaish al-Adl, formed in 2012 by former members of Jundallah, operates in Sistan-Baluchestan.', '15 null -> jaish-al-adl');
  has('The group was set up in 2014 by the Popular Mobilization Forces to guard the border.', '15 popular-mobilization-forces -> null');
  has('Hezbollah was founded by Iran\'s Revolutionary Guards in 1982.', '15 irgc -> hezbollah');
});

test('"was outlawed by X" is a designation by X', () => {
  has('The Muslim Brotherhood was outlawed by Egypt in 2013.', '17 egypt -> muslim-brotherhood');
  has('The PFLP, a leftist faction founded in 1967 by George Habash, was outlawed by Israel.', '17 israel -> pflp');
});

test('"X said five of its fighters were killed": the group speaking lost them', () => {
  has('Al-Shabaab said five of its fighters were killed in a US airstrike near Jilib.', '18 united-states -> al-shabaab');
  has('Kataib Hezbollah said three of its fighters were killed near al-Qaim on Sunday.', '18 null -> kataib-hezbollah');
  has('The Houthis said that several of their men had been killed in clashes near Marib.', '18 null -> ansar-allah');
  // A person's own are not a group's losses; unnamed speakers name no owner.
  lacks('Kurdish officials said two of their guards were wounded.', (e) => !e.endsWith('-> null'));
});

test('crowds chanting slogans against X protest against X', () => {
  has('Residents gathered outside the embassy, chanting slogans against Israel.', '14 null -> israel');
});

test('"accused X of carrying out the bombing": the deed is reported, X named as its actor', () => {
  has('Israel accused the PFLP of carrying out the 2019 bombing at a spring near Dolev.', '18 pflp -> null');
  has('Iran accused Israel of carrying out the attack on its consulate in Damascus.', '19 israel -> null');
  // A name inside a compound adjective is not the one accused.
  has('Officials have accused Iran-aligned factions of carrying out at least five drone attacks since April on sites used by American troops.', '19 null -> us-forces');
  // What the accused only planned, or what the accusation is about, is no deed.
  assert.deepEqual(events(analyze('Iran accused Israel of planning attacks on its nuclear sites.')), []);
  assert.deepEqual(events(analyze('Hamas accused Israel of lying about the strike on the hospital.')), []);
});
