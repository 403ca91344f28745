/**
 * In-document coreference of shortened group names: "the Council" after
 * "the Supreme Political Council", "the Popular Front" after "the Popular
 * Front for the Liberation of Palestine", "the Guards" or "Guards commanders"
 * after "the Islamic Revolutionary Guard Corps", "Radwan commanders" after
 * "the Radwan Force". A run of capitalised words nothing else matched, whose
 * words stand in that order inside the name of exactly one group or
 * organisation named earlier, is a mention of it.
 */
import type { EntityType } from '../core/types.js';
import type { NameUnit } from '../resolve/name-key.js';
import type { ActorRegistry } from '../resolve/registry.js';
import type { EntityCues } from './entities-cues.js';
import type { Candidate } from './entities-span.js';

const GROUP_TYPES: ReadonlySet<EntityType> = new Set(['armed_group', 'organization']);

// English adjective endings ("Islamic", "National", "Revolutionary", "Popular", "Iranian", "Armed"): such a word
// alone qualifies something else ("Islamic law"), it does not name the group. So does a gerund ("Monitoring note",
// "Shipping data" after "BBC Monitoring", "Foo Shipping").
const ADJECTIVE = /(?:ic|al|ary|ar|ian|ese|ish|ive|ist|ous|ed|i|ing)$/;

function capitalised(u: NameUnit): boolean {
  return u.shape === 'title' || u.shape === 'upper';
}

/** One word of a name and its plural written the other way: "Guard" / "Guards". */
function sameWord(a: string, b: string): boolean {
  return a === b || (a.length > 3 && (a === `${b}s` || b === `${a}s`));
}

/** Whether `run` stands, in order and side by side, inside `name` (and is shorter). */
function inside(run: readonly string[], name: readonly string[]): number {
  if (run.length >= name.length) return -1;
  for (let i = 0; i + run.length <= name.length; i++) if (run.every((k, j) => sameWord(k, name[i + j]!))) return i;
  return -1;
}

/**
 * Mentions of groups named in full earlier by part of their name.
 * `candidates` are the mentions so far, sorted by start.
 */
export function linkPartialNames(
  text: string, units: readonly NameUnit[], candidates: readonly Candidate[], typeOf: (id: string) => EntityType | undefined,
  registry: ActorRegistry, cues: EntityCues,
): { added: Candidate[]; replaced: Set<number> } {
  const added: Candidate[] = [];
  const replaced = new Set<number>();
  // The names of groups as written here (several words), with where they were first written.
  // Candidates come sorted by start, so the first writing of each name is the one kept.
  const names: Array<{ entityId: string; keys: readonly string[]; start: number }> = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    if (c.last <= c.first || !GROUP_TYPES.has(typeOf(c.entityId)!)) continue;
    const keys = units.slice(c.first, c.last + 1).filter((u) => !u.arabic).map((u) => u.key);
    const written = `${c.entityId} ${keys.join(' ')}`;
    if (keys.length >= 2 && !seen.has(written)) {
      seen.add(written);
      names.push({ entityId: c.entityId, keys, start: c.start });
    }
    const actor = seen.has(c.entityId) ? undefined : registry.byId(c.entityId);
    if (actor) {
      seen.add(c.entityId);
      names.push({ entityId: c.entityId, keys: registry.folder.keyWords(actor.name), start: c.start });
    }
  }
  if (names.length === 0) return { added, replaced };
  const holder = new Int32Array(units.length).fill(-1);
  candidates.forEach((c, i) => { for (let k = c.first; k <= c.last; k++) holder[k] = i; });
  const connectors = new Set([cues.of, cues.in, registry.folder.wordKey('for')]);
  const heads = (k: string): boolean => cues.generic.has(k) || cues.groupClosers.has(k) || cues.organizationClosers.has(k);
  for (let i = 0; i < units.length; i++) {
    if (!capitalised(units[i]!) || units[i]!.arabic || (i > 0 && !units[i]!.breakBefore && capitalised(units[i - 1]!))) continue;
    let j = i;
    while (units[j + 1] && !units[j + 1]!.breakBefore && capitalised(units[j + 1]!)) j += 1;
    const from = i;
    i = j;
    // Words nothing matched, or a name the cues read as new that spans the same words.
    const h = holder[from]!;
    const unknownHere = h >= 0 && candidates[h]!.first === from && candidates[h]!.last === j && !registry.byId(candidates[h]!.entityId);
    if (h >= 0 && !unknownHere) continue;
    let free = true;
    for (let k = from + 1; k <= j; k++) if (holder[k]! !== h) free = false;
    if (!free) continue;
    const run = units.slice(from, j + 1).map((u) => u.key);
    if (run.some((k) => cues.notNames.has(k))) continue;
    const afterThe = from > 0 && units[from - 1]!.key === cues.the && !units[from]!.breakBefore;
    const next = units[j + 1];
    // "the Union of Agricultural Committees": the name goes on past "of" / "for"; it is another one.
    if (next && !next.breakBefore && connectors.has(next.key) && units[j + 2] && capitalised(units[j + 2]!)) continue;
    // "Guards commanders": the words qualify a noun (not a function word: "Members of").
    const modifier = !!next && !next.breakBefore && next.shape === 'lower' && !cues.notNames.has(next.key);
    if (run.length === 1) {
      const k = run[0]!;
      if (k.length < 4) continue;
      // A head noun alone ("the Council") must close the name; another word must not be an adjective.
      const word = text.slice(units[from]!.coreStart, units[from]!.end).toLowerCase();
      if (heads(k) ? !afterThe : ADJECTIVE.test(word) || (!afterThe && !modifier)) continue;
    } else if (!afterThe && !modifier) continue;
    // Generic words only ("the Islamic Resistance") name a group only as the opening of its full name written earlier.
    const generic = run.length > 1 && run.every(heads);
    const owners = new Set<string>();
    for (const n of names) {
      if (n.start >= units[from]!.start) continue;
      const at = inside(run, n.keys);
      if (at < 0 || (generic && at !== 0)) continue;
      if (run.length === 1 && heads(run[0]!) && at !== n.keys.length - 1) continue;
      owners.add(n.entityId);
    }
    if (owners.size !== 1) continue;
    const [owner] = owners;
    if (unknownHere) replaced.add(h);
    added.push({ first: from, last: j, start: units[from]!.start, end: units[j]!.end, entityId: owner!, rule: 'coref:partial-name', confidence: 0.7 });
  }
  return { added, replaced };
}
