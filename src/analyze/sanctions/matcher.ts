/**
 * Screening names against a sanctions list. Every name of every entry is
 * indexed by its word keys (blocking); a query looks up only the entries
 * that share its rarest keys, never the whole list. A candidate is scored by
 * how much of the query it covers, weighting each word by its rarity in the
 * list, so "Kataib" or "Muhammad" weigh little and a surname alone never
 * makes a person match.
 */
import type { SanctionsEntry, SanctionsList } from './list.js';
import { nameWords, wordKey, withinOneEdit } from './name-key.js';

export type ScreenedType = 'person' | 'organization';

export interface SanctionsMatch {
  entry: SanctionsEntry;
  /** The listed name (primary or alias) that matched best. */
  matchedName: string;
  /** 0..1 */
  score: number;
}

interface IndexedName {
  entry: number;
  name: string;
  keys: string[];
  /** The folded words: a word spelled identically counts more than one that only shares its key ("Salami" / "Salim"). */
  words: Set<string>;
  weak: boolean;
}

export interface SanctionsIndex {
  list: SanctionsList;
  /** The key of one folded word, used alike for the list and for queries. */
  keyOf: (word: string) => string;
  names: IndexedName[];
  postings: Map<string, number[]>;
}

/**
 * Word keys with a canonicalizer first: the actor registry's NameFolder knows
 * spelling groups ("Reza", "Rida", "Ridha"; "Abdul", "Abdel") that the
 * vowel-blind key alone keeps apart. See keysWithFolder.
 */
export type WordCanon = (word: string) => string;

export function buildIndex(list: SanctionsList, canon: WordCanon | null = null): SanctionsIndex {
  const keyOf = canon ? (w: string) => wordKey(canon(w)) : wordKey;
  const names: IndexedName[] = [];
  const postings = new Map<string, number[]>();
  list.entries.forEach((e, entry) => {
    for (const n of [{ name: e.name, weak: false }, ...e.aliases]) {
      const keys = [...new Set(nameWords(n.name).map(keyOf).filter((k) => k.length > 0))];
      if (keys.length === 0) continue;
      const id = names.push({ entry, name: n.name, keys, words: new Set(nameWords(n.name)), weak: n.weak }) - 1;
      for (const k of keys) {
        const list = postings.get(k);
        if (list) list.push(id); else postings.set(k, [id]);
      }
    }
  });
  return { list, keyOf, names, postings };
}

function weightOf(index: SanctionsIndex, key: string): number {
  const df = index.postings.get(key)?.length ?? 0;
  return Math.log(1 + index.names.length / (1 + df));
}

const compatible = (t: ScreenedType, e: SanctionsEntry) => (t === 'person' ? e.type === 'individual' : e.type === 'entity');

export interface ScreenOptions {
  /** Lowest score reported; default 0.8. */
  threshold?: number;
  /** How many of the query's rarest keys pick candidates; default 2. */
  blockingKeys?: number;
}

/** The entries a name matches, best first, at most one match per entry. */
export function screenName(index: SanctionsIndex, name: string, type: ScreenedType, options: ScreenOptions = {}): SanctionsMatch[] {
  const threshold = options.threshold ?? 0.8;
  const queryWords = nameWords(name);
  const query = [...new Set(queryWords.map(index.keyOf).filter((k) => k.length > 0))];
  if (query.length === 0) return [];
  const spelled = new Map<string, string[]>();
  for (const w of queryWords) spelled.set(index.keyOf(w), [...(spelled.get(index.keyOf(w)) ?? []), w]);
  const weights = new Map(query.map((k) => [k, weightOf(index, k)]));
  const total = [...weights.values()].reduce((a, b) => a + b, 0);
  const blocking = [...query].sort((a, b) => (weights.get(b) ?? 0) - (weights.get(a) ?? 0)).slice(0, options.blockingKeys ?? 2);
  const candidates = new Set<number>();
  for (const k of blocking) for (const id of index.postings.get(k) ?? []) candidates.add(id);

  const best = new Map<number, SanctionsMatch>();
  for (const id of candidates) {
    const n = index.names[id]!;
    const entry = index.list.entries[n.entry]!;
    if (!compatible(type, entry)) continue;
    let covered = 0;
    const used = new Set<string>();
    for (const k of query) {
      if (n.keys.includes(k)) {
        // Same key, other vowels: likely a transliteration, possibly another name (Hossein / Hassan).
        const exact = (spelled.get(k) ?? []).some((w) => n.words.has(w));
        covered += (exact ? 1 : 0.85) * weights.get(k)!;
        used.add(k);
        continue;
      }
      // A one-letter slip ("Arkam" for "Akram") counts for less than a match.
      const near = k.length >= 4 ? n.keys.find((c) => !used.has(c) && c.length >= 4 && withinOneEdit(k, c)) : undefined;
      if (near) { covered += 0.8 * weights.get(k)!; used.add(near); }
    }
    const coverage = covered / total;
    // Listed words the query lacks: for a person, a middle name, which lowers the score a little;
    // for an organization, what sets it apart ("... - Mozambique" is a branch, not the group), weighed by rarity.
    const unused = n.keys.filter((k) => !used.has(k));
    const extra = type === 'person'
      ? 0.25 * (unused.length / n.keys.length)
      : unused.reduce((a, k) => a + weightOf(index, k), 0) / n.keys.reduce((a, k) => a + weightOf(index, k), 0);
    let score = coverage * (1 - extra);
    // A one-word query ("Nujaba") or a nickname from the remarks is never a sure match.
    if (query.length === 1) score *= 0.75;
    if (n.weak) score *= 0.85;
    if (score < threshold) continue;
    const known = best.get(n.entry);
    if (!known || score > known.score) best.set(n.entry, { entry, matchedName: n.name, score: Math.round(score * 1000) / 1000 });
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.entry.entNum - b.entry.entNum);
}

export interface ScreenedActor {
  id: string;
  name: string;
  type: ScreenedType;
  aliases?: string[];
}

export interface ActorScreening {
  actor: ScreenedActor;
  matches: SanctionsMatch[];
}

/** Screens each actor under all its names; an entry's score is the best over the names. */
export function screenActors(index: SanctionsIndex, actors: readonly ScreenedActor[], options: ScreenOptions = {}): ActorScreening[] {
  return actors.map((actor) => {
    const byEntry = new Map<number, SanctionsMatch>();
    for (const name of [actor.name, ...(actor.aliases ?? [])]) {
      for (const m of screenName(index, name, actor.type, options)) {
        const known = byEntry.get(m.entry.entNum);
        if (!known || m.score > known.score) byEntry.set(m.entry.entNum, m);
      }
    }
    return { actor, matches: [...byEntry.values()].sort((a, b) => b.score - a.score) };
  });
}
