/**
 * What the boilerplate classifier knows about one unit of a page: its size,
 * how much it reads like prose, and which furniture cues it carries.
 */
import { CharClasses } from '../text/char-classes.js';
import { foldCue, type PageLexicon } from './lexicon.js';

export type Cue = 'furniture' | 'caption' | 'note' | 'section' | null;

export interface UnitFeatures {
  words: number;
  /** Share of words that are function words ("the", "of", "في"): high in prose, ~0 in menus. */
  functionRatio: number;
  /** Share of Latin words that start with a capital. */
  capitalRatio: number;
  /** Ends like a sentence: . ! ? … ؟ maybe followed by quotes, brackets or a note mark. */
  sentenceEnd: boolean;
  /** Ends with a full stop (headlines rarely do). */
  fullStop: boolean;
  cue: Cue;
  /** The unit folded for comparison, without list bullets. */
  folded: string;
}

const bullet = /^[\s*•·▪►\-–—>|#_]+/;
const sentenceEndPattern = /[.!?…؟](?:["'”’»)\]*_]|\[\d+\])*$/u;
const fullStopPattern = /[.…](?:["'”’»)\]*_]|\[\d+\])*$/u;

// Character classes, one bit each, for wordsOf's single pass.
const LETTER = 1;
const LETTER_OR_DIGIT = 2;
const SPACE = 4;
const CHARS = new CharClasses([/^\p{L}$/u, /^[\p{L}\p{N}]$/u, /^\s$/u]);

/**
 * The words of a unit: its runs between white space, trimmed of anything but
 * letters and digits at both ends, that hold a letter. One pass over the
 * characters, as every unit of every page is read.
 */
export function wordsOf(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  let first = -1; // where the word's first letter or digit starts
  let end = -1; // where its last letter or digit ends
  let letter = false;
  for (let i = 0; i <= n;) {
    const cp = i < n ? text.codePointAt(i)! : 0x20;
    const size = cp > 0xffff ? 2 : 1;
    const cls = CHARS.of(cp);
    if ((cls & SPACE) !== 0) {
      if (letter) out.push(text.slice(first, end));
      first = -1;
      letter = false;
    } else if ((cls & LETTER_OR_DIGIT) !== 0) {
      if (first < 0) first = i;
      end = i + size;
      if ((cls & LETTER) !== 0) letter = true;
    }
    i += size;
  }
  return out;
}

export function unitFeatures(text: string, lex: PageLexicon): UnitFeatures {
  const words = wordsOf(text);
  const folded = foldCue(text.replace(bullet, ''));
  const fn = words.filter((w) => lex.functionWords.has(w.toLowerCase())).length;
  const latin = words.filter((w) => /^[A-Za-z]/.test(w));
  const caps = latin.filter((w) => /^[A-Z]/.test(w)).length;
  const f: UnitFeatures = {
    words: words.length,
    functionRatio: words.length ? fn / words.length : 0,
    capitalRatio: latin.length ? caps / latin.length : 0,
    sentenceEnd: sentenceEndPattern.test(text.trim()),
    fullStop: fullStopPattern.test(text.trim()),
    cue: null,
    folded,
  };
  f.cue = cueOf(f, lex);
  return f;
}

function cueOf(f: UnitFeatures, lex: PageLexicon): Cue {
  const bare = f.folded.replace(/[\s:.…|»>›→-]+$/u, '');
  const heading = f.words <= 8 && !f.sentenceEnd;
  // A heading such as "Read more" or "Comments" opens a block of links, so it is tested before the whole-line labels.
  if (heading && lex.sectionStart.test(bare)) return 'section';
  if (lex.wholeLines.has(bare)) return 'furniture';
  if (/^\[\d{1,3}\]/.test(f.folded) && f.words <= 80) return 'note';
  if (f.words <= 60 && (lex.captionPhrase.test(f.folded) || lex.trailingCredit.test(f.folded))) return 'caption';
  if (f.words <= 40 && lex.positionWord.test(f.folded)) return 'caption';
  if (f.words <= 30 && lex.lineStart.test(f.folded)) return 'furniture';
  if (f.words <= 120 && lex.strongPhrase.test(f.folded)) return 'furniture';
  if (f.words <= 40 && isPitch(f.folded, lex)) return 'furniture';
  return null;
}

/** Reads like a sentence of prose, not a menu, label or headline. */
export function isProse(f: UnitFeatures, minWords: number): boolean {
  return f.cue === null && f.words >= minWords && f.sentenceEnd && f.functionRatio >= 0.1;
}

/** Addresses the reader, names one of the outlet's products and asks for an action: "Sign up to our morning newsletter". */
function isPitch(folded: string, lex: PageLexicon): boolean {
  return lex.pitch.product.test(folded) && lex.pitch.address.test(folded) && lex.pitch.call.test(folded);
}
