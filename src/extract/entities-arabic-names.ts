/**
 * Personal names in Arabic script that the registry does not hold. Arabic
 * has no capitals, so a name is read only where a title announces it: a form
 * of address or rank right before it ("الحاج فلان الفلاني", "الجنرال فلان"),
 * or a command title whose complement ends in the name, closed by a comma
 * or a stop ("قائد لواء الشمال فلان الفلاني،"). A name has two or three
 * words, and its first word has no article.
 */
import type { NameUnit } from '../resolve/name-key.js';
import type { ActorRegistry } from '../resolve/registry.js';
import type { Candidate } from './entities-span.js';
import { joined } from './entities-span.js';
import { withoutArabicMarks } from '../text/fold.js';

export interface ArabicNameCues {
  honorifics: ReadonlySet<string>;
  commandTitles: ReadonlySet<string>;
  officeTitles: ReadonlySet<string>;
  notNames: ReadonlySet<string>;
  clauseWords: ReadonlySet<string>;
  placeHeads: ReadonlySet<string>;
  placeDescriptors: ReadonlySet<string>;
  placeOpeners: ReadonlySet<string>;
  placeNotNames: ReadonlySet<string>;
  /** Rank qualifiers as word sequences, longest first. */
  rankQualifiers: string[][];
}

export interface ArabicName {
  first: number;
  last: number;
  name: string;
  rule: string;
}

const cache = new WeakMap<ActorRegistry, ArabicNameCues>();

export function arabicNameCues(registry: ActorRegistry): ArabicNameCues {
  const hit = cache.get(registry);
  if (hit) return hit;
  // Compared as written, article included: the rank "الرائد" is not the given name "رائد".
  const keys = (words: readonly string[]): Set<string> => new Set(words.map(withoutArabicMarks));
  const lx = registry.lexicon;
  const rankQualifiers = lx.arabic_rank_qualifiers.map((q) => q.split(/\s+/).map(withoutArabicMarks)).sort((a, b) => b.length - a.length);
  const cues: ArabicNameCues = { honorifics: keys(lx.arabic_honorifics), commandTitles: keys(lx.arabic_command_titles), officeTitles: keys(lx.arabic_office_titles), notNames: keys(lx.arabic_not_names), clauseWords: keys(lx.arabic_clause_words),
    placeHeads: keys(lx.arabic_place_heads), placeDescriptors: keys(lx.arabic_place_descriptors), placeOpeners: keys(lx.arabic_place_openers), placeNotNames: keys(lx.arabic_place_not_names), rankQualifiers,
  };
  cache.set(registry, cues);
  return cues;
}

/** The longest command title complement read before the name ("ركن الأسلحة والخدمات القتالية"). */
const MAX_TITLE_WORDS = 5;
// "أبو" inside a name joins the word after it: "غازي أبو فلان".
const KUNYA = /^(?:أبو|ابو|أبي|ابي|أم)$/;
// The first word of a two-word part of a name: "عبد الله", "أبو زيد".
const COMPOUND = /^(?:عبد|أبو|ابو|أبي|ابي|أم|بن|ابن|بنت)$/;

// The second word of a two-word part of a name: "عز الدين", "فضل الله".
const COMPOUND_END = /^(?:الدين|الله)$/;
// A preposition fused with the article ("للصحفيين", to the journalists): never a word of a name.
const PREPOSITION_ARTICLE = /^(?:لل|بال|كال)/;

// A conjunction prefixed to a word ("وقائد"), a verb's prefix after it ("وتصف", "ويقول"): not a name's first letters.
const VERB_AFTER_AND = /^و[تينأ]/;

function has(set: ReadonlySet<string>, written: string): boolean {
  const w = withoutArabicMarks(written);
  return set.has(w) || (/^[وف]/.test(w) && set.has(w.slice(1)));
}

