/**
 * In-document coreference of surnames: "Al-Kaabi" or "Kaabi" after "Akram
 * al-Kaabi". A surname alone links only to a person whose full name the
 * document gives; when two such persons share it, to the one named last
 * before it. It also takes a word back from a place that shares it ("al-
 * Baghdadi" after "Abu Bakr al-Baghdadi"), from a name the title cue
 * read as someone new ("Sheikh Qassem" after "Sheikh Naim Qassem"), and
 * from the registry's bearer of a surname when another bearer was named last
 * ("Sinwar" after "Mohammed Sinwar" is not Yahya Sinwar), and from a group
 * one word of whose name it is ("Al-Houthi" after "Abdul-Malik al-Houthi").
 */
import type { NameUnit } from '../resolve/name-key.js';
import type { ActorRegistry } from '../resolve/registry.js';
import type { Candidate } from './entities-span.js';

interface Named {
  entityId: string;
  start: number;
}

const surnames = new WeakMap<ActorRegistry, Map<string, string | undefined>>();

/** The last word key of a registry person's canonical name, computed once per actor. */
function surnameKey(registry: ActorRegistry, id: string): string | undefined {
  let cache = surnames.get(registry);
  if (!cache) surnames.set(registry, (cache = new Map()));
  if (cache.has(id)) return cache.get(id);
  const actor = registry.byId(id);
  const key = actor ? registry.folder.keyWords(actor.name).at(-1) : undefined;
  cache.set(id, key);
  return key;
}

function capitalised(u: NameUnit): boolean {
  return u.shape === 'title' || u.shape === 'upper';
}

/**
 * Surname mentions. `candidates` are the mentions found so far (by start);
 * `isPerson` says which entity ids are persons. Returns new candidates and
 * the indexes of candidates they replace.
 */
export function linkSurnames(
  units: readonly NameUnit[], candidates: readonly Candidate[], coveredBy: Int32Array,
  isPerson: (id: string) => boolean, registry: ActorRegistry,
  isTitle: (first: number, last: number) => boolean = () => false,
): { added: Candidate[]; replaced: Set<number> } {
  // A name outside the registry that is one word after its title: a surname the cue took for a new person.
  const titledSurname = (c: Candidate): boolean =>
    isPerson(c.entityId) && !registry.byId(c.entityId) && (c.first === c.last || isTitle(c.first, c.last - 1));
  const bySurname = new Map<string, Named[]>();
  const note = (key: string | undefined, n: Named): void => {
    if (!key || key.length < 3) return;
    let list = bySurname.get(key);
    if (!list) bySurname.set(key, (list = []));
    list.push(n);
  };
  for (const c of candidates) {
    if (!isPerson(c.entityId) || c.last <= c.first || titledSurname(c)) continue;
    note(units[c.last]?.key, { entityId: c.entityId, start: c.start });
    const surname = surnameKey(registry, c.entityId);
    if (surname !== undefined) note(surname, { entityId: c.entityId, start: c.start });
  }
  const added: Candidate[] = [];
  const replaced = new Set<number>();
  if (bySurname.size === 0) return { added, replaced };
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    // Arabic script has no capitals: any Arabic word may be a surname; the owners list keeps it to persons named here.
    if (!capitalised(u) && !u.arabic) continue;
    const owners = bySurname.get(u.key);
    if (!owners) continue;
    const holder = coveredBy[i]!;
    let from = i;
    // The bearer named in full last before this word.
    let last: Named | undefined;
    for (const o of owners) if (o.start < u.start && (!last || o.start > last.start)) last = o;
    if (holder >= 0) {
      // Only a one-word place match, a surname read as a new person, or a registry surname
      // of someone else than the person last named in full with it, gives the word back.
      const c = candidates[holder]!;
      if (c.first !== c.last && c.last !== i) continue;
      const t = registry.typeOf(c.entityId);
      const place = c.first === c.last && !isPerson(c.entityId) && (t === 'location' || t === 'facility');
      const titled = c.last === i && titledSurname(c);
      const otherPerson = c.first === c.last && last !== undefined && last.entityId !== c.entityId && isPerson(c.entityId);
      // "Al-Houthi" after "Abdul-Malik al-Houthi": the surname with its article is the person, not the group "Houthi".
      const groupWord = c.first === c.last && c.last === i && last !== undefined && u.article && !u.arabic && (t === 'armed_group' || t === 'organization');
      if (!place && !titled && !otherPerson && !groupWord) continue;
      replaced.add(holder);
      if (titled) from = c.first;
    }
    // Part of a longer capitalised name that nothing matched: not a surname alone.
    const next = units[i + 1];
    if (next && !next.breakBefore && capitalised(next) && coveredBy[i + 1]! < 0) continue;
    const owner = last ?? owners[0]!;
    added.push({ first: from, last: i, start: units[from]!.start, end: u.end, entityId: owner.entityId, rule: 'coref:surname', confidence: 0.8 });
  }
  return { added, replaced };
}

