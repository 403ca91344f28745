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
/** A paragraph this long that ends in a colon introduces what follows (a list, a quotation) rather than labelling it. */
const LEAD_IN_WORDS = 15;
const sentenceEndPattern = /[.!?…؟](?:["'”’»)\]*_]|\[\d+\])*$/u;
const fullStopPattern = /[.…](?:["'”’»)\]*_]|\[\d+\])*$/u;

// Character classes, one bit each, for wordsOf's single pass.
const LETTER = 1;
const LETTER_OR_DIGIT = 2;
const SPACE = 4;
const CHARS = new CharClasses([/^\p{L}$/u, /^[\p{L}\p{N}]$/u, /^\s$/u]);
/** The same classes for ASCII, read without a call: most characters of most pages. */
const ASCII_CLASSES = Uint8Array.from({ length: 0x80 }, (_, c) => CHARS.of(c));

/**
 * The words of a unit: its runs between white space, trimmed of anything but
 * letters and digits at both ends, that hold a letter. One pass over the
 * characters, as every unit of every page is read.
 */
export function wordsOf(text: string): string[] {
  const out: string[] = [];
  scanWords(text, (start, end) => { out.push(text.slice(start, end)); });
  return out;
}

/** Calls `visit` with the offsets of each word of wordsOf, in order, without slicing them. */
function scanWords(text: string, visit: (start: number, end: number) => void): void {
  const n = text.length;
  let first = -1; // where the word's first letter or digit starts
  let end = -1; // where its last letter or digit ends
  let letter = false;
  for (let i = 0; i <= n;) {
    const c = i < n ? text.charCodeAt(i) : 0x20;
    let size = 1;
    let cls: number;
    if (c < 0x80) cls = ASCII_CLASSES[c]!;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) size = 2;
      cls = CHARS.of(cp);
    } else cls = CHARS.of(c);
    if ((cls & SPACE) !== 0) {
      if (letter) visit(first, end);
      first = -1;
      letter = false;
    } else if ((cls & LETTER_OR_DIGIT) !== 0) {
      if (first < 0) first = i;
      end = i + size;
      if ((cls & LETTER) !== 0) letter = true;
    }
    i += size;
  }
}

/** The length of the longest function word, per lexicon: a longer word is not sliced and looked up. */
const longestFunctionWord = new WeakMap<ReadonlySet<string>, number>();

function longestOf(words: ReadonlySet<string>): number {
  let n = longestFunctionWord.get(words);
  if (n === undefined) {
    n = 0;
    for (const w of words) n = Math.max(n, w.length);
    longestFunctionWord.set(words, n);
  }
  return n;
}

/**
 * Arabic writes the conjunction and prepositions onto the next word with its
 * article ("والقوات", "بالحدود", "للأسلحة"): such a word carries a function
 * word, or Arabic prose reads as a list of labels.
 */
const ATTACHED_PARTICLE = /(?:وال|فال|بال|كال|لل|وبال|ولل)[\u0621-\u064A]{2,}/y;

function attachedParticle(text: string, start: number): boolean {
  ATTACHED_PARTICLE.lastIndex = start;
  return ATTACHED_PARTICLE.test(text);
}

/** Whether some word of the line opens with an attached particle and article: Arabic prose, not a menu of labels. */
export function holdsAttachedParticle(line: string): boolean {
  for (const m of line.matchAll(/(?<=^|\s)[\u0621-\u064A]/gu)) if (attachedParticle(line, m.index)) return true;
  return false;
}

export function unitFeatures(text: string, lex: PageLexicon): UnitFeatures {
  const folded = foldCue(text.replace(bullet, ''));
  // One pass over the words for the four counts (every unit of every page comes here).
  // Lower-casing never shortens a word, so one longer than every function word is none.
  const longest = longestOf(lex.functionWords);
  let words = 0;
  let fn = 0;
  let latin = 0;
  let caps = 0;
  scanWords(text, (start, end) => {
    words++;
    const c = text.charCodeAt(start);
    if (end - start <= longest && lex.functionWords.has(text.slice(start, end).toLowerCase())) fn++;
    else if (c >= 0x0621 && c <= 0x064a && attachedParticle(text, start)) fn++;
    if (c >= 65 && c <= 90) { latin++; caps++; } else if (c >= 97 && c <= 122) latin++;
  });
  const trimmed = text.trim();
  const f: UnitFeatures = {
    words,
    functionRatio: words ? fn / words : 0,
    capitalRatio: latin ? caps / latin : 0,
    // "... we declare the following:" before a numbered list: a long paragraph closed by a colon is a sentence too.
    sentenceEnd: sentenceEndPattern.test(trimmed) || (words >= LEAD_IN_WORDS && /:$/.test(trimmed)),
    fullStop: fullStopPattern.test(trimmed),
    cue: null,
    folded,
  };
  f.cue = cueOf(f, lex);
  return f;
}

function cueOf(f: UnitFeatures, lex: PageLexicon): Cue {
  const bare = withoutTrailingMarks(f.folded);
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

const TRAILING_MARK = /^[\s:.…|»>›→-]$/u;

/**
 * The text without its trailing run of spaces, colons, dots, bars and arrows,
 * read backwards from the end (the regex /[...]+$/ tries every position of a long paragraph).
 */
function withoutTrailingMarks(s: string): string {
  let end = s.length;
  while (end > 0 && TRAILING_MARK.test(s[end - 1]!)) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** Reads like a sentence of prose, not a menu, label or headline. */
export function isProse(f: UnitFeatures, minWords: number): boolean {
  return f.cue === null && f.words >= minWords && f.sentenceEnd && f.functionRatio >= 0.1;
}

/** Addresses the reader, names one of the outlet's products and asks for an action: "Sign up to our morning newsletter". */
function isPitch(folded: string, lex: PageLexicon): boolean {
  return lex.pitch.product.test(folded) && lex.pitch.address.test(folded) && lex.pitch.call.test(folded);
}
