/**
 * The source registry (data/sources/*.yaml): the outlets, monitors, think
 * tanks, governments and group channels that documents come from, with the
 * names, aliases and domains by which a page names its publisher.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { DataError } from '../core/errors.js';
import { defaultDataDir, loadYamlFile, yamlFilesIn } from './data-files.js';

export const sourceTypes = ['news', 'monitor', 'think_tank', 'group_media', 'government', 'wire'] as const;
export const sourceAlignments = [
  'western', 'israeli', 'saudi', 'qatari', 'emirati', 'turkish', 'iranian', 'axis_of_resistance',
  'syrian_government', 'syrian_opposition', 'palestinian_authority', 'iraqi', 'kurdish', 'lebanese',
  'independent', 'international', 'jihadist', 'other_state',
] as const;

/**
 * Admiralty source reliability: A completely reliable, B usually reliable,
 * C fairly reliable, D not usually reliable, E unreliable, F cannot be judged.
 */
export const sourceReliabilities = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type SourceReliability = typeof sourceReliabilities[number];

const domainPattern = /^(?:[a-z0-9-]+\.)+[a-z]{2,}$/;

export const sourceEntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be kebab-case'),
  name: z.string().min(2),
  aliases: z.array(z.string().min(2)).default([]),
  domains: z.array(z.string().regex(domainPattern, 'domain must be a lower-case host name')).default([]),
  /** Series titles only this outlet prints ("Special Dispatch No."). */
  markers: z.array(z.string().min(4)).default([]),
  country: z.string().regex(/^(?:[A-Z]{2}|INT)$/, 'country must be ISO 3166-1 alpha-2 or INT'),
  type: z.enum(sourceTypes),
  alignment: z.enum(sourceAlignments),
  language: z.array(z.string().regex(/^[a-z]{2}$/)).min(1),
  /** An editorial judgement of the outlet as a source of facts; absent means F (cannot be judged). */
  reliability: z.enum(sourceReliabilities).optional(),
  /** Why: one line an analyst can argue with. */
  reliability_note: z.string().min(10).optional(),
  /**
   * The actor (data/actors id) whose own mouthpiece the outlet is: its site or
   * channel publishes that actor's communiqués, so what it prints unattributed
   * the actor declares, the day it is published. Not for a broadcaster that
   * is only aligned with a group (its news is reporting, not declaration).
   */
  speaks_for: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'speaks_for must be an actor id').optional(),
}).strict().refine((e) => (e.reliability === undefined) === (e.reliability_note === undefined), {
  message: 'reliability and reliability_note go together', path: ['reliability_note'],
});

export type SourceEntry = z.infer<typeof sourceEntrySchema>;

const sourceFileSchema = z.array(sourceEntrySchema);

/** A place in a text where the registry recognised an outlet. */
export interface SourceMatch {
  source: SourceEntry;
  start: number;
  end: number;
  /** How the outlet was named: by its name or an alias, a domain, or a series marker. */
  by: 'name' | 'domain' | 'marker';
}

export interface SourceRegistry {
  readonly size: number;
  readonly entries: ReadonlyArray<SourceEntry>;
  byId(id: string): SourceEntry | undefined;
  /** The outlet owning a host name or e-mail domain (subdomains included). */
  byDomain(host: string): SourceEntry | undefined;
  /** Every name, alias, domain and marker of a registered outlet found in the text. */
  find(text: string): SourceMatch[];
}

/** Loads and validates every data/sources/*.yaml file. */
export function loadSourceRegistry(dataDir: string = defaultDataDir()): SourceRegistry {
  const entries: SourceEntry[] = [];
  for (const file of yamlFilesIn(join(dataDir, 'sources'))) entries.push(...loadYamlFile(file, sourceFileSchema));
  return buildSourceRegistry(entries);
}

export function buildSourceRegistry(entries: SourceEntry[]): SourceRegistry {
  const ids = new Map<string, SourceEntry>();
  const domains = new Map<string, SourceEntry>();
  const names = new Map<string, SourceEntry>();
  for (const e of entries) {
    if (ids.has(e.id)) throw new DataError(`source registry: duplicate id '${e.id}'`);
    ids.set(e.id, e);
    for (const d of e.domains) {
      const other = domains.get(d);
      if (other) throw new DataError(`source registry: domain '${d}' belongs to both '${other.id}' and '${e.id}'`);
      domains.set(d, e);
    }
    for (const n of [e.name, ...e.aliases, ...e.markers]) {
      const key = nameKey(n);
      const other = names.get(key);
      if (other && other !== e) throw new DataError(`source registry: name '${n}' belongs to both '${other.id}' and '${e.id}'`);
      names.set(key, e);
    }
  }
  const matchers = buildMatchers(entries);
  return {
    size: entries.length,
    entries,
    byId: (id) => ids.get(id),
    byDomain(host) {
      let h = host.toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
      for (;;) {
        const hit = domains.get(h);
        if (hit) return hit;
        const dot = h.indexOf('.');
        if (dot < 0 || h.indexOf('.', dot + 1) < 0) return undefined;
        h = h.slice(dot + 1);
      }
    },
    find(text) {
      const found: SourceMatch[] = [];
      const words = { exact: null as Set<string> | null, caseless: null as Set<string> | null };
      for (const { regex, by, keys } of matchers) {
        if (keys && !holdsAKey(text, keys, words)) continue;
        for (const m of text.matchAll(regex)) {
          const entry = names.get(nameKey(m[0]));
          if (entry) found.push({ source: entry, start: m.index, end: m.index + m[0].length, by });
        }
      }
      // A host name holds a dot.
      for (const m of text.includes('.') ? text.matchAll(hostPattern) : []) {
        const host = m[1] ?? '';
        const entry = this.byDomain(host);
        if (entry) found.push({ source: entry, start: m.index, end: m.index + m[0].length, by: 'domain' });
      }
      return found.sort((a, b) => a.start - b.start);
    },
  };
}

