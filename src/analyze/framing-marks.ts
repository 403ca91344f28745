/**
 * Where in a document the framing words stand, for highlighting: the
 * sentences that hold a lexicon term, with each match's offsets into the
 * document's own text. framing.ts counts on folded text, which carries no
 * offsets; here each character is folded on its own, so every folded
 * character remembers the original one it came from.
 */
import { foldText } from '../text/fold.js';
import { framingPieces, termSpans, type FramingTerm, type Stance } from './framing.js';

export interface FramingMark {
  term: string;
  stance: Stance;
  /** Offsets into the document text. */
  start: number;
  end: number;
}

export interface FramingSentence {
  start: number;
  end: number;
  text: string;
  marks: FramingMark[];
}

/** Folded text, and for each folded code unit the offset of the original character it came from. */
function foldWithOffsets(text: string, base: number): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = foldText(ch);
    folded += f;
    for (let k = 0; k < f.length; k++) origin.push(base + i);
    i += ch.length;
  }
  return { folded, origin };
}

/** The end offset (exclusive) in the original text of a folded range ending at `end`. */
function originalEnd(text: string, base: number, origin: number[], end: number): number {
  const last = origin[end - 1]!;
  const code = text.codePointAt(last - base) ?? 0;
  return last + (code > 0xffff ? 2 : 1);
}

/**
 * The sentences holding framing words, in text order, each with its marks.
 * Sentences are cut as framing.ts cuts them, and a stretch of text counts
 * once per term, so the marks of a document add up to its framing counts.
 */
export function framingSentences(text: string, lexicon: readonly FramingTerm[]): FramingSentence[] {
  const out: FramingSentence[] = [];
  for (const { start, text: piece } of framingPieces(text)) {
    const { folded, origin } = foldWithOffsets(piece, start);
    const marks: FramingMark[] = [];
    for (const t of lexicon) {
      for (const [a, b] of termSpans(folded, t)) {
        marks.push({ term: t.term, stance: t.stance, start: origin[a]!, end: originalEnd(piece, start, origin, b) });
      }
    }
    if (marks.length > 0) out.push({ start, end: start + piece.length, text: piece, marks: marks.sort((x, y) => x.start - y.start || y.end - x.end) });
  }
  return out;
}
