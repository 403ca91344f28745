/**
 * Fixtures for the alerts page and the story view, written for these tests
 * (an invented strike on an invented camp, told by three invented outlets
 * with opposite framings, one of them in Arabic). As in test-fixtures.ts, the
 * pipeline reads each input and the annotations are laid by hand. Alerts are
 * raised by the real rules (src/watch) over the stored documents.
 */
import type { Doc } from '../core/types.js';
import { buildSourceRegistry, type SourceRegistry } from '../ingest/sources.js';
import type { Store } from '../store/store.js';
import { loadCorpus } from '../analyze/corpus-store.js';
import { gatherFacts } from '../analyze/facts.js';
import { evaluateRules, parseRules, withEscalationEvidence } from '../watch/alerts.js';
import { storeInbox } from '../watch/alerts-delivery.js';
import { runAlerts } from '../watch/alerts-run.js';
import { at, entity, read, rule, statement } from './test-fixtures.js';

export const wireText = `Drone strike on Camp Sentinel kills two, officials say

An Iran-backed militia launched a drone at Camp Sentinel on Tuesday, killing two guards, officials said. Harakat al-Nujaba, which Washington lists as a terrorist group, claimed the strike. "This proxy war has to stop," said Dana Rhee, a coalition spokesperson.`;

export const channelText = `Resistance drones hit the occupation base

The Islamic Resistance struck the occupation forces at Camp Sentinel on Tuesday, killing five occupiers, the Nujaba movement announced. The movement said the operation answered the American aggression. "Our heroes will not rest until the last occupier leaves," said Akram al-Kaabi.`;

export const arabicChannelText = `المقاومة تستهدف قاعدة سنتينل

أعلنت حركة النجباء أن مجاهدي المقاومة استهدفوا قاعدة سنتينل بطائرة مسيرة يوم الثلاثاء ردا على العدوان. وقال أكرم الكعبي إن الاحتلال سيدفع الثمن.`;

export const arabicOutlet = 'قناة الجبهة';

/** The three outlets as a source registry: one wire, two channels of the armed group's side. */
export function storySources(): SourceRegistry {
  return buildSourceRegistry([
    { id: 'example-wire', name: 'Example Wire', aliases: [], domains: [], markers: [], country: 'INT', type: 'wire', alignment: 'international', language: ['en'], reliability: 'B', reliability_note: 'An invented wire service for the tests: usually reliable.' },
    { id: 'front-line-channel', name: 'Front Line Channel', aliases: [], domains: [], markers: [], country: 'IQ', type: 'group_media', alignment: 'axis_of_resistance', language: ['en'], reliability: 'E', reliability_note: 'An invented channel of the armed group itself.' },
    { id: 'jabha-channel', name: arabicOutlet, aliases: ['Al-Jabha Channel'], domains: [], markers: [], country: 'IQ', type: 'group_media', alignment: 'axis_of_resistance', language: ['ar'], reliability: 'D', reliability_note: 'An invented Arabic channel close to the armed group.' },
  ]);
}

function strike(doc: Doc, words: string): void {
  doc.events.push({ ...at(doc, words), kind: 'strike', actor: 'harakat-hezbollah-al-nujaba', target: 'camp-sentinel', date: '2024-03-12', place: 'camp-sentinel', cameo: '195', goldstein: -10, text: words, sentence: 1, provenance: rule('event:strike', 0.8) });
}

function quote(doc: Doc, words: string, speaker: string, cue: string): void {
  const q = at(doc, words);
  doc.quotes.push({ ...q, text: words.replace(/^"|,?"$/g, ''), speaker, cue: at(doc, cue), sentence: 2, provenance: rule('quote:said-after', 0.85) });
}