// An opening mark, then the kunya; after it, the closing mark: "محمد الضيف «أبو خالد»", 'Ali Hamdan ("Abu Zaid")'.
const KUNYA_OPEN = /^\s*[«"“(]{1,2}\s*$/;
const KUNYA_CLOSE = /^\s*[»"”)]/;
const KUNYA_WORDS = new Set(['أبو', 'ابو', 'أبي', 'Abu', 'abu']);

/**
 * A kunya in quotation marks or brackets right after a person's name is
 * another name of that person: the words become a mention of the person,
 * and a name the cues read there as someone new is that person wherever it
 * occurs. `isKnown` says which ids the registry holds (never relabelled).
 */
export function linkKunyas(
  text: string, units: readonly NameUnit[], candidates: readonly Candidate[], isPerson: (id: string) => boolean, isKnown: (id: string) => boolean,
): { added: Candidate[]; replaced: Set<number>; renamed: Map<string, string> } {
  const added: Candidate[] = [];
  const replaced = new Set<number>();
  const renamed = new Map<string, string>();
  for (const c of candidates) {
    const k = c.last + 1;
    const u = units[k];
    const v = units[k + 1];
    if (!u || !v || v.breakBefore || !isPerson(c.entityId) || !KUNYA_WORDS.has(text.slice(u.start, u.end))) continue;
    if (!KUNYA_OPEN.test(text.slice(c.end, u.start)) || !KUNYA_CLOSE.test(text.slice(v.end, v.end + 3))) continue;
    candidates.forEach((o, i) => {
      if (o.first > k + 1 || o.last < k) return;
      replaced.add(i);
      if (o.entityId !== c.entityId && !isKnown(o.entityId)) renamed.set(o.entityId, c.entityId);
    });
    added.push({ first: k, last: k + 1, start: u.start, end: v.end, entityId: c.entityId, rule: 'coref:kunya', confidence: 0.8 });
  }
  if (added.length === 0) return { added, replaced, renamed };
  // The kunya alone later on ("وكان أبو خالد ..."): the same person, where nothing else matched the words.
  const byPair = new Map(added.map((a) => [`${units[a.first]!.key} ${units[a.last]!.key}`, a]));
  const taken = new Set<number>();
  candidates.forEach((o, i) => { if (!replaced.has(i)) for (let j = o.first; j <= o.last; j++) taken.add(j); });
  for (let i = 0; i + 1 < units.length; i++) {
    const a = byPair.get(`${units[i]!.key} ${units[i + 1]!.key}`);
    if (!a || i === a.first || taken.has(i) || taken.has(i + 1) || units[i + 1]!.breakBefore) continue;
    added.push({ ...a, first: i, last: i + 1, start: units[i]!.start, end: units[i + 1]!.end });
  }
  return { added, replaced, renamed };
}

// Between a person's name and another name of theirs: "X, also known as Y", "X, code-named Y",
// "X, whose real name is Y", "X, long known by his nom de guerre Y", "X (alias Y)".
const AKA = new RegExp(String.raw`\s*[,(]?\s*(?:(?:who|and)\s+(?:is|was)\s+)?(?:(?:also|better|widely|commonly|popularly|long|now|locally)\s+)?`
  + String.raw`(?:known\s+(?:as|by\s+(?:his|her|the)\s+(?:nom\s+de\s+guerre|kunya|alias|nickname|code\s*-?\s*name|real\s+name))`
  + String.raw`|code-?named|nicknamed|alias|a\.k\.a\.?|aka|(?:(?:whose|his|her)\s+)?(?:nom\s+de\s+guerre|kunya|real\s+name|code\s*-?\s*name)(?:\s+(?:is|was))?)`
  + String.raw`\s*[:"“‘']?\s*`, 'giy');

/** Longest name of capitalised words that units[from] opens (step +1) or closes (step -1), at most `max` words. */
function capitalRun(units: readonly NameUnit[], from: number, step: 1 | -1, max: number): [number, number] | null {
  if (!units[from] || !capitalised(units[from]!)) return null;
  let a = from;
  let b = from;
  while (b - a + 1 < max) {
    const next = step === 1 ? b + 1 : a - 1;
    const u = units[next];
    // Words of one name follow one another with only a space or hyphen between.
    if (!u || !capitalised(u) || (step === 1 ? u.breakBefore : units[a]!.breakBefore)) break;
    if (step === 1) b = next; else a = next;
  }
  return [a, b];
}

/**
 * Another name given for a person right after their name ("also known as",
 * "code-named", "whose real name is", "nom de guerre") is a mention of that
 * person, there and later in the document; a name the cues read as someone
 * new there is the same person. `isKnown` says which ids the registry holds:
 * a registry person keeps its id, and two registry persons are never joined.
 */
export function linkAliases(
  text: string, units: readonly NameUnit[], candidates: readonly Candidate[], isPerson: (id: string) => boolean, isKnown: (id: string) => boolean,
): { added: Candidate[]; renamed: Map<string, string> } {
  const added: Candidate[] = [];
  const renamed = new Map<string, string>();
  if (!/known|named|alias|aka|a\.k\.a|guerre|kunya|real name/i.test(text)) return { added, renamed };
  const holder = new Int32Array(units.length).fill(-1);
  candidates.forEach((c, i) => { for (let k = c.first; k <= c.last; k++) holder[k] = i; });
  const startsAt = new Map<number, number>(units.map((u, i) => [u.start, i]));
  for (let i = 0; i < units.length - 1; i++) {
    AKA.lastIndex = units[i]!.end;
    const m = AKA.exec(text);
    if (!m || m[0].trim() === '' || /^\s*[,(]?\s*$/.test(m[0])) continue;
    const j = startsAt.get(AKA.lastIndex);
    if (j === undefined) continue;
    // The two names: a person candidate, or capitalised words nothing matched.
    const side = (k: number, step: 1 | -1): { c?: Candidate; first: number; last: number } | null => {
      const h = holder[k]!;
      if (h >= 0) {
        const c = candidates[h]!;
        if (!isPerson(c.entityId) || (step === 1 ? c.first !== k : c.last !== k)) return null;
        return { c, first: c.first, last: c.last };
      }
      const run = capitalRun(units, k, step, step === 1 ? 4 : 6);
      if (!run) return null;
      for (let x = run[0]; x <= run[1]; x++) if (holder[x]! >= 0) return null;
      return { first: run[0], last: run[1] };
    };
    const a = side(i, -1);
    const b = side(j, 1);
    if (!a || !b || (!a.c && !b.c)) continue;
    if (a.c && b.c) {
      const [x, y] = [a.c.entityId, b.c.entityId];
      if (x === y || (isKnown(x) && isKnown(y))) continue;
      // The registry's id wins; between two new names, the one written first.
      if (isKnown(y)) renamed.set(x, y); else renamed.set(y, x);
      continue;
    }
    const owner = (a.c ?? b.c)!;
    const span = a.c ? b : a;
    // A name standing alone before the cue must look like a full name ("He, known as ..." does not).
    if (!a.c && span.last === span.first) continue;
    added.push({ first: span.first, last: span.last, start: units[span.first]!.start, end: units[span.last]!.end, entityId: owner.entityId, rule: 'coref:alias', confidence: 0.8 });
  }
  if (added.length === 0) return { added, renamed };
  // The other name alone later on: the same person, where nothing else matched its words.
  const taken = new Set<number>();
  for (const c of [...candidates, ...added]) for (let k = c.first; k <= c.last; k++) taken.add(k);
  const seqs = added.map((a) => ({ a, keys: units.slice(a.first, a.last + 1).map((u) => u.key) }));
  for (let i = 0; i < units.length; i++) {
    for (const { a, keys } of seqs) {
      if (i <= a.first || !keys.every((k, d) => units[i + d]?.key === k && !taken.has(i + d) && (d === 0 || !units[i + d]!.breakBefore))) continue;
      // Still a whole name: no capitalised word continues it.
      const after = units[i + keys.length];
      if (after && !after.breakBefore && capitalised(after)) continue;
      const last = i + keys.length - 1;
      added.push({ ...a, first: i, last, start: units[i]!.start, end: units[last]!.end });
      for (let k = i; k <= last; k++) taken.add(k);
    }
  }
  return { added, renamed };
}

// A given name of two words ("عبد الله", "أبو محمد"): its first word alone names no one.
const ARABIC_COMPOUND_GIVEN = /^(?:عبد|أبو|ابو|أبي|ابي|أم|بن|ابن|بنت)$/;
const MIN_GIVEN_LETTERS = 3;

/**
 * Arabic reporting calls a person it has named in full by the given name alone ("تامر الكيلاني ... وكان تامر"):
 * a free Arabic word, written without the article, that is the given name of exactly one person named in full
 * before it links to that person. `notNames` holds function words and titles (never a given name).
 */
export function linkArabicGivenNames(
  text: string, units: readonly NameUnit[], candidates: readonly Candidate[], coveredBy: Int32Array,
  isPerson: (id: string) => boolean, notNames: ReadonlySet<string>,
): Candidate[] {
  const byGiven = new Map<string, Set<string>>();
  const firstAt = new Map<string, number>();
  for (const c of candidates) {
    const u = units[c.first]!;
    if (!u.arabic || c.last <= c.first || !isPerson(c.entityId)) continue;
    const given = text.slice(u.start, u.end);
    if (ARABIC_COMPOUND_GIVEN.test(given) || given.startsWith('ال') || u.key.length < MIN_GIVEN_LETTERS) continue;
    let ids = byGiven.get(u.key);
    if (!ids) byGiven.set(u.key, (ids = new Set()));
    ids.add(c.entityId);
    const key = `${u.key} ${c.entityId}`;
    if (!firstAt.has(key)) firstAt.set(key, c.start);
  }
  const added: Candidate[] = [];
  if (byGiven.size === 0) return added;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (!u.arabic || coveredBy[i]! >= 0) continue;
    const word = text.slice(u.start, u.end);
    if (word.startsWith('ال') || notNames.has(word) || notNames.has(word.slice(1))) continue;
    const key = u.variants.find((v) => byGiven.has(v));
    const ids = key === undefined ? undefined : byGiven.get(key);
    if (!ids || ids.size !== 1) continue;
    const id = [...ids][0]!;
    // Named in full before; a given name followed by a free name word is someone else's full name.
    if ((firstAt.get(`${key} ${id}`) ?? Infinity) >= u.start) continue;
    const next = units[i + 1];
    if (next && next.arabic && !next.breakBefore && coveredBy[i + 1]! < 0 && text.slice(next.start, next.end).startsWith('ال')) continue;
    added.push({ first: i, last: i, start: u.start, end: u.end, entityId: id, rule: 'coref:given-name', confidence: 0.7 });
  }
  return added;
}