/** Host names and e-mail domains: "jpost.com", "https://www.aawsat.com/x", "desk@rudaw.net". */
const hostPattern = /(?<![\p{L}\p{N}.-])(?:https?:\/\/)?(?:[\p{L}\p{N}._%+-]+@)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?![\p{L}\p{N}-])/giu;

/** Case, apostrophes, hyphens and spaces do not distinguish names ("Al-Mayadeen" = "Al Mayadeen"). */
function nameKey(name: string): string {
  return name.toLowerCase().replace(/[’‘`´]/g, "'").replace(/[\s\u00a0\-‐–]+/g, ' ').trim();
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function aliasPattern(name: string): string {
  return escapeRegex(name.trim()).replace(/(?:\\-|\s)+/g, '[\\s\\u00a0\\-‐–]+').replace(/'/g, "['’‘`]");
}

/**
 * One alternation per kind of name, longest first so that "Al Mayadeen
 * English" wins over "Al Mayadeen". Short acronyms (AP, UN, FT) match only
 * in capitals, so that ordinary words do not name an outlet.
 */
/**
 * A matcher, and for each of its names one word the name holds (see keyWordsOf): a text that
 * holds none of them holds no match, which spares the alternation's scan of most header and
 * furniture lines.
 */
interface Matcher {
  regex: RegExp;
  by: SourceMatch['by'];
  keys: { words: ReadonlySet<string>; caseless: boolean } | null;
}

const WORD_RUN = /[\p{L}\p{N}]+/gu;
/** Letters whose case-insensitive matches toLowerCase finds too (ASCII; Hebrew and Arabic have no case). */
const PLAIN_WORD = /^[a-z0-9\u0590-\u06ff]+$/;

/**
 * The longest run of letters and digits of each name. A match holds every run of its name
 * as a whole run of the text: the bounded pattern puts a non-letter (space, hyphen,
 * apostrophe, dot) or the end around each of them. Null (no filter) when a name holds no
 * run, or a caseless name a letter whose case-insensitive matches toLowerCase may not find.
 */
function keyWordsOf(names: readonly string[], caseless: boolean): Matcher['keys'] {
  const words = new Set<string>();
  for (const name of names) {
    const runs = name.match(WORD_RUN);
    if (!runs) return null;
    const longest = runs.reduce((a, b) => (b.length > a.length ? b : a));
    const word = caseless ? longest.toLowerCase() : longest;
    if (caseless && !PLAIN_WORD.test(word)) return null;
    words.add(word);
  }
  return { words, caseless };
}

/** Whether `text` holds one of the key words; the text's words are split once per find. */
function holdsAKey(text: string, keys: NonNullable<Matcher['keys']>, cache: { exact: Set<string> | null; caseless: Set<string> | null }): boolean {
  let words = keys.caseless ? cache.caseless : cache.exact;
  if (words === null) {
    // Long s matches s case-insensitively but stays itself in lower case.
    const source = keys.caseless ? text.toLowerCase().replace(/\u017f/g, 's') : text;
    words = new Set(source.match(WORD_RUN) ?? []);
    if (keys.caseless) cache.caseless = words;
    else cache.exact = words;
  }
  for (const w of words) if (keys.words.has(w)) return true;
  return false;
}

function buildMatchers(entries: SourceEntry[]): Matcher[] {
  const caseless: string[] = [];
  const exact: string[] = [];
  const markers: string[] = [];
  for (const e of entries) {
    for (const n of [e.name, ...e.aliases]) (n.replace(/[^\p{L}\p{N}]/gu, '').length <= 3 ? exact : caseless).push(n);
    markers.push(...e.markers);
  }
  const alternation = (list: string[]) => list.sort((a, b) => b.length - a.length).map(aliasPattern).join('|');
  const bounded = (alt: string, flags: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`, flags);
  const out: Matcher[] = [];
  if (caseless.length) out.push({ regex: bounded(alternation(caseless), 'giu'), by: 'name', keys: keyWordsOf(caseless, true) });
  if (exact.length) out.push({ regex: bounded(alternation(exact), 'gu'), by: 'name', keys: keyWordsOf(exact, false) });
  if (markers.length) out.push({ regex: bounded(alternation(markers), 'giu'), by: 'marker', keys: keyWordsOf(markers, true) });
  return out;
}
