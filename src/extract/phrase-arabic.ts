/**
 * How an Arabic cue word is written as a pattern. Arabic text varies where
 * the lexicon cannot list every form: writers drop or add the hamza on alef
 * (أكد / اكد), swap final yeh and alef maqsura (نفى / نفي) and taa marbuta
 * and heh (مسؤولية / مسؤوليه), write the hamza seat of مسؤول in two ways,
 * stretch words with tatweel and may or may not write short vowels, tanwin
 * and shadda. The pattern accepts all of these without changing the text,
 * so every hit's offsets stay offsets into the document.
 */

// Harakat, tanwin, shadda, sukun, superscript alef, and tatweel: may follow any letter.
const MARKS = '[\\u064B-\\u065F\\u0670\\u0640]*';

// Letters a writer uses for one another; each stands for the whole class.
const CLASSES: ReadonlyArray<readonly [RegExp, string]> = [
  [/[اأإآٱ]/, '[اأإآٱ]'],
  [/[يى]/, '[يىی]'],
  [/[ةه]/, '[ةه]'],
  [/[ؤئو]/, '[ؤئو]'],
  [/[كک]/, '[كک]'],
];

/** The pattern for one Arabic letter: its class, then any marks. */
function letterPattern(c: string): string {
  for (const [test, cls] of CLASSES) if (test.test(c)) return cls + MARKS;
  if (/[\u064B-\u065F\u0670\u0640]/.test(c)) return '';
  return c.replace(/[.*+?^${}()[\]\\|]/g, '\\$&') + MARKS;
}

/** True when the word is written in Arabic script. */
export function isArabicWord(word: string): boolean {
  return /[\u0600-\u06FF]/.test(word);
}

/** A regular-expression source matching `word` in any of its usual Arabic spellings. */
export function arabicWordPattern(word: string): string {
  let out = '';
  for (const c of word) out += letterPattern(c);
  return out;
}

/**
 * What may be attached before an Arabic cue: the conjunctions و and ف.
 * Prepositions (ب, ل) are not: "بقتل" is "by killing" and "ليستهدف" "in
 * order to target", not reports; a cue that starts with one spells it out.
 */
export const ARABIC_CUE_PREFIX = '(?:[وف])?';
