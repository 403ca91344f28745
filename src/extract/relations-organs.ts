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
      const type = d.typeOf(m.entityId);
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
