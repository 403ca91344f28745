/**
 * Events: actions the text reports as having happened, coded in CAMEO with
 * their Goldstein weight, from the verb patterns in data/cameo/verbs.yaml.
 * Actor and target follow the voice of the wording: "X struck Y", "Y was
 * killed by X" / "in a US airstrike", "US aggressions on Y". Intentions
 * ("threatened to attack", "will strike") are statements, not events; the
 * same action reported twice is one event.
 */
import type { Stage } from '../core/stage.js';
import type { Doc, Event, Sentence } from '../core/types.js';
import { DocDates } from './dating.js';
import { Discourse, type Referent } from './discourse.js';
import type { DateWords, ExtractKnowledge, VerbCue } from './lexicons.js';
import { anonymousRepeat } from './events-arabic.js';
import type { PhraseHit } from './phrase-matcher.js';
import { monthNumbers } from './dates.js';

// Words before a verb that make it an intention, a condition or a denial rather than a report.
const IRREALIS = /\b(?:to|will|would|could|may|might|can|cannot|should|must|shall|not|never|threaten(?:s|ed|ing)?|vow(?:s|ed)?|plan(?:s|ned)?|intend(?:s|ed)?|if|unless)\s+(?:\w+\s+){0,1}$/i;
// A clause reported by an allegation is the speaker's claim, not a reported fact.
const ALLEGED = /\b(?:alleged|alleges|claimed|claims|accused|accuses|suggest|suggests|suggested)\b(?:\s+that)?/i;
// A claim of one's own deed ("claimed responsibility for", "has claimed a dozen drone attacks"): what the sentence
// goes on to say of the deed ("the bombings that killed 100", "in which five were killed") is reported, not alleged.
const OWN_CLAIM = /\b(?:claimed|claims)\s+(?:(?:full\s+)?(?:responsibility|credit)\b|(?:[\p{L}\p{N}-]+\s+){0,5}?(?:attacks?|bombings?|strikes?|operations?|assassinations?|killings?|raids?|ambush(?:es)?)\b)/giu;
const RESPONSIBILITY = /\b(?:claim(?:ed|s|ing)?|took|takes|assumed)\s+(?:full\s+)?(?:responsibility|credit)\s+for\s+(?:the\s+|an?\s+|its\s+|two\s+|three\s+|several\s+)?(?:[\p{L}-]+\s+)?$/iu;
const UNKNOWN_WHO = /\b(?:not|never|no\s+one|unclear|unknown)\s+(?:\w+\s+){0,2}?(?:specify|specified|say|said|know|known|clear|disclose|disclosed|reveal|revealed|identify|identified)?\s*(?:which|who|whether)\b[^.;]*$/i;
const REPORTED_THAT = /\b(?:noting|adding|saying|arguing|stressing|insisting|claiming|asserting)\s+that\b/i;
const GOVERNING = /\b(?:(?:was|were|is|are)\s+(?:also\s+)?behind|masterminded|orchestrated|planned|waged|wages|waging|mounted|staged|held|holds|holding|ordered|directed|led|carried\s+out|carr(?:y|ies)\s+out|launched|launch(?:es|ing)?|conducted|conducts?|conduct(?:ing)?|announced|announcing|announces|approved|authorized|authorised)\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:[\p{L}\p{N}-]+\s+){0,3}$/iu;
// "claimed deadly bomb attacks on police": a claim whose object is the action is a claim of responsibility.
const CLAIMED_ACTION = /\b(?:claimed|claims)\s+(?!that\b)(?:the\s+|an?\s+|its\s+)?(?:[\p{L}\p{N}-]+\s+){0,5}$/iu;
// An accusation whose object is a deed done: "accused the group of carrying out the attack on"; group 1 runs from
// the one accused to the deed's noun phrase.
const ACCUSED_OF_DOING = /\baccus(?:ed|es|ing)\s+((?!that\b)[^.;:"“]{1,60}?\s+of\s+(?:carrying\s+out|conducting|launching|staging|mounting|perpetrating|committing|orchestrating|(?:having\s+)?(?:an?\s+)?(?:role|part|hand|involvement)\s+in|involvement\s+in|taking\s+part\s+in|participating\s+in)\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:[\p{L}\p{N}-]+\s+){0,5})$/iu;
// "rockets struck the base": the subject is the weapon, so it is an attack by someone not named here.
const WEAPON_SUBJECT = /\b(?:rockets?|missiles?|drones?|mortars?|shells?|projectiles?|bombs?)\s+(?:had\s+|have\s+|has\s+)?$/i;
// The subject of "killed" when it names a bombing or an attack rather than who killed: "a truck bomb killed",
// "the drone attack on the base that killed", "a drone launched from Iraq killed". Strikes stay killings
// (analysts log "an airstrike killed X" as the killing of X).
const BOMB_KILLED = /\b(?:bombs?|bombings?|blasts?|explosions?|explosives?|IEDs?|suicide\s+bombers?)\s+(?:[^,.;]{0,45}?\s)?(?:(?:that|which)\s+)?(?:had\s+|has\s+|have\s+|reportedly\s+)?$/i;
const ATTACK_KILLED = /\b(?:attacks?|raids?|ambush(?:es)?|drones?|rockets?|missiles?|mortars?|shelling)\s+(?:[^,.;]{0,45}?\s)?(?:(?:that|which)\s+)?(?:had\s+|has\s+|have\s+|reportedly\s+)?$/i;
// A speech verb or a named subject between the noun and the verb means the noun is not its subject.
const CLAUSE_BREAK = /\b(?:said|says|say|told|added|announced|claimed|reported|and\s+(?:he|she|they|it))\b/i;

/** The CAMEO code of the deed named as the subject of a killing verb, if one is. */
function killedBy(before: string): { code: string } | null {
  const bomb = BOMB_KILLED.exec(before);
  const attack = bomb ? null : ATTACK_KILLED.exec(before);
  const m = bomb ?? attack;
  // "a drone strike near the airport killed": the deed is a strike, which stays a killing.
  if (!m || CLAUSE_BREAK.test(m[0]) || /\b(?:air\s*)?strikes?\b/i.test(m[0])) return null;
  return { code: bomb ? '183' : '190' };
}
// A count the source declines to give ("did not give the number of its fighters killed"): nothing is reported.
const NO_COUNT = /\b(?:not|never|no|without)\s+(?:\w+\s+){0,2}?(?:(?:final|exact|precise|official)\s+)?(?:number|toll|figure|figures|count|details)\b[^.;]*$/i;
// A deed named as what something is a pretext for is part of an argument, not a report.
const PRETEXT = /\b(?:pretext|excuse|justification|justify|justifying|cover)\s+(?:for\s+)?(?:an?\s+|the\s+|further\s+|more\s+)?(?:[\p{L}-]+\s+)?$/iu;
const CONDITION_BEFORE = /\b(?:if|unless)\s+(?:\S+\s+){0,3}$/i;
// A running toll ("more than 40,000 people have been killed since the war began"): a count, not one action.
const SINCE_TOLL = /^\s+(?:[^.;]*?\s)?since\b/i;
// Inside a passive cue's gap: "was not intercepted", "were never charged".
const NEGATED_GAP = /\b(?:not|never|no\s+longer)\b|n['’]t\b/i;
// Before a participle a determiner makes a noun: "was among the wounded", "were the injured".
const DETERMINER_PARTICIPLE = /\b(?:the|a|an|its|their|his|her)\s+\S+(?:ed|en|wn)$/i;
// A subject denied whole: "no American personnel were hit", "none of the crew was injured".
const NO_SUBJECT = /(?:^|[,;:]\s*|\b(?:that|but|and|said|says|say|added)\s+)(?:no|none\s+of(?:\s+the)?|neither)\s+(?:[\p{L}-]+\s+){0,4}?(?:was|were|had|has|have)\b[^,;]*$/iu;
// A year standing as a modifier right before an action noun: "the 1983 bombings", "a 2014 attack on".
const YEAR_BEFORE = /\b(?:the|a|an|its|their|his|her)\s+((?:19|20)\d{2})\s+(?:[\p{L}-]+\s+){0,2}$/iu;
// Cues of ground fighting: kept as attacks whoever fights.
const GROUND_CUE = /\b(?:invasion|invaded|offensive|incursion|operations?|clash\w*|fought|fighting|battle\w*|campaigns?|took\s+part|participated|stormed|raided|raids?|ambush\w*|advanced|pushed|swept|marched|overran|toppled|captured|seized)\b/i;
// A demonstrative before an action noun points back ("this attack", "the same strikes", "blamed that attack");
// a "that" opening a clause ("said that attacks on X continue") does not.
const ANAPHORIC_DEED = /(?:\b(?:this|these|those|same)|(?:\b(?:blamed|condemned|denounced|for|after|in|of|since|behind|claimed)\s+that))\s+(?:[\p{L}-]+\s+){0,2}$/iu;
// Roots of force and coercion (CAMEO 17-20).
const FORCE_ROOTS = new Set(['17', '18', '19', '20']);

// A time right after a preposition: a weekday, a month, a date, a part of the day.
const TIME_AFTER = /^\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\d|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|(?:the\s+)?(?:night|morning|evening|afternoon|eve|dawn)\s+of\b|(?:dawn|midnight|noon)\b)/;

const THREAT_BEFORE = /\b(?:threaten(?:s|ed|ing)?|threats? of|vow(?:s|ed)? to|warn(?:s|ed)? of|will|would|plans? to|in retaliation for)\s+(?:\S+\s+){0,3}$/i;
// "threatened in late August to escalate attacks on", "vowed on Friday to step up strikes": an infinitive after a
// word of intent governs the noun right after it, however far the intent word stands.
const INTENT_TO_BEFORE = /\b(?:threaten\w*|vow\w*|pledg\w*|promis\w*|warn\w*|plan\w*|intend\w*|seek\w*|sought|aim\w*|want\w*|ready|prepared|determined)\b[^.;"“”]{0,60}?\bto\s+(?:\w+\s+){1,2}(?:\w+\s+)?$/i;

// Deeds told again (see `retold` below): not logged, but what a speaker's words about them are read against.
const RETOLD = new WeakMap<Doc, Event[]>();

/** The deeds of a document that its events leave out as told again ("X said six were killed"), in text order. */
export function retoldDeeds(doc: Doc): readonly Event[] {
  return RETOLD.get(doc) ?? [];
}

export const eventStage: Stage<{ extract: ExtractKnowledge }> = {
  name: 'events',
  run(doc, knowledge) {
    const cues = knowledge.extract.cuesFor(doc.meta.language);
    const d = Discourse.of(doc, cues);
    const dates = new DocDates(doc, cues);
    const found: Event[] = [];
    const told: Event[] = [];
    doc.sentences.forEach((s, i) => {
      const hits = cues.verbs.find(doc.text, s.start, s.end);
      for (const h of hits) {
        if (d.inQuote(h.start)) continue;
        // "the state-sanctioned forces", "Iran-backed": a verb form inside a compound adjective reports nothing.
        if (/[\p{L}\p{N}]-$/u.test(doc.text.slice(Math.max(s.start, h.start - 2), h.start))) continue;
        const before = doc.text.slice(Math.max(s.start, h.start - 40), h.start);
        // "had been hit", "the martyred leader": a past participle after an auxiliary is passive (its own cues
        // read it), after a determiner an adjective.
        if (h.value.voice === 'active' && /(?:ed|hit|struck|met|set|shot)$/i.test(doc.text.slice(h.start, h.end).split(/\s/)[0] ?? '')
          && /\b(?:was|were|been|being|be|is|are|the|a|an|its|his|her|their|our)\s+(?:\w+ly\s+)?$/i.test(before)) continue;
        if (h.value.voice === 'nominal' ? THREAT_BEFORE.test(before) || INTENT_TO_BEFORE.test(doc.text.slice(Math.max(s.start, h.start - 110), h.start)) : IRREALIS.test(before)) continue;
        // "claimed responsibility for an attack on X" reports the attack; other claims do not.
        const head = doc.text.slice(s.start, h.start);
        // "accused X of carrying out the bombing at Y": the deed is reported; only who did it is alleged.
        if (ALLEGED.test(head) && !(h.value.voice === 'nominal' && (RESPONSIBILITY.test(head) || CLAIMED_ACTION.test(head) || ACCUSED_OF_DOING.test(head))) && ALLEGED.test(head.replace(OWN_CLAIM, ''))) continue;
        // "did not specify which faction had carried out the attack": an open question, not a report of who did it.
        if (UNKNOWN_WHO.test(head) || NO_COUNT.test(head)) continue;
        const cueText = doc.text.slice(h.start, h.end);
        if (h.value.voice === 'passive' && (NEGATED_GAP.test(cueText) || DETERMINER_PARTICIPLE.test(cueText) || NO_SUBJECT.test(doc.text.slice(s.start, h.end)))) continue;
        // "Washington blamed that attack on X", "these strikes": a deed pointed back to is one already told.
        let retold = h.value.voice === 'nominal' && ANAPHORIC_DEED.test(before);
        // "threatened to strike if the strikes on X continued": a deed named in a condition is not reported.
        if (h.value.voice === 'nominal' && (PRETEXT.test(before) || CONDITION_BEFORE.test(before))) continue;
        // "groups armed and funded by Iran": a participle before "by" describes whom a group answers to (a standing
        // relation), not an act; violent verbs keep their reading ("soldiers killed by a roadside bomb").
        if (h.value.voice === 'active' && h.value.kind !== 'founding' && !FORCE_ROOTS.has(h.value.code.slice(0, 2)) && /ed$/i.test(cueText) && /^\s+by\b/i.test(doc.text.slice(h.end, h.end + 4))) continue;
        // "..., noting that the strikes by the Resistance have compelled ...": an action named by a noun in what
        // someone says is part of the argument, not a report.
        if (h.value.voice === 'nominal' && REPORTED_THAT.test(head)) continue;
        // "The strike on Friday hit ...": "on" before a time dates the deed and aims it at nothing; the verb
        // that follows reports it.
        if (h.value.voice === 'nominal' && /\b(?:on|at)$/i.test(cueText) && TIME_AFTER.test(doc.text.slice(h.end, h.end + 24))
          && hits.some((o) => o.value.voice === 'active' && o.start > h.end && o.start - h.end <= 30)) continue;
        // "attacks on US bases ... will not stop": a noun whose clause looks ahead is an intention.
        if (h.value.voice === 'nominal' && /\b(?:will|would|shall)\b/i.test(doc.text.slice(h.end, s.end))) continue;
        const { actor, targets } = participants(d, s, h, found);
        // "Health authorities said six people were killed", "X said the strike killed his deputy", "the minister
        // said only militant positions had been targeted": a toll, a death or a deed undergone that someone reports
        // after the deed itself is told is that deed retold, not another one.
        // A group's own losses ("said four of its fighters were killed") or a group's commanders killed are news.
        if ((h.value.kind === 'killing' || (h.value.voice === 'passive' && FORCE_ROOTS.has(h.value.code.slice(0, 2)))) && found.some((e) => FORCE_ROOTS.has(e.cameo.slice(0, 2)) && e.sentence < i)) {
          // A death the sentence dates apart from every deed told before is another deed.
          const own = dates.hitsOf(i).map((x) => x.date).filter((x): x is string => !!x);
          const apart = own.length > 0 && !found.some((e) => FORCE_ROOTS.has(e.cameo.slice(0, 2)) && e.date && own.some((x) => sameTime(x, e.date)));
          const said = speechBefore(d, s.start, h.start);
          const victims = targets.some((t) => t.type === 'armed_group' || t.type === 'organization');
          // "a bomb left on a bench killed six": the killing names its own means, which the earlier text did not.
          const means = h.value.voice === 'active' && killedBy(doc.text.slice(Math.max(s.start, h.start - 70), h.start));
          if (said && !victims && !means && !apart && !/\b(?:its|their|our)\b/i.test(doc.text.slice(said.end, h.start))) retold = true;
        }
        // A running toll ("more than 40,000 people have been killed in Gaza since ...") is a count, not an action.
        if (h.value.voice === 'passive' && (h.value.kind === 'killing' || /\b(?:wounded|injured)$/i.test(cueText)) && /\b(?:has|have)\s+(?:\w+\s+)?been\b/i.test(doc.text.slice(Math.max(s.start, h.start - 20), h.end))
          && SINCE_TOLL.test(doc.text.slice(h.end, s.end))) continue;
        // An action with neither doer nor object named is still logged ("a bomb exploded in the market, killing
        // five"): an analyst wants it with an unknown actor. A visit or a meeting told by a verb with no one
        // named ("armed men who arrived in speedboats", "until the government met its demands") is none.
        if (!actor && targets.length === 0 && h.value.voice !== 'nominal' && h.value.code.startsWith('04')) continue;

        // "the drone attack that killed three", "a car bomb killed six": the deed is the attack; the deaths are its toll.
        const deed = h.value.kind === 'killing' && h.value.voice === 'active' ? killedBy(doc.text.slice(Math.max(s.start, h.start - 70), h.start)) : null;
        const cameo = deed?.code ?? h.value.code;
        const code = knowledge.extract.cameo.get(cameo);
        // Missiles and aircraft are a military's arms: "missiles struck several locations" stays a strike.
        const weapon = h.value.kind === 'strike' && h.value.voice === 'active' && WEAPON_SUBJECT.test(before) && !/\bmissiles?\s+(?:had\s+|have\s+|has\s+)?$/i.test(before);
        // "the 1983 bombings of the embassy", "a 2014 bombing": a year before the noun dates it.
        const year = h.value.voice === 'nominal' ? YEAR_BEFORE.exec(doc.text.slice(Math.max(s.start, h.start - 30), h.start))?.[1] : undefined;
        const stated = dates.at(i, h.start, { nominal: h.value.voice === 'nominal' });
        // "the January drone attack", "the March 2022 strikes": a month before the noun dates it.
        const month = h.value.voice === 'nominal' ? monthBefore(doc.text.slice(Math.max(s.start, h.start - 30), h.start), monthsOf(cues.dateWords), doc.meta.published) : null;
        const modifier = month ?? year;
        const date = (modifier && !stated?.startsWith(modifier) ? modifier : null) ?? sameDeedDate(doc.text.slice(s.start, s.end), found, i) ?? stated;
        // A state's force from the air, by missile or by gunfire is what analysts log as a strike, a group's
        // as an attack; ground fighting and taking ground stay attacks whoever does them.
        const stateStrike = !deed && actor?.type === 'state' && cameo.startsWith('19') && !/^19[12]/.test(cameo) && !GROUND_CUE.test(cueText);
        for (const target of targets.length ? targets : [null]) {
          const place = target?.type === 'facility' ? target.entityId : placeAfter(d, h.start, s.end);
          (retold ? told : found).push({
            kind: stateStrike ? 'strike' : weapon || deed ? 'attack' : h.value.kind, actor: actor?.entityId ?? null, target: target?.entityId ?? null, date, place,
            cameo, goldstein: code?.goldstein ?? 0,
            text: doc.text.slice(s.start, s.end).trim(), start: s.start, end: s.end, sentence: i,
            provenance: { rule: `pattern:cameo/${h.value.code}/${h.value.voice}`, confidence: h.value.voice === 'nominal' ? 0.5 : 0.65 },
          });
        }
      }
    });
    const kept = dropRepeats(found);
    dateByNewsDay(doc, kept, dates);
    doc.events.push(...kept);
    RETOLD.set(doc, told);
  },
};

// The sides of a fight named after its noun: "clashes ... between X and Y" (not past a clause's end).
const BETWEEN_SIDES = /^[^.;]{0,60}?\bbetween\s+/i;

// A month (and its year) standing as a modifier right before an action noun: "the January drone attack".
const MONTH_BEFORE = /\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Ll]ast)\s+(\p{Lu}\p{Ll}+)\.?(?:\s+((?:19|20)\d{2}))?\s+(?:[\p{L}-]+\s+){0,2}$/u;
const NO_MONTHS: ReadonlyMap<string, number> = new Map();

/** Month names of a language's date words to their number (none for a language without date words). */
function monthsOf(words: DateWords | null): ReadonlyMap<string, number> {
  return words ? monthNumbers(words) : NO_MONTHS;
}

/** The month a modifier before an action noun names: its own year, else the last such month up to publication. */
function monthBefore(before: string, months: ReadonlyMap<string, number>, published: string | null): string | null {
  const m = MONTH_BEFORE.exec(before);
  const mo = m ? months.get(m[1]!.toLowerCase()) : undefined;
  if (!m || !mo) return null;
  const pub = /^(\d{4})-(\d{2})/.exec(published ?? '');
  const year = m[2] ? Number(m[2]) : pub ? (mo <= Number(pub[2]) ? Number(pub[1]) : Number(pub[1]) - 1) : null;
  return year === null ? null : `${year}-${String(mo).padStart(2, '0')}`;
}

// A deed pointed back to as the one already told: "was killed in the same strike", "the same raid also hit".
const SAME_DEED = /\bthe\s+same\s+(?:[\p{L}-]+\s+)?(?:air\s*strikes?|airstrikes?|strikes?|attacks?|raids?|bombings?|operations?|ambush(?:es)?|blasts?|explosions?)\b/iu;

// "Among the dead were X": the toll of the deed just told.
const TOLL_OPENING = /^\s*among\s+(?:the|those)\s+(?:dead|killed|slain)\b/i;

/** The date of the deed a sentence names as "the same strike" (or whose toll it opens with), the latest violent one told before it; else null. */
function sameDeedDate(sentence: string, found: readonly Event[], i: number): string | null {
  if (!(sentence.includes(' same ') && SAME_DEED.test(sentence)) && !TOLL_OPENING.test(sentence)) return null;
  const prev = [...found].reverse().find((e) => e.sentence < i && e.date && FORCE_ROOTS.has(e.cameo.slice(0, 2)));
  return prev?.date ?? null;
}

/**
 * A report's lead tells its news: a deed there that nothing dated (neither its sentence nor its paragraph)
 * happened on the news day the lead gives ("has been assassinated in Tehran" under "early on Wednesday"),
 * not some time in the month of publication. Deeds past the lead are background and keep the month.
 */
function dateByNewsDay(doc: Doc, found: Event[], dates: DocDates): void {
  const peg = dates.newsDay();
  const month = doc.meta.published?.slice(0, 7);
  if (!peg || !month || !peg.startsWith(month + '-')) return;
  const lead = (doc.sentences[0]?.paragraph ?? 0) + LEAD_PARAGRAPHS;
  for (const e of found) {
    if (e.date !== month || !dates.undated(e.sentence) || (doc.sentences[e.sentence]?.paragraph ?? Infinity) > lead) continue;
    if (BACKGROUND.test(e.text)) continue;
    e.date = peg;
  }
}
// A deed told as going on ("have been deployed since 2013"), as before the news ("Soleimani had arrived in
// Baghdad"), or as lagging another ("came weeks after Turkey struck"): not the news day's.
const BACKGROUND = /\b(?:since|ago|previously|earlier|(?:days|weeks|months|years)\s+(?:after|before))\b|\bhad\s+(?:\p{L}+ly\s+)?(?:been\s+)?\p{L}+(?:ed|en|wn)\b/iu;
// How many paragraphs after the first the lead runs to (the span in which `DocDates.newsDay` looks for the day).
const LEAD_PARAGRAPHS = 2;

function participants(d: Discourse, s: Sentence, h: PhraseHit<VerbCue>, earlier: Event[]): { actor: Referent | null; targets: Referent[] } {
  const text = d.doc.text;
  const hi = Math.min(s.end, h.end + 110);
  const cueText = text.slice(h.start, h.end);
  if (h.value.voice === 'passive') {
    // "A rocket was fired at the base": the target follows the preposition.
    // "X said that Y was killed": the subject is in the reported clause, never the one who reports it.
    // "Akar said only terrorist positions had been targeted": a clause reported without "that" starts after the speech verb.
    const said = speechBefore(d, s.start, h.start);
    const clause = Math.max(reportedClauseStart(text, s.start, h.start), said?.end ?? s.start);
    // "Rockets were fired at X", "Among the dead were X and Y": the one undergoing it follows the cue.
    const following = /\b(?:at|on|into|toward|towards)$|^among\b/i.test(cueText);
    const subject = following ? d.objectAfter(h.end, hi) : d.subjectBefore(clause, h.start);
    // "Its fighters have been deployed to Syria": who is deployed acts for the one who sends them.
    if (h.value.kind === 'deployment') {
      const who = d.subjectBefore(s.start, h.start);
      return { actor: who, targets: [] };
    }
    // "Three of his sons were killed": a possessive names whose they were, not who was hit. "X claimed the attack,
    // in which five people were killed": a name before a new clause is not the passive's subject.
    let target = subject && (POSSESSIVE_WORD.test(text.slice(subject.start, subject.end)) || CLAUSE_BETWEEN.test(text.slice(subject.end, h.start))) ? null : subject;
    // "Kataib Sayyid al-Shuhada said four of its fighters were killed": the group speaking lost them.
    if (!target && said && OWN_MEMBERS.test(text.slice(clause, h.start))) {
      const owner = d.subjectBefore(s.start, said.start);
      if (owner && (owner.type === 'armed_group' || owner.type === 'organization' || owner.type === 'state')) target = owner;
    }
    let actor: Referent | null = null;
    // "was set up in 2014 by X": a founding's date may stand before its "by".
    const by = (h.value.kind === 'founding' ? FOUNDED_BY : /^\s+(?:by|from)\s+/i).exec(text.slice(h.end, h.end + 40));
    if (by) actor = d.objectAfter(h.end + by[0].length, Math.min(s.end, h.end + 60));
    // "freed from Sednaya prison": after "from" a place is where from, not who did it.
    if (actor && /from/i.test(by?.[0] ?? '') && (actor.type === 'facility' || actor.type === 'location')) actor = null;
    // "killed in a US airstrike": the actor qualifies the means.
    const means = /^\s+in\s+(?:an?|the)\s+/i.exec(text.slice(h.end, h.end + 12));
    if (!actor && means) {
      const r = d.actorsIn(h.end, Math.min(s.end, h.end + 40))[0];
      if (r && /^\s*(?:-led\s+)?(?:air\s*strike|airstrike|drone strike|strike|attack|raid|bombing|operation)/i.test(text.slice(r.end, r.end + 20))) actor = r;
    }
    // "killed in an operation carried out by X", "killed in a strike by X": the means names its doer after "by".
    const meansBy = MEANS_BY.exec(text.slice(h.end, Math.min(s.end, h.end + 80)));
    if (!actor && meansBy) actor = d.objectAfter(h.end + meansBy[0].length, Math.min(s.end, h.end + meansBy[0].length + 60));
    // "A drone launched by the rebels exploded": the weapon's subject names who sent it.
    if (!actor) {
      const sent = LAUNCHED_BY.exec(text.slice(clause, h.start));
      if (sent) actor = d.objectAfter(clause + sent.index + sent[0].length, h.start);
    }
    // "X was also sanctioned": the same actor as the last event of the kind. Force is done by states and
    // groups: a person as the actor of a killing is one read off a speaker ("Barzani condemned the attack that
    // killed ..."), not one to carry over. Failing one of the kind, a violent deed of this sentence ("X claimed the
    // attack on Y, in which five people were killed").
    const force = FORCE_ROOTS.has(h.value.code.slice(0, 2));
    const here = d.doc.sentences.indexOf(s);
    const carried = (e: Event): boolean => !!e.actor && (!force || d.typeOf(e.actor) !== 'person');
    const prev = actor ? undefined : [...earlier].reverse().find((e) => e.cameo.slice(0, 2) === h.value.code.slice(0, 2) && carried(e))
      ?? (force ? [...earlier].reverse().find((e) => e.sentence === here && FORCE_ROOTS.has(e.cameo.slice(0, 2)) && carried(e)) : undefined)
      // "Israel struck ... on Friday. Among the dead were X": the dead are the toll of the deed just told.
      ?? (/^among\b/i.test(cueText) ? [...earlier].reverse().find((e) => e.sentence >= here - 2 && FORCE_ROOTS.has(e.cameo.slice(0, 2)) && carried(e)) : undefined);
    if (prev?.actor) actor = { start: h.start, end: h.start, entityId: prev.actor, type: d.typeOf(prev.actor) ?? 'state', via: 'reference' };
    // Each one named after the cue is hit: "Among the dead were X and Y".
    const undergoing = target && following ? d.objectsAfter(h.end, hi) : target ? [target] : [];
    return { actor, targets: undergoing.filter((t) => t.entityId !== actor?.entityId) };
  }
  if (h.value.voice === 'nominal' && /\bby$/i.test(cueText)) {
    // "strikes by US forces on Y": the actor follows "by", the target a preposition of aim.
    const actor = d.objectAfter(h.end, Math.min(hi, h.end + 60));
    const aim = actor ? /^[^.;,]{0,30}?\b(?:on|against|targeting|at)\s+/i.exec(text.slice(actor.end, hi)) : null;
    const target = actor && aim ? d.objectAfter(actor.end + aim[0].length, hi) : null;
    return { actor, targets: target ? [target] : [] };
  }
  // "clashes broke out ... between the army and X", "fighting between X and Y": the first side acts on the second.
  const between = h.value.voice === 'nominal' ? BETWEEN_SIDES.exec(text.slice(h.end, hi)) : null;
  if (between) {
    const sides = d.objectsAfter(h.end + between.index + between[0].length, hi);
    if (sides.length === 2 && sides[0]!.entityId !== sides[1]!.entityId) return { actor: sides[0]!, targets: [sides[1]!] };
  }
  if (h.value.voice === 'nominal') {
    // "US aggressions on Y", "the US killing of Y": the actor qualifies the noun.
    const mod = d.actorsIn(Math.max(s.start, h.start - 25), h.start).filter((r) => /^(?:['’]s)?\s*(?:[\p{L}-]+\s+)?$/u.test(text.slice(r.end, h.start))).pop() ?? null;
    // "by" names the doer only in the noun's own phrase: "a meeting with X at a ceremony hosted by Y" is Y's hosting.
    const by = NOUN_BY.exec(text.slice(h.end, hi));
    const byOwn = by && !OTHER_PARTICIPLE_BY.test(by[0]);
    let actor = mod ?? (by && byOwn ? d.objectAfter(h.end + by[0].length, hi) : null);
    // "X claimed responsibility for an attack on Y": the claimant is the actor.
    const resp = RESPONSIBILITY.exec(text.slice(s.start, h.start)) ?? CLAIMED_ACTION.exec(text.slice(s.start, h.start));
    if (!actor && resp) actor = d.subjectBefore(s.start, s.start + resp.index);
    // "accused the faction of carrying out the bombing": the one accused is the actor named.
    const accused = actor ? null : ACCUSED_OF_DOING.exec(text.slice(s.start, h.start));
    if (accused) {
      const from = s.start + accused.index + accused[0].length - accused[1]!.length;
      const who = d.objectAfter(from, from + accused[1]!.length);
      // "accused Iran-aligned factions of": a name inside a compound adjective is not the one accused.
      if (who && who.end <= from + accused[1]!.length && !/^[-‐–]\p{L}/u.test(text.slice(who.end, who.end + 2))) actor = who;
    }
    // "he masterminded the 7 October attacks", "the Department is announcing the designation of X":
    // the noun is the object of a verb of doing or ordering, whose subject acts.
    const governed = GOVERNING.exec(text.slice(Math.max(s.start, h.start - 50), h.start));
    if (!actor && governed) actor = d.subjectBefore(s.start, h.start - governed[0].length);
    // The noun's object stops at the first comma ("a strike on the port, the ministry said").
    const comma = text.slice(h.end, hi).search(/[,;]/);
    const objEnd = comma >= 0 ? h.end + comma : hi;
    return { actor, targets: aimedAt(d, h.end, objEnd).filter((t) => t.entityId !== actor?.entityId) };
  }
  // "The PFLP, a faction founded in 1967 by George Habash": a participle with its "by" describes the group
  // before it, founded by the one named after "by" ("by former members of X" names people, not X).
  const reduced = h.value.kind === 'founding' ? FOUNDED_BY.exec(text.slice(h.end, hi)) : null;
  if (reduced) {
    const at = h.end + reduced[0].length;
    const founder = d.objectAfter(at, Math.min(hi, at + 40));
    const actor = founder && !/\bof\b/i.test(text.slice(at, founder.start)) ? founder : null;
    const group = d.subjectBefore(s.start, h.start);
    const target = group && (group.type === 'armed_group' || group.type === 'organization') && group.entityId !== actor?.entityId ? group : null;
    return { actor, targets: target ? [target] : [] };
  }
  // Active. "a meeting held by X with Y": the actor follows "by".
  if (/\bby$/i.test(cueText)) {
    const actor = d.objectAfter(h.end, Math.min(s.end, h.end + 60));
    const withAt = /\bwith\s+/i.exec(text.slice(h.end, hi));
    const target = withAt ? d.objectAfter(h.end + withAt.index + withAt[0].length, hi) : null;
    return { actor, targets: target ? [target] : [] };
  }
  // "The strike hit ...", "the attack killed ...": a deed already reported does this one; its actor acts.
  // "The SDF said Turkish drones and jets had hit ...": the subject of a reported clause is looked for in it first.
  // The speaker acts only where the clause names its own doing ("said it had", "said troops had", "said the strike"),
  // not others' ("The Pentagon said unknown gunmen had attacked").
  const names = d.refsFrom(s.start, h.start);
  const said = d.cues.speech.find(text, s.start, h.start)
    .filter((c) => !d.inQuote(c.start) && !names.some((r) => r.start <= c.start && r.end >= c.end)).pop();
  const inClause = said ? d.subjectBefore(said.end, h.start) : null;
  const speakerActs = !said || OWN_DOING.test(text.slice(said.end, h.start));
  // "Barzani condemned the attack by the IRGC on Erbil that killed a businessman": the verb's subject is the
  // deed its relative clause hangs on, so who did the deed acts, not the one who speaks of it.
  const relative = DEED_RELATIVE.exec(text.slice(Math.max(s.start, h.start - 110), h.start));
  let actor = relative
    ? deedActor(d, s, h.start - relative[0].length, earlier)
    : inClause ?? (speakerActs ? d.subjectBefore(s.start, h.start) : null) ?? sameDeedActor(d, text.slice(s.start, h.start), h, earlier);
  // "X claimed responsibility for the bombings that killed 100": the claimant did what its deed did.
  if (!actor) {
    OWN_CLAIM.lastIndex = 0;
    const claim = OWN_CLAIM.exec(text.slice(s.start, h.start));
    if (claim) actor = d.subjectBefore(s.start, s.start + claim.index);
  }
  // "AQAP, which Washington designated a terrorist group": the relative pronoun is the verb's object, so the
  // name it stands for is the target, and what follows the verb is a predicate ("a terrorist group").
  const antecedent = relativeObject(d, s, h.start);
  if (antecedent && actor && antecedent.entityId !== actor.entityId) return { actor, targets: [antecedent] };
  // "fought alongside X against Y": who stands alongside is an ally; only what follows "against" is aimed at.
  const ally = /^\s+(?:[\w-]+\s+){0,3}(?:alongside|together\s+with)\s+/i.exec(text.slice(h.end, hi));
  if (ally) {
    const against = /\bagainst\s+/i.exec(text.slice(h.end + ally[0].length, hi));
    const t = against ? d.objectAfter(h.end + ally[0].length + against.index + against[0].length, hi) : null;
    return { actor, targets: t && t.entityId !== actor?.entityId ? [t] : [] };
  }
  // "hit what Iran called bases of X": the one who names the object is not it.
  const named = WHAT_CALLED.exec(text.slice(h.end, hi));
  // "hit the district as Aqil met his commanders": a subordinate clause's subject is not what was hit.
  const sub = SUBORDINATE_AFTER.exec(text.slice(h.end, hi));
  // "listed him as a Specially Designated Global Terrorist": a cue spanning "X as Y" holds its object before "as".
  const listed = /^\S+\s+(?:\S+\s+){1,3}?as\s/i.exec(cueText);
  const held = listed ? d.objectAfter(h.start, h.start + listed[0].length) : null;
  let targets = held ? [held] : aimedAt(d, h.end + (named?.[0].length ?? 0), sub ? h.end + sub.index : hi);
  targets = targets.filter((t) => t.entityId !== actor?.entityId);
  // What is founded is a group, named right after the verb.
  if (h.value.kind === 'founding') targets = targets.filter((t) => (t.type === 'armed_group' || t.type === 'organization') && t.start - h.end <= 40);
  return { actor, targets };
}

// Before an active verb: ", which|whom" and the verb's own subject, a name of up to four words ("which the
// European Union", "whom Israel").
const RELATIVE_OBJECT = /,\s+(?:which|whom)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){1,4}(?:(?:also|later|had|has|have)\s+)?$/u;

/** The name a relative pronoun standing as the object of the verb at `pos` refers back to ("X, which Y hit"), if any. */
function relativeObject(d: Discourse, s: Sentence, pos: number): Referent | null {
  const text = d.doc.text;
  const lo = Math.max(s.start, pos - 60);
  const head = text.slice(lo, pos);
  if (!head.includes('which') && !head.includes('whom')) return null;
  const m = RELATIVE_OBJECT.exec(head);
  if (!m) return null;
  const comma = lo + m.index;
  // The subject between the pronoun and the verb must be a name, and the antecedent must end at the comma.
  if (d.actorsIn(comma, pos).length === 0) return null;
  return d.actorsIn(Math.max(s.start, comma - 80), comma).filter((r) => /^\s*\)?$/.test(text.slice(r.end, comma))).pop() ?? null;
}

/** The last speech verb between `lo` and `pos` ("X said ..."), outside quotations and names ("the United States"). */
function speechBefore(d: Discourse, lo: number, pos: number): { start: number; end: number } | undefined {
  const names = d.refsFrom(lo, pos);
  return d.cues.speech.find(d.doc.text, lo, pos).filter((c) => c.value === 'either' && !d.inQuote(c.start)
    && !names.some((r) => r.start <= c.start && r.end >= c.end)).pop();
}
// A weapon and the participle naming who sent it, up to "by": "a drone launched from Yemen by".
const LAUNCHED_BY = /\b(?:drones?|missiles?|rockets?|projectiles?|bombs?|shells?|explosives?|devices?)\s+(?:\w+\s+)?(?:launched|fired|sent|planted|placed|flown)\s+(?:from\s+[^,;.]{1,30}?\s+)?by\s+/i;
// The "by" after an action noun, within its phrase.
const NOUN_BY = /^[^,;.]{0,60}?\bby\s+/i;
// A participle right before that "by" that is not a verb of doing the action: "hosted by", "used by", "backed by".
const OTHER_PARTICIPLE_BY = /\b(?!(?:carried|conducted|launched|mounted|claimed|staged|executed|perpetrated|committed|led)\b)[\p{L}]+(?:ed|en|wn)\s+by\s+$/iu;
// Between a name and a passive verb: a relative or subordinate clause opens, so the name is not the verb's subject.
const CLAUSE_BETWEEN = /\b(?:in|during|after|from)\s+which\b|\b(?:where|when|while|whereas|because|after|before)\b|[;:]/i;
const POSSESSIVE_WORD = /^(?:his|her|its|their)$/i;
// Right after a verb: "what X called", "what they said were": a naming clause before the object.
const WHAT_CALLED = /^\s+what\s+[^,.;]{1,40}?\s+(?:called|calls|described|describes|termed|terms|said\s+(?:were|was|are|is))\s+/i;
// After a speech verb, a clause subject that stands for the speaker's own doing: a pronoun, its forces, the deed.
const OWN_DOING = /^\s*(?:(?:[^,.;]{0,40}?\s)?that\s+)?(?:it|they|we|(?:its|their|our)\s+[\p{L}-]+|(?:the\s+)?(?:[\p{L}-]+\s+){0,2}(?:forces|troops|fighters|soldiers|jets|warplanes|aircraft|units|navy|army|mujahideen)|the\s+(?:[\p{L}-]+\s+)?(?:strikes?|airstrikes?|operations?|raids?|attacks?))\b/iu;
// The subject of a passive naming a group's own people: "four of its fighters", "their commanders".
const OWN_MEMBERS = /^\s*(?:that\s+)?(?:[\p{L}\p{N},-]+\s+){0,4}?(?:its|their)\s+(?:own\s+)?(?:[\p{L}-]+\s+)?(?:fighters|members|commanders|leaders|men|militants|operatives|cadres|officers|soldiers|troops|personnel|guards|mujahideen)\s+(?:(?:have|has|had)\s+)?$/iu;
// After a founding participle, a date and "by": "founded in 1967 by", "formed on 5 May by", "set up by".
const FOUNDED_BY = /^\s+(?:(?:in|on|during)\s+(?:[\p{L}\p{N}]+\s+){1,2})?by\s+/iu;
// A subordinate clause opening with its subject: "as Aqil met", "while the group's fighters", not "such as X".
const SUBORDINATE_AFTER = /(?<!\b(?:such|known|well|same|designated|listed|described|named|much|soon|long|so))\s(?:as|while|when|whereas|because|although)\s+(?=\p{Lu}|(?:he|she|they|it|the|its|his|her|their)\b)/u;
// A speech verb and the "that" opening the clause it reports.
const REPORTED_CLAUSE = /\b(?:said|says|say|stated|states|announced|announces|confirmed|confirms|reported|reports|added|adds|wrote|writes|noted|notes|claimed|claims|believes|believed|told\s+[^,.;]{1,30}?)\s+(?:[^.;]{0,40}?\s)?that\s+/gi;

/** Where the clause holding `pos` starts: after the last "said ... that" before it, else the sentence start. */
function reportedClauseStart(text: string, lo: number, pos: number): number {
  const head = text.slice(lo, pos);
  let at = lo;
  REPORTED_CLAUSE.lastIndex = 0;
  for (let m = REPORTED_CLAUSE.exec(head); m; m = REPORTED_CLAUSE.exec(head)) at = lo + m.index + m[0].length;
  return at;
}
// After a passive verb: the means and the verb that names its doer ("in an operation carried out by").
const MEANS_BY = /^\s+in\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:air\s*strike|airstrike|strike|attack|raid|bombing|operation|ambush|assault)\s+(?:(?:carried\s+out|conducted|launched|led|mounted|claimed)\s+)?by\s+/iu;
// A clause opening with a deed named by a definite noun: "The strike", "This attack", "the raid had", with a short
// phrase of time or place after the noun ("The strike on Friday hit", "The raid near the border killed").
// A possessor before a deed noun that is the clause's subject: "Israel's opening strikes on Friday (did more than) hit".
const DEED_OWNER = /(?:^|\s)((?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})['’]s?\s+(?:[\p{L}-]+\s+)?(?:air\s*strikes?|airstrikes?|strikes?|attacks?|raids?|bombings?|bombardments?|offensive|missiles?|drones?|jets?|warplanes?|forces|troops)\s+(?:(?:on|in|at|near|overnight|late|early|last)\s+(?:(?:the|a)\s+)?(?:[\p{L}\p{N}'’-]+\s+){0,2}?)?(?:(?:had|has|have|also|reportedly|did\s+more\s+than|did\s+not\s+only)\s+)?$/u;
const DEED_SUBJECT = /^\s*(?:the|this|that|these|those)\s+(?:[\p{L}-]+\s+)?(?:air\s*strikes?|airstrikes?|strikes?|attacks?|raids?|bombings?|bombardments?|operations?|assaults?)\s+(?:(?:on|in|at|near|overnight|late|early|last)\s+(?:(?:the|a)\s+)?(?:[\p{L}\p{N}'’-]+\s+){0,2}?)?(?:(?:had|has|have|also|reportedly)\s+)?$/iu;

// A deed noun and the relative pronoun whose verb follows: "the drone attack on the base that killed".
const DEED_RELATIVE = /\b(?:attacks?|aggressions?|strikes?|airstrikes?|bombings?|raids?|operations?|ambush(?:es)?|blasts?|explosions?|shelling|assaults?|bombardments?)\b[^,.;]{0,70}?\b(?:that|which)\s+(?:(?:had|has|have|also|reportedly)\s+)?$/iu;

/**
 * Who did the deed a relative clause hangs on (the deed noun at `at`): the actor of a violent
 * event already read in the sentence, the one the noun names ("the US strike that"), or the
 * subject of a verb of doing that governs it ("Israel launched an airstrike that killed").
 */
function deedActor(d: Discourse, s: Sentence, at: number, earlier: readonly Event[]): Referent | null {
  const text = d.doc.text;
  const same = [...earlier].reverse().find((e) => e.start === s.start && e.actor && ['18', '19', '20'].includes(e.cameo.slice(0, 2)));
  if (same?.actor) return { start: at, end: at, entityId: same.actor, type: d.typeOf(same.actor) ?? 'state', via: 'reference' };
  const mod = d.actorsIn(Math.max(s.start, at - 30), at).filter((r) => /^(?:['’]s)?\s*(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(r.end, at))).pop();
  if (mod) return mod;
  const governed = GOVERNING.exec(text.slice(Math.max(s.start, at - 50), at));
  return governed ? d.subjectBefore(s.start, at - governed[0].length) : null;
}

/**
 * "The strike hit an SUV ...": a verb whose subject is a deed named by a
 * definite noun is done by the actor of the latest violent deed reported before.
 */
function sameDeedActor(d: Discourse, head: string, h: PhraseHit<VerbCue>, earlier: readonly Event[]): Referent | null {
  // "Israel's opening strikes on Friday hit ...": whose deed the subject is acts.
  const owned = DEED_OWNER.exec(head);
  if (owned) {
    const at = h.start - head.length + owned.index;
    const owner = d.actorsIn(at, at + owned[1]!.length).pop();
    if (owner && owner.end === at + owned[1]!.length) return owner;
  }
  if (!DEED_SUBJECT.test(head)) return null;
  const prev = [...earlier].reverse().find((e) => e.actor && ['18', '19', '20'].includes(e.cameo.slice(0, 2)));
  return prev?.actor ? { start: h.start, end: h.start, entityId: prev.actor, type: d.typeOf(prev.actor) ?? 'state', via: 'reference' } : null;
}
// Before a name: it says where, not whom ("struck targets in Iraq and Syria against X").
const LOCATIVE_BEFORE = /\b(?:in|across|inside|within|throughout|over)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?$/iu;

/**
 * The objects an action aims at after `from`: those joined by "and", less the
 * states named only as where it happened ("in Iraq and Syria") when the
 * clause names whom it was against.
 */
function aimedAt(d: Discourse, from: number, hi: number): Referent[] {
  const text = d.doc.text;
  const all = d.objectsAfter(from, hi);
  // "in Iraq and Syria": a conjunct of a place is a place.
  const isPlace = (t: Referent): boolean => t.type === 'state' || t.type === 'location';
  const placed: boolean[] = [];
  all.forEach((t, i) => {
    const prev = all[i - 1];
    placed.push(isPlace(t) && (LOCATIVE_BEFORE.test(text.slice(Math.max(from, t.start - 25), t.start))
      || (!!prev && placed[i - 1] === true && /^\s*(?:,\s*)?(?:and|or)?\s*$/i.test(text.slice(prev.end, t.start)))));
  });
  const kept = all.filter((t, i) => !placed[i] && !POSSESSIVE_WORD.test(text.slice(t.start, t.end)));
  if (kept.length > 0 || all.length === 0) return kept;
  // Only places so far: the one the action was against may follow them ("in Iraq and Syria against Iran's IRGC").
  const last = all[all.length - 1]!;
  const against = /^[^.;,]{0,25}?\b(?:against|targeting)\s+/i.exec(text.slice(last.end, hi));
  const next = against ? d.objectAfter(last.end + against[0].length, hi) : null;
  return next ? [next] : [];
}

function placeAfter(d: Discourse, from: number, to: number): string | null {
  const text = d.doc.text;
  const r = d.refsFrom(from, to).find((x) => (x.type === 'location' || x.type === 'facility')
    && (/\b(?:in|at|near|into|inside|on|to|over|toward|towards|off|outside|across|along|around)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/iu.test(text.slice(Math.max(from, x.start - 40), x.start))
      // "struck Hodeidah port": the place is the verb's object.
      || /^\s*\S+\s+(?:the\s+)?$/.test(text.slice(from, x.start))));
  return r?.entityId ?? null;
}

/** One event per action: the same CAMEO root against the same target, or by the same actor in one sentence. */
function dropRepeats(found: Event[]): Event[] {
  const out: Event[] = [];
  for (const e of found) {
    const root = e.cameo.slice(0, 2);
    // Same target alone is the same action only when the actors agree (or one is unknown):
    // a document about a war reports many attacks on one side.
    const dup = out.some((o) => o.cameo.slice(0, 2) === root && (anonymousRepeat(o, e) ||
      (e.target !== null && o.target === e.target && (o.actor === e.actor || o.actor === null || e.actor === null) && sameTime(o.date, e.date)) ||
      (e.provenance.rule.endsWith('/nominal') && o.actor !== null && o.actor === e.actor) ||
      (o.sentence === e.sentence && o.actor === e.actor && (o.target === e.target || e.target === null))));
    if (!dup) out.push(e);
  }
  return out;
}

function sameTime(a: string | null, b: string | null): boolean {
  return a === null || b === null || a.startsWith(b) || b.startsWith(a);
}
