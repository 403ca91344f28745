/**
 * Counts as English news prose writes them: digits, or words from "one" to
 * "ninety-nine" ("three days", "twenty-four hours", "killing seventeen").
 * One reader for the deadline, date-lag and death-toll rules, so that they
 * agree on which words are numbers.
 */
const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const VALUES = new Map<string, number>();
UNITS.forEach((w, n) => VALUES.set(w, n));
TENS.forEach((w, t) => {
  if (!w) return;
  VALUES.set(w, t * 10);
  for (let u = 1; u < 10; u++) VALUES.set(`${w}-${UNITS[u]}`, t * 10 + u);
});

/** A regex source matching one count word (no digits, no flags needed beyond i). */
export const NUMBER_WORD = `(?:(?:${TENS.filter(Boolean).join('|')})(?:-(?:${UNITS.slice(1, 10).join('|')}))?|${UNITS.slice(1).sort((a, b) => b.length - a.length).join('|')})`;

/** The value of a count written in digits or words; null when the word is no count. */
export function countValue(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  return VALUES.get(word.toLowerCase()) ?? null;
}
