/**
 * Splitting a text page into units: one per line, except that lines of a
 * hard-wrapped paragraph (mail and terminal dumps wrap at ~72-80 columns)
 * are joined back into one unit.
 */

export interface Unit {
  /** The unit's text, trimmed, wrapped lines joined by one space. */
  text: string;
  /** Offsets of the unit's first and last character in the source string. */
  start: number;
  end: number;
  /** Blank lines just before this unit: a cue for section breaks. */
  blankBefore: number;
}

interface Line { text: string; start: number; end: number }

function linesOf(source: string): Line[] {
  const lines: Line[] = [];
  const re = /[^\n]*(?:\n|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(source)) !== null && m[0].length > 0) {
    const raw = m[0].replace(/\r?\n$/, '').replace(/\r$/, '');
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    lines.push({ text, start: m.index + lead, end: m.index + lead + text.length });
    if (m.index + m[0].length >= source.length) break;
  }
  return lines;
}

/**
 * The column a text was hard-wrapped at, or null. A wrapped text has almost
 * no line longer than the wrap column and many lines filled close to it.
 */
export function wrapColumn(source: string): number | null {
  const lengths = linesOf(source).map((l) => l.text.length).filter((n) => n > 0);
  if (lengths.length < 6) return null;
  const long = lengths.filter((n) => n > 100).length;
  if (long / lengths.length > 0.05) return null;
  const sorted = [...lengths].sort((a, b) => a - b);
  const column = sorted[Math.floor(sorted.length * 0.95)] ?? 0;
  if (column < 40) return null;
  const filled = lengths.filter((n) => n >= column - 20).length;
  return filled / lengths.length >= 0.4 ? column : null;
}

const listMarker = /^(?:[-*•·▪►]|\d{1,2}[.)]|\[[^\]]*\])\s/;

export function splitUnits(source: string): Unit[] {
  const lines = linesOf(source);
  const column = wrapColumn(source);
  const units: Unit[] = [];
  let blank = 0;
  let current: Unit | null = null;
  let lastLength = 0;
  for (const line of lines) {
    if (line.text === '') {
      blank++;
      current = null;
      continue;
    }
    const firstWord = line.text.split(/\s/, 1)[0] ?? '';
    // The previous line was broken only because this line's first word did not fit.
    const continues = current !== null && column !== null && !listMarker.test(line.text)
      && lastLength + 1 + firstWord.length > column - 2;
    // A wrapped headline or paragraph broken early: the next line goes on in lower case after an unfinished line.
    const goesOn = current !== null && column !== null && !listMarker.test(line.text)
      && /^[a-z]/.test(line.text) && !/[.!?…:;"”»)]$/.test(current.text);
    if ((continues || goesOn) && current) {
      current.text += ' ' + line.text;
      current.end = line.end;
    } else {
      current = { text: line.text, start: line.start, end: line.end, blankBefore: blank };
      units.push(current);
    }
    lastLength = line.text.length;
    blank = 0;
  }
  return units;
}
