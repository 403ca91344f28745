/**
 * Mention candidates of the entity stage and the rules that widen a name to
 * the words that belong to its mention: an honorific before a person ("Sheikh
 * Akram al-Kaabi"), a head noun after a group ("the Nujaba movement") or a base
 * ("K-1 base").
 */
import type { EntityType } from '../core/types.js';
import type { NameUnit } from '../resolve/name-key.js';
import type { EntityCues } from './entities-cues.js';

export interface Candidate {
  /** First and last name units (inclusive). */
  first: number;
  last: number;
  start: number;
  end: number;
  entityId: string;
  rule: string;
  confidence: number;
}

/** The rule of a state's name read inside a body's name ("US" in "US forces"): see nestedState in entities-registry.ts. */
export const NESTED_STATE_RULE = 'registry-nested-state';

/**
 * Whether a mention is a state's name nested in a longer mention of another actor. It names the state for the
 * record, but the longer mention is the one that acts, speaks or is targeted there.
 */
export function isNestedStateName(m: { provenance: { rule: string } }): boolean {
  return m.provenance.rule.startsWith(NESTED_STATE_RULE);
}

/** Whether units[i] follows units[i-1] with nothing but space or a hyphen between. */
export function joined(units: readonly NameUnit[], i: number): boolean {
  return i > 0 && i < units.length && !units[i]!.breakBefore;
}

function capitalised(u: NameUnit): boolean {
  return u.shape === 'title' || u.shape === 'upper';
}

/**
 * The index of the first unit of a capitalised form of address ("Sheikh",
 * "Mr", "Brigadier") written right before units[first], or `first`. Offices
 * ("President", "Prime Minister") stay outside the mention.
 */
export function titleStart(units: readonly NameUnit[], first: number, cues: EntityCues): number {
  for (const seq of cues.mentionHonorifics) {
    const from = first - seq.length;
    if (from < 0) continue;
    let ok = true;
    for (let k = 0; k < seq.length && ok; k++) {
      const u = units[from + k]!;
      ok = u.key === seq[k] && capitalised(u) && (k === 0 || joined(units, from + k));
    }
    if (ok && joined(units, first)) return from;
  }
  return first;
}

/** The index of the last unit once a group's head noun ("movement", "Resistance movement") is added. */
export function groupHeadEnd(units: readonly NameUnit[], last: number, cues: EntityCues): number {
  const own = units[last];
  if (!own || cues.groupHeads.has(own.key) || cues.groupClosers.has(own.key)) return last;
  let j = last + 1;
  if (joined(units, j) && cues.groupHeadModifiers.has(units[j]!.key) && !units[j]!.arabic) j++;
  if (joined(units, j) && cues.groupHeads.has(units[j]!.key)) return j;
  return last;
}

/** The index of the last unit once a facility head ("base", "air base") is added. */
export function facilityHeadEnd(units: readonly NameUnit[], last: number, cues: EntityCues): number {
  const own = units[last];
  if (!own) return last;
  for (const seq of cues.facilityHeads) {
    if (seq[seq.length - 1] === own.key) return last;
    let ok = true;
    for (let k = 0; k < seq.length && ok; k++) ok = joined(units, last + 1 + k) && units[last + 1 + k]!.key === seq[k];
    if (ok) return last + seq.length;
  }
  return last;
}

// Generational suffixes written after a full name ("Lloyd J. Austin III", "King Jr"), as
// folded keys: doubled letters fold away, so "II" and "III" both read 'i' (all capitals, not "I").
const NAME_SUFFIXES = new Set(['jr', 'sr', 'iv', 'i']);

/** The index of the last unit once a generational suffix is added. */
export function suffixEnd(units: readonly NameUnit[], last: number): number {
  const next = units[last + 1];
  if (!next || !joined(units, last + 1) || !NAME_SUFFIXES.has(next.key)) return last;
  return next.shape === 'upper' || (next.key !== 'i' && next.shape === 'title') ? last + 1 : last;
}

/** Widens a name to its mention according to the entity type. */
export function widen(units: readonly NameUnit[], first: number, last: number, type: EntityType, cues: EntityCues): [number, number] {
  if (type === 'person') return [titleStart(units, first, cues), suffixEnd(units, last)];
  if (type === 'armed_group' || type === 'organization') return [first, groupHeadEnd(units, last, cues)];
  if (type === 'facility') return [first, facilityHeadEnd(units, last, cues)];
  return [first, last];
}
