/**
 * Finds cue phrases from the lexicons in a stretch of text. All phrases of a
 * matcher are compiled at load into one regular expression: one pass per
 * sentence, whatever the size of the lexicon.
 *
 * Phrase syntax: words separated by spaces; "a|b" is either word; "*" skips up
 * to three words. Matching ignores case and the apostrophe style, and is
 * bounded by non-letters on both sides (Arabic cues also accept a leading
 * conjunction و or ف, and the spelling variants of phrase-arabic.ts).
 */
import { ARABIC_CUE_PREFIX, arabicWordPattern, isArabicWord } from './phrase-arabic.js';

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
    const sep = i === 0 ? '' : '\\s+';
    out += `${sep}(?:${alt})`;
  }
  const first = words[0] ?? '';
  const prefix = isArabicWord(first) ? ARABIC_CUE_PREFIX : '';
  return `(?<!${LETTER})${prefix}${out}(?!${LETTER})`;
}

export class PhraseMatcher<T> {
  private readonly regex: RegExp | null;
  private readonly values: T[];

  constructor(entries: ReadonlyArray<{ phrase: string; value: T }>) {
    // Longer phrases first: the regex takes the first alternative that matches.
    const sorted = [...entries].sort((a, b) => b.phrase.length - a.phrase.length);
    this.values = sorted.map((e) => e.value);
    this.regex = sorted.length === 0 ? null : new RegExp(sorted.map((e) => `(${compilePhrase(e.phrase)})`).join('|'), 'giu');
  }

  /** Every non-overlapping hit in text[from, to), leftmost first. */
  find(text: string, from = 0, to = text.length): Array<PhraseHit<T>> {
    const hits: Array<PhraseHit<T>> = [];
    if (!this.regex) return hits;
    const slice = text.slice(from, to);
    this.regex.lastIndex = 0;
    for (let m = this.regex.exec(slice); m; m = this.regex.exec(slice)) {
      const group = m.findIndex((g, i) => i > 0 && g !== undefined);
      const value = this.values[group - 1];
      if (value !== undefined) hits.push({ start: from + m.index, end: from + m.index + m[0].length, value });
      if (m[0].length === 0) this.regex.lastIndex++;
    }
    return hits;
  }
}
