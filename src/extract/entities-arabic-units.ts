/**
 * Numbered units of an armed force in Arabic script: "الفرقة السادسة مشاة",
 * "اللواء 128", "المنطقة العسكرية الثالثة". A unit's head noun (with its
 * article) followed by a number or an ordinal, then any branch words, names
 * the unit. "اللواء" is also a rank: before a name it stays a rank, since no
 * number or ordinal follows it there.
 */
import type { NameUnit } from '../resolve/name-key.js';
import type { ActorRegistry } from '../resolve/registry.js';
import { joined } from './entities-span.js';
import { withoutArabicMarks } from '../text/fold.js';

export interface ArabicUnitCues {
  /** Head nouns as word sequences as written, longest first ("المنطقة العسكرية"). */
  heads: string[][];
  /** The heads' first words: the keyed test every word passes through first. */
  firsts: ReadonlySet<string>;
  ordinals: ReadonlySet<string>;
  branches: ReadonlySet<string>;
}

export interface ArabicUnit {
  first: number;
  last: number;
  start: number;
  end: number;
  name: string;
}

const cache = new WeakMap<ActorRegistry, ArabicUnitCues>();
// A conjunction joined to the head ("واللواء").
const CONJUNCTION = /^[وف]/;
// A unit's number, in Western or Arabic-Indic digits.
const NUMBER = /^[0-9\u0660-\u0669]{1,3}$/;
// The second word of an ordinal from eleven to nineteen.
const TEENS = /^عشرة?$/;

export function arabicUnitCues(registry: ActorRegistry): ArabicUnitCues {
  const hit = cache.get(registry);
  if (hit) return hit;
  const lx = registry.lexicon;
  const heads = lx.arabic_unit_heads.map((h) => h.split(/\s+/).map(withoutArabicMarks)).sort((a, b) => b.length - a.length);
  const cues: ArabicUnitCues = {
    heads,
    firsts: new Set(heads.map((h) => h[0]!)),
    ordinals: new Set(lx.arabic_ordinals.map(withoutArabicMarks)),
    branches: new Set(lx.arabic_unit_branches.map(withoutArabicMarks)),
  };
  cache.set(registry, cues);
  return cues;
}

/** Numbered units among the units `covered` leaves free. */
export function findArabicUnits(text: string, units: readonly NameUnit[], covered: Uint8Array, cues: ArabicUnitCues): ArabicUnit[] {
  const out: ArabicUnit[] = [];
  const word = (i: number): string => withoutArabicMarks(text.slice(units[i]!.start, units[i]!.end));
  const free = (i: number): boolean => i < units.length && !covered[i] && joined(units, i);
  for (let i = 0; i < units.length; i++) {
    if (!units[i]!.arabic || covered[i]) continue;
    const first = word(i);
    const clitic = cues.firsts.has(first) ? 0 : CONJUNCTION.test(first) && cues.firsts.has(first.slice(1)) ? 1 : -1;
    if (clitic < 0) continue;
    const head = cues.heads.find((h) => h[0] === first.slice(clitic) && h.every((w, k) => k === 0 || (free(i + k) && word(i + k) === w)));
    if (!head) continue;
    let e = i + head.length;
    if (!free(e) || !(NUMBER.test(word(e)) || cues.ordinals.has(word(e)))) continue;
    // "اللواء الثاني عشر": an ordinal from eleven to nineteen goes on in a second word.
    if (cues.ordinals.has(word(e)) && free(e + 1) && TEENS.test(word(e + 1))) e++;
    while (free(e + 1) && units[e + 1]!.arabic && cues.branches.has(word(e + 1))) e++;
    const start = units[i]!.start + clitic;
    const end = units[e]!.end;
    out.push({ first: i, last: e, start, end, name: text.slice(start, end) });
    i = e;
  }
  return out;
}
