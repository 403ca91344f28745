/**
 * Near-miss lookup for misspelt registry names ("Hawaija" for Hawija,
 * "Nasrallha" for Nasrallah). Bounded so that it cannot invent links: only
 * long keys, only registry keys with the same first letter or the same
 * consonant skeleton, a small edit distance, and never when the closest
 * keys belong to two different actors.
 */
import type { NameFolder } from './name-key.js';

/** Shortest name key (letters and spaces) a near miss is tried for. */
export const NEAR_MISS_MIN_LENGTH = 6;

/** Edit distance allowed for a key of `length`: one slip, two in long names. */
export function nearMissBudget(length: number): number {
  return length >= 10 ? 2 : length >= NEAR_MISS_MIN_LENGTH ? 1 : 0;
}

/**
 * Optimal string alignment distance (Levenshtein with adjacent swaps), or
 * `limit + 1` as soon as it must exceed `limit`.
 */
export function boundedDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      if (d < best) best = d;
    }
    if (best > limit) return limit + 1;
    prev2 = prev;
    prev = row;
  }
  return Math.min(prev[b.length]!, limit + 1);
}

/**
 * The budget holds word by word, not only over the whole key: "Mohammed Badr" is two slips from
 * "Mohammed Sadr" and a long name, but one slip in a four-letter surname is another person.
 * Keys of several words must have as many words (or differ by a space), each within the budget of its own length.
 */
export function wordsWithinBudget(a: string, b: string): boolean {
  const wa = a.split(' ');
  const wb = b.split(' ');
  if (wa.length === 1 && wb.length === 1) return true;
  // A space more or less ("Albu Kamal" / "Albukamal") is a slip; a word more or less is not.
  if (wa.length !== wb.length) return boundedDistance(wa.join(''), wb.join(''), 1) <= 1;
  return wa.every((w, i) => {
    const v = wb[i]!;
    if (w === v) return true;
    const budget = nearMissBudget(Math.min(w.length, v.length));
    return budget > 0 && boundedDistance(w, v, budget) <= budget;
  });
}

const VOWEL = /[aeiouy]/;

/**
 * One-word keys of the same length that differ in a single letter, a consonant
 * for another consonant ("Merkava" / "Mirjaveh" as keys 'mirkava' / 'mirjava'):
 * another word, not a slip. Transliterations vary in their vowels and double
 * letters, which stay near misses; their consonants are what tell names apart.
 */
export function consonantSubstituted(a: string, b: string): boolean {
  if (a.length !== b.length || a.includes(' ') || b.includes(' ')) return false;
  let at = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (at >= 0) return false;
    at = i;
  }
  return at >= 0 && !VOWEL.test(a[at]!) && !VOWEL.test(b[at]!);
}

interface Entry {
  key: string;
  skeleton: string;
  actorId: string;
}

export interface NearMiss {
  actorId: string;
  /** The registry key that was reached. */
  key: string;
  distance: number;
}

export class NearMissIndex {
  /** Latin keys by first letter and length ("h6"), so a lookup reads only keys within its budget. */
  private readonly byFirst = new Map<string, Entry[]>();
  private readonly bySkeleton = new Map<string, Entry[]>();
  /**
   * Keys of spellings the registry holds but links only in context (generic aliases): such a name is
   * written as intended, not misspelt, so it is never a near miss of another actor ("Al-Shabab" is
   * not a slip for "Shabak" when the document does not name Somalia).
   */
  private readonly reserved = new Set<string>();

  constructor(private readonly folder: NameFolder, names: Iterable<{ actorId: string; name: string; generic?: boolean }>) {
    for (const { actorId, name, generic } of names) {
      const key = folder.key(name);
      if (generic) { if (key) this.reserved.add(key); continue; }
      if (key.length < NEAR_MISS_MIN_LENGTH - 1 || !/^[a-z]/.test(key)) continue;
      const entry: Entry = { key, skeleton: folder.skeleton(name), actorId };
      for (const [map, k] of [[this.byFirst, `${key[0]}${key.length}`], [this.bySkeleton, entry.skeleton]] as const) {
        if (k.length === 0) continue;
        let list = map.get(k);
        if (!list) map.set(k, (list = []));
        if (!list.some((e) => e.key === key && e.actorId === actorId)) list.push(entry);
      }
    }
  }

  private readonly memo = new Map<string, NearMiss | null>();

  /** The one actor whose name `name` misspells, or null (exact keys are not near misses). */
  find(name: string): NearMiss | null {
    const hit = this.memo.get(name);
    if (hit !== undefined) return hit;
    const found = this.search(name);
    if (this.memo.size < 20_000) this.memo.set(name, found);
    return found;
  }

  private search(name: string): NearMiss | null {
    const key = this.folder.key(name);
    const budget = nearMissBudget(key.replace(/ /g, '').length);
    if (budget === 0 || !/^[a-z]/.test(key) || this.reserved.has(key)) return null;
    const skeleton = this.folder.skeleton(name);
    let best: NearMiss | null = null;
    const ids = new Set<string>();
    let exact = false;
    const consider = (e: Entry, limit: number): void => {
      if (e.key === key) { exact = true; return; }
      const d = boundedDistance(key, e.key, limit);
      if (d > limit || !wordsWithinBudget(key, e.key) || consonantSubstituted(key, e.key)) return;
      if (!best || d < best.distance) { best = { actorId: e.actorId, key: e.key, distance: d }; ids.clear(); }
      if (d === best.distance) ids.add(e.actorId);
    };
    for (let n = key.length - budget; n <= key.length + budget; n++) for (const e of this.byFirst.get(`${key[0]}${n}`) ?? []) consider(e, budget);
    // The same consonants with other vowels ("Hawaija" / "Hawija"): one more slip allowed.
    if (skeleton.length >= 3) for (const e of this.bySkeleton.get(skeleton) ?? []) consider(e, budget + 1);
    if (exact || !best || ids.size !== 1) return null;
    return best;
  }
}
