/**
 * The registry's Arabic names with the English name each stands for, for the
 * offline gist: "أكرم الكعبي" renders as "Akram al-Kaabi" instead of a word-by-word
 * gloss of a surname. Only an actor's own aliases count; generic ones ("الحركة")
 * name too many things to gloss as one.
 */
import type { ActorRegistry } from '../resolve/registry.js';
import type { NameGloss } from './gist.js';

const arabicScript = /[\u0600-\u06FF]/;

export function registryNameGlosses(registry: ActorRegistry): NameGloss[] {
  const out: NameGloss[] = [];
  for (const actor of registry.all()) {
    for (const alias of actor.aliases) if (arabicScript.test(alias)) out.push({ arabic: alias, english: actor.name });
  }
  return out;
}
