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
import { readStateOrgans } from './relations-organs.js';

const GROUPISH = new Set(['armed_group', 'organization']);
// Between a group and the title it qualifies: "Hamas political bureau chief", "its longtime secretary-general".
// "Houthi military spokesman", "the group's chief negotiator and spokesman": a unit word, or another title and "and".
const PRE_TITLE = /^(?:['’]s?)?\s*(?:(?:longtime|long-time|late|former|current|new|top|senior|overall|slain|acting|interim|founding|deputy|assistant)\s+)?(?:(?:political|military|media|armed|foreign|security|executive|shura|jihad)\s+(?:\w+\s+)?)?(?:(?:chief\s+)?[\p{Ll}-]+\s+(?:and|&)\s+)?$/iu;
// Between "part of" and its object only articles and capitalised words: not "part of a shipment the group ordered".
const NAME_GAP = /^\s*(?:(?:the|a|an|so-called|broader|wider|larger|Iraq['’]s|[\p{Lu}][\p{L}'’.-]*)\s+)*$/u;
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
        if (pass === 1) { readTitles(doc, d, s); readPossessiveLeaders(doc, d, s); }
        else {
          readLinks(doc, d, s);
          readUmbrellas(doc, d, s);
          readStateOrgans(doc, d, s, knowledge.actors, (subject, predicate, object, rule) => add(doc, s, subject, predicate, object, rule));
        }
      }
    }
  },
};

function add(doc: Doc, s: Sentence, subject: string, predicate: RelationPredicate, object: string, rule: string): void {
  if (subject === object) return;
  if (doc.relations.some((r) => r.subject === subject && r.predicate === predicate && r.object === object)) return;
  doc.relations.push({
    subject, predicate, object, text: doc.text.slice(s.start, s.end), span: { start: s.start, end: s.end },
    origin: 'document', provenance: { rule: `rule:${rule}`, confidence: 0.7 },
  });
}

// ", a senior " / ", the former " between a name and the organisation that qualifies its title.
const APPOSITION_HEAD = /\s*,\s*(?:(?:the|a|an|one of the)\s+)?(?:(?:former|deputy|senior|prominent|key|top|late|veteran|leading)\s+)*$/i;

function titlePredicate(p: RelationPredicate, article: string): RelationPredicate {
  // "a leader of Y" says membership, "the leader of Y" leadership.
  return p === 'leads' && /^(a|an|one of the)\s*$/i.test(article.trim()) ? 'member_of' : p;
}