/** Arabic names among the units `covered` leaves free. */
export function findArabicNames(
  text: string, units: readonly NameUnit[], covered: Uint8Array, cues: ArabicNameCues, starts: ReadonlySet<number> = new Set(),
): ArabicName[] {
  const out: ArabicName[] = [];
  const word = (i: number): string => text.slice(units[i]!.start, units[i]!.end);
  // A word that may stand in a name: Arabic, free, not a function word or title.
  const nameWord = (i: number): boolean => {
    const u = units[i];
    if (!u || !u.arabic || covered[i]) return false;
    const w = word(i);
    return !has(cues.notNames, w) && !has(cues.honorifics, w) && !has(cues.commandTitles, w);
  };
  const bare = (i: number): boolean => !word(i).startsWith('ال') && !VERB_AFTER_AND.test(word(i));
  // The first unit after the registry body an office at `i` serves ("باسم الحكومة العراقية"), when a bare name word
  // stands there; else -1. At most two free words ("باسم", "العام") between the office and the body.
  const afterServedBody = (i: number): number => {
    let k = i + 1;
    while (k <= i + 3 && joined(units, k) && units[k]!.arabic && !covered[k]) {
      // "وزير الداخلية اللواء فلان": a form of address announces the holder; what follows is a person, not a body.
      if (has(cues.honorifics, word(k))) return -1;
      k++;
    }
    if (k > i + 3 || !covered[k] || !joined(units, k)) return -1;
    const body = k;
    // The body is one name: a second one right after it ("باسم كتائب القسام أبو عبيدة") is the holder, already named.
    while (k < units.length && covered[k] && joined(units, k) && (k === body || !starts.has(k))) k++;
    // "مسؤول أمريكي رفض ...": a lone nisba adjective (a state's demonym) qualifies the office; it is not a body served.
    if (k - body === 1 && /ي$/.test(withoutArabicMarks(word(body)))) return -1;
    if (k >= units.length || !joined(units, k) || !units[k]!.arabic || covered[k] || !bare(k) || has(cues.clauseWords, word(k))) return -1;
    // A given name that is also a common word ("باسم") counts when a family name with the article follows it.
    const familyNext = joined(units, k + 1) && nameWord(k + 1) && word(k + 1).startsWith('ال');
    return nameWord(k) || (familyNext && !has(cues.honorifics, word(k)) && !has(cues.commandTitles, word(k))) ? k : -1;
  };
  // The last word of a name whose words run from `e` with `parts` parts counted: up to three parts ("عبد الزهرة",
  // "أبو زيد": a compound part takes one word more). A word opening with "و" after the name is most often
  // "and ...": "فلان الفلاني ومرافقه".
  const nameEnd = (e: number, parts: number): number => {
    while (parts < 3 && joined(units, e + 1) && nameWord(e + 1) && !word(e + 1).startsWith('و') && !PREPOSITION_ARTICLE.test(word(e + 1))) {
      e++;
      if (!COMPOUND.test(word(e))) parts++;
    }
    if (COMPOUND.test(word(e))) return e - 1;
    // "طارق محمد عز الدين": "الدين" / "الله" closes a compound part ("عز الدين", "فضل الله"), whatever the count.
    if (joined(units, e + 1) && units[e + 1]!.arabic && !covered[e + 1] && COMPOUND_END.test(word(e + 1))) return e + 1;
    return parts < 3 && rankAsFamilyName(e + 1) ? e + 1 : e;
  };
  // "محمد النقيب إن", "أحمد الرائد،": a rank word with the article closing a name, where the clause goes on or a
  // comma or a stop follows, is the family name (Al-Naqib, Al-Raed), not a rank announcing someone else.
  const rankAsFamilyName = (k: number): boolean => {
    const u = units[k];
    if (!u || !u.arabic || covered[k] || !joined(units, k) || !word(k).startsWith('ال') || !has(cues.honorifics, word(k))) return false;
    const next = units[k + 1];
    return !next || next.breakBefore || !next.arabic || has(cues.clauseWords, word(k + 1));
  };
  const push = (first: number, last: number, rule: string): void => {
    out.push({ first, last, name: text.slice(units[first]!.start, units[last]!.end), rule });
  };
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (!u.arabic || covered[i]) continue;
    const served = has(cues.officeTitles, word(i)) ? afterServedBody(i) : -1;
    if (served >= 0) {
      // "المتحدث باسم الحكومة العراقية باسم العوادي": two or three name words after the body the registry named.
      // The given name may be a common word (see afterServedBody): its family name follows.
      const e = nameWord(served) ? nameEnd(served, COMPOUND.test(word(served)) ? 0 : 1) : nameEnd(served + 1, 2);
      if (e > served) {
        push(served, e, 'pattern:arabic-office');
        i = e;
        continue;
      }
    }
    if (has(cues.honorifics, word(i))) {
      // "الحاج مشتاق طالب السعيدي": up to three name words right after the form of address,
      // past a rank's qualifier ("العقيد أركان حرب فلان").
      let s = i + 1;
      // "الشهيد القائد فلان الفلاني": a title with the article after the form of address is part of the address.
      while (joined(units, s) && units[s]!.arabic && !covered[s] && word(s).startsWith('ال') && has(cues.commandTitles, word(s))) s++;
      const q = cues.rankQualifiers.find((seq) => seq.every((w, k) => joined(units, s + k) && units[s + k]!.arabic && withoutArabicMarks(word(s + k)) === w));
      if (q) s += q.length;
      if (!joined(units, s) || !nameWord(s) || !bare(s)) continue;
      const e = nameEnd(s, COMPOUND.test(word(s)) ? 0 : 1);
      if (e === s) continue;
      push(s, e, 'pattern:arabic-title');
      i = e;
    } else if (has(cues.commandTitles, word(i))) {
      // "قائد لواء الشمال أحمد الغندور،": the complement, then the name, then a comma or a stop.
      let e = i + 1;
      while (e - i < MAX_TITLE_WORDS + 3 && joined(units, e + 1) && units[e + 1]!.arabic) e++;
      const closed = e + 1 >= units.length || units[e + 1]!.breakBefore || !units[e + 1]!.arabic;
      if (!closed || e - i < 3 || !nameWord(e) || !nameWord(e - 1)) continue;
      // "القائد الميداني فلان بأن المجموعة ستواصل القتال": the complement ends where a clause opens.
      let clause = false;
      for (let k = i + 1; k <= e && !clause; k++) clause = has(cues.clauseWords, word(k));
      if (clause) continue;
      let s = e - 1;
      // "غازي أبو طماعة": a kunya takes the given name before it.
      if (KUNYA.test(word(s)) && s - 1 > i + 1 && nameWord(s - 1)) s--;
      // "قائد قوات ... في تصريحات صحافية،": two words right after a preposition are its object, not a name.
      if (!bare(s) || has(cues.notNames, word(s - 1))) continue;
      // "قائد ... الحاج فلان": a form of address inside announces the name itself; read it there.
      let addressed = false;
      for (let k = i + 1; k < s && !addressed; k++) addressed = has(cues.honorifics, word(k));
      if (addressed) continue;
      push(s, e, 'pattern:arabic-command-title');
      i = e;
    }
  }
  return out;
}

