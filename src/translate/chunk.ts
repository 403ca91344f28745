/**
 * Long texts are cut at sentence ends into pieces a translation service
 * accepts, and put back together with the whitespace that separated them.
 */

export interface Piece {
  text: string;
  /** Whitespace that followed this piece in the original, restored after translation. */
  after: string;
}

// A sentence ends after . ! ? or the Arabic question mark and semicolon, or at a line break.
const SENTENCE = /[^.!?\u061F\u061B\n]*(?:[.!?\u061F\u061B]+|\n|$)/gu;

function sentences(text: string): string[] {
  return (text.match(SENTENCE) ?? []).filter((s) => s.length > 0);
}

/** Cuts one over-long sentence at spaces, and a space-less run by characters. */
function cutLong(sentence: string, max: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of sentence.split(/(?<=\s)/u)) {
    if (current.length + word.length <= max) {
      current += word;
      continue;
    }
    if (current) out.push(current);
    current = '';
    let rest = word;
    while (rest.length > max) {
      out.push(rest.slice(0, max));
      rest = rest.slice(max);
    }
    current = rest;
  }
  if (current) out.push(current);
  return out;
}

/** Splits `text` into pieces of at most `maxChars` (trimmed), cutting between sentences where it can. */
export function splitForTranslation(text: string, maxChars: number): Piece[] {
  if (maxChars < 1) throw new RangeError('maxChars must be positive');
  const units = sentences(text).flatMap((s) => (s.length > maxChars ? cutLong(s, maxChars) : [s]));
  const raw: string[] = [];
  let current = '';
  for (const unit of units) {
    if (current.length + unit.length > maxChars && current) {
      raw.push(current);
      current = '';
    }
    current += unit;
  }
  if (current) raw.push(current);
  const pieces: Piece[] = [];
  let lead = '';
  for (const chunk of raw) {
    const body = chunk.trim();
    const start = chunk.length - chunk.trimStart().length;
    if (!body) {
      lead += chunk;
      continue;
    }
    // Whitespace before the first piece is dropped; between pieces it is kept as "after".
    const previous = pieces[pieces.length - 1];
    if (previous) previous.after += lead + chunk.slice(0, start);
    lead = '';
    pieces.push({ text: body, after: chunk.slice(start + body.length) });
  }
  const last = pieces[pieces.length - 1];
  if (last && lead) last.after += lead;
  return pieces;
}

/** Joins translated pieces with the original separators. */
export function joinPieces(pieces: Piece[], translated: string[]): string {
  return pieces.map((p, i) => (translated[i] ?? '') + p.after).join('').trimEnd();
}

/** Groups consecutive items so each group's total length stays under `maxChars` (a longer item stands alone). */
export function batchByLength<T>(items: T[], length: (item: T) => number, maxChars: number, maxItems: number): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const item of items) {
    const n = length(item);
    if (current.length > 0 && (size + n > maxChars || current.length >= maxItems)) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += n;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