/** One strike, three tellings: a wire (two killed), an English channel (five killed), an Arabic channel. */
export function storyDocs(): Doc[] {
  const wire = read('story-wire.txt', wireText, { title: 'Drone strike on Camp Sentinel kills two, officials say', published: '2024-03-12', source: 'Example Wire', language: 'en' });
  entity(wire, 'harakat-hezbollah-al-nujaba', 'armed_group', 'Harakat Hezbollah al-Nujaba', true, ['Harakat al-Nujaba']);
  entity(wire, 'camp-sentinel', 'facility', 'Camp Sentinel', false, ['Camp Sentinel']);
  entity(wire, 'dana-rhee', 'person', 'Dana Rhee', false, ['Dana Rhee']);
  strike(wire, 'launched a drone at Camp Sentinel on Tuesday, killing two guards');
  quote(wire, '"This proxy war has to stop,"', 'dana-rhee', 'said Dana Rhee');

  const channel = read('story-channel.txt', channelText, { title: 'Resistance drones hit the occupation base', published: '2024-03-12', source: 'Front Line Channel', language: 'en' });
  entity(channel, 'harakat-hezbollah-al-nujaba', 'armed_group', 'Harakat Hezbollah al-Nujaba', true, ['Nujaba movement']);
  entity(channel, 'camp-sentinel', 'facility', 'Camp Sentinel', false, ['Camp Sentinel']);
  entity(channel, 'akram-al-kaabi', 'person', 'Akram al-Kaabi', true, ['Akram al-Kaabi']);
  strike(channel, 'struck the occupation forces at Camp Sentinel on Tuesday, killing five occupiers');
  quote(channel, '"Our heroes will not rest until the last occupier leaves,"', 'akram-al-kaabi', 'said Akram al-Kaabi');
  statement(channel, 'threat', 'akram-al-kaabi', 'united-states', 'will not rest until the last occupier leaves', '2024-03-12');

  const arabic = read('story-arabic.txt', arabicChannelText, { title: 'المقاومة تستهدف قاعدة سنتينل', published: '2024-03-13', source: arabicOutlet, language: 'ar' });
  entity(arabic, 'harakat-hezbollah-al-nujaba', 'armed_group', 'Harakat Hezbollah al-Nujaba', true, ['حركة النجباء']);
  entity(arabic, 'camp-sentinel', 'facility', 'Camp Sentinel', false, ['قاعدة سنتينل']);
  entity(arabic, 'akram-al-kaabi', 'person', 'Akram al-Kaabi', true, ['أكرم الكعبي']);
  strike(arabic, 'استهدفوا قاعدة سنتينل بطائرة مسيرة يوم الثلاثاء');
  statement(arabic, 'threat', 'akram-al-kaabi', 'united-states', 'إن الاحتلال سيدفع الثمن', '2024-03-12');
  return [wire, channel, arabic];
}

const rulesYaml = `rules:
  - id: threats
    description: Threats by anyone.
    on: statement
    kind: [threat]
    deliver: [inbox]
  - id: strikes
    description: Strikes and attacks (CAMEO 19).
    on: event
    cameo: ["19"]
    deliver: [inbox]
  - id: escalation-high
    description: An actor rising to high.
    on: escalation
    min_level: high
    deliver: [inbox]
`;

/**
 * Raises the alerts of the fixture rules over the store, one millisecond apart
 * in the rules' order, then an escalation alert for Nujaba (the rules' own
 * wording) as the newest. Returns how many were raised.
 */
export async function raiseFixtureAlerts(store: Store, start = Date.UTC(2024, 2, 14)): Promise<number> {
  const rules = parseRules(rulesYaml, 'fixture rules');
  let clock = start;
  const run = await runAlerts(store, { rules: rules.filter((r) => r.on !== 'escalation'), granularity: 'month', log: () => undefined, env: {}, now: () => clock++ });
  const [escalation] = evaluateRules(rules, [], [{
    actor: 'harakat-hezbollah-al-nujaba', period: '2024-03', from: 'elevated', to: 'high',
    point: { period: '2024-03', intensity: 14, baseline: 3.5, score: 2.6, level: 'high' },
  }]);
  if (!escalation) throw new Error('fixture: the escalation rule raised nothing');
  // As runAlerts does: the escalation alert cites the facts of its period.
  const facts = gatherFacts(await loadCorpus(store, { actor: escalation.actor }));
  await storeInbox(store).add(withEscalationEvidence(escalation, facts, (date) => date.startsWith('2024-03')), clock++);
  return run.outcomes.filter((o) => !o.duplicate).length + 1;
}
