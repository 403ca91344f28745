/**
 * Claims of action in reported speech: "the group said its fighters fired
 * rockets at X", "according to the spokesman, the movement's forces targeted
 * Y", "X announced it had struck Z". The speaker claims the attack when the
 * attack verb's subject is the speaker's own side (itself, "its fighters", a
 * pronoun that stands for it, or a group it leads or speaks for). An attack
 * a speaker reports against itself ("the ministry said militants attacked its
 * base") is no claim: its subject is someone else.
 */
import type { Doc, Statement } from '../core/types.js';
import type { DocDates } from './dating.js';
import type { Discourse, Referent } from './discourse.js';
import { speakerOfCue } from './quotes.js';
import { meansIn } from './threat-details.js';
import { hitsIn } from './range-cues.js';

// Only violent action counts as claimed: CAMEO 18 (assault), 19 (fight), 20 (mass violence).
const VIOLENT_ROOTS: ReadonlySet<string> = new Set(['18', '19', '20']);
const IRREALIS = /\b(?:to|will|would|could|may|might|can|cannot|should|must|shall|not|never|if|unless)\s+(?:\w+\s+){0,1}$/i;

/** What the registry knows of an actor's roles (the actor registry provides it). */
export interface RoleFacts {
  rolesOf(id: string): ReadonlyArray<{ role: string; of: string; to?: string | undefined }>;
}

const SIDE_ROLES: ReadonlySet<string> = new Set(['leads', 'spokesperson_of', 'member_of']);

/**
 * The actor and the groups it leads, speaks for or belongs to (and the groups
 * that are part of it), as the document states them and, for roles the
 * document does not restate, as the registry holds them while they last.
 */
export function ownSide(doc: Doc, actor: string, facts: RoleFacts | null = null): Set<string> {
  const side = new Set([actor]);
  for (const r of doc.relations) {
    if (r.subject === actor && ['leads', 'spokesperson_of', 'member_of', 'part_of'].includes(r.predicate)) side.add(r.object);
    if (r.object === actor && r.predicate === 'part_of') side.add(r.subject);
  }
  const published = doc.meta.published;
  for (const role of facts?.rolesOf(actor) ?? []) {
    if (SIDE_ROLES.has(role.role) && (!role.to || !published || role.to >= published)) side.add(role.of);
  }
  return side;
}

// Right before the verb: a force named by a common noun ("the naval forces had", "troops", "fighter jets").
const OWN_FORCES = /\b(?:(?:the|its|our|their)\s+)?(?:[\p{L}-]+\s+){0,2}(?:forces|fighters|troops|soldiers|units|navy|mujahideen|brigades|jets|warplanes|aircraft)\s+(?:(?:had|have|has)\s+)?$/iu;

/** Whether a side holds an armed group (its fighters are its own). */
function armed(d: Discourse, side: ReadonlySet<string>): boolean {
  for (const id of side) if (d.typeOf(id) === 'armed_group') return true;
  return false;
}

export function claimedActions(d: Discourse, dates: DocDates, found: readonly Statement[], facts: RoleFacts | null = null): Statement[] {
  const doc = d.doc;
  const out: Statement[] = [];
  doc.sentences.forEach((s, i) => {
    const cues = hitsIn(doc, d.cues.speech, s.start, s.end).filter((c) => !d.inQuote(c.start) && (c.value === 'either' || c.value === 'after'));
    for (const cue of cues) {
      // The attack verb first: it does not depend on the speaker, and most speech cues report none.
      const verb = d.cues.verbs.find(doc.text, cue.end, s.end).find((v) => v.value.voice === 'active' && VIOLENT_ROOTS.has(v.value.code.slice(0, 2))
        && !d.inQuote(v.start) && !IRREALIS.test(doc.text.slice(Math.max(cue.end, v.start - 30), v.start)));
      if (!verb) continue;
      const speaker = speakerOfCue(d, cue, s.start, s.end, false);
      if (!speaker) continue;
      const side = ownSide(doc, speaker.entityId, facts);
      const subject = d.subjectBefore(cue.end, verb.start);
      // "Saree said the group had fired ...": a person speaking of "the group" speaks for it.
      const forGroup = !!subject && speaker.type === 'person' && subject.via === 'reference' && (subject.type === 'armed_group' || subject.type === 'organization');
      // "The army said troops had killed ...", "Saree said the naval forces had targeted ...": an armed
      // actor's unnamed forces are its own.
      const ownForces = !subject && armed(d, side) && OWN_FORCES.test(doc.text.slice(cue.end, verb.start));
      if (!ownForces && (!subject || !(side.has(subject.entityId) || forGroup))) continue;
      if (found.some((f) => f.sentence === i && f.actor === speaker.entityId && f.kind === 'claim') || out.some((o) => o.sentence === i)) continue;
      const target = firstOther(d, verb.end, Math.min(s.end, verb.end + 90), side);
      out.push({
        kind: 'claim', actor: speaker.entityId, target: target?.entityId ?? null, date: dates.at(i, cue.start),
        text: doc.text.slice(s.start, s.end).trim(), start: s.start, end: s.end,
        means: meansIn(doc, s.start, s.end, verb.start, d.cues.means), condition: null, deadline: null, quote: null, sentence: i,
        provenance: { rule: `rule:claimed-action/${verb.value.code}`, confidence: 0.6 },
      });
      break;
    }
  });
  return out;
}

function firstOther(d: Discourse, from: number, to: number, side: Set<string>): Referent | null {
  for (let at = from; at < to;) {
    const r = d.objectAfter(at, to);
    if (!r) return null;
    if (!side.has(r.entityId)) return r;
    at = r.end;
  }
  return null;
}
