/**
 * The organs of a state, as a sentence names them: "Iran's foreign
 * ministry", "Iraq's Counter-Terrorism Service" (organisations), or a force
 * the registry already places under the state ("Iran's IRGC"): part_of the
 * state. A group merely based in a country ("Lebanon's Hezbollah") is not
 * read as part of it, and where a place lies is left to the registry's
 * coordinates and countries: analysts do not log it as a standing fact.
 */
import type { Doc, RelationPredicate, Sentence } from '../core/types.js';
import type { ActorRegistry } from '../resolve/registry.js';
import type { Discourse } from './discourse.js';
import { isNestedStateName } from './entities-span.js';

const GROUPS: ReadonlySet<string> = new Set(['armed_group', 'organization']);

export type AddRelation = (subject: string, predicate: RelationPredicate, object: string, rule: string) => void;

export function readStateOrgans(doc: Doc, d: Discourse, s: Sentence, registry: ActorRegistry, add: AddRelation): void {
  const text = doc.text;
  const inSentence = d.refsFrom(s.start, s.end).filter((r) => r.end <= s.end);
  const refs = inSentence.filter((r) => r.via !== 'role');
  // "commander of the Quds Force of the IRGC": a role phrase covers the names inside it; read them too.
  for (const role of inSentence) {
    if (role.via !== 'role') continue;
    for (const m of doc.mentions) {
      const type = isNestedStateName(m) ? undefined : d.typeOf(m.entityId);
      if (type && m.start >= role.start && m.end <= role.end) refs.push({ start: m.start, end: m.end, entityId: m.entityId, type, via: 'name' });
    }
  }
  refs.sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < refs.length; i++) {
    const state = refs[i]!;
    const organ = refs[i + 1]!;
    // "the Quds Force of the IRGC": a unit named "of" the body the registry puts it in.
    if (GROUPS.has(state.type) && GROUPS.has(organ.type) && !d.inQuote(state.start) && /^\s+of\s+(?:the\s+)?$/i.test(text.slice(state.end, organ.start))
      && registry.factsAbout(state.entityId).some((f) => f.predicate === 'part_of' && f.object === organ.entityId)) add(state.entityId, 'part_of', organ.entityId, 'unit-of');
    if (state.type !== 'state' || d.inQuote(state.start) || !/^['’]s\s+$/.test(text.slice(state.end, organ.start))) continue;
    const underState = organ.type === 'organization'
      || (organ.type === 'armed_group' && registry.factsAbout(organ.entityId).some((f) => f.predicate === 'part_of' && f.object === state.entityId));
    if (underState) add(organ.entityId, 'part_of', state.entityId, 'state-possessive');
  }
}

// "Defense Minister X", "Israeli Foreign Minister X": the portfolio, then the holder (honorifics between).
const MINISTER_BEFORE = /(?:\b([\p{Lu}][\p{L}'’]+)\s+)?\b(Defen[cs]e|Foreign|Interior|Finance|Justice|Health|Oil|Intelligence)\s+Minister\s+(?:(?:Shaikh|Sheikh|Gen\.|General|Dr\.|Mr\.|Ms\.)\s+)*$/u;

/**
 * "Defense Minister X" leads the defense ministry the document names, when it
 * names exactly one of that portfolio; a state qualifying the title ("Iranian
 * Foreign Minister") must be the ministry's own, as the registry knows it.
 */
export function readMinisters(doc: Doc, d: Discourse, s: Sentence, registry: ActorRegistry, add: AddRelation): void {
  const text = doc.text;
  for (const p of d.refsFrom(s.start, s.end)) {
    if (p.type !== 'person' || p.via !== 'name' || p.end > s.end) continue;
    const m = MINISTER_BEFORE.exec(text.slice(Math.max(s.start, p.start - 60), p.start));
    if (!m) continue;
    const portfolio = new RegExp(m[2]!.startsWith('Defen') ? 'defen[cs]e' : m[2]!, 'i');
    const ministries = new Set<string>();
    for (const x of doc.mentions) {
      const t = text.slice(x.start, x.end);
      if (d.typeOf(x.entityId) === 'organization' && /ministry/i.test(t) && portfolio.test(t)) ministries.add(x.entityId);
    }
    if (ministries.size !== 1) continue;
    const ministry = [...ministries][0]!;
    // "Deputy Defense Minister X" heads nothing; "Iranian Foreign Minister X" heads only Iran's ministry.
    const word = m[1] && !/^(?:The|Then|And|But)$/.test(m[1]) ? m[1] : undefined;
    if (word) {
      const state = stateOfWord(doc, word);
      if (!state || registry.byId(ministry)?.country !== state) continue;
    }
    add(p.entityId, 'leads', ministry, 'minister');
  }
}

// "foreign ministry spokeswoman X", "the Defence Ministry spokesman, X": a ministry's spokesperson, no state named before.
const MINISTRY_SPOKESPERSON = /(?:^|[^\p{L}'’])(foreign|defen[cs]e|interior)\s+ministry\s+spokes(?:man|woman|person)\s*,?\s+$/iu;

/**
 * A ministry's spokesperson speaks for the one ministry of that portfolio the
 * document names, often in an earlier sentence ("Pakistan's foreign
 * ministry said ... foreign ministry spokeswoman X told reporters").
 */
export function readMinistrySpokespeople(doc: Doc, d: Discourse, s: Sentence, add: AddRelation): void {
  const text = doc.text;
  for (const p of d.refsFrom(s.start, s.end)) {
    if (p.type !== 'person' || p.via !== 'name' || p.end > s.end) continue;
    const before = text.slice(Math.max(s.start, p.start - 40), p.start);
    const m = MINISTRY_SPOKESPERSON.exec(before);
    // "Iran's foreign ministry spokesman": the state's possessive is read with the titles.
    if (!m || /['’]s?\s*$/.test(before.slice(0, m.index + m[0].length - m[0].trimStart().length))) continue;
    const portfolio = m[1]!.toLowerCase().startsWith('defen') ? /\bdefen[cs]e\b/i : new RegExp(`\\b${m[1]!}\\b`, 'i');
    const ministries = new Set<string>();
    for (const x of doc.mentions) {
      const t = text.slice(x.start, x.end);
      if (d.typeOf(x.entityId) === 'organization' && /ministry/i.test(t) && portfolio.test(t)) ministries.add(x.entityId);
    }
    if (ministries.size === 1) add(p.entityId, 'spokesperson_of', [...ministries][0]!, 'ministry-spokesperson');
  }
}

/** The state of the document a name or demonym stands for ("Israel", "Israeli", "Iranian"). */
function stateOfWord(doc: Doc, word: string): string | null {
  const w = word.toLowerCase();
  for (const e of doc.entities) {
    if (e.type !== 'state') continue;
    const n = e.name.toLowerCase();
    if (n.length >= 4 && (w === n || (w.startsWith(n.slice(0, Math.max(4, n.length - 1))) && w.length - n.length <= 4))) return e.id;
  }
  return null;
}
