import type { Discourse } from './discourse.js';
import type { ActorRegistry } from '../resolve/registry.js';

/**
 * A nationality adjective as news prose writes it ("Iranian", "Saudi",
 * "Lebanese", "Turkish"): a capitalised word with a demonym ending. A regex
 * source for the patterns that read one before a noun ("the Iranian proxy",
 * "Israeli positions"), so that they agree on what a demonym is. Needs the u flag.
 */
export const DEMONYM = String.raw`\p{Lu}\p{Ll}+(?:i|an|ese|ish)`;

/**
 * The ending of a nationality adjective the entity stage reads beside a name
 * ("Iraqi", "Libyan", "Afghan", "Lebanese", "British", "American", "French"):
 * such a word describes a body, it does not name the state.
 */
export const DEMONYM_SUFFIX = '(?:i|ian|ean|yan|ghan|ese|ish|can|ch)';
export const DEMONYM_ENDING = new RegExp(`${DEMONYM_SUFFIX}$`, 'i');

/**
 * The state a name or demonym stands for: one the document names, by the
 * shape of its name ("Iranian" for Iran); else, with the registry, the one
 * state that word is an alias of ("Turkish", "Saudi", "Emirati").
 */
export function demonymState(d: Discourse, word: string, registry?: ActorRegistry): string | null {
  const w = word.toLowerCase();
  for (const e of d.doc.entities) {
    if (e.type !== 'state') continue;
    const n = e.name.toLowerCase();
    if (n.length >= 4 && (w === n || (w.startsWith(n.slice(0, Math.max(4, n.length - 1))) && w.length - n.length <= 4))) return e.id;
  }
  const states = registry && /^\p{Lu}/u.test(word) ? registry.byName(word).filter((a) => a.type === 'state') : [];
  return states.length === 1 ? states[0]!.id : null;
}
