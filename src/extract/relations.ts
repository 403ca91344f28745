/**
 * Standing facts about actors read from the sentence that states them:
 * appositions and titles ("X, spokesman of Y", "Y leader X", "Y's leader X",
 * "the head of Y, X"), copulas ("X is a former member of Y", "Y is part of
 * Z"), modifiers ("Iran-backed Y", "pro-Iranian Y") and verbs ("X formed Y",
 * "the US designated X", "X was sanctioned by Y"). Each relation is marked
 * origin 'document' and carries its sentence.
 */
import type { Stage } from '../core/stage.js';
import type { Doc, Relation, RelationPredicate, Sentence } from '../core/types.js';
import { Discourse, type Referent } from './discourse.js';
import type { ExtractKnowledge } from './lexicons.js';
import type { ActorRegistry } from '../resolve/registry.js';
import { readMinisters, readMinistrySpokespeople, readStateOrgans } from './relations-organs.js';
import { readPlaces } from './relations-places.js';
import { readArabicRelations } from './relations-arabic.js';
import { readRegistryFacts } from './relations-registry.js';
import { DEMONYM, demonymState } from './demonym.js';

const GROUPISH = new Set(['armed_group', 'organization']);
// Between a group and the title it qualifies: "Hamas political bureau chief", "its longtime secretary-general".
// "Houthi military spokesman", "the group's chief negotiator and spokesman": a unit word, or another title and "and".
const PRE_TITLE = /^(?:['’]s?)?\s*(?:(?:longtime|long-time|late|former|current|new|top|senior|overall|slain|acting|interim|founding|deputy|assistant|special)\s+)?(?:(?:political|military|media|armed|foreign|security|executive|shura|jihad)\s+(?:\w+\s+)?)?(?:(?:chief\s+)?[\p{Ll}-]+\s+(?:and|&)\s+)?$/iu;
// Between "part of" and its object only articles and capitalised words: not "part of a shipment the group ordered".
// Hyphenated adjectives count as part of a name's description: "Iraq's state-sanctioned Popular Mobilization Forces".
const NAME_GAP = /^\s*(?:(?:the|a|an|so-called|broader|wider|larger|[\p{Lu}][\p{L}'’.-]*|[\p{Ll}]+-[\p{Ll}]+)\s+)*$/u;
const COMPOUND_TITLE = /^\s+(?:negotiator|executive|editor|strategist|economist|justice|whip|analyst|correspondent|officer|engineer|prosecutor|inspector|of\s+staff)\b/i;
const NEGATED = /\b(?:cut|cuts|cutting|sever|severed|severs|break|broke|breaks|end|ended|ends|deny|denied|denies|denying|no|not|never|without)\s+(?:\w+\s+)?$/i;

export const relationStage: Stage<{ extract: ExtractKnowledge; actors: ActorRegistry }> = {
  name: 'relations',
  run(doc, knowledge) {
    const cues = knowledge.extract.cuesFor(doc.meta.language);
    // Two passes: titles first, so that "the leader of Y" in the second pass can name its holder.
    for (const pass of [1, 2] as const) {
      const d = Discourse.of(doc, cues);
      for (const s of doc.sentences) {
        // Every rule ties referents of the sentence: with none there is nothing to read; with one, only a link
        // to an actor outside it ("active there", "the coalition is made up of X").
        const n = countRefs(d, s);
        if (n === 0 || (n === 1 && pass === 1)) continue;
        // Possessed units are read before any leader is known: "the head of its Radwan Force" then reads as a role.
        if (pass === 1) { readTitles(doc, d, s, knowledge.actors); readPossessiveLeaders(doc, d, s); readPossessedGroups(doc, d, s); }
        else {
          readLinks(doc, d, s, knowledge.actors);
          readUmbrellas(doc, d, s);
          const put = (subject: string, predicate: RelationPredicate, object: string, rule: string): void => add(doc, s, subject, predicate, object, rule);
          // "الأمين العام للحركة X": the group may be named only by a noun joined to its preposition.
          if (doc.meta.language === 'ar') readArabicRelations(doc, d, s, put);
          // "Defense Minister X" ties X to a ministry the document may name in another sentence.
          readMinisters(doc, d, s, knowledge.actors, put);
          if (doc.meta.language !== 'ar') readMinistrySpokespeople(doc, d, s, put);
          readDemonymAllies(doc, d, s, knowledge.actors);
          if (n === 1) continue;
          readArms(doc, d, s);
          readIncludedMembers(doc, d, s);
          readMergers(doc, d, s);
          readFoundingHelpers(doc, d, s);
          readAllyPairs(doc, d, s);
          readStateOrgans(doc, d, s, knowledge.actors, put);
          readPlaces(doc, d, s, knowledge.actors, put);
        }
      }
    }
    // Last, what the registry knows and the sentence confirms: the text's own reading comes first.
    const d = Discourse.of(doc, cues);
    for (const s of doc.sentences) {
      if (countRefs(d, s) < 2) continue;
      readRegistryFacts(doc, d, s, knowledge.actors, (subject, predicate, object, rule, origin = 'registry') => add(doc, s, subject, predicate, object, rule, origin));
    }
  },
};

/** Referents that lie in the sentence, counted up to two. */
function countRefs(d: Discourse, s: Sentence): number {
  let n = 0;
  for (const r of d.refsFrom(s.start, s.end)) if (r.end <= s.end && ++n === 2) break;
  return n;
}

// After a group's name, a plural of its people: "Houthi leaders", "Hezbollah financial facilitators".
const PEOPLE_AFTER = /^\s+(?:[\p{Ll}-]+\s+)?(?:leaders|members|officials|commanders|financiers|facilitators|operatives|figures|fighters|militants|individuals|procurement\s+agents|agents|brokers|smugglers)\b/u;
// Wording that makes a designation a terrorist listing rather than a sanction.
const TERROR_LISTING = /terror|إرهاب/i;

function add(doc: Doc, s: Sentence, subject: string, predicate: RelationPredicate, object: string, rule: string, origin: 'document' | 'registry' = 'document'): void {
  if (subject === object) return;
  // "OFAC designated X", "X was designated by the United States in 2011": a person designated without a terrorist
  // listing in the sentence is sanctioned (asset freezes, travel bans), as analysts log it.
  if (predicate === 'designated_by' && doc.entities.find((e) => e.id === subject)?.type === 'person' && !TERROR_LISTING.test(doc.text.slice(s.start, s.end))) predicate = 'sanctioned_by';
  if (doc.relations.some((r) => r.subject === subject && r.predicate === predicate && r.object === object)) return;
  doc.relations.push({
    subject, predicate, object, text: doc.text.slice(s.start, s.end), span: { start: s.start, end: s.end },
    origin, provenance: origin === 'registry' ? { rule: `registry:${rule}`, confidence: 0.6 } : { rule: `rule:${rule}`, confidence: 0.7 },
  });
}

// ", a senior " / ", the former " between a name and the organisation that qualifies its title.
// Between a person and a title held: a copula or a verb of appointment ("was named", "was elected").
const COPULA_BEFORE_TITLE = /\b(?:is|was|has been|had been|became|serves as|served as|remains|(?:was|were|has been|had been)\s+(?:named|elected|appointed|chosen)(?:\s+as)?)\s+(?:also\s+)?$/i;
// Also a second apposition joined by "and": "X, the PMF chief of staff and a former Y commander".
const APPOSITION_HEAD = /(?:\s*,\s*|\s*,\s*[^,;()"“”]{1,40}?\s+and\s+)(?:(?:the|a|an|one of the)\s+)?(?:(?:former|deputy|senior|prominent|key|top|late|veteran|leading)\s+)*$/i;

// A copula, then an article and ranks, before a group that qualifies a title: "is a senior " (Hamas official).
const COPULA_BEFORE_ORG = /\b(?:is|was|has been|had been|became|remains|serves as|served as)\s+(?:also\s+)?(a|an|the|one of the)\s+((?:(?:former|deputy|senior|prominent|key|top|late|veteran|leading|longtime|long-time|local|regional|field|mid-level|high-ranking|ranking)\s+)*)$/i;

/** "is a Hamas commander" names a member, "was a former Hamas commander" a former one, "is the Hamas leader" its head. */
function copulaPredicate(p: RelationPredicate, m: RegExpExecArray): RelationPredicate {
  if (/\bformer\b/i.test(m[2]!) && (p === 'leads' || p === 'member_of')) return 'former_member_of';
  return titlePredicate(p, m[1]!);
}

function titlePredicate(p: RelationPredicate, article: string): RelationPredicate {
  // "a leader of Y" says membership, "the leader of Y" leadership.
  return p === 'leads' && /^(a|an|one of the)\s*$/i.test(article.trim()) ? 'member_of' : p;
}

function readTitles(doc: Doc, d: Discourse, s: Sentence, registry: ActorRegistry): void {
  const text = doc.text;
  const refs = d.refsFrom(s.start, s.end).filter((r) => r.end <= s.end);
  const persons = refs.filter((r) => r.type === 'person' && r.via === 'name');
  const groups = refs.filter((r) => GROUPISH.has(r.type));
  for (const h of d.cues.roles.find(text, s.start, s.end)) {
    const before = text.slice(s.start, h.start);
    const article = /(?:\b(?:the|a|an|one of the)\s+)?(?:(?:former|deputy|senior|prominent|key|top|late|official|military|political|media|chief|security)\s+)*$/i.exec(before)?.[0] ?? '';
    const pred = titlePredicate(h.value, /\b(a|an|one of the)\b/i.test(article) ? 'a' : '');
    // "chief negotiator", "head coach": the title word heads another noun.
    if (COMPOUND_TITLE.test(text.slice(h.end, h.end + 20))) continue;
    const ofMatch = /^\s+(?:of|for|in)\s+/i.exec(text.slice(h.end, h.end + 12));
    // The organisation: after "of/for" ...
    let org: Referent | undefined;
    if (ofMatch) {
      const from = h.end + ofMatch[0].length;
      org = groups.find((g) => g.start >= from && g.start <= from + 40 && !/[,.;]/.test(text.slice(from, g.start)));
      // "the head of its elite Radwan Force": the unit named after the possessive is what is headed.
      // "the commander of the IRGC's Quds Force": a named group's possessive before a named unit too.
      const unit = org && (org.via !== 'name' || /^['’]s?\s/.test(text.slice(org.end, org.end + 3)))
        ? groups.find((g) => g.start >= org!.end && g.via === 'name' && g.entityId !== org!.entityId && OWNED_GAP.test(text.slice(org!.end, g.start))) : undefined;
      if (unit) org = unit;
      // "the military spokesman for Prime Minister X": a spokesman may speak for a person.
      if (!org && h.value === 'spokesperson_of') {
        org = persons.find((p) => p.start >= from && p.start <= from + 40 && /^(?:the\s+)?(?:(?:prime|deputy|vice|foreign|defen[cs]e)\s+)?(?:minister|president|premier|leader|speaker)?\s*$/i.test(text.slice(from, p.start)));
      }
    }
    // ... or right before the title: "Kataib Hezbollah leader X", "Asaib Ahl al-Haq's leader X", "its secretary-general, X".
    const preOrg = groups.filter((g) => g.end <= h.start && (PRE_TITLE.test(text.slice(g.end, h.start - article.length >= g.end ? h.start - article.length : h.start))
      || DEPARTMENT_BEFORE.test(text.slice(g.end, h.start)))).pop();
    if (!org && preOrg && h.start - preOrg.end <= 32) org = preOrg;
    // "Iran's foreign ministry spokesman X": a ministry no name marks speaks for its state.
    if (!org && h.value === 'spokesperson_of') org = stateBefore(d, s, h.start - article.length, MINISTRY_GAP) ?? undefined;
    // "Israel's chief military spokesman", "the Israeli military spokesman": the state's armed forces, as the document names them.
    if (!org && h.value === 'spokesperson_of' && /\bmilitary\s+$/i.test(article)) org = stateMilitary(d, s, registry, h.start - article.length) ?? undefined;
    if (!org) continue;
    // "the Houthi director of procurement", "Hamas's head of foreign relations": the title heads a function, not the group.
    const ofFunction = !!ofMatch && org.end <= h.start && FUNCTION_AFTER.test(text.slice(h.end + ofMatch[0].length, h.end + ofMatch[0].length + 30));
    // "UN rights chief X", "IRGC intelligence chief X": a department's head is one of the body's members.
    const ofDepartment = org.end <= h.start && DEPARTMENT_BEFORE.test(text.slice(org.end, h.start));
    // "the commander of Hezbollah's southern front": the person heads a part of the group, and is its member.
    // Its governing bodies ("Hamas's political bureau") are led by whoever leads the group.
    // "commander of the IRGC's Aerospace Force": a named part too, unless it is a body that governs the whole.
    const ofPart = ofMatch && org.start > h.end && /^['’]s?\s+(?!political|politburo|executive|shura|leadership|central|general|supreme)\p{L}/iu.test(text.slice(org.end, org.end + 20));
    // The person: in apposition before ("X, the head of Y"), or after ("Y leader X", "the head of Y, X").
    // "X, a senior Hamas official": the apposition may put the organisation between article and title.
    const appoArticle = org === preOrg && org.start < h.start ? APPOSITION_HEAD.exec(text.slice(s.start, org.start))?.[0] ?? null : null;
    // "X, the masked spokesman of Y": a lower-case epithet between the article and the title.
    const appoBefore = persons.filter((p) => p.end <= h.start && (((/^\s*,\s*(?:(?:the|a|an)\s+[^,;()"“”]{1,50}?\s+and\s+)?$/i.test(text.slice(p.end, h.start - article.length))
        || /^\s*,\s*the\s+(?:[\p{Ll}-]+\s+){1,2}$/u.test(text.slice(p.end, h.start)))
        && !persons.some((q) => q.start > p.end && q.end <= h.start))
      || (appoArticle !== null && p.end === org.start - appoArticle.length))).pop();
    const predFinal = appoArticle !== null && appoBefore && appoBefore.end === org.start - appoArticle.length
      ? (/\bformer\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(appoArticle) && (h.value === 'leads' || h.value === 'member_of') ? 'former_member_of'
        : titlePredicate(h.value, /\b(a|an|one of the)\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(appoArticle) ? 'a' : '')) : pred;
    const copula = persons.filter((p) => p.end <= h.start).pop();
    const afterFrom = org.start > h.start ? org.end : h.end;
    // "the UN special envoy for Syria, X", "Hamas leader in Gaza X": the title's mandate may stand before the name.
    const after = persons.find((p) => p.start >= afterFrom && p.start - afterFrom <= 45 && /^(?:['’]s?)?(?:\s*\([^)]{1,20}\))?(?:\s+(?:for|to|in)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s*){1,3}(?=,))?[\s,]*(?:(?:political|military|media)\s+\w+\s+)?(?:(?:Sheikh|Sheik|Brigadier|General|Gen\.|Major|Maj\.|Lieutenant|Lt\.|Rear|Vice|Admiral|Adm\.|Brig\.|Colonel|Col\.|Captain|Capt\.|Hajj|Sayyed|Sayyid|Seyyed|Ayatollah|Mr\.|Ms\.|Dr\.|Commander|martyr|His\s+Eminence|His\s+Excellency|Eminence)\s+)*$/iu.test(text.slice(afterFrom, p.start)));
    let person: Referent | undefined = appoBefore ?? after;
    if (!person && copula && (COPULA_BEFORE_TITLE.test(text.slice(copula.end, h.start - article.length).replace(/\s+/g, ' ').slice(-30))
      // "X was named Hamas's overall leader": the organisation between the verb and the title.
      || (org.end <= h.start && COPULA_BEFORE_TITLE.test(text.slice(copula.end, org.start).replace(/\s+/g, ' ').slice(-30))))) person = copula;
    // "X is a senior Hamas official", "X, who was a former Houthi commander": the group between an article and the title.
    const copulaOrg = !person && copula && org.end <= h.start && org === preOrg ? COPULA_BEFORE_ORG.exec(text.slice(copula.end, org.start).replace(/\s+/g, ' ').slice(-50)) : null;
    if (copulaOrg) person = copula;
    if (!person) {
      // "he is a former member of Y": a pronoun or role word before a copula.
      const subj = d.subjectBefore(s.start, h.start);
      if (subj && subj.type === 'person' && /\b(?:is|was|has been|had been|became|serves as|served as)\s+(?:\w+\s+)?$/i.test(text.slice(subj.end, h.start - article.length + 1).slice(-40) + ' ')) person = subj;
    }
    if (!person) continue;
    const finalPred = person === appoBefore ? predFinal : copulaOrg ? copulaPredicate(h.value, copulaOrg) : pred;
    // "Senior Hamas leader X", "a top Hezbollah commander": one of the group's leaders, not its head.
    const rankedAmong = org === preOrg && org.start < h.start && RANKED_BEFORE.test(text.slice(Math.max(s.start, org.start - 20), org.start));
    // "commander of the IRGC ground forces": the person commands a branch named after the group.
    const ofBranch = ofMatch && org.start > h.end && BRANCH_AFTER.test(text.slice(org.end, org.end + 40));
    const demoted = ofPart || rankedAmong || ofBranch || ofFunction || ofDepartment || commandsWithin(registry, text.slice(h.start, h.end), org.entityId);
    add(doc, s, person.entityId, demoted && finalPred === 'leads' ? 'member_of' : finalPred, org.entityId, 'title');
    // "its founding commander, X": the first commander founded the group and led it.
    if (finalPred === 'founded' && /^founding\s+(?:commander|leader|chief|head|emir)$/i.test(text.slice(h.start, h.end)) && !demoted) add(doc, s, person.entityId, 'leads', org.entityId, 'title');
    // "Iran's Foreign Ministry spokesman X": the ministry's spokesman also speaks for the state.
    if (finalPred === 'spokesperson_of' && org.type === 'organization' && /ministry/i.test(text.slice(org.start, org.end))) {
      const state = stateBefore(d, s, org.start, /^['’]s?\s+$/);
      if (state) add(doc, s, person.entityId, 'spokesperson_of', state.entityId, 'title');
    }
  }
}

// Between a state's possessive and a title: its ministry or government ("'s foreign ministry", "'s government").
const MINISTRY_GAP = /^['’]s?\s+(?:[\p{L}-]+\s+){0,2}?(?:ministry|government|presidency|foreign\s+office)\s+$/iu;

/** The state named right before `pos`, with `gap` between. */
function stateBefore(d: Discourse, s: Sentence, pos: number, gap: RegExp): Referent | null {
  const r = d.refsFrom(Math.max(s.start, pos - 60), pos).filter((x) => x.end <= pos && x.type === 'state').pop();
  return r && gap.test(d.doc.text.slice(r.end, pos)) ? r : null;
}

// A name for a state's regular forces: "Israel Defense Forces", "Iraqi Armed Forces", "the Egyptian army".
const FORCES_NAME = /\b(?:military|army|armed\s+forces|defen[cs]e\s+forces)\b/i;

/**
 * The armed forces of the state named right before `pos` (its possessive,
 * "Israel's", or its demonym, "Israeli"): the one body of that state the
 * document names as its military; null when it names none or several.
 */
function stateMilitary(d: Discourse, s: Sentence, registry: ActorRegistry, pos: number): Referent | null {
  const text = d.doc.text;
  const head = text.slice(Math.max(s.start, pos - 40), pos);
  const state = stateBefore(d, s, pos, /^['’]s?\s+(?:the\s+)?$/)?.entityId
    ?? (/\b(?:the\s+)?([\p{Lu}][\p{L}]+)\s+$/u.exec(head) ? demonymState(d, /([\p{Lu}][\p{L}]+)\s+$/u.exec(head)![1]!) : null);
  if (!state) return null;
  const forces = new Map<string, Referent>();
  for (const m of d.doc.mentions) {
    const type = d.typeOf(m.entityId);
    if (!type || !GROUPISH.has(type) || registry.byId(m.entityId)?.country !== state) continue;
    const e = d.doc.entities.find((x) => x.id === m.entityId);
    if (FORCES_NAME.test(text.slice(m.start, m.end)) || (e && FORCES_NAME.test(e.name))) forces.set(m.entityId, { start: pos, end: pos, entityId: m.entityId, type, via: 'reference' });
  }
  return forces.size === 1 ? [...forces.values()][0]! : null;
}

// After "director of", "head of": a function in lower case ("procurement", "foreign relations", "the finance department").
const FUNCTION_AFTER = /^(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:procurement|finance|financing|logistics|operations|intelligence|relations|affairs|security|communications|media|training|recruitment|planning|propaganda|department|office|bureau|unit|desk|section|division|committee)\b/u;
// Between a body and a leading title: a department's domain ("UN rights chief", "Hamas finance chief"); in lower case only,
// since "IRGC Aerospace commander" names a unit of its own, whose head the group's name does not make a mere member.
const DEPARTMENT_BEFORE = /^(?:['’]s?)?\s+(?:top\s+)?(?:human\s+)?(?:rights|aid|humanitarian|relief|refugee|refugees|intelligence|finance|financial|logistics|procurement|propaganda|health|nuclear|atomic|peacekeeping|development|food|trade|energy|economic|education|police|prisons|customs|border|cyber|drone|missile|rocket|naval|navy|air|aerospace|ground|special\s+operations)\s+(?:affairs\s+)?$/;
const RANKED_BEFORE = /\b(?:senior|top|prominent|veteran|leading|key|local|regional|field|mid-level|high-ranking|ranking)\s+$/i;
const BRANCH_AFTER = /^\s+(?:ground|land|air|naval|aerospace|missile|drone|special|intelligence|external|elite)\s+(?:forces?|units?|division|command|branch|wing|arm)\b/i;

/**
 * "Hezbollah commander X": a group whose head holds another title (a
 * secretary-general, a political bureau chief) has many commanders, and the
 * title names one of its members; "Quds Force commander X" names its head.
 */
function commandsWithin(registry: ActorRegistry, title: string, org: string): boolean {
  if (!/^commander$/i.test(title)) return false;
  const titles = registry.factsAgainst(org).filter((f) => f.predicate === 'leads' && f.detail).map((f) => f.detail!.toLowerCase());
  return titles.length > 0 && !titles.some((t) => t.includes('commander'));
}

/** "Badr's Hadi al-Amiri": a group's possessive before a person's name names its leader. */
function readPossessiveLeaders(doc: Doc, d: Discourse, s: Sentence): void {
  const refs = d.refsFrom(s.start, s.end).filter((r) => r.end <= s.end && r.via === 'name');
  for (let i = 0; i + 1 < refs.length; i++) {
    const g = refs[i]!;
    const p = refs[i + 1]!;
    if (g.type === 'armed_group' && p.type === 'person' && /^['’]s?\s+$/.test(doc.text.slice(g.end, p.start))) add(doc, s, p.entityId, 'leads', g.entityId, 'possessive');
    // "Muqtada al-Sadr, whose Sairoon bloc backed the motion": the person's own group, named right after "whose".
    if (g.type === 'person' && GROUPISH.has(p.type) && /^\s*,\s*whose\s+$/i.test(doc.text.slice(g.end, p.start))
      && /^\s+(?:bloc|party|movement|militia|group|faction|organi[sz]ation|coalition|alliance|list)\b/i.test(doc.text.slice(p.end, p.end + 14))) add(doc, s, g.entityId, 'leads', p.entityId, 'possessive');
  }
}

// Before "part of", "a branch of": a copula, or a verb of founding with "as" ("was founded in 2012 as the Syrian branch of").
const COPULA_BEFORE_LINK = /\b(?:is|are|was|were|been|be|remains?|became|become|operates?|operating|operated|fights?|fighting|works?|working|falls?|falling|(?:founded|formed|established|created|set\s+up|emerged|began|started|launched)\s+(?:in\s+\d{4}\s+)?as)\s+(?:also\s+)?(?:a|an|the)?\s*(?:\w+\s+)?$/i;

/** "they", "these groups", "the factions": a reference to several actors, which names no one of them. */
function isPluralReference(text: string, r: Referent): boolean {
  return r.via === 'reference' && /^(?:these|those|the)\s+\S+s$|^they$/i.test(text.slice(r.start, r.end));
}

function readLinks(doc: Doc, d: Discourse, s: Sentence, registry: ActorRegistry): void {
  const text = doc.text;
  for (const h of d.cues.links.find(text, s.start, s.end)) {
    const { predicate } = h.value;
    // "the US-designated group X", "X, a US-sanctioned militia": a designation verb joined by a hyphen reads as "Iran-backed" does.
    const form = h.value.form === 'active' && (predicate === 'designated_by' || predicate === 'sanctioned_by')
      && /^(?:designated|sanctioned|blacklisted)$/i.test(text.slice(h.start, h.end)) && /[-‐–]$/.test(text.slice(h.start - 1, h.start)) ? 'modifier' : h.value.form;
    if (form === 'modifier' || form === 'prefix') {
      // "Iran-backed Y" / "pro-Iranian Y": the word joined by a hyphen names the backer.
      const joined = form === 'modifier'
        ? /([\p{L}.]+)[-‐–]$/u.exec(text.slice(Math.max(s.start, h.start - 30), h.start))
        : /^[-‐–]([\p{L}]+)/u.exec(text.slice(h.end, h.end + 30));
      if (!joined) {
        if (form === 'modifier' && predicate === 'backed_by') readBacking(doc, d, s, h.start, h.end, h.end);
        continue;
      }
      const wordEnd = form === 'modifier' ? h.start - 1 : h.end + joined[0].length;
      const named = d.refsFrom(Math.max(s.start, wordEnd - 60), wordEnd + 2).find((r) => form === 'modifier' ? r.end === wordEnd : r.start === h.end + 1);
      const backer = named?.entityId ?? demonymState(d, joined[1]!, registry);
      // The backed group follows, with only adjectives between ("Iran-backed Iraqi Shiite Y").
      let y: Referent | null | undefined = d.refsFrom(wordEnd + 1, wordEnd + 46).find((r) => GROUPISH.has(r.type) && !/[,;.]|\b(?:to|of|in|on|against|for|with|and|by)\b/i.test(text.slice(wordEnd, r.start)));
      // "the Turkish-backed Syrian National Army": a name that holds its own modifier is the one backed.
      if (!y && form === 'modifier') y = d.refsFrom(Math.max(s.start, wordEnd - joined[1]!.length - 1), h.end).find((r) => GROUPISH.has(r.type) && r.start <= wordEnd - joined[1]!.length && r.end > h.end);
      // "Hezbollah, the Iran-backed movement": a group word in apposition names the group before the comma;
      // "led the Iran-backed group": a described group stands for the group it refers to.
      const described = d.refsFrom(Math.max(s.start, h.start - 80), h.start).find((r) => r.via === 'reference' && r.end > h.end && GROUPISH.has(r.type));
      if (!y && described) {
        const appo = /,\s*$/.test(text.slice(Math.max(s.start, described.start - 3), described.start)) ? appositionSubject(d, s, described.start) : null;
        y = appo && GROUPISH.has(appo.type) ? appo : described;
      }
      // "the IRI, a coalition of Iranian-backed Iraqi militias": the apposition describes the group before its comma.
      // "X and Y, two of the most powerful Iran-backed factions": each group of the list before the comma.
      let listed: Referent[] = [];
      if (!y && form === 'modifier') {
        const head = APPOSED_COLLECTIVE.exec(text.slice(s.start, h.start - joined[0].length));
        if (head) {
          y = groupBeforeComma(d, s, s.start + head.index);
          if (y && /^,\s*(?:two|three|four|five|both|all|each)\b/i.test(head[0])) listed = coordinatedBefore(d, s, y);
        }
      }
      if (backer && y && GROUPISH.has(y.type)) add(doc, s, y.entityId, predicate, backer, form);
      if (backer) for (const g of listed) add(doc, s, g.entityId, predicate, backer, form);
      continue;
    }
    if (/\b(?:helped|help|helps|to)\s+$/i.test(text.slice(Math.max(s.start, h.start - 8), h.start))) continue;
    // "cut ties with X", "denied being part of X": the tie is negated.
    if (NEGATED.test(text.slice(Math.max(s.start, h.start - 25), h.start))) continue;
    if (form === 'active' && /[-‐–]$/.test(text.slice(h.start - 1, h.start))) continue;
    // "Iran, which provided the Houthis with weapons": the one armed is named inside the cue.
    if (form === 'active' && predicate === 'backed_by') {
      const firstWord = /^\S+/.exec(text.slice(h.start, h.end))?.[0].length ?? 0;
      readBacking(doc, d, s, h.start, h.start + firstWord, h.end);
      continue;
    }
    if (form === 'active' && (predicate === 'designated_by' || predicate === 'sanctioned_by')) {
      // "AQAP, which Washington designated a terrorist organisation": the antecedent is the one designated.
      const rel = relativeAgents(d, s, h.start);
      if (rel) {
        for (const by of rel.agents) add(doc, s, rel.object.entityId, predicate, by.entityId, 'relative');
        continue;
      }
      // "list as" names a designation only in such a relative clause.
      if (/^list/i.test(text.slice(h.start, h.end))) continue;
    }
    // "the PMF, which include several groups armed and funded by Iran": the participle qualifies the groups, not the subject.
    if (predicate === 'backed_by' && form === 'copula' && /\bby$/i.test(text.slice(h.start, h.end)) && QUANTIFIED_BEFORE.test(text.slice(Math.max(s.start, h.start - 40), h.start))) continue;
    // "Ankara considers the YPG to be the Syrian branch of the PKK": a view the sentence attributes, not a fact it states.
    if (form === 'copula' && ATTRIBUTED_VIEW.test(text.slice(Math.max(s.start, h.start - 90), h.start))) continue;
    const copulaOnly = (predicate === 'part_of' && form === 'copula') || (predicate === 'former_member_of' && form === 'copula');
    // "one of the oldest armed groups in Iraq" places a group; only "one of the factions of the PMF" makes it part.
    const oneOf = /^one\b/i.test(text.slice(h.start, h.end));
    // "Y, the armed wing of Z": an apposition states the tie as a copula would.
    const appositive = form === 'copula' ? appositionSubject(d, s, h.start) : null;
    // "Nusra was founded in 2012 as a branch of al-Qaeda": a passive without "by" names no founder.
    if (predicate === 'founded' && form === 'active' && /\b(?:is|are|was|were|been|being)\s+(?:(?:first|originally|later|jointly)\s+)?$/i.test(text.slice(Math.max(s.start, h.start - 24), h.start))) continue;
    if (copulaOnly && !appositive && !COPULA_BEFORE_LINK.test(text.slice(Math.max(s.start, h.start - 48), h.start))) continue;
    // Standing ties are held by groups and people, not by places or states.
    const accept = form === 'copula' ? (r: Referent) => r.type !== 'state' : () => true;
    // "Both groups have fought alongside X": a subject that counts two groups stands for the last two the text named.
    const pair = (form === 'copula' || form === 'passive') && predicate !== 'leads' && predicate !== 'founded' ? pairBefore(d, s, h.start) : null;
    // "X, the leader of Y and an ally of Z": the second apposition still describes X.
    const second = !appositive && (predicate === 'allied_with' || predicate === 'backed_by') ? secondAppositionSubject(d, s, h.start) : null;
    let subj = pair?.[0] ?? appositive ?? second ?? d.subjectBefore(s.start, h.start, accept);
    let obj = predicate === 'located_in'
      ? (/there$/i.test(text.slice(h.start, h.end)) ? lastLocationBefore(d, h.start) : d.objectAfter(h.end, Math.min(s.end, h.end + 60), true))
      : d.objectAfter(h.end, Math.min(s.end, h.end + 60), false, predicate !== 'backed_by');
    // "an ally of the Iran-backed Houthis": the name before a hyphened participle only qualifies the object after it.
    if (obj && predicate !== 'located_in' && HYPHEN_MODIFIER.test(text.slice(obj.end, obj.end + 12))) {
      const next = d.objectAfter(obj.end, Math.min(s.end, obj.end + 40), false, false);
      obj = next && !/[,;.]/.test(text.slice(obj.end, next.start)) ? next : null;
    }
    if (!subj || !obj) continue;
    // "a senior Hamas official based in Beirut": the group only qualifies the one it speaks of.
    if (!pair && subj.type !== 'person' && QUALIFIES_TITLE.test(text.slice(subj.end, h.start))) continue;
    if (predicate === 'located_in' && obj.type !== 'location') continue;
    // "These groups are armed by X": a plural reference names no one group.
    if (isPluralReference(text, subj)) continue;
    // "part of the axis of resistance, an alliance of Iran-aligned groups": the object is named before any comma.
    if (copulaOnly && (/[,;(]/.test(text.slice(h.end, obj.start)) || !NAME_GAP.test(text.slice(h.end, obj.start)))) continue;
    // "backed by the people of Gaza, said Hezbollah": the backer stands before any comma after the cue.
    if (form === 'copula' && (predicate === 'backed_by' || predicate === 'allied_with') && /[,;]/.test(text.slice(h.end, obj.start))) continue;
    // "part of Iran's axis of resistance": the possessor only qualifies what the subject is part of.
    if (copulaOnly && /^['’]s?\s/.test(text.slice(obj.end, obj.end + 3))) continue;
    if (oneOf && !GROUPISH.has(obj.type)) continue;
    // "The PMF is chaired by X", "the group, led by X": the organisation before, its leader after "by".
    if (predicate === 'leads' && form === 'passive') {
      if (GROUPISH.has(subj.type) && obj.type === 'person' && obj.start - h.end <= 25) add(doc, s, obj.entityId, 'leads', subj.entityId, 'passive');
      continue;
    }
    // "Kataib Hezbollah, founded by Abu Mahdi al-Muhandis": the founder after "by".
    if (predicate === 'founded' && form === 'passive') {
      if (GROUPISH.has(subj.type) && (obj.type === 'person' || GROUPISH.has(obj.type)) && obj.start - h.end <= 25) add(doc, s, obj.entityId, 'founded', subj.entityId, 'passive');
      continue;
    }
    if (predicate === 'leads' && (subj.type !== 'person' || !GROUPISH.has(obj.type) || obj.start - h.end > 25)) continue;
    if (form === 'active' && (predicate === 'designated_by' || predicate === 'sanctioned_by')) {
      // "HTS is designated a terrorist organisation by the US, the UN and others": a passive without "as".
      // "X, designated a terrorist group by the US in 2019, ...": a reduced relative after the comma is passive too.
      if (/^\S+ed$/i.test(text.slice(h.start, h.end)) && (PASSIVE_AUX.test(text.slice(Math.max(s.start, h.start - 20), h.start))
        || (/,\s*(?:\w+ly\s+)?$/.test(text.slice(Math.max(s.start, h.start - 16), h.start)) && agentsAfter(d, s, h.end).length > 0))) {
        for (const by of agentsAfter(d, s, h.end)) add(doc, s, subj.entityId, predicate, by.entityId, 'passive');
        continue;
      }
      if (subj.type === 'person') continue;
      // "OFAC designated the Fatemiyoun Division and the Zainabiyoun Brigade": each conjunct.
      for (const o of designatedAfter(d, h.end, Math.min(s.end, h.end + 120))) {
        // "designated the Iraqi airline X": a demonym only qualifies the one designated;
        // "sanctioned leaders of X": the leaders are, not the group.
        if (o.type === 'state' && /^\s+\p{Ll}/u.test(text.slice(o.end, o.end + 3))) continue;
        if (/\b(?:leaders?|members?|officials?|commanders?|financiers?|operatives?|figures?|heads?|chiefs?|fighters?)\s+(?:of|in)\s+(?:the\s+)?$/i.test(text.slice(h.end, o.start))) continue;
        // "designating four Houthi leaders": the group's name only qualifies the people designated.
        if (o.type !== 'person' && PEOPLE_AFTER.test(text.slice(o.end, o.end + 40))) continue;
        if (o.entityId !== subj.entityId) add(doc, s, o.entityId, predicate, subj.entityId, 'verb');
      }
      continue;
    }
    let pred: RelationPredicate = predicate;
    // "the former Syrian branch of Al Qaeda": a tie that was.
    if (pred === 'part_of' && /\b(?:former|onetime|one-time|erstwhile|ex-)\s*(?:[\p{L}-]+\s+)?$/iu.test(text.slice(Math.max(s.start, h.start - 30), h.start))) pred = 'former_member_of';
    if (pred === 'part_of' && subj.type === 'person') pred = 'member_of';
    // "an ally of President X": a person allied with a person is the tie itself.
    if ((pred === 'allied_with' || pred === 'backed_by' || pred === 'located_in') && subj.type === 'person' && !(pred === 'allied_with' && obj.type === 'person')) {
      const group = doc.relations.find((r) => r.subject === subj!.entityId && r.predicate === 'leads')?.object;
      if (!group) continue;
      subj = { ...subj, entityId: group, type: 'armed_group' };
    }
    if (pred === 'founded' && !GROUPISH.has(obj.type)) continue;
    // "pledged allegiance to Khamenei": loyalty to a person makes no one part of anything.
    if (form === 'active' && (pred === 'part_of' || pred === 'member_of') && !GROUPISH.has(obj.type)) continue;
    // "A, B and C, all backed by Iran": every group of the list before the comma.
    const all = !pair && GROUPISH.has(subj.type) && form !== 'active' && /^\s*,\s*(?:all|both)\s+$/i.test(text.slice(subj.end, h.start)) ? coordinatedBefore(d, s, subj) : [];
    for (const one of pair ?? [subj, ...all]) {
      add(doc, s, one.entityId, pred, obj.entityId, form);
      // "support from Iran and in particular from the IRGC": every backer joined by "and".
      if (pred === 'backed_by' || pred === 'allied_with') for (const more of furtherBackers(d, s, obj)) add(doc, s, one.entityId, pred, more.entityId, form);
      // "listed as a terrorist organisation by Turkey, the US and the EU": every agent of the list designates.
      if ((pred === 'designated_by' || pred === 'sanctioned_by') && form === 'passive') for (const more of listedAfter(d, s, obj)) add(doc, s, one.entityId, pred, more.entityId, form);
    }
  }
}

// A sentence opening on a subject that counts two groups: "Both groups", "The two militias", "Both organisations".
const PAIR_SUBJECT = /^\s*[«"“]?\s*(?:both|the\s+two|these\s+two)\s+(?:[\p{Ll}-]+\s+)?(groups|militias|factions|movements|brigades|outfits|organi[sz]ations)\b/iu;
// A name right after one of these is the object of a preposition or an agent, not a group the text spoke about.
const OBJECT_BEFORE = /\b(?:by|with|from|of|to|against|for|in|on|at|under|alongside|including)\s+(?:the\s+)?$/i;
// How far back the two groups may have been named: the paragraph or so before.
const PAIR_WINDOW = 700;

/**
 * "Both groups ...": the last two distinct groups named before the sentence,
 * armed groups for "groups"/"militias", organisations for "organisations",
 * leaving aside names that are a preposition's object ("trained by the
 * IRGC-QF"). Null unless the subject opens the sentence and no actor stands
 * between it and the cue.
 */
function pairBefore(d: Discourse, s: Sentence, cueStart: number): [Referent, Referent] | null {
  const text = d.doc.text;
  const m = PAIR_SUBJECT.exec(text.slice(s.start, cueStart));
  if (!m || d.actorsIn(s.start + m[0].length, cueStart).some((r) => !OBJECT_BEFORE.test(text.slice(Math.max(s.start, r.start - 16), r.start)))) return null;
  const type = /^organi/i.test(m[1]!) ? 'organization' : 'armed_group';
  const found: Referent[] = [];
  const before = d.refsFrom(Math.max(0, s.start - PAIR_WINDOW), s.start).filter((r) => r.end <= s.start);
  for (let i = before.length - 1; i >= 0 && found.length < 2; i--) {
    const r = before[i]!;
    if (r.type !== type || r.via !== 'name' || d.inQuote(r.start) || found.some((f) => f.entityId === r.entityId)) continue;
    if (OBJECT_BEFORE.test(text.slice(Math.max(0, r.start - 16), r.start)) || /^['’]s?\s/.test(text.slice(r.end, r.end + 3))) continue;
    found.push(r);
  }
  return found.length === 2 ? [found[1]!, found[0]!] : null;
}

/** The actors listed right after `first` ("A, the B and C"), persons and places aside. */
function listedAfter(d: Discourse, s: Sentence, first: Referent): Referent[] {
  const text = d.doc.text;
  const out: Referent[] = [];
  let at = first.end;
  for (let n = 0; n < 5; n++) {
    const sep = /^\s*(?:,\s*(?:and\s+)?|and\s+)/i.exec(text.slice(at, at + 10));
    if (!sep) break;
    const from = at + sep[0].length;
    const next = d.objectAfter(from, Math.min(s.end, from + 40), false, false);
    if (!next || !/^\s*(?:the\s+)?$/i.test(text.slice(from, next.start)) || next.type === 'person' || next.type === 'location' || next.type === 'facility') break;
    out.push(next);
    at = next.end;
  }
  return out;
}

// ", a coalition of " / ", an umbrella of mostly " right before a modifier ("Iranian-backed militias").
// Or ", an " right before it ("X, an Iran-backed militia").
// Or ", two of the most powerful ", ", both " before it ("X and Y, both Iran-backed factions").
// Or ", the most powerful " / ", an umbrella group of " before it: adjectives, never "of" but after a collective noun.
const APPOSED_COLLECTIVE = /,\s*(?:(?:one|two|three|four|five|both|all|each)\s+(?:of\s+)?(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}|(?:an?|the)\s+(?:(?:[\p{L}-]+\s+){0,2}(?:coalition|umbrella|alliance|network|grouping|front|collection)(?:\s+(?:group|organi[sz]ation|body))?\s+of\s+(?:[\p{Ll}-]+\s+){0,2}|(?:(?!of\s)[\p{Ll}-]+\s+){1,3})?)$/u;

/**
 * "Hezbollah, Hamas's ally in Lebanon": an actor in apposition to another's
 * ally is allied with it. "The IRGC's Quds Force", "its elite Radwan Force":
 * a group named with another group's possessive is part of it.
 */
function readPossessedGroups(doc: Doc, d: Discourse, s: Sentence): void {
  const text = doc.text;
  const refs = d.refsFrom(s.start, s.end).filter((r) => r.end <= s.end && r.via !== 'role' && !d.inQuote(r.start));
  for (let i = 0; i < refs.length; i++) {
    const owner = refs[i]!;
    const next = refs[i + 1];
    // "Russia and Iran, Assad's main allies": a named leader has allies too.
    const person = owner.type === 'person' && owner.via === 'name';
    if (!GROUPISH.has(owner.type) && owner.type !== 'state' && !person) continue;
    const after = text.slice(owner.end, owner.end + 40);
    const ally = ALLY_AFTER.exec(after);
    if (ally && (owner.via === 'name' || owner.type === 'state')) {
      // "Hezbollah, Iran's ally", "Hezbollah is Iran's most powerful proxy", "Iran's ally Hezbollah".
      const predicate: RelationPredicate = /prox/i.test(ally[0]) && !person ? 'backed_by' : 'allied_with';
      const prev = refs[i - 1];
      const named = refs.slice(i + 1).find((r) => r.start >= owner.end + ally[0].length);
      const ally2 = named && named.via === 'name' && (GROUPISH.has(named.type) || named.type === 'state') && /^\s*$/.test(text.slice(owner.end + ally[0].length, named.start)) ? named : undefined;
      // "Tehran's partners, from Lebanese Hezbollah to the Houthis in Yemen", "Iran's proxies, including X and Y": each group listed.
      const span = /(?:allies|partners|proxies)$/i.test(ally[0]) ? RANGE_AFTER.exec(text.slice(owner.end + ally[0].length, s.end)) : null;
      if (!person && span) {
        const from = owner.end + ally[0].length + span[0].length;
        const end = text.slice(from, s.end).search(/[;.]|,\s*(?!and\b)/);
        for (const r of refs.slice(i + 1)) {
          if (r.start < from || (end >= 0 && r.start > from + end)) continue;
          if (GROUPISH.has(r.type) && r.via === 'name') add(doc, s, r.entityId, predicate, owner.entityId, 'ally-range');
        }
      }
      if (ally2) add(doc, s, ally2.entityId, predicate, owner.entityId, 'ally');
      else if (prev && (GROUPISH.has(prev.type) || prev.type === 'state') && ALLY_LINK.test(text.slice(prev.end, owner.start))) {
        // A person's allies are read as the person's tie ("Assad's allies": Assad allied with them).
        const tie = (r: Referent): void => { if (person) add(doc, s, owner.entityId, predicate, r.entityId, 'ally'); else add(doc, s, r.entityId, predicate, owner.entityId, 'ally'); };
        tie(prev);
        // "A, B and C, Iran's allies": a plural names every actor of the list.
        if (/(?:allies|partners|proxies)$/i.test(ally[0])) {
          for (let k = i - 2, at = prev.start; k >= 0; k--) {
            const r = refs[k]!;
            if (!(GROUPISH.has(r.type) || r.type === 'state') || !/^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$/i.test(text.slice(r.end, at))) break;
            tie(r);
            at = r.start;
          }
        }
      }
      continue;
    }
    if (person) continue;
    if (!GROUPISH.has(owner.type) || !next) continue;
    // Arabic sets two names side by side after a verb ("صنفت وزارة الخارجية حركة النجباء"): no possessive there.
    if (doc.meta.language === 'ar') continue;
    if (GROUPISH.has(next.type) && next.via === 'name' && OWNED_GAP.test(text.slice(owner.end, next.start))
      && (owner.via === 'name' || /^(?:its|their)$/i.test(text.slice(owner.start, owner.end)))) {
      add(doc, s, next.entityId, 'part_of', owner.entityId, 'possessive');
    }
  }
}

// After a group's name, a plural of its people and "including" ("seven IRGC advisers, including Brigadier General ").
const INCLUDED_MEMBERS = /^(?:['’]s?)?\s+(?:[\p{Ll}-]+\s+){0,2}?(?:members|commanders|leaders|officials|advisers|advisors|officers|fighters|operatives|militants|figures|cadres)\s*,?\s+(?:including|among\s+them|among\s+whom\s+(?:was|were))\s+(?:(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:commander|leader|official|general)\s+)?(?:(?:[\p{Lu}][\p{L}.-]*)\s+){0,3}$/u;
// Between two names of such a list: a comma or "and".
const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:(?:[\p{Lu}][\p{L}.-]*)\s+){0,3}$/u;

/**
 * "Seven IRGC advisers, including Brigadier General X, were killed", "two Hamas
 * commanders, among them X and Y": the people a group's plural includes are its members.
 */
function readIncludedMembers(doc: Doc, d: Discourse, s: Sentence): void {
  const text = doc.text;
  const slice = text.slice(s.start, s.end);
  if (!slice.includes('among') && !slice.includes('including')) return;
  const refs = d.refsFrom(s.start, s.end).filter((r) => r.end <= s.end && !d.inQuote(r.start));
  for (let i = 0; i + 1 < refs.length; i++) {
    const group = refs[i]!;
    if (!GROUPISH.has(group.type) || group.via !== 'name') continue;
    let person = refs[i + 1]!;
    if (person.type !== 'person' || person.via !== 'name' || !INCLUDED_MEMBERS.test(text.slice(group.end, person.start))) continue;
    add(doc, s, person.entityId, 'member_of', group.entityId, 'included-members');
    for (let k = i + 2; k < refs.length; k++) {
      const next = refs[k]!;
      if (next.type !== 'person' || next.via !== 'name' || !LIST_GAP.test(text.slice(person.end, next.start))) break;
      add(doc, s, next.entityId, 'member_of', group.entityId, 'included-members');
      person = next;
    }
  }
}

// A merger and what it made: "merged with A and B to form C", "A and B merged into C", "combined to create C".
// Lower case only: "the United Nations ... an inquiry into Hezbollah" is no merger.
const MERGER = /\b(?:merged|merging|combined|united|amalgamated|joined\s+forces)\b([^.;]{0,160}?)\b(?:to\s+(?:form|create|found|establish|launch)|into|forming|creating)\s+(?:the\s+|a\s+new\s+(?:[\p{Ll}-]+\s+){0,2}(?:called|named)\s+)?/gu;
// Between two groups of a list: a comma or "and", with an article.
const GROUP_LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$/i;

/**
 * "In 2017 Nusra merged with the Zenki Movement, Liwa al-Haqq and Jaysh al-Sunna
 * to form HTS": the groups that merge are parts of what they formed, the subject
 * of the verb and each one after "with".
 */
function readMergers(doc: Doc, d: Discourse, s: Sentence): void {
  const text = doc.text;
  const slice = text.slice(s.start, s.end);
  if (!/\b(?:merg|combin|unit|amalgamat|joined\s+forces)/i.test(slice)) return;
  MERGER.lastIndex = 0;
  for (let m = MERGER.exec(slice); m; m = MERGER.exec(slice)) {
    const verb = s.start + m.index;
    const end = verb + m[0].length;
    const formed = d.refsFrom(end, end + 1).find((r) => r.end <= s.end && GROUPISH.has(r.type) && r.via === 'name');
    if (!formed) continue;
    const parts: Referent[] = [];
    // Those after "with": a list of groups.
    const between = d.actorsIn(verb, end).filter((r) => GROUPISH.has(r.type) && !d.inQuote(r.start));
    if (/^\s*with\b/i.test(m[1]!) && between.length > 0) parts.push(...between);
    // The subject, and the groups coordinated before it ("A, B and C merged").
    const subj = d.subjectBefore(s.start, verb, (r) => GROUPISH.has(r.type));
    if (subj) {
      parts.push(subj);
      const before = d.actorsIn(s.start, subj.start).filter((r) => GROUPISH.has(r.type));
      let at = subj.start;
      for (let k = before.length - 1; k >= 0 && GROUP_LIST_GAP.test(text.slice(before[k]!.end, at)); k--) {
        parts.push(before[k]!);
        at = before[k]!.start;
      }
    }
    for (const p of parts) if (p.entityId !== formed.entityId) add(doc, s, p.entityId, 'part_of', formed.entityId, 'merger');
  }
}

// "helped found", "had helped X establish", "helped to set up": the verb of founding after "helped".
const HELPED = /\bhelp(?:ed|ing|s)?\s+(?:to\s+)?/gi;
const FOUNDING_VERB = /^(?:to\s+)?(?:found|establish|form|create|set\s+up|launch)\s+(?:the\s+)?$/i;

/**
 * "Qasem Soleimani helped found Kataib Hezbollah", "X had helped Y establish
 * Z": whoever helped and whoever was helped founded the group.
 */
function readFoundingHelpers(doc: Doc, d: Discourse, s: Sentence): void {
  const text = doc.text;
  const slice = text.slice(s.start, s.end);
  if (!slice.includes('help')) return;
  HELPED.lastIndex = 0;
  for (let m = HELPED.exec(slice); m; m = HELPED.exec(slice)) {
    const at = s.start + m.index;
    const after = at + m[0].length;
    const refs = d.refsFrom(after, Math.min(s.end, after + 90)).filter((r) => r.end <= s.end);
    // "helped X establish Y": a person between "helped" and the verb.
    const helped = refs[0] && refs[0].type === 'person' && refs[0].start === after ? refs[0] : null;
    const group = refs.find((r) => r.start > (helped?.end ?? after) - 1 && GROUPISH.has(r.type));
    if (!group || !FOUNDING_VERB.test(text.slice(helped?.end ?? after, group.start).trimStart())) continue;
    const helper = d.subjectBefore(s.start, at, (r) => r.type === 'person' || GROUPISH.has(r.type));
    // "They fought ISIS and helped form the PMF": a plural subject counts founders among many, naming none.
    if (helper && isPluralReference(text, helper)) continue;
    for (const founder of [helper, helped]) if (founder) add(doc, s, founder.entityId, 'founded', group.entityId, 'helped-found');
  }
}

// "Hamas's Lebanese ally Hezbollah": a demonym may stand before the noun.
const ALLY_AFTER = new RegExp(String.raw`^['’]s?\s+(?:(?:closest|main|key|chief|staunchest|longtime|long-time|principal|regional|most\s+(?:powerful|important|loyal|capable)|strongest|oldest|best-armed)\s+)?(?:${DEMONYM}\s+)?(?:ally|allies|partners?|prox(?:y|ies))\b`, 'iu');
// After "X's allies": a range or list that names them ("from A to B", "including A and B", "such as A").
const RANGE_AFTER = /^\s*,?\s*(?:from|including|such\s+as|among\s+them)\s+/i;
// Between the ally and its partner's possessive: an apposition's comma or a copula ("is", "remains").
const ALLY_LINK = /^\s*(?:,|\s(?:is|was|remains|has\s+long\s+been|has\s+been))\s*$/i;
// Between a group's possessive and a unit of it: adjectives only ("'s elite", "'s").
const OWNED_GAP = /^(?:['’]s?)?\s+(?:(?:elite|special|external|overseas|military|armed|naval|air|intelligence|own)\s+){0,2}$/i;

const QUALIFIES_TITLE = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:official|officials|spokesman|spokeswoman|spokesperson|commander|commanders|leader|leaders|member|members|fighter|fighters|operative|operatives|envoy|delegation)\b/iu;

/**
 * "The Quds Force, the IRGC's foreign operations arm", "PIJ's armed wing, the
 * al-Quds Brigades": a unit in apposition to another group's arm or wing is
 * part of that group.
 */
function readArms(doc: Doc, d: Discourse, s: Sentence): void {
  const text = doc.text;
  const refs = d.refsFrom(s.start, s.end).filter((r) => r.end <= s.end && GROUPISH.has(r.type) && !d.inQuote(r.start));
  for (let i = 0; i + 1 < refs.length; i++) {
    const a = refs[i]!;
    const b = refs[i + 1]!;
    const between = text.slice(a.end, b.start);
    // "X, the Y's ... arm": X part of Y.
    // "the Nusra Front, al-Qaeda's former branch": a tie that was.
    const arm = ARM_AFTER.exec(text.slice(b.end, b.end + 50));
    // "Al-Shabaab, an al-Qaeda affiliate": the group's name qualifies the affiliate noun.
    if (/^\s*,\s*(?:an?|the)\s+$/i.test(between) && ATTRIBUTIVE_ARM.test(text.slice(b.end, b.end + 30))) add(doc, s, a.entityId, /\b(?:former|onetime|one-time|erstwhile|ex-)/i.test(between) ? 'former_member_of' : 'part_of', b.entityId, 'arm');
    if (/^\s*,\s*(?:the\s+)?$/i.test(between) && arm) add(doc, s, a.entityId, /\b(?:former|onetime|one-time|erstwhile|ex-)/i.test(arm[0]) ? 'former_member_of' : 'part_of', b.entityId, 'arm');
    // "X is al-Qaeda's branch in Y", "X is an ISIS affiliate": a copula says it as the apposition does; "was ... until 2016" says it ended.
    const copula = COPULA_ARM.exec(between);
    if (copula && (copula[1] ? ATTRIBUTIVE_ARM.test(text.slice(b.end, b.end + 30)) : arm)) {
      const ended = /\b(?:former|onetime|one-time|erstwhile|ex-)/i.test(arm?.[0] ?? '') || /^[^,.;]{0,40}\buntil\b/i.test(text.slice(b.end, Math.min(s.end, b.end + 50)));
      add(doc, s, a.entityId, ended ? 'former_member_of' : 'part_of', b.entityId, 'arm');
    }
    // "Y's armed wing, X": X part of Y.
    // "its armed wing, X": the possessive pronoun stands for the group it refers to.
    const pronoun = /^(?:its|their)$/i.test(text.slice(a.start, a.end));
    // "its armed wing, the People's Defence Forces (HPG)": the unit may be named by the abbreviation after its full name.
    // "Hezbollah's top military body, the Jihad Council": a governing body or agency of the group is named so too.
    const armBefore = (pronoun ? /^\s+(?:[\p{L}-]+\s+){0,3}?(?:arm|wing|branch|offshoot|affiliate|franchise|unit|brigade|division|body|council|committee|agency|outlet)\s*,\s*(?:the\s+)?(?:(?:\p{Lu}[\p{L}'’-]*\s+){1,5}\()?$/iu
      : /^['’]s?\s+(?:[\p{L}-]+\s+){0,3}?(?:arm|wing|branch|offshoot|affiliate|franchise|unit|brigade|division|body|council|committee|agency|outlet)\s*,\s*(?:the\s+)?(?:(?:\p{Lu}[\p{L}'’-]*\s+){1,5}\()?$/iu).exec(between);
    if (!armBefore) continue;
    // "its armed wing, Y": "its" cannot be Y itself (the document's focal group may be Y); then it is the group named before it in the sentence.
    const whole = pronoun && a.entityId === b.entityId ? refs.slice(0, i).reverse().find((r) => r.via === 'name' && r.entityId !== b.entityId)?.entityId : a.entityId;
    if (whole) add(doc, s, b.entityId, /\b(?:former|onetime|one-time|erstwhile|ex-)/i.test(armBefore[0]) ? 'former_member_of' : 'part_of', whole, 'arm');
  }
}

// A demonym and a noun of allegiance right before a group's name: "the Iranian proxy ", "Russian allies ".
const DEMONYM_ALLY_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}'’-])(${DEMONYM})\s+(prox(?:y|ies)|ally|allies)\s+$`, 'u');

/** "The Iranian proxy X", "Iranian proxies X and Y": backed by that state; "the Russian ally X": allied with it. */
function readDemonymAllies(doc: Doc, d: Discourse, s: Sentence, registry: ActorRegistry): void {
  const text = doc.text;
  const slice = text.slice(s.start, s.end);
  if (!slice.includes('prox') && !slice.includes(' ally ') && !slice.includes('allies')) return;
  const refs = d.refsFrom(s.start, s.end).filter((r) => r.end <= s.end && r.via === 'name' && !d.inQuote(r.start));
  for (let i = 0; i < refs.length; i++) {
    const head = text.slice(Math.max(s.start, refs[i]!.start - 40), refs[i]!.start);
    const m = DEMONYM_ALLY_BEFORE.exec(head);
    // "Iran and its Lebanese ally Hezbollah": after a possessive the demonym is the ally's own country.
    if (!m || !GROUPISH.has(refs[i]!.type) || /(?:\b(?:its|their|his|her)|['’]s?)\s+$/i.test(head.slice(0, m.index + m[0].length - m[0].trimStart().length))) continue;
    const state = demonymState(d, m[1]!, registry);
    // "the Lebanese ally Hezbollah": a group's own country is no patron.
    if (!state || registry.typeOf(state) !== 'state' || registry.byId(refs[i]!.entityId)?.country === state) continue;
    const predicate: RelationPredicate = m[2]!.startsWith('prox') ? 'backed_by' : 'allied_with';
    add(doc, s, refs[i]!.entityId, predicate, state, 'demonym-ally');
    // "Iranian proxies X and Y": a plural names each group of the list.
    if (!/ies$/.test(m[2]!)) continue;
    for (let k = i + 1, at = refs[i]!.end; k < refs.length && GROUPISH.has(refs[k]!.type) && /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$/i.test(text.slice(at, refs[k]!.start)); at = refs[k]!.end, k++) {
      add(doc, s, refs[k]!.entityId, predicate, state, 'demonym-ally');
    }
  }
}

// After "A and B": a copula, then "allies" with its qualifiers ("have long been close allies").
const ALLIES_AFTER = /^\s+(?:are|were|remain|remained|became|have\s+(?:long\s+)?been|had\s+(?:long\s+)?been)\s+(?:(?:close|longtime|long-time|old|key|staunch|firm|natural|traditional|strategic|regional)\s+)*allies\b(?!\s+(?:of|to)\b)/i;

/** "A and B are close allies": A allied with B, each an actor named in the sentence. */
function readAllyPairs(doc: Doc, d: Discourse, s: Sentence): void {
  const text = doc.text;
  if (!text.slice(s.start, s.end).includes('allies')) return;
  const refs = d.refsFrom(s.start, s.end).filter((r) => r.end <= s.end && r.type !== 'location' && r.type !== 'facility' && !d.inQuote(r.start));
  for (let i = 0; i + 1 < refs.length; i++) {
    const a = refs[i]!;
    const b = refs[i + 1]!;
    if (/^\s+and\s+(?:the\s+)?$/i.test(text.slice(a.end, b.start)) && ALLIES_AFTER.test(text.slice(b.end, Math.min(s.end, b.end + 60)))) add(doc, s, a.entityId, 'allied_with', b.entityId, 'allies');
  }
}

const COPULA_ARM = /^\s+(?:is|was|remains|became|has\s+been|had\s+been)\s+(?:(an?)\s+)?$/i;
const ATTRIBUTIVE_ARM = /^\s+(?:affiliate|offshoot|franchise|branch|splinter\s+group|wing)\b/i;
const ARM_AFTER = /^['’]s?\s+(?:[\p{L}-]+\s+){0,3}?(?:arm|wing|branch|unit|brigade|division|affiliate|offshoot|body|council|committee|agency|outlet)\b/iu;

// A quantified noun phrase right before a participle: "several groups armed by", "two militias funded by".
const QUANTIFIED_BEFORE = /\b(?:several|many|some|other|various|numerous|multiple|two|three|four|five|six|dozens\s+of|a\s+number\s+of)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+s\s+(?:(?:[\p{L}-]+ed|and)\s+)*$/iu;
// A verb of opinion, a named object and "to be"/"as" before the cue: "considers the YPG to be", "regards Hezbollah as".
const ATTRIBUTED_VIEW = /\b(?:considers?|considered|regards?|regarded|views?|viewed|sees|saw|brands?|branded|labels?|labell?ed|deems?|deemed|accuses?|accused)\s+(?:the\s+)?\p{Lu}[^,;]{0,50}?\s+(?:to\s+be|as|of\s+being)\s+(?:[\p{L}-]+\s+){0,4}$/u;

/**
 * "AQAP, which Washington designated ...", "the PKK, which Turkey, the United
 * States and the European Union list as ...": the actor before ", which" and
 * the actors that make up the relative clause's subject.
 */
function relativeAgents(d: Discourse, s: Sentence, cueStart: number): { object: Referent; agents: Referent[] } | null {
  const text = d.doc.text;
  const head = text.slice(s.start, cueStart);
  const at = Math.max(head.lastIndexOf(', which '), head.lastIndexOf(', whom '));
  if (at < 0) return null;
  const relEnd = s.start + at + (head.startsWith(', which ', at) ? 8 : 7);
  const agents = d.actorsIn(relEnd, cueStart).filter((r) => r.type !== 'person');
  if (agents.length === 0) return null;
  // Only the agents, their articles and commas, "and", "itself", auxiliaries and adverbs: "which Treasury itself had designated".
  let rest = '';
  let from = relEnd;
  for (const a of agents) { rest += text.slice(from, a.start) + ' '; from = a.end; }
  rest += text.slice(from, cueStart);
  if (!/^(?:\s|,|\band\b|\bthe\b|\bitself\b|\bthemselves\b|\bhas\b|\bhave\b|\bhad\b|\bis\b|\bare\b|\b\w+ly\b|\balso\b)*$/i.test(rest)) return null;
  const object = d.actorsIn(s.start, s.start + at + 1).filter((r) => r.end <= s.start + at && r.type !== 'state').pop();
  if (!object || !/^\s*(?:\([^)]{1,20}\))?\s*$/.test(text.slice(object.end, s.start + at))) return null;
  return { object, agents };
}

/** "from X and in particular from Y", "by X and Y": the actors joined to the first backer. */
function furtherBackers(d: Discourse, s: Sentence, first: Referent): Referent[] {
  const text = d.doc.text;
  const out: Referent[] = [];
  let at = first.end;
  for (let n = 0; n < 4; n++) {
    // "the Iranian regime and ...": a common noun may head the first backer's name.
    const sep = /^(?:\s+(?:regime|government|authorities|leadership|state))?\s*,?\s*(?:and|as\s+well\s+as)\s+(?:(?:in\s+particular|particularly|especially|notably|also|directly)\s+)?(?:(?:from|by)\s+)?/i.exec(text.slice(at, Math.min(s.end, at + 40)));
    if (!sep) break;
    const next = d.objectAfter(at + sep[0].length, Math.min(s.end, at + sep[0].length + 40), false, false);
    // "and the Pakistani Zainabiyoun Brigade": a demonym may qualify the next name.
    if (!next || !ARTICLE_DEMONYM.test(text.slice(at + sep[0].length, next.start)) || next.type === 'location' || next.type === 'facility') break;
    out.push(next);
    at = next.end;
  }
  return out;
}

// Between a list's "and" and its next name: an article, a demonym, or both.
const ARTICLE_DEMONYM = new RegExp(String.raw`^\s*(?:[Tt]he\s+)?(?:${DEMONYM}\s+)?$`, 'u');

// After a state's demonym, common nouns and then a name: "the Iraqi airline X", "the Lebanese exchange house X".
const DESCRIBED_NAME = /^\s+(?:\p{Ll}[\p{L}-]*\s+){1,3}$/u;

/**
 * The actors a designation verb names after it; "designated the Iraqi
 * airline X": a demonym with common nouns only describes X, the one designated.
 */
function designatedAfter(d: Discourse, from: number, hi: number): Referent[] {
  const objs = d.objectsAfter(from, hi);
  const first = objs[0];
  if (objs.length !== 1 || first!.type !== 'state') return objs;
  const next = d.objectAfter(first!.end, hi);
  return next && next.type !== 'state' && DESCRIBED_NAME.test(d.doc.text.slice(first!.end, next.start)) ? d.objectsAfter(next.start, hi) : objs;
}

const HYPHEN_MODIFIER = /^[-‐–](?:backed|aligned|allied|sponsored|funded|linked|led|based|affiliated|supported)\b/i;
const PASSIVE_AUX = /\b(?:is|are|was|were|been|be|being)\s+(?:\w+ly\s+)?$/i;

/** The actors after "by" that follow `from` closely: "by the US, the UN and the EU". */
function agentsAfter(d: Discourse, s: Sentence, from: number): Referent[] {
  const text = d.doc.text;
  const by = /^[^.;,]{0,50}?\bby\s+/i.exec(text.slice(from, Math.min(s.end, from + 70)));
  if (!by) return [];
  const out: Referent[] = [];
  let at = from + by[0].length;
  for (let n = 0; n < 6; n++) {
    const r = d.objectAfter(at, Math.min(s.end, at + 40), false, false);
    if (!r || !/^\s*(?:the\s+)?$/i.test(text.slice(at, r.start))) break;
    if (r.type !== 'person') out.push(r);
    const sep = /^\s*(?:,\s*(?:and\s+)?|and\s+)/i.exec(text.slice(r.end, r.end + 10));
    if (!sep) break;
    at = r.end + sep[0].length;
  }
  return out;
}

/**
 * "Iran, which had backed Assad", "the IRGC provided the Houthis with weapons":
 * the subject (a state or group) backs the actor named first after `objFrom`.
 */
function readBacking(doc: Doc, d: Discourse, s: Sentence, cueStart: number, objFrom: number, cueEnd: number): void {
  const text = doc.text;
  if (NEGATED.test(text.slice(Math.max(s.start, cueStart - 25), cueStart)) || /\b(?:to|will|would)\s+$/i.test(text.slice(Math.max(s.start, cueStart - 8), cueStart))) return;
  const backer = d.subjectBefore(s.start, cueStart, (r) => r.type !== 'person');
  const backed = d.objectAfter(objFrom, Math.min(s.end, Math.max(cueEnd, objFrom + 30)), false, false);
  if (!backer || !backed || backer.entityId === backed.entityId) return;
  if (!/^\s*(?:the\s+|mr\.?\s+|president\s+)?$/i.test(text.slice(objFrom, backed.start)) && objFrom === cueEnd) return;
  if (backed.type === 'state' || backed.type === 'location' || backed.type === 'facility') return;
  add(doc, s, backed.entityId, 'backed_by', backer.entityId, 'verb');
}

/** The groups listed before `last` and joined to it ("A, B and last"). */
function coordinatedBefore(d: Discourse, s: Sentence, last: Referent): Referent[] {
  const before = d.refsFrom(s.start, last.start).filter((r) => r.end <= last.start);
  const out: Referent[] = [];
  let at = last.start;
  for (let k = before.length - 1; k >= 0; k--) {
    const r = before[k]!;
    if (r.end > at) continue;
    if (!GROUPISH.has(r.type) || !/^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$/i.test(d.doc.text.slice(r.end, at))) break;
    out.push(r);
    at = r.start;
  }
  return out;
}

/** The group named right before the comma at `comma`. */
function groupBeforeComma(d: Discourse, s: Sentence, comma: number): Referent | null {
  const before = d.refsFrom(s.start, comma).filter((r) => r.end <= comma && GROUPISH.has(r.type));
  const last = before[before.length - 1];
  return last && /^\s*\)?\s*$/.test(d.doc.text.slice(last.end, comma)) ? last : null;
}

/**
 * "the IRI, a coalition that includes Kataib Hezbollah and Nujaba", "the PMF, an
 * umbrella of armed groups that includes X": each member named is part of the whole.
 */
function readUmbrellas(doc: Doc, d: Discourse, s: Sentence): void {
  const text = doc.text;
  const slice = text.slice(s.start, s.end);
  UMBRELLA.lastIndex = 0;
  const collective = UMBRELLA_WORDS.some((w) => slice.includes(w));
  for (let m = collective ? UMBRELLA.exec(slice) : null; m; m = UMBRELLA.exec(slice)) {
    const whole = groupBeforeComma(d, s, s.start + m.index);
    if (whole) members(doc, d, s, s.start + m.index + m[0].length, whole);
  }
  // "the PMF, an umbrella of Badr, Kataib Hezbollah and Asaib Ahl al-Haq": the members named right after "of".
  UMBRELLA_OF.lastIndex = 0;
  for (let m = collective ? UMBRELLA_OF.exec(slice) : null; m; m = UMBRELLA_OF.exec(slice)) {
    const whole = groupBeforeComma(d, s, s.start + m.index);
    const from = s.start + m.index + m[0].length;
    const first = d.refsFrom(from, from + 5).find((r) => GROUPISH.has(r.type) && r.via === 'name');
    if (whole && first && /^\s*$/.test(text.slice(from, first.start))) members(doc, d, s, from, whole);
  }
  // "the SDF, whose main component is the YPG": the groups named after the copula are part of the whole.
  if (slice.includes('whose ')) {
    WHOSE_PARTS.lastIndex = 0;
    for (let m = WHOSE_PARTS.exec(slice); m; m = WHOSE_PARTS.exec(slice)) {
      const whole = groupBeforeComma(d, s, s.start + m.index);
      if (whole) members(doc, d, s, s.start + m.index + m[0].length, whole);
    }
  }
  // "Kataib Hezbollah, Nujaba and Kataib Sayyid al-Shuhada, all members of the IRI": each listed group belongs.
  if (slice.includes('all ') || slice.includes('both ')) {
    ALL_MEMBERS.lastIndex = 0;
    for (let m = ALL_MEMBERS.exec(slice); m; m = ALL_MEMBERS.exec(slice)) {
      const comma = s.start + m.index;
      const cueEnd = comma + m[0].length;
      const whole = d.objectAfter(cueEnd, Math.min(s.end, cueEnd + 50), false, false);
      if (!whole || !GROUPISH.has(whole.type) || !/^\s*(?:the\s+)?(?:[\p{Lu}][\p{L}'’-]*\s+)*$/u.test(text.slice(cueEnd, whole.start))) continue;
      const before = d.refsFrom(s.start, comma).filter((r) => r.end <= comma && r.via === 'name');
      let at = comma;
      for (let k = before.length - 1; k >= 0; k--) {
        const r = before[k]!;
        const gap = text.slice(r.end, at);
        if (!GROUPISH.has(r.type) || !(at === comma ? /^\s*$/.test(gap) : /^\s*(?:,\s*(?:and\s+)?|and\s+)$/.test(gap))) break;
        add(doc, s, r.entityId, 'part_of', whole.entityId, 'all-members');
        at = r.start;
      }
    }
  }
  // "The coalition, which emerged in 2023, is made up of militias such as X, Y and Z".
  COMPOSED.lastIndex = 0;
  // Most sentences hold none of these words: a plain search rules them out before the pattern runs.
  const composed = COMPOSED_WORDS.some((w) => slice.includes(w)) ? COMPOSED.exec(slice) : null;
  if (composed) {
    const cue = s.start + composed.index;
    const subject = d.subjectBefore(s.start, cue, (r) => GROUPISH.has(r.type));
    const whole = subject ?? (UMBRELLA_OPENING.test(slice) && d.focalGroup ? d.refsFrom(s.start, cue).find((r) => r.entityId === d.focalGroup) ?? focal(d) : null);
    if (whole && GROUPISH.has(whole.type)) members(doc, d, s, cue + composed[0].length, whole);
  }
}

const UMBRELLA = /,\s*(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}(?:coalition|umbrella|alliance|grouping|network|front)\b([^.;]{0,70}?)\b(?:includes|including|comprising|comprises|made\s+up\s+of|such\s+as)\s+/giu;
const UMBRELLA_OF = /,\s*(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}(?:coalition|umbrella|alliance|grouping|network|front)\s+(?:of|for)\s+(?:the\s+)?/giu;
const ALL_MEMBERS = /,\s*(?:all|both)\s+(?:of\s+them\s+)?(?:members?|parts?|factions?|components?|affiliates?)\s+of\s+/giu;
const WHOSE_PARTS = /,\s*whose\s+(?:(?:main|largest|biggest|principal|chief|core|leading|dominant|strongest|key|constituent)\s+)?(?:components?|members?|factions?|backbone|core|units?|brigades?|parts?)\s+(?:is|are|was|were|includes?|included|remains?)\s+/giu;
const UMBRELLA_WORDS = ['coalition', 'umbrella', 'alliance', 'grouping', 'network', 'front'];
const COMPOSED_WORDS = ['made up', 'composed', 'comprise', 'consists', 'brings together'];
const COMPOSED = /\b(?:is|are|was)\s+(?:made\s+up|composed|comprised)\s+of\s+(?:(?:[\p{L}-]+\s+){0,3}?(?:such\s+as|including|like)\s+)?|\b(?:comprises|consists\s+of|brings\s+together)\s+(?:(?:[\p{L}-]+\s+){0,3}?(?:such\s+as|including|like)\s+)?/giu;
// A sentence that opens on the umbrella word stands for the document's main group.
const UMBRELLA_OPENING = /^\s*(?:the|this)\s+(?:coalition|umbrella|alliance|grouping|network|front)\b/i;

function focal(d: Discourse): Referent | null {
  const id = d.focalGroup;
  const type = id ? d.typeOf(id) : undefined;
  return id && type ? { start: 0, end: 0, entityId: id, type, via: 'reference' } : null;
}

/** Each group listed from `from` on ("X, Y and Z") is part of `whole`. */
function members(doc: Doc, d: Discourse, s: Sentence, from: number, whole: Referent): void {
  const text = doc.text;
  let at = from;
  for (let n = 0; n < 6; n++) {
    const member = d.refsFrom(at, Math.min(s.end, at + 40)).find((r) => GROUPISH.has(r.type));
    if (!member || /[.;]/.test(text.slice(at, member.start))) break;
    add(doc, s, member.entityId, 'part_of', whole.entityId, 'umbrella');
    const sep = /^\s*(?:,\s*(?:and\s+)?|and\s+|as\s+well\s+as\s+)/i.exec(text.slice(member.end, member.end + 20));
    if (!sep) break;
    at = member.end + sep[0].length;
  }
}

/** "Y, the armed wing of Z": Y, the name right before the comma that opens the apposition. */
function appositionSubject(d: Discourse, s: Sentence, cueStart: number): Referent | null {
  const text = d.doc.text;
  // "Y, the Kurdish-led group backed by X": a described group in apposition, headed by a group noun.
  const m = /,\s*(?:(?:the|a|an|its)\s+)?(?:(?:main|chief|principal|former|own|largest|most\s+\w+)\s+)?(?:\p{Lu}[\p{L}-]*\s+)?$/iu.exec(text.slice(Math.max(s.start, cueStart - 50), cueStart))
    ?? /,\s*(?:the|an?)\s+(?:[\p{L}-]+\s+){0,3}(?:group|movement|militia|faction|coalition|alliance|organi[sz]ation|force|forces|party|network|outfit)\s+$/iu.exec(text.slice(Math.max(s.start, cueStart - 60), cueStart));
  if (!m) return null;
  const comma = cueStart - m[0].length;
  const before = d.actorsIn(s.start, comma + 1).filter((r) => r.end <= comma && r.type !== 'state');
  const last = before[before.length - 1];
  // "the Sinjar Resistance Units (YBS), an armed group ...": an abbreviation may follow the name (or be the name read).
  if (!last || !/^\s*(?:\([^()]{1,20}\))?\)?\s*$/.test(text.slice(last.end, comma))) return null;
  // "X took part in the push to retake Y from ISIS, fighting alongside Z": a participle's subject is the clause's, not a preposition's object.
  if (/^\p{L}+ing\b/u.test(text.slice(cueStart, cueStart + 16)) && PREPOSITION_END.test(text.slice(Math.max(s.start, last.start - 12), last.start))) return null;
  return last;
}

// ", the leader of the Y party (MHP) and " before the second apposition's cue ("an ally of").
const SECOND_APPOSITION = /,\s*(?:the|a|an)\s+[^,;()"“”]{1,70}?(?:\s*\([^()]{1,20}\))?\s+and\s+(?:(?:the|a|an)\s+)?(?:(?:close|key|longtime|long-time|staunch|main|old)\s+)?$/i;

/** "X, the leader of Y and an ally of Z": the person before the first apposition's comma. */
function secondAppositionSubject(d: Discourse, s: Sentence, cueStart: number): Referent | null {
  const text = d.doc.text;
  const from = Math.max(s.start, cueStart - 110);
  const m = SECOND_APPOSITION.exec(text.slice(from, cueStart));
  if (!m) return null;
  const comma = from + m.index;
  const last = d.actorsIn(s.start, comma + 1).filter((r) => r.end <= comma).pop();
  return last && last.type === 'person' && /^\s*$/.test(text.slice(last.end, comma)) ? last : null;
}

const PREPOSITION_END = /\b(?:from|in|into|to|against|with|for|at|on|of|by|near|over|towards?)\s+(?:the\s+)?$/i;

function lastLocationBefore(d: Discourse, pos: number): Referent | null {
  for (let i = d.refs.length - 1; i >= 0; i--) {
    const r = d.refs[i]!;
    if (r.end <= pos && r.type === 'location') return r;
  }
  return null;
}
