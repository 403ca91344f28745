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
 * A phrase's first two words, each as its alternatives compiled the way
 * compilePhrase compiles them, or null when a match need not hold two plain
 * words (a single word, a gap second, Arabic spelling variants).
 */
function headOf(phrase: string): { first: string[]; second: string[] } | null {
  const words = phrase.trim().split(/\s+/);
  const [first, second] = words;
  if (first === undefined || second === undefined || first === '*' || second === '*' || isArabicWord(first) || isArabicWord(second)) return null;
  return { first: first.split('|').map(escape), second: second.split('|').map(escape) };
}

// The first run of word characters (letters, marks, digits, underscore): where a phrase's first word is checked.
const WORD_RUN = /[\p{L}\p{M}\p{N}_]+/uy;
const PHRASE_RUN = /^[\p{L}\p{M}\p{N}_]+/u;

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
  private readonly heads: Array<{ first: string[]; second: string[] } | null>;
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
   * sticky regex for "any of their first words, then any of their second
   * words". Every match of a phrase begins with a match of it, so where it
   * fails none of the phrases can match, and a failed test is much cheaper
   * than the trial's alternation (most words that open a cue, like "will" or
   * "was", open none). Null when some phrase has no such head.
   */
  private headOf(trial: Trial): RegExp | null {
    if (trial.head !== undefined) return trial.head;
    const heads = trial.ids.map((i) => this.heads[i]);
    if (trial.ids.length < HEAD_CHECK_MIN || heads.some((h) => !h)) return (trial.head = null);
    const first = [...new Set(heads.flatMap((h) => h!.first))].join('|');
    const second = [...new Set(heads.flatMap((h) => h!.second))].join('|');
    // What follows a second word in a phrase is white space (\s+ or a gap) or the phrase's end (no letter): never a letter.
    trial.head = new RegExp(`(?<!${LETTER})(?:${first})\\s+(?:${second})(?!${LETTER})`, 'iuy');
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
      next = this.tryAt(slice, from, at, (id >= 0 ? byId[id] : undefined) ?? this.anywhereTrial, hits, next);
    }
    return hits;
  }

  /**
   * Tries a trial's phrases at `at` in the slice; on a match, adds the hit and
   * returns where the next one may start, else returns `next` unchanged. A
   * method, not a closure in find: find runs some seventy times per document.
   */
  private tryAt(slice: string, from: number, at: number, trial: Trial, hits: Array<PhraseHit<T>>, next: number): number {
    const list = trial.ids;
    if (list.length === 0) return next;
    const head = this.headOf(trial);
    if (head) {
      head.lastIndex = at;
      if (!head.test(slice)) return next;
    }
    const re = this.regexOf(trial);
    re.lastIndex = at;
    const hit = re.exec(slice);
    if (!hit) return next;
    // The phrase that matched: the only one, or the group that took part (phrases have no groups of their own).
    let g = 1;
    if (list.length > 1) while (hit[g] === undefined) g++;
    const i = list[g - 1]!;
    hits.push({ start: from + at, end: from + at + hit[0].length, value: this.values[i]! });
    return at + Math.max(hit[0].length, 1);
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
  re: RegExp | null;
  /** PhraseMatcher.headOf's regex: undefined until asked, null when the trial has none. */
  head: RegExp | null | undefined;
}

/** Below this many phrases a trial's alternation is as cheap as a head check. */
const HEAD_CHECK_MIN = 3;

function push(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (list) list.push(i); else map.set(key, [i]);
}
