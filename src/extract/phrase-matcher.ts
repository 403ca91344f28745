/**
 * Finds cue phrases from the lexicons in a stretch of text. All phrases of a
 * matcher are compiled at load; at each word start only the phrases that can
 * begin with its first character are tried, in longest-first order.
 *
 * Phrase syntax: words separated by spaces; "a|b" is either word; "*" skips up
 * to three words. Matching ignores case and the apostrophe style, and is
 * bounded by non-letters on both sides (Arabic cues also accept a leading
 * conjunction و or ف, and the spelling variants of phrase-arabic.ts).
 */
import { ARABIC_CUE_PREFIX, arabicWordPattern, isArabicWord } from './phrase-arabic.js';
import { readWords, wordKey, type TextWords } from './phrase-words.js';

export interface PhraseHit<T> {
  start: number;
  end: number;
  value: T;
}

const LETTER = '[\\p{L}\\p{N}_]';
// Bounded, lazy gap: never more than three words, so no runaway backtracking.
const GAP = "(?:\\s+[^\\s.;:!?\"“”]+){0,3}?";

function escape(word: string): string {
  return word.replace(/[.*+?^${}()[\]\\]/g, '\\$&').replace(/['’]/g, "['’]").replace(/-/g, '[-‐–]');
}

export function compilePhrase(phrase: string): string {
  const words = phrase.trim().split(/\s+/);
  let out = '';
  for (const [i, word] of words.entries()) {
    if (word === '*') { out += GAP; continue; }
    const alt = word.split('|').map((w) => (isArabicWord(w) ? arabicWordPattern(w) : escape(w))).join('|');
    // After a gap the words may open a quotation ("described the strike as “a crime”"): the gap stops at the mark.
    const sep = i === 0 ? '' : words[i - 1] === '*' ? '\\s+["“‘]?' : '\\s+';
    out += `${sep}(?:${alt})`;
  }
  const first = words[0] ?? '';
  const prefix = isArabicWord(first) ? ARABIC_CUE_PREFIX : '';
  return `(?<!${LETTER})${prefix}${out}(?!${LETTER})`;
}

/**
 * A phrase's first two plain words (the second maybe after a gap: "was *
 * killed"), each as its alternatives compiled the way compilePhrase compiles
 * them, or null when a match need not hold two plain words (a single word, two
 * gaps, Arabic spelling variants).
 */
function headOf(phrase: string): Head | null {
  const words = phrase.trim().split(/\s+/);
  const [first, second, third] = words;
  if (first === undefined || second === undefined || first === '*' || isArabicWord(first)) return null;
  if (second !== '*') return isArabicWord(second) ? null : { first: first.split('|').map(escape), second: second.split('|').map(escape), gap: false };
  // "was * killed": the first word, a gap, then the word after it.
  if (third === undefined || third === '*' || isArabicWord(third)) return null;
  return { first: first.split('|').map(escape), second: third.split('|').map(escape), gap: true };
}

/** The two plain words every match of a phrase opens with, the second maybe after a gap. */
interface Head {
  first: string[];
  second: string[];
  gap: boolean;
}

// The first run of word characters (letters, marks, digits, underscore): where a phrase's first word is checked.
const WORD_RUN = /[\p{L}\p{M}\p{N}_]+/uy;
const PHRASE_RUN = /^[\p{L}\p{M}\p{N}_]+/u;
const WHOLE_RUN = /^[\p{L}\p{M}\p{N}_]+$/u;

/**
 * The keys its second word may have in a text, for a phrase whose first two
 * words are each one whole run of word characters (then the text's second
 * word run is the phrase's second word); null when that does not hold.
 */
function secondKeys(phrase: string): string[] | null {
  const [first, second] = phrase.trim().split(/\s+/);
  if (first === undefined || second === undefined || isArabicWord(first) || isArabicWord(second)) return null;
  const firstAlts = first.split('|');
  const secondAlts = second.split('|');
  if (!firstAlts.every((w) => WHOLE_RUN.test(w)) || !secondAlts.every((w) => WHOLE_RUN.test(w))) return null;
  return [...new Set(secondAlts.map(wordKey))];
}

/**
 * The keys a phrase can be found under: the first run of word characters of
 * each alternative of its first word. Null when it may start anywhere (a
 * leading "*") or with something other than a word character.
 */
function firstKeys(phrase: string): { keys: string[]; prefixed: boolean } | null {
  const first = phrase.trim().split(/\s+/)[0] ?? '';
  if (first === '' || first === '*') return null;
  const keys: string[] = [];
  for (const w of first.split('|')) {
    const run = PHRASE_RUN.exec(w)?.[0];
    const key = run === undefined ? '' : wordKey(run);
    if (key === '') return null;
    keys.push(key);
  }
  return { keys, prefixed: isArabicWord(first) };
}

const CUE_PREFIX = /^[وف]/u;

const SPACE = /\s/u;

/** The key of the word starting at `at`, or null when no word character starts there. */
function keyAt(text: string, at: number): string | null {
  WORD_RUN.lastIndex = at;
  const run = WORD_RUN.exec(text)?.[0];
  return run === undefined ? null : wordKey(run);
}

/**
 * The stages run a dozen matchers over the same document, sentence by
 * sentence: its word starts and keys are read once per text, not once per
 * call. A few texts are kept, as callers alternate between the document and
 * a sentence or a quotation.
 */
interface WordsEntry {
  text: string;
  words: TextWords;
  /** Each word's number in KEY_IDS (-1: no matcher has phrases under its key), read for `idsSize` keys. */
  ids: Int32Array | null;
  idsSize: number;
}
const WORDS_CACHE: WordsEntry[] = [];
const WORDS_CACHE_SIZE = 4;

function wordsOf(text: string): WordsEntry {
  for (let i = 0; i < WORDS_CACHE.length; i++) {
    const entry = WORDS_CACHE[i]!;
    if (entry.text !== text) continue;
    // Most recently used first, so a run of short texts does not push the document out.
    if (i > 0) { WORDS_CACHE.splice(i, 1); WORDS_CACHE.unshift(entry); }
    return entry;
  }
  const entry: WordsEntry = { text, words: readWords(text), ids: null, idsSize: -1 };
  if (WORDS_CACHE.length >= WORDS_CACHE_SIZE) WORDS_CACHE.pop();
  WORDS_CACHE.unshift(entry);
  return entry;
}

/**
 * Every key some matcher has phrases under, numbered. A text's words are
 * looked up here once, and each matcher finds a word's phrases by its number
 * in an array: a dozen matchers each hashing every word's key was the cost.
 */
const KEY_IDS = new Map<string, number>();

function keyId(key: string): number {
  let id = KEY_IDS.get(key);
  if (id === undefined) {
    id = KEY_IDS.size;
    KEY_IDS.set(key, id);
  }
  return id;
}

/** The key numbers of a text's words, read again when a matcher made since has added keys. */
function keyIdsOf(entry: WordsEntry): Int32Array {
  if (entry.ids && entry.idsSize === KEY_IDS.size) return entry.ids;
  const { count, keys } = entry.words;
  const ids = new Int32Array(count);
  for (let w = 0; w < count; w++) {
    const key = keys[w];
    ids[w] = key === null || key === undefined ? -1 : KEY_IDS.get(key) ?? -1;
  }
  entry.ids = ids;
  entry.idsSize = KEY_IDS.size;
  return ids;
}

/** The index of the first element of sorted `xs` that is >= `x`. */
function lowerBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid]! < x) lo = mid + 1; else hi = mid;
  }
  return lo;
}

