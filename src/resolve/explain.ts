/**
 * How a spelling resolves against the registry, with the reason: exact name
 * key, compact key, consonant skeleton across scripts, or a weighted overlap
 * of name words in which generic words (Kataib, Movement, Hezbollah...) weigh
 * little. Used by `vigil actors match` to show an analyst why.
 */
import { hasArabicScript } from '../text/fold.js';
import type { Actor, ActorRegistry } from './registry.js';

export interface Resolution {
  actor: Actor;
  /** 1 for an exact key; lower for looser matches. */
  score: number;
  how: 'alias' | 'generic-alias' | 'compact' | 'skeleton' | 'surname' | 'similar';
  reason: string;
}

const GENERIC_WEIGHT = 0.25;

function weightedOverlap(a: readonly string[], b: readonly string[], generic: ReadonlySet<string>): number {
  const w = (k: string): number => (generic.has(k) ? GENERIC_WEIGHT : 1);
  const sa = new Set(a);
  const sb = new Set(b);
  let shared = 0;
  let union = 0;
  for (const k of new Set([...sa, ...sb])) {
    union += w(k);
    if (sa.has(k) && sb.has(k)) shared += w(k);
  }
  return union === 0 ? 0 : shared / union;
}

/** Registry actors `name` may refer to, best first. */
export function explainName(registry: ActorRegistry, name: string, limit = 5): Resolution[] {
  const folder = registry.folder;
  const key = folder.key(name);
  const out = new Map<string, Resolution>();
  // The first reason found for an actor is the strongest one: keys, then compact, skeleton, surname, words.
  const add = (r: Resolution): void => {
    if (!out.has(r.actor.id)) out.set(r.actor.id, r);
  };
  if (key === '') return [];
  for (const actor of registry.byKey(key)) {
    const generic = actor.generic_aliases.some((g) => folder.key(g) === key);
    add({
      actor, score: generic ? 0.7 : 1, how: generic ? 'generic-alias' : 'alias',
      reason: generic
        ? `generic alias (key '${key}'): links only when ${actor.id} is named in the document or its country is the one it talks about`
        : `alias with the same name key '${key}'`,
    });
  }
  for (const actor of registry.byCompactKey(name)) {
    add({ actor, score: 0.9, how: 'compact', reason: `same letters once spaces are dropped ('${folder.compactKey(name)}')` });
  }
  for (const actor of registry.bySkeleton(name)) {
    const otherScript = [actor.name, ...actor.aliases].some((a) => hasArabicScript(a) !== hasArabicScript(name) && folder.skeleton(a) === folder.skeleton(name));
    if (otherScript && folder.skeleton(name).length >= 4) {
      add({ actor, score: 0.8, how: 'skeleton', reason: `same consonant skeleton '${folder.skeleton(name)}' across scripts` });
    }
  }
  const words = folder.keyWords(name);
  if (words.length === 1) {
    for (const actor of registry.all()) {
      if (actor.type !== 'person') continue;
      const full = folder.keyWords(actor.name);
      if (full.length > 1 && full[full.length - 1] === words[0]) {
        add({ actor, score: 0.5, how: 'surname', reason: `surname of '${actor.name}': links only when the document gives the full name` });
      }
    }
  }
  const generic = new Set(registry.lexicon.generic_words.map((g) => folder.wordKey(g.toLowerCase())));
  for (const actor of registry.all()) {
    if (out.has(actor.id)) continue;
    let best = 0;
    let via = '';
    for (const alias of [actor.name, ...actor.aliases]) {
      const s = weightedOverlap(words, folder.keyWords(alias), generic);
      if (s > best) { best = s; via = alias; }
    }
    if (best >= 0.6) add({ actor, score: Math.round(best * 0.75 * 100) / 100, how: 'similar', reason: `shares distinctive name words with '${via}' (generic words weigh ${GENERIC_WEIGHT})` });
  }
  return [...out.values()].sort((a, b) => b.score - a.score || a.actor.id.localeCompare(b.actor.id)).slice(0, limit);
}
