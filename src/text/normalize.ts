/**
 * Normalization of the display text: the same article from two readers should
 * come out as the same string (and so the same document id), without changing
 * a single letter a reader sees. Letters, quotes and Arabic stay as written;
 * only Unicode composition, white space and invisible characters change.
 *
 * - NFC; BOM, zero-width space, soft hyphen, bidi controls and stray controls removed.
 * - ZWNJ/ZWJ kept only between two letters of the Arabic script (the Persian
 *   half-space) or, for ZWJ, inside emoji sequences; removed elsewhere.
 * - Odd spaces (NBSP, thin, ideographic, tabs) become a plain space; runs of
 *   spaces collapse; lines are trimmed.
 * - Paragraph breaks become exactly "\n\n". Inside a paragraph, a line break
 *   stays (headlines, datelines, lists) unless the paragraph was hard-wrapped,
 *   in which case its lines are rejoined with spaces.
 */

const ARABIC_LETTER = '\\u0620-\\u064A\\u066E-\\u06D3\\u06D5\\u06EE\\u06EF\\u06FA-\\u06FF\\u0750-\\u077F\\u08A0-\\u08FF';
const PICTOGRAPH = '\\p{Extended_Pictographic}\\u{1F3FB}-\\u{1F3FF}\\uFE0F';

const REMOVE = /[\uFEFF\u200B\u00AD\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069\u2060\u180E\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]/g;
const ZWNJ_OUTSIDE_ARABIC = new RegExp(`(?<![${ARABIC_LETTER}])\\u200C+|\\u200C+(?![${ARABIC_LETTER}])`, 'gu');
const ZWJ_MEANINGLESS = new RegExp(
  `(?<![${ARABIC_LETTER}${PICTOGRAPH}])\\u200D+|\\u200D+(?![${ARABIC_LETTER}${PICTOGRAPH}])`,
  'gu',
);
const ODD_SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
// NFC sorts each run of combining marks, in time quadratic in its length; no script
// stacks more than a few, and Unicode's stream-safe format caps a run at 30 (UAX #15).
const MARK_PILE_UP = /(\p{M}{30})\p{M}+/gu;

/** Normalizes `raw` as described in the module comment. Idempotent. */
export function normalizeText(raw: string): string {
  // Most texts hold nothing the chain below changes but combining marks: one scan decides.
  const text = NEEDS_WORK.test(raw) ? normalizeChars(raw) : raw.replace(MARK_PILE_UP, '$1').normalize('NFC');
  const paragraphs = text.split(/\n{2,}/).map((p) => p.trim()).filter((p) => p !== '');
  // NFC again: a removed invisible may have separated a letter from its accent (or a pile of marks).
  return paragraphs.map(unwrapParagraph).join('\n\n').replace(MARK_PILE_UP, '$1').normalize('NFC');
}

/**
 * A character one of normalizeChars's replaces changes: line and paragraph separators, removed
 * and odd characters, joiners, two spaces or a space beside a line break. NFC makes none of them
 * from other characters (U+2000 and U+2001, which it maps to other spaces, are listed).
 */
const NEEDS_WORK = /[\r\u2028\u2029\u0085\uFEFF\u200B\u00AD\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069\u2060\u180E\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u200C\u200D\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]| {2}| \n|\n /;

/** Line breaks, invisibles and spaces normalized, before paragraphs are read. */
function normalizeChars(raw: string): string {
  let text = raw
    .replace(/\r\n?/g, '\n')
    .replace(/\u2029/g, '\n\n')
    .replace(/[\u2028\u0085]/g, '\n')
    .replace(MARK_PILE_UP, '$1')
    .normalize('NFC')
    .replace(REMOVE, '')
    .replace(ZWNJ_OUTSIDE_ARABIC, '')
    .replace(ZWJ_MEANINGLESS, '')
    .replace(ODD_SPACES, ' ')
    .replace(/ {2,}/g, ' ')
    .replace(/ *\n */g, '\n');
  // Runs of joiners (a ZWNJ next to a ZWJ) are noise; keep the first.
  return text.replace(/([\u200C\u200D])[\u200C\u200D]+/g, '$1');
}

// A line that starts a list item or a dateline-like label is never a wrapped continuation.
const LIST_ITEM = /^(?:[-*•▪●◦–—]\s|\d{1,3}[.)]\s|\(\w\)\s)/u;
const ENDS_SENTENCE = /[.!?؟:…"”»)]$/u;

/**
 * Rejoins a paragraph's lines when they look hard-wrapped: every line but the
 * last fills most of the widest line's width (30..120 characters), the last
 * is not much wider, no line is a list item, and most lines end mid-sentence.
 * Decided per paragraph so that a second pass sees the same paragraphs.
 */
function unwrapParagraph(paragraph: string): string {
  if (!paragraph.includes('\n')) return paragraph;
  const lines = paragraph.split('\n');
  const body = lines.slice(0, -1);
  const last = lines[lines.length - 1] ?? '';
  const width = Math.max(...body.map((l) => l.length));
  if (width < 30 || width > 120) return paragraph;
  if (last.length > width * 1.2 + 5) return paragraph;
  if (body.some((l) => l.length < width * 0.6)) return paragraph;
  if (lines.slice(1).some((l) => LIST_ITEM.test(l))) return paragraph;
  const midSentence = body.filter((l) => !ENDS_SENTENCE.test(l)).length;
  if (midSentence * 2 < body.length) return paragraph;
  let out = lines[0] ?? '';
  for (const line of lines.slice(1)) {
    // A word split by a hyphen at the wrap ("al-\nKaabi") keeps its hyphen and no space.
    out += /\p{L}-$/u.test(out) ? line : ` ${line}`;
  }
  return out;
}