export class PhraseMatcher<T> {
  /** One sticky regex per phrase, longest phrase first (the order the alternation used to try them in). */
  private readonly phrases: RegExp[];
  private readonly sources: string[];
  private readonly heads: Array<Head | null>;
  /** secondKeys() of each phrase. */
  private readonly seconds: Array<string[] | null>;
  private readonly values: T[];
  /** Phrases by the key of their first word, in trial order. */
  private readonly byKey = new Map<string, number[]>();
  /** Arabic phrases that also match after a conjunction (و, ف), by the key of their first word. */
  private readonly byKeyPrefixed = new Map<string, number[]>();
  /** Phrases whose first word opens with something other than a word character: tried at every word start. */
  private readonly anywhere: number[] = [];
  /** Used only when a phrase can start anywhere (a leading "*"): the whole lexicon as one alternation. */
  private readonly combined: RegExp | null;
  /** `listsFor` of every key that has phrases of its own, merged once here rather than at every word. */
  private readonly trials = new Map<string, Trial>();
  /** The same trials by key number (KEY_IDS). */
  private readonly trialById: Array<Trial | undefined>;
  /** What a word whose key opens no phrase of its own tries: the phrases that start anywhere. */
  private readonly anywhereTrial: Trial;

  constructor(entries: ReadonlyArray<{ phrase: string; value: T }>) {
    // Longer phrases first: at a given position the first phrase that matches wins.
    const sorted = [...entries].sort((a, b) => b.phrase.length - a.phrase.length);
    this.values = sorted.map((e) => e.value);
    this.sources = sorted.map((e) => compilePhrase(e.phrase));
    this.phrases = this.sources.map((source) => new RegExp(source, 'iuy'));
    this.heads = sorted.map((e) => headOf(e.phrase));
    this.seconds = sorted.map((e) => secondKeys(e.phrase));
    // Numbered now, so that a text's words carry them (keyIdsOf) when a trial is split by its second word.
    for (const keys of this.seconds) for (const key of keys ?? []) keyId(key);
    let startsAnywhere = false;
    sorted.forEach((e, i) => {
      const first = e.phrase.trim().split(/\s+/)[0] ?? '';
      if (first === '' || first === '*') { startsAnywhere = true; return; }
      const found = firstKeys(e.phrase);
      if (!found) { this.anywhere.push(i); return; }
      // Trying hundreds of phrases at every word was the cost; a word's key selects the few that can start there.
      for (const key of new Set(found.keys)) {
        push(this.byKey, key, i);
        if (found.prefixed) push(this.byKeyPrefixed, key, i);
      }
    });
    this.combined = startsAnywhere
      ? new RegExp(sorted.map((e) => `(${compilePhrase(e.phrase)})`).join('|'), 'giu')
      : null;
    for (const key of this.byKey.keys()) this.trials.set(key, { ids: this.listsFor(key), re: null, head: undefined });
    for (const key of this.byKeyPrefixed.keys()) for (const conjunction of ['و', 'ف']) this.trials.set(conjunction + key, { ids: this.listsFor(conjunction + key), re: null, head: undefined });
    this.anywhereTrial = { ids: this.anywhere, re: null, head: undefined };
    const numbered = [...this.trials].map(([key, trial]) => [keyId(key), trial] as const);
    this.trialById = new Array<Trial | undefined>(KEY_IDS.size).fill(undefined);
    for (const [id, trial] of numbered) this.trialById[id] = trial;
  }

