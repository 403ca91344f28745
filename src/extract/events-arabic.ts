/**
 * Events in Arabic text, from the Arabic verb patterns of data/cameo/verbs.yaml.
 *  - active ("اغتالت إسرائيل القائد فلان", "المقاومة استهدفت القاعدة"): the
 *    actor is the verb's subject, after it or before it; the target the
 *    first actor or facility after the subject (or after the cue);
 *  - nominal ("هجوم على القاعدة", "اغتيال فلان"): the actor is the one
 *    the noun names ("غارة شنتها إسرائيل", "هجوم للحوثيين"), if any.
 * Only what is reported as done counts: a verb negated or made future
 * (لم، لن، سوف), or reported inside a claim, accusation or denial (the
 * statements lexicon's reporting cues earlier in the sentence), is the
 * speaker's word, not a reported fact. The same action twice is one event.
 */
import type { Doc, Event } from '../core/types.js';
import { ArabicClauses } from './clause-arabic.js';
import { withoutArabicMarks } from '../text/fold.js';
import { DocDates } from './dating.js';
import { Discourse, type Referent } from './discourse.js';
import type { ExtractKnowledge, LanguageCues } from './lexicons.js';

// Particles that make the verb after them a negation, an intention or a condition.
const IRREALIS_BEFORE = /(?:^|\s)[وف]?(?:لم|لن|لا|سوف|قد\s+لا|إذا|لو|كي|لكي|أن\s+لا|يريد|تريد|تعتزم|يعتزم|ينوي|تنوي)\s+$/u;
// Who carried out the action a noun names: "شنتها إسرائيل"، "نفذها الحوثيون"، "من قبل ...".
const AGENT_AFTER_NOUN = /(?:^|\s)(?:شنه|شنها|شنته|شنتها|نفذه|نفذها|نفذته|نفذتها|ارتكبه|ارتكبها|ارتكبته|ارتكبتها|من\s+قبل)\s+$/u;
// "أعلنت X مسؤوليتها عن هجوم على Y" reports the attack, with the claimant as its actor; other claims do not.
const RESPONSIBILITY_BEFORE = /(?:المسؤولية|مسؤولية|مسؤوليته|مسؤوليتها|مسؤوليتهم)\s+عن\s+$/u;
// A future or negated-future verb later in the clause: سوف، لن، or س + an imperfect verb (not the nouns سيارة، سياسة، سنة، ستة ...).
const FUTURE_AFTER = /(?:^|\s)[وف]?(?:سوف|لن|س(?!يار|ياس|نة|نوات|نوي|تة|تين|بع)[يتنأ][\u0621-\u064A]{2,})(?=\s|$|[،,.])/u;
// Verbs of allegation the statements lexicon does not read as a report ("زعم جيش الاحتلال أن عمليته استهدفت ..."):
// what follows them is the speaker's version.
const ALLEGED_BEFORE = /(?:^|\s)[وف]?(?:زعم|زعمت|زعموا|يزعم|تزعم|يزعمون|زاعما|زاعماً|زاعمة|زاعمين|ادعى|ادعت|ادعوا|يدعي|تدعي|مدعيا|مدعياً|مزاعم|ادعاءات)(?=\s|$)/u;
// A future verb right before an action noun ("ستواصل استهداف القوات"، "سوف نواصل الهجمات"): an intention.
const FUTURE_BEFORE = /(?:^|\s)[وف]?(?:سوف\s+\S+|س(?!يار|ياس|نة|نوات|نوي|تة|تين|بع)[يتنأ][\u0621-\u064A]{2,})\s+$/u;
// A deed noun, then a relative pronoun right before the verb: "التفجيرين الانتحاريين اللذين"، "الغارة التي".
const DEED_RELATIVE_AR = /(?:^|\s)[وف]?(?:ب|ل)?(?:ال)?(?:تفجير|انفجار|هجوم|هجمات|غار|ضرب|عملي|قصف|عبو|سيار)\S*\s+(?:\S+\s+){0,2}?(?:الذي|التي|اللذين|اللذان|اللتين|اللتان|الذين|اللواتي)\s+$/u;
// A verb written with a damma after its first letter ("قُتل"، "اُغتيل"): the passive voice.
const PASSIVE_VOWEL = /^[وف]?[\u0621-\u064A]\u064F/u;
// Who acted on the one a passive verb befell, named with the means: "في غارة إسرائيلية"، "بقصف للاحتلال"،
// "على يد عناصر التنظيم"، "برصاص قوات الاحتلال" (within the verb's clause: no comma or full stop before it).
const MEANS_AGENT = /^[^،,.؛:«»"]*?(?:(?:^|\s)(?:في|جراء|إثر|خلال|ب)\s*(?:ال)?(?:غار|قصف|ضرب|هجوم|هجمات|استهداف|عدوان|رصاص|نيران|مسير|صاروخ|طائر|انفجار|تفجير)[\u0621-\u064A\u064B-\u065F]*|(?:^|\s)على\s+(?:يد|أيدي)|(?:^|\s)ب(?:رصاص|نيران))(?:\s+(?:ال)?(?:قوات|عناصر|مسلحي|جيش|طائرات?|مسيرات?|مسيّرات?|غادر\S*))?\s+(?:ل|لل)?$/u;
// A count or rank of members before the body they belong to: "عنصران من"، "ثلاثة من عناصر"، "قائد في".
const MEMBERS_OF = /^\s*(?:[\u0621-\u065F\u0660-\u0669\d]+\s+){1,3}(?:من|في)\s+(?:(?:عناصر|مقاتلي|أفراد|جنود|قادة|كوادر|منتسبي)\s+)?$/u;
// "أن مقاتليه"، "إن عناصرها"، "أن قواتها": the claimant's own members, by a possessive pronoun, as the verb's subject.
const OWN_MEMBERS_AR = /(?:^|\s)[وف]?(?:أن|إن|ان|بأن)\s+(?:مقاتلي|عناصر|قوات|مجاهدي|وحدات|مقاومي|أبطال|رجال)(?:ه|ها|هم|نا)\s+$/u;
// An object named by its rank or membership in a body: "قيادياً في"، "عنصرين من"، "ثلاثة مقاتلين من".
const MEMBER_OF_BODY = /^\s*(?:\S+\s+){0,2}?(?:قيادي|قياديا|قياديين|عنصر|عنصرا|عنصرين|عناصر|مسؤول|مسؤولا|مسؤولين|قائد|قائدا|قادة|عضو|عضوا|أعضاء|مقاتل|مقاتلا|مقاتلين|كوادر|كادر|كادرا)\s+(?:بارز\S*\s+)?(?:في|من)\s+$/u;
const ACTOR_TYPES = new Set(['person', 'armed_group', 'organization', 'state']);
// Cues of ground fighting (clashes, battles, storming, raids): attacks whoever fights.
const GROUND_CUE_AR = /(?:اشتب|معار?ك|اقتحم|اقتحام|داهم|مداهم|شارك)/u;

/** How far after its cue an event's target may be named. */
const TARGET_WINDOW = 110;

function firstWordEnd(text: string, start: number, end: number): number {
  return start + (/^\S+/u.exec(text.slice(start, end))?.[0].length ?? 0);
}

/** Events of an Arabic document (they are not yet on the document). */
export function eventsArabic(doc: Doc, cues: LanguageCues, cameo: ExtractKnowledge['cameo']): Event[] {
  const d = Discourse.of(doc, cues);
  const cl = new ArabicClauses(d);
  const dates = new DocDates(doc, cues);
  const text = doc.text;
  const found: Event[] = [];
  doc.sentences.forEach((s, i) => {
    // Reporting cues of claims, accusations and denials: what follows them is alleged.
    const reporting = cues.statements.find(text, s.start, s.end)
      .filter((h) => h.value.where === 'report' && (h.value.kind === 'claim' || h.value.kind === 'accusation' || h.value.kind === 'denial' || h.value.kind === 'threat' || h.value.kind === 'vow'));
    // A claim of responsibility ("تبنى التنظيم هجمات ... من بينها إسقاط الطائرة") reports the deeds it names;
    // the others make what follows the speaker's word.
    const claims = reporting.filter((h) => h.value.kind === 'claim');
    const alleging = reporting.filter((h) => h.value.kind !== 'claim');
    for (const h of cues.verbs.find(text, s.start, s.end)) {
      if (d.inQuote(h.start)) continue;
      if (IRREALIS_BEFORE.test(text.slice(Math.max(s.start, h.start - 16), h.start))) continue;
      const claimed = h.value.voice === 'nominal' && RESPONSIBILITY_BEFORE.test(text.slice(Math.max(s.start, h.start - 30), h.start));
      if (!claimed && (alleging.some((a) => a.start < h.start) || ALLEGED_BEFORE.test(text.slice(s.start, h.start)))) continue;
      const first = firstWordEnd(text, h.start, h.end);
      let actor: Referent | null;
      let from: number;
      let bombing = false;
      // "قُتل" with its damma is the passive of "قتل": the one named after it is the one killed.
      const passive = h.value.voice === 'passive' || (h.value.voice === 'active' && PASSIVE_VOWEL.test(text.slice(h.start, first)));
      if (passive) {
        // "استشهد القائد في غارة إسرائيلية": the verb's subject is the one it befell; the one who acted
        // qualifies the means ("في غارة إسرائيلية"، "على يد ...", "برصاص قوات الاحتلال").
        const agent = d.actorsIn(first, Math.min(s.end, first + 90)).find((r) => MEANS_AGENT.test(text.slice(first, r.start)));
        // "قُتل عنصران من حزب الله"، "لقي ثلاثة من عناصر الجيش حتفهم": the body the dead belonged to.
        let victim = cl.subjectOf(s, { start: h.start, end: first });
        if (victim && victim.entityId === agent?.entityId) victim = null;
        victim ??= d.actorsIn(first, Math.min(s.end, first + 60)).find((r) => MEMBERS_OF.test(text.slice(first, r.start))) ?? null;
        if (victim && !ACTOR_TYPES.has(victim.type)) victim = null;
        // A death with no one named ("قُتل ستة أشخاص في القصف") is still a killing to log; the passive-only cues
        // (استشهد، لقي حتفه) name nothing else than whom they befell.
        if (!victim && !agent && h.value.voice === 'passive') continue;
        const code = cameo.get(h.value.code);
        found.push({
          kind: h.value.kind, actor: agent?.entityId ?? null, target: victim?.entityId ?? null,
          date: dates.at(i, h.start, { nominal: false }),
          // "قُتلوا في القصف الذي طال قاعدة عين الأسد": the facility hit is where they died.
          place: cl.placeAfter(h.end, s.end) ?? d.refsFrom(first, s.end).find((r) => r.type === 'facility')?.entityId ?? null,
          cameo: h.value.code, goldstein: code?.goldstein ?? 0,
          text: text.slice(s.start, s.end).trim(), start: s.start, end: s.end, sentence: i,
          provenance: { rule: `pattern:cameo/${h.value.code}/passive/ar`, confidence: 0.6 },
        });
        continue;
      }
      if (h.value.voice === 'nominal') {
        // The agent named right after the noun ("هجوم للحوثيين"), or by "شنتها/نفذها".
        const near = d.actorsIn(first, Math.min(s.end, first + 30)).find((r) => /^[\s]*[وف]?(?:ل|لل)?$/u.test(text.slice(first, r.start)) || /^\s*$/u.test(text.slice(first, r.start)));
        const agent = d.refsFrom(h.end, s.end).find((r) => ACTOR_TYPES.has(r.type) && AGENT_AFTER_NOUN.test(text.slice(Math.max(h.end, r.start - 14), r.start)));
        // A listing's noun is followed by whom it lists ("تصنيف حزب الله منظمة إرهابية"), not by who lists.
        actor = agent ?? (near && near.end <= h.end && h.value.kind !== 'designation' ? near : null);
        const claim = claims.filter((a) => a.start < h.start).pop();
        if (!actor && claim) actor = cl.subjectOf(s, { start: claim.start, end: firstWordEnd(text, claim.start, claim.end) });
        // "تصنيف أربعة فصائل ... منظمات إرهابية": the noun's cue holds whom it lists.
        from = h.value.kind === 'designation' ? first : h.end;
      } else {
        actor = cl.subjectOf(s, { start: h.start, end: first });
        // "أعلن حزب الله أن مقاتليه دمروا ...": fighters of the claimant's own, named by a pronoun, act for it.
        if (!actor) {
          const said = [...claims, ...cues.speech.find(text, s.start, h.start)].filter((a) => a.end <= h.start && !d.inQuote(a.start))
            .sort((a, b) => a.start - b.start).pop();
          if (said && OWN_MEMBERS_AR.test(text.slice(said.end, h.start))) actor = cl.subjectOf(s, { start: said.start, end: firstWordEnd(text, said.start, said.end) });
        }
        // "ارتفاع حصيلة التفجيرين اللذين استهدفا سوقا": a verb after a relative pronoun whose antecedent is a deed
        // has that deed as its subject; a name before it (the ministry giving the toll) did not act.
        const rel = DEED_RELATIVE_AR.exec(text.slice(Math.max(s.start, h.start - 60), h.start));
        if (rel && actor && actor.start < h.start) actor = null;
        if (rel && /(?:تفجير|انفجار|عبو|مفخخ|انتحاري)/u.test(rel[0])) bombing = true;
        // "اشتبكت قوات الجيش مع عناصر داعش": a name after the preposition that closes the cue is its object,
        // never the verb's subject.
        const prep = /(?:^|\s)(?:مع|ضد|على|عن)$/u.exec(text.slice(h.start, h.end));
        if (actor && prep && actor.start >= h.start + prep.index) actor = null;
        from = actor && actor.start >= h.start ? Math.max(actor.end, h.end) : h.end;
        // "أدرجت الكتائب على لائحة الإرهاب"، "صنفت X منظمة إرهابية": a listing's cue holds whom it lists.
        if (h.value.kind === 'designation' && (!actor || actor.start < h.start || actor.start >= h.end)) from = first;
        else if (h.value.kind === 'designation' && actor && actor.end < h.end) from = actor.end;
      }
      let to = Math.min(s.end, from + TARGET_WINDOW);
      if (h.value.voice === 'nominal') {
        if (FUTURE_BEFORE.test(text.slice(Math.max(s.start, h.start - 24), h.start).replace(/[\u064B-\u065F\u0670\u0640]/gu, ''))) continue;
        // "أي اعتداء على العراق سيقابل برد": a noun whose clause looks ahead is an intention.
        if (FUTURE_AFTER.test(text.slice(h.end, s.end).replace(/[\u064B-\u065F\u0670\u0640]/gu, ''))) continue;
        // The noun's object stops at the first comma ("العدوان على غزة، ونحذر ...").
        const comma = text.slice(from, to).search(/[،,؛;]/u);
        if (comma >= 0) to = from + comma;
      }
      const own = new Set(actor ? [actor.entityId] : []);
      // A cue that ends on its preposition ("اشتباكات مع"، "هجوم على") aims at the name right after it,
      // even where that preposition elsewhere marks a partner ("مع") rather than a target.
      const direct = /(?:مع|ضد|على)$/u.test(text.slice(h.start, h.end))
        ? d.refsFrom(from, to).find((r) => !own.has(r.entityId) && (ACTOR_TYPES.has(r.type) || r.type === 'facility') && /^\s*$/u.test(text.slice(from, r.start)))
        : undefined;
      // "اغتالت مسيرة قيادياً في حركة حماس": a member of a body, named by his rank in it, is that body's loss.
      const target = direct ?? cl.targetAfter(from, to, own)
        ?? d.actorsIn(from, to).find((r) => !own.has(r.entityId) && MEMBER_OF_BODY.test(withoutArabicMarks(text.slice(from, r.start)))) ?? null;
      // An action with neither doer nor object named is still logged ("انفجرت عبوة ناسفة في السوق"): an analyst
      // wants it with an unknown actor. A bare noun in what someone says ("أكدت ... أن عملياتها مستمرة ما دام
      // العدوان قائما") is part of the argument, not a report.
      if (!actor && !target && h.value.voice === 'nominal' && cues.speech.find(text, s.start, h.start).some((c) => !d.inQuote(c.start))) continue;
      // A bombing's deed (183) told by the verb of its relative clause keeps its own code.
      const cameoCode = bombing && h.value.code.startsWith('19') ? '183' : h.value.code;
      const code = cameo.get(cameoCode);
      // As in English: a state's force from the air, by missile or by fire is logged as a strike, a group's as an
      // attack; ground fighting, raids and sieges stay attacks whoever does them. Only a state named before the
      // verb ("طائرة مسيرة أمريكية استهدفت") or qualifying the noun: one read after the verb may stand in its object
      // ("أعلنت الحركة أنها استهدفت القواعد الأمريكية"), where the state is the one hit.
      const stateStrike = !bombing && actor?.type === 'state' && (h.value.voice === 'nominal' || actor.start < h.start)
        && cameoCode.startsWith('19') && !/^19[12]/.test(cameoCode)
        && !GROUND_CUE_AR.test(text.slice(h.start, h.end));
      found.push({
        kind: bombing ? 'attack' : stateStrike ? 'strike' : h.value.kind, actor: actor?.entityId ?? null, target: target?.entityId ?? null,
        date: dates.at(i, h.start, { nominal: h.value.voice === 'nominal' }),
        place: target?.type === 'facility' ? target.entityId : cl.placeAfter(h.end, s.end),
        cameo: cameoCode, goldstein: code?.goldstein ?? 0,
        text: text.slice(s.start, s.end).trim(), start: s.start, end: s.end, sentence: i,
        provenance: { rule: `pattern:cameo/${h.value.code}/${h.value.voice}/ar`, confidence: h.value.voice === 'nominal' ? 0.5 : 0.65 },
      });
    }
  });
  return dropRepeats(found);
}

/** One event per action: the same CAMEO root against the same target, or by the same actor in one sentence. */
function dropRepeats(found: Event[]): Event[] {
  const out: Event[] = [];
  for (const e of found) {
    const root = e.cameo.slice(0, 2);
    const dup = out.some((o) => o.cameo.slice(0, 2) === root && (
      (e.target !== null && o.target === e.target) || anonymousRepeat(o, e) ||
      (o.sentence === e.sentence && o.actor === e.actor && (o.target === e.target || e.target === null))));
    if (!dup) out.push(e);
  }
  return out;
}

/**
 * An action with neither actor nor target named, of a root already logged in
 * its sentence or on its date ("مؤكدين أن الصواريخ استهدفت ..." after the claimed
 * attack, "Saturday's strike hit fuel depots" after the strike): the same action
 * told again, unless the two name different places.
 */
export function anonymousRepeat(earlier: Event, e: Event): boolean {
  // Two places named are two actions, whatever their date.
  if (e.place !== null && earlier.place !== null && e.place !== earlier.place) return false;
  return e.actor === null && e.target === null && (earlier.sentence === e.sentence || (e.date !== null && earlier.date === e.date));
}