/** Candidates for the names found: the registry actor when the name is a spelling of one, else a new person. */
export function arabicNameCandidates(
  names: readonly ArabicName[], units: readonly NameUnit[], registry: ActorRegistry, idOf: (key: string) => string,
): { candidates: Candidate[]; persons: Array<{ id: string; name: string }> } {
  const candidates: Candidate[] = [];
  const persons = new Map<string, { id: string; name: string }>();
  for (const n of names) {
    const key = registry.folder.key(n.name);
    if (!key) continue;
    const start = units[n.first]!.start;
    const end = units[n.last]!.end;
    const known = [...new Set(registry.byKey(key).map((a) => a.id))];
    if (known.length === 1) {
      candidates.push({ first: n.first, last: n.last, start, end, entityId: known[0]!, rule: `registry-compact:${known[0]!}`, confidence: 0.8 });
      continue;
    }
    if (known.length > 1) continue;
    const id = idOf(key);
    if (!persons.has(id)) persons.set(id, { id, name: n.name });
    candidates.push({ first: n.first, last: n.last, start, end, entityId: id, rule: n.rule, confidence: 0.6 });
  }
  return { candidates, persons: [...persons.values()] };
}

/** A place found after a place noun: its span in the text (without a clitic before the head). */
export interface ArabicPlace {
  first: number;
  last: number;
  start: number;
  end: number;
  name: string;
  rule: string;
}

/**
 * Places the registry does not hold, named after a place noun: "حارة القريون", "ساحة الطيران", "قرية بيت ريما".
 * The head has no article (it governs the name); the name is one word, two after an opener ("بيت", "دير"). A word
 * without the article ending as an adjective does ("قرية صغيرة", "حي سكني") is no name. A street's, square's or
 * quarter's noun belongs to its name ("ساحة الطيران"); a village's or town's does not ("قرية الروضة" is "الروضة").
 */
export function findArabicPlaces(text: string, units: readonly NameUnit[], covered: Uint8Array, cues: ArabicNameCues): ArabicPlace[] {
  const out: ArabicPlace[] = [];
  const word = (i: number): string => withoutArabicMarks(text.slice(units[i]!.start, units[i]!.end));
  const free = (i: number): boolean => !!units[i] && units[i]!.arabic && !covered[i] && joined(units, i);
  // The head noun inside the word (after "و", "ب", "ل", "وب"...), with the clitic's length; null when none.
  const headOf = (w: string): { inName: boolean; clitic: number } | null => {
    for (const clitic of [0, 1, 2]) {
      if (clitic > 0 && !/^[وفبل]/.test(w)) break;
      if (clitic === 2 && !/^[وف][بل]/.test(w)) break;
      const rest = w.slice(clitic);
      if (cues.placeHeads.has(rest)) return { inName: true, clitic };
      if (cues.placeDescriptors.has(rest)) return { inName: false, clitic };
    }
    return null;
  };
  for (let i = 0; i < units.length; i++) {
    if (!units[i]!.arabic || covered[i] || !free(i + 1)) continue;
    const head = headOf(word(i));
    if (!head) continue;
    const w = word(i + 1);
    if (has(cues.notNames, w) || has(cues.clauseWords, w) || cues.placeNotNames.has(w) || /\d/.test(w)) continue;
    const article = w.startsWith('ال');
    if (!article && (/(?:ي|ية|ة)$/.test(w) || /^و/.test(w) && !cues.placeOpeners.has(w))) continue;
    let e = i + 1;
    if (cues.placeOpeners.has(w) && free(i + 2) && !has(cues.notNames, word(i + 2))) e = i + 2;
    else if (cues.placeOpeners.has(w)) continue;
    // The head as written without its clitic ("وحارة" -> "حارة"): where the rest of the word reads as the head.
    const headWord = text.slice(units[i]!.start, units[i]!.end);
    let p = 0;
    while (p < headWord.length && withoutArabicMarks(headWord.slice(p)) !== word(i).slice(head.clitic)) p++;
    const start = head.inName ? units[i]!.start + p : units[i + 1]!.start;
    const end = units[e]!.end;
    out.push({ first: head.inName ? i : i + 1, last: e, start, end, name: text.slice(start, end), rule: 'pattern:arabic-place' });
    i = e;
  }
  return out;
}