  /** The phrases that can start at a word whose key is `key` (null: no word character there), in trial order. */
  private candidates(key: string | null): Trial {
    if (key === null) return this.anywhereTrial;
    // Any other key has no phrase of its own, nor one after a conjunction: only those that start anywhere.
    return this.trials.get(key) ?? this.anywhereTrial;
  }

  /**
   * A trial's regex: its one phrase, or for several one sticky regex trying
   * them in trial order, each phrase a capturing group. An alternation takes
   * its first alternative that matches, as trying the phrases one by one did,
   * in one call rather than one per phrase ("will" opens some thirty cues).
   */
  private regexOf(trial: Trial): RegExp {
    if (!trial.re) {
      trial.re = trial.ids.length === 1 ? this.phrases[trial.ids[0]!]! : new RegExp(trial.ids.map((i) => `(${this.sources[i]!})`).join('|'), 'iuy');
    }
    return trial.re;
  }

  /**
   * For a trial of several phrases that each open with two plain words: one
   * sticky regex for "any of their first words, then (after a gap for the
   * phrases that have one) any of their second words". Every match of a phrase begins with a match of it, so where it
   * fails none of the phrases can match, and a failed test is much cheaper
   * than the trial's alternation (most words that open a cue, like "will" or
   * "was", open none). Null when some phrase has no such head.
   */
  private headOf(trial: Trial): RegExp | null {
    if (trial.head !== undefined) return trial.head;
    const heads = trial.ids.map((i) => this.heads[i]);
    if (trial.ids.length < HEAD_CHECK_MIN || heads.some((h) => !h)) return (trial.head = null);
    const alternatives: string[] = [];
    for (const gap of [false, true]) {
      const shaped = heads.filter((h) => h!.gap === gap);
      if (shaped.length === 0) continue;
      const first = [...new Set(shaped.flatMap((h) => h!.first))].join('|');
      const second = [...new Set(shaped.flatMap((h) => h!.second))].join('|');
      alternatives.push(`(?:${first})${gap ? `${GAP}\\s+["“‘]?` : '\\s+'}(?:${second})`);
    }
    // What follows a second word in a phrase is white space (\s+ or a gap) or the phrase's end (no letter): never a letter.
    trial.head = new RegExp(`(?<!${LETTER})(?:${alternatives.join('|')})(?!${LETTER})`, 'iuy');
    return trial.head;
  }

  /** The phrases that can start at a word keyed `key`: its own, those after a conjunction it opens with, and those that start anywhere. */
  private listsFor(key: string): readonly number[] {
    const lists: Array<readonly number[]> = [];
    const direct = this.byKey.get(key);
    if (direct) lists.push(direct);
    // A conjunction-prefixed cue ("وقال") starts on the conjunction, its first word after it.
    if (this.byKeyPrefixed.size > 0 && key.length > 1 && CUE_PREFIX.test(key)) {
      const after = this.byKeyPrefixed.get(key.slice(1));
      if (after) lists.push(after);
    }
    if (this.anywhere.length > 0) lists.push(this.anywhere);
    if (lists.length === 0) return EMPTY;
    if (lists.length === 1) return lists[0]!;
    return [...new Set(lists.flat())].sort((a, b) => a - b);
  }

  /** Every non-overlapping hit in text[from, to), leftmost first. */
  find(text: string, from = 0, to = text.length): Array<PhraseHit<T>> {
    const hits: Array<PhraseHit<T>> = [];
    if (this.phrases.length === 0 || to <= from) return hits;
    // The phrases run on the slice, so that its ends bound a match as the text's ends would.
    const slice = text.slice(from, to);
    if (this.combined) return this.findCombined(slice, from);
    const entry = wordsOf(text);
    const words = entry.words;
    const ids = keyIdsOf(entry);
    const byId = this.trialById;
    let next = 0;
    let w = lowerBound(words.starts, from);
    // The slice's first character opens a word even when a letter precedes it in the text.
    if (words.starts[w] !== from && !SPACE.test(slice.charAt(0))) next = this.tryAt(slice, from, 0, this.candidates(keyAt(slice, 0)), hits, next);
    for (; w < words.count && words.starts[w]! < to; w++) {
      const at = words.starts[w]! - from;
      if (at < next) continue;
      // A word cut by the slice's end is keyed by what the slice holds of it.
      if (words.ends[w]! > to) { next = this.tryAt(slice, from, at, this.candidates(keyAt(slice, at)), hits, next); continue; }
      const id = ids[w]!;
      const trial = (id >= 0 ? byId[id] : undefined) ?? this.anywhereTrial;
      // A word that opens many phrases ("was", "will"): only those whose second word is the next word can match.
      if (trial.ids.length >= SPLIT_MIN && w + 1 < words.count && words.ends[w + 1]! <= to) next = this.trySplit(slice, from, at, trial, ids[w + 1]!, hits, next);
      else next = this.tryAt(slice, from, at, trial, hits, next);
    }
    return hits;
  }

  /**
   * Tries a trial's phrases at `at` in the slice; on a match, adds the hit and
   * returns where the next one may start, else returns `next` unchanged. A
   * method, not a closure in find: find runs some seventy times per document.
   */
  private tryAt(slice: string, from: number, at: number, trial: Trial, hits: Array<PhraseHit<T>>, next: number): number {
    const found = this.matchAt(slice, at, trial);
    if (found < 0) return next;
    return this.hit(from, at, found, hits);
  }

  /**
   * tryAt for a split trial: its phrases whose second word is the next word,
   * and those with no plain second word, each part tried on its own; where
   * both match, the one first in trial order wins, as in the whole trial.
   */
  private trySplit(slice: string, from: number, at: number, trial: Trial, second: number, hits: Array<PhraseHit<T>>, next: number): number {
    const { byKey, rest } = this.splitOf(trial);
    const own = byKey.get(second);
    const a = own ? this.matchAt(slice, at, own) : -1;
    const aLength = this.matchLength;
    const b = this.matchAt(slice, at, rest);
    if (a < 0 && b < 0) return next;
    if (b < 0 || (a >= 0 && a < b)) { this.matchLength = aLength; return this.hit(from, at, a, hits); }
    return this.hit(from, at, b, hits);
  }

  private hit(from: number, at: number, phrase: number, hits: Array<PhraseHit<T>>): number {
    hits.push({ start: from + at, end: from + at + this.matchLength, value: this.values[phrase]! });
    return at + Math.max(this.matchLength, 1);
  }

  /** The length of matchAt's last match. */
  private matchLength = 0;

  /** The number of the phrase of `trial` that matches at `at` (the first in trial order), or -1; its length in matchLength. */
  private matchAt(slice: string, at: number, trial: Trial): number {
    const list = trial.ids;
    if (list.length === 0) return -1;
    const head = this.headOf(trial);
    if (head) {
      head.lastIndex = at;
      if (!head.test(slice)) return -1;
    }
    const re = this.regexOf(trial);
    re.lastIndex = at;
    const hit = re.exec(slice);
    if (!hit) return -1;
    // The phrase that matched: the only one, or the group that took part (phrases have no groups of their own).
    let g = 1;
    if (list.length > 1) while (hit[g] === undefined) g++;
    this.matchLength = hit[0].length;
    return list[g - 1]!;
  }

  /**
   * A trial of many phrases in parts: those whose second word is one plain
   * word, by the key number of that word, and the rest (a gap second, a
   * hyphenated word), which keep a head check of their own. Made on first use.
   */
  private splitOf(trial: Trial): NonNullable<Trial['split']> {
    if (!trial.split) {
      const byKey = new Map<number, number[]>();
      const rest: number[] = [];
      for (const i of trial.ids) {
        const keys = this.seconds[i];
        if (!keys) { rest.push(i); continue; }
        for (const key of keys) {
          const k = keyId(key);
          const list = byKey.get(k);
          if (list) list.push(i); else byKey.set(k, [i]);
        }
      }
      // A part's two words are known to be there: its head check would only repeat that.
      trial.split = {
        byKey: new Map([...byKey].map(([k, ids]) => [k, { ids, re: null, head: null }])),
        rest: { ids: rest, re: null, head: undefined },
      };
    }
    return trial.split;
  }

  private findCombined(slice: string, from: number): Array<PhraseHit<T>> {
    const hits: Array<PhraseHit<T>> = [];
    const regex = this.combined!;
    regex.lastIndex = 0;
    for (let m = regex.exec(slice); m; m = regex.exec(slice)) {
      const group = m.findIndex((g, i) => i > 0 && g !== undefined);
      const value = this.values[group - 1];
      if (value !== undefined) hits.push({ start: from + m.index, end: from + m.index + m[0].length, value });
      if (m[0].length === 0) regex.lastIndex++;
    }
    return hits;
  }
}

const EMPTY: readonly number[] = [];

/** The phrases a word may open, in trial order, and the regex that tries them (made on first use). */
interface Trial {
  ids: readonly number[];
  /** For a trial of many phrases: its parts by the key number of the next word (bySecond), made on first use. */
  split?: { byKey: Map<number, Trial>; rest: Trial };
  re: RegExp | null;
  /** PhraseMatcher.headOf's regex: undefined until asked, null when the trial has none. */
  head: RegExp | null | undefined;
}

/** Below this many phrases a trial's alternation is as cheap as a head check. */
const HEAD_CHECK_MIN = 3;

/** From this many phrases a trial is split by its second word; below, one alternation is as cheap. */
const SPLIT_MIN = 8;

function push(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (list) list.push(i); else map.set(key, [i]);
}
