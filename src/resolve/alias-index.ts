/**
 * The alias automaton: a trie over folded word keys, built once from the
 * registry, walked from each word of a document to find the longest alias
 * that starts there. Walks are bounded by the longest alias (a few words),
 * so a document is matched in one linear pass.
 */
import type { NameUnit, WordShape } from './name-key.js';

export interface AliasTarget {
  actorId: string;
  /** The alias as written in the registry. */
  alias: string;
  /** A generic alias: links only with context (see actorSchema.generic_aliases). */
  generic: boolean;
  /** How each word of the alias is written; text must be at least as capitalised. */
  shapes: readonly WordShape[];
}

interface TrieNode {
  next: Map<string, TrieNode>;
  targets: AliasTarget[];
  /** A non-actor name ends here (an operation, a holiday). */
  blocked: boolean;
}

export interface AliasMatch {
  /** Index of the first unit. */
  first: number;
  /** Index of the last unit (inclusive). */
  last: number;
  /** Targets whose capitalisation the text satisfies; empty when `blocked`. */
  targets: AliasTarget[];
  blocked: boolean;
}

function node(): TrieNode {
  return { next: new Map(), targets: [], blocked: false };
}

/** Whether a word written with shape `text` satisfies an alias word written with shape `alias`. */
export function shapeFits(alias: WordShape, text: WordShape): boolean {
  if (alias === 'upper') return text === 'upper';
  if (alias === 'title') return text === 'upper' || text === 'title';
  return true;
}

export class AliasIndex {
  private readonly root = node();
  private longest = 0;
  /** The units an alias walk has taken, reused across walks (longestAt does not nest). */
  private readonly path: number[] = [];

  add(keys: readonly string[], target: AliasTarget | null): void {
    if (keys.length === 0) return;
    let n = this.root;
    for (const k of keys) {
      let child = n.next.get(k);
      if (!child) n.next.set(k, (child = node()));
      n = child;
    }
    if (target === null) n.blocked = true;
    else if (!n.targets.some((t) => t.actorId === target.actorId && t.generic === target.generic && t.shapes.join() === target.shapes.join())) {
      n.targets.push(target);
    }
    this.longest = Math.max(this.longest, keys.length);
  }

  /** Every target stored under exactly these keys (no capitalisation check). */
  lookup(keys: readonly string[]): readonly AliasTarget[] {
    let n: TrieNode | undefined = this.root;
    for (const k of keys) {
      n = n.next.get(k);
      if (!n) return [];
    }
    return n.targets;
  }

  /**
   * The longest alias or blocked name starting at `units[first]` and ending by `units[maxLast]`, or null.
   * A middle initial in the text ("Lloyd J. Austin") is stepped over when the alias lacks it.
   */
  longestAt(units: readonly NameUnit[], first: number, maxLast = Infinity): AliasMatch | null {
    const start = units[first];
    if (!start || start.initial) return null;
    let best: AliasMatch | null = null;
    const variants = start.variants;
    const path = this.path;
    // Indexed loops and a reused path: this runs for every word of every document.
    for (let v = 0; v < variants.length; v++) {
      let n = this.root.next.get(variants[v]!);
      // Most words open no alias: nothing to walk.
      if (!n) continue;
      let j = first;
      let depth = 0;
      path[depth++] = first;
      while (n) {
        // A match no longer than the best so far changes nothing: its targets are not checked.
        if (!best || j > best.last) {
          if (n.blocked) {
            best = { first, last: j, targets: [], blocked: true };
          } else if (n.targets.length > 0) {
            const fitting = this.fitting(n.targets, units, depth);
            if (fitting) best = { first, last: j, targets: fitting, blocked: false };
          }
        }
        let k = j + 1;
        let next = units[k];
        if (next?.initial && !next.breakBefore && !n.next.has(next.key)) next = units[++k];
        // An alias runs across a possessive inside it ("People's Defence Forces", "Kurdistan Workers' Party"), never
        // across punctuation; nor after words that are a name already ("Pakistan's Foreign Ministry" is two mentions).
        if (!next || (next.breakBefore && (!next.possessiveBefore || n.targets.length > 0 || n.blocked)) || depth >= this.longest || k > maxLast) break;
        n = n.next.get(next.key);
        j = k;
        path[depth++] = k;
      }
    }
    return best;
  }

  /**
   * The targets whose capitalisation the walked units (`path[0..depth)`) satisfy, or null when none does.
   * Plain loops, and no array when nothing fits: this runs at every node with targets a walk reaches.
   */
  private fitting(targets: readonly AliasTarget[], units: readonly NameUnit[], depth: number): AliasTarget[] | null {
    let out: AliasTarget[] | null = null;
    for (let t = 0; t < targets.length; t++) {
      const target = targets[t]!;
      const shapes = target.shapes;
      let fits = true;
      for (let i = 0; i < shapes.length; i++) {
        if (!shapeFits(shapes[i]!, (i < depth ? units[this.path[i]!]?.shape : undefined) ?? 'none')) { fits = false; break; }
      }
      if (fits) (out ??= []).push(target);
    }
    return out;
  }
}