function readTitles(doc: Doc, d: Discourse, s: Sentence): void {
  const text = doc.text;
  const refs = d.refs.filter((r) => r.start >= s.start && r.end <= s.end);
  const persons = refs.filter((r) => r.type === 'person' && r.via === 'name');
  const groups = refs.filter((r) => GROUPISH.has(r.type));
  for (const h of d.cues.roles.find(text, s.start, s.end)) {
    const before = text.slice(s.start, h.start);
    const article = /(?:\b(?:the|a|an|one of the)\s+)?(?:(?:former|deputy|senior|prominent|key|top|late|official)\s+)*$/i.exec(before)?.[0] ?? '';
    const pred = titlePredicate(h.value, /\b(a|an|one of the)\b/i.test(article) ? 'a' : '');
    // "chief negotiator", "head coach": the title word heads another noun.
    if (COMPOUND_TITLE.test(text.slice(h.end, h.end + 20))) continue;
    const ofMatch = /^\s+(?:of|for|in)\s+/i.exec(text.slice(h.end, h.end + 12));
    // The organisation: after "of/for" ...
    let org: Referent | undefined;
    if (ofMatch) {
      const from = h.end + ofMatch[0].length;
      org = groups.find((g) => g.start >= from && g.start <= from + 40 && !/[,.;]/.test(text.slice(from, g.start)));
    }
    // ... or right before the title: "Kataib Hezbollah leader X", "Asaib Ahl al-Haq's leader X", "its secretary-general, X".
    const preOrg = groups.filter((g) => g.end <= h.start && PRE_TITLE.test(text.slice(g.end, h.start - article.length >= g.end ? h.start - article.length : h.start))).pop();
    if (!org && preOrg && h.start - preOrg.end <= 32) org = preOrg;
    if (!org) continue;
    // "the commander of Hezbollah's southern front": the person heads a part of the group, and is its member.
    // Its governing bodies ("Hamas's political bureau") are led by whoever leads the group.
    const ofPart = ofMatch && org.start > h.end && /^['’]s?\s+(?!political|politburo|executive|shura|leadership|central|general|supreme)\p{Ll}/u.test(text.slice(org.end, org.end + 20));
    // The person: in apposition before ("X, the head of Y"), or after ("Y leader X", "the head of Y, X").
    // "X, a senior Hamas official": the apposition may put the organisation between article and title.
    const appoArticle = org === preOrg && org.start < h.start ? APPOSITION_HEAD.exec(text.slice(s.start, org.start))?.[0] ?? null : null;
    const appoBefore = persons.filter((p) => p.end <= h.start && (/^\s*,\s*$/.test(text.slice(p.end, h.start - article.length))
      || (appoArticle !== null && p.end === org.start - appoArticle.length))).pop();
    const predFinal = appoArticle !== null && appoBefore && appoBefore.end === org.start - appoArticle.length
      ? titlePredicate(h.value, /\b(a|an|one of the)\b/i.test(appoArticle) ? 'a' : '') : pred;
    const copula = persons.filter((p) => p.end <= h.start).pop();
    const afterFrom = org.start > h.start ? org.end : h.end;
    const after = persons.find((p) => p.start >= afterFrom && p.start - afterFrom <= 45 && /^(?:['’]s?)?(?:\s*\([^)]{1,20}\))?[\s,]*(?:(?:political|military|media)\s+\w+\s+)?(?:(?:Sheikh|Sheik|Brigadier|General|Gen\.|Major|Maj\.|Lieutenant|Lt\.|Rear|Vice|Admiral|Adm\.|Brig\.|Colonel|Col\.|Captain|Capt\.|Hajj|Sayyed|Sayyid|Seyyed|Ayatollah|Mr\.|Ms\.|Dr\.|Commander|martyr|His\s+Eminence|His\s+Excellency|Eminence)\s+)*$/i.test(text.slice(afterFrom, p.start)));
    let person: Referent | undefined = appoBefore ?? after;
    if (!person && copula && /\b(?:is|was|has been|had been|became|serves as|served as|remains)\s+(?:also\s+)?$/i.test(text.slice(copula.end, h.start - article.length).replace(/\s+/g, ' ').slice(-30))) person = copula;
    if (!person) {
      // "he is a former member of Y": a pronoun or role word before a copula.
      const subj = d.subjectBefore(s.start, h.start);
      if (subj && subj.type === 'person' && /\b(?:is|was|has been|had been|became|serves as|served as)\s+(?:\w+\s+)?$/i.test(text.slice(subj.end, h.start - article.length + 1).slice(-40) + ' ')) person = subj;
    }
    if (!person) continue;
    const finalPred = person === appoBefore ? predFinal : pred;
    add(doc, s, person.entityId, ofPart && finalPred === 'leads' ? 'member_of' : finalPred, org.entityId, 'title');
  }
}

/** "Badr's Hadi al-Amiri": a group's possessive before a person's name names its leader. */
function readPossessiveLeaders(doc: Doc, d: Discourse, s: Sentence): void {
  const refs = d.refs.filter((r) => r.start >= s.start && r.end <= s.end && r.via === 'name');
  for (let i = 0; i + 1 < refs.length; i++) {
    const g = refs[i]!;
    const p = refs[i + 1]!;
    if (g.type === 'armed_group' && p.type === 'person' && /^['’]s?\s+$/.test(doc.text.slice(g.end, p.start))) add(doc, s, p.entityId, 'leads', g.entityId, 'possessive');
  }
}

function demonymState(d: Discourse, word: string): string | null {
  const w = word.toLowerCase();
  for (const e of d.doc.entities) {
    if (e.type !== 'state') continue;
    const n = e.name.toLowerCase();
    if (n.length >= 4 && (w === n || (w.startsWith(n.slice(0, Math.max(4, n.length - 1))) && w.length - n.length <= 4))) return e.id;
  }
  return null;
}

function readLinks(doc: Doc, d: Discourse, s: Sentence): void {
  const text = doc.text;
  for (const h of d.cues.links.find(text, s.start, s.end)) {
    const { predicate, form } = h.value;
    if (form === 'modifier' || form === 'prefix') {
      // "Iran-backed Y" / "pro-Iranian Y": the word joined by a hyphen names the backer.
      const joined = form === 'modifier'
        ? /([\p{L}.]+)[-‐–]$/u.exec(text.slice(Math.max(s.start, h.start - 30), h.start))
        : /^[-‐–]([\p{L}]+)/u.exec(text.slice(h.end, h.end + 30));
      if (!joined) continue;
      const wordEnd = form === 'modifier' ? h.start - 1 : h.end + joined[0].length;
      const named = d.refs.find((r) => form === 'modifier' ? r.end === wordEnd : r.start === h.end + 1);
      const backer = named?.entityId ?? demonymState(d, joined[1]!);
      // The backed group follows, with only adjectives between ("Iran-backed Iraqi Shiite Y").
      let y: Referent | null | undefined = d.refs.find((r) => r.start > wordEnd && r.start - wordEnd <= 45 && GROUPISH.has(r.type) && !/[,;.]|\b(?:to|of|in|on|against|for|with|and|by)\b/i.test(text.slice(wordEnd, r.start)));
      // "Hezbollah, the Iran-backed movement": a group word in apposition names the group before the comma;
      // "led the Iran-backed group": a described group stands for the group it refers to.
      const described = d.refs.find((r) => r.via === 'reference' && r.start < h.start && r.end > h.end && GROUPISH.has(r.type));
      if (!y && described) {
        const appo = /,\s*$/.test(text.slice(Math.max(s.start, described.start - 3), described.start)) ? appositionSubject(d, s, described.start) : null;
        y = appo && GROUPISH.has(appo.type) ? appo : described;
      }
      if (backer && y && GROUPISH.has(y.type)) add(doc, s, y.entityId, predicate, backer, form);
      continue;
    }
    if (/\b(?:helped|help|helps|to)\s+$/i.test(text.slice(Math.max(s.start, h.start - 8), h.start))) continue;
    // "cut ties with X", "denied being part of X": the tie is negated.
    if (NEGATED.test(text.slice(Math.max(s.start, h.start - 25), h.start))) continue;
    if (form === 'active' && /[-‐–]$/.test(text.slice(h.start - 1, h.start))) continue;
    const copulaOnly = predicate === 'part_of' || (predicate === 'former_member_of' && form === 'copula');
    // "Y, the armed wing of Z": an apposition states the tie as a copula would.
    const appositive = form === 'copula' ? appositionSubject(d, s, h.start) : null;
    if (copulaOnly && !appositive && !/\b(?:is|are|was|were|been|be|remains?|became|become)\s+(?:also\s+)?(?:a|an|the)?\s*(?:\w+\s+)?$/i.test(text.slice(Math.max(s.start, h.start - 30), h.start))) continue;
    // Standing ties are held by groups and people, not by places or states.
    const accept = form === 'copula' ? (r: Referent) => r.type !== 'state' : () => true;
    let subj = appositive ?? d.subjectBefore(s.start, h.start, accept);
    const obj = predicate === 'located_in'
      ? (/there$/i.test(text.slice(h.start, h.end)) ? lastLocationBefore(d, h.start) : d.objectAfter(h.end, Math.min(s.end, h.end + 60), true))
      : d.objectAfter(h.end, Math.min(s.end, h.end + 60), false, predicate !== 'backed_by');
    if (!subj || !obj) continue;
    if (predicate === 'located_in' && obj.type !== 'location') continue;
    // "part of the axis of resistance, an alliance of Iran-aligned groups": the object is named before any comma.
    if (copulaOnly && (/[,;(]/.test(text.slice(h.end, obj.start)) || !NAME_GAP.test(text.slice(h.end, obj.start)))) continue;
    // "The PMF is chaired by X", "the group, led by X": the organisation before, its leader after "by".
    if (predicate === 'leads' && form === 'passive') {
      if (GROUPISH.has(subj.type) && obj.type === 'person' && obj.start - h.end <= 25) add(doc, s, obj.entityId, 'leads', subj.entityId, 'passive');
      continue;
    }
    if (predicate === 'leads' && (subj.type !== 'person' || !GROUPISH.has(obj.type) || obj.start - h.end > 25)) continue;
    if (form === 'active' && (predicate === 'designated_by' || predicate === 'sanctioned_by')) {
      if (subj.type === 'person') continue;
      add(doc, s, obj.entityId, predicate, subj.entityId, 'verb');
      continue;
    }
    let pred: RelationPredicate = predicate;
    if (pred === 'part_of' && subj.type === 'person') pred = 'member_of';
    if ((pred === 'allied_with' || pred === 'backed_by' || pred === 'located_in') && subj.type === 'person') {
      const group = doc.relations.find((r) => r.subject === subj!.entityId && r.predicate === 'leads')?.object;
      if (!group) continue;
      subj = { ...subj, entityId: group, type: 'armed_group' };
    }
    if (pred === 'founded' && !GROUPISH.has(obj.type)) continue;
    add(doc, s, subj.entityId, pred, obj.entityId, form);
  }
}

/** The group named right before the comma at `comma`. */
function groupBeforeComma(d: Discourse, s: Sentence, comma: number): Referent | null {
  const before = d.refsFrom(s.start, comma).filter((r) => r.end <= comma && GROUPISH.has(r.type));
  const last = before[before.length - 1];
  return last && /^\s*$/.test(d.doc.text.slice(last.end, comma)) ? last : null;
}

/**
 * "the IRI, a coalition that includes Kataib Hezbollah and Nujaba", "the PMF, an
 * umbrella of armed groups that includes X": each member named is part of the whole.
 */
function readUmbrellas(doc: Doc, d: Discourse, s: Sentence): void {
  const text = doc.text;
  const re = /,\s*(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}(?:coalition|umbrella|alliance|grouping|network|front)\b([^.;]{0,70}?)\b(?:includes|including|comprising|comprises|made\s+up\s+of|such\s+as)\s+/giu;
  const slice = text.slice(s.start, s.end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const whole = groupBeforeComma(d, s, s.start + m.index);
    if (!whole) continue;
    let at = s.start + m.index + m[0].length;
    for (let n = 0; n < 6; n++) {
      const member = d.refsFrom(at, Math.min(s.end, at + 40)).find((r) => GROUPISH.has(r.type));
      if (!member || /[.;]/.test(text.slice(at, member.start))) break;
      add(doc, s, member.entityId, 'part_of', whole.entityId, 'umbrella');
      const sep = /^\s*(?:,\s*(?:and\s+)?|and\s+|as\s+well\s+as\s+)/i.exec(text.slice(member.end, member.end + 20));
      if (!sep) break;
      at = member.end + sep[0].length;
    }
  }
}

/** "Y, the armed wing of Z": Y, the name right before the comma that opens the apposition. */
function appositionSubject(d: Discourse, s: Sentence, cueStart: number): Referent | null {
  const text = d.doc.text;
  const m = /,\s*(?:(?:the|a|an|its)\s+)?(?:(?:main|chief|principal|former|own|largest|most\s+\w+)\s+)?$/i.exec(text.slice(Math.max(s.start, cueStart - 40), cueStart));
  if (!m) return null;
  const comma = cueStart - m[0].length;
  const before = d.actorsIn(s.start, comma + 1).filter((r) => r.end <= comma && r.type !== 'state');
  const last = before[before.length - 1];
  return last && /^\s*$/.test(text.slice(last.end, comma)) ? last : null;
}

function lastLocationBefore(d: Discourse, pos: number): Referent | null {
  for (let i = d.refs.length - 1; i >= 0; i--) {
    const r = d.refs[i]!;
    if (r.end <= pos && r.type === 'location') return r;
  }
  return null;
}
