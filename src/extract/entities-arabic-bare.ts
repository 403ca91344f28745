/**
 * Arabic words the registry matched as a place that are a person's name
 * there. The name key drops the article, so "خليل" (the given name Khalil)
 * meets "الخليل" (Hebron). A place's name written with the article keeps it
 * in running prose, after any clitic ("بالخليل", "للخليل"); without it the
 * word is a given name or a common word ("قصير", short). And a word right
 * after a rank or form of address ("العقيد عمران", "الشهيد القائد خليل")
 * names the person the title announces, not a town. Those candidates are
 * dropped so that the Arabic name reader reads the whole name.
 */
import type { NameUnit } from '../resolve/name-key.js';
import type { ActorRegistry } from '../resolve/registry.js';
import { hasArabicScript, withoutArabicMarks } from '../text/fold.js';
import type { ArabicNameCues } from './entities-arabic-names.js';
import { joined, type Candidate } from './entities-span.js';

// The article after the clitics a word may carry: "ال", "وال", "بال", "وبال", "لل", "ولل".
const WITH_ARTICLE = /^(?:[وف]?[بكل]?ال|[وف]?لل)/;

function articleOnly(registry: ActorRegistry, id: string): boolean {
  const actor = registry.byId(id);
  if (!actor) return false;
  const single = actor.aliases.filter((a) => hasArabicScript(a) && !/\s/.test(a.trim())).map((a) => withoutArabicMarks(a.trim()));
  return single.length > 0 && single.every((a) => a.startsWith('ال'));
}

export function dropArabicPlacesReadAsNames(
  text: string, units: readonly NameUnit[], candidates: Candidate[], registry: ActorRegistry, cues: ArabicNameCues,
): Candidate[] {
  const word = (i: number): string => withoutArabicMarks(text.slice(units[i]!.start, units[i]!.end));
  const isTitle = (w: string): boolean => cues.honorifics.has(w) || (w.startsWith('ال') && cues.commandTitles.has(w));
  return candidates.filter((c) => {
    if (c.first !== c.last || !units[c.first]!.arabic) return true;
    const type = registry.typeOf(c.entityId);
    if (type !== 'location' && type !== 'state') return true;
    const surface = withoutArabicMarks(text.slice(c.start, c.end));
    if (!WITH_ARTICLE.test(surface) && articleOnly(registry, c.entityId)) return false;
    const prev = c.first - 1;
    return !(joined(units, c.first) && units[prev]!.arabic && isTitle(word(prev)));
  });
}
