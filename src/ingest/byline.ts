/**
 * Bylines: "By NAME", "By NAME | Role - Org | Feb 23, 2018", "By A and B",
 * "بقلم NAME". The author's name comes out in name case ("SETH J.
 * FRANTZMAN" → "Seth J. Frantzman"); desks ("Staff", "Agencies") are not authors.
 */
import { findDates } from './dates.js';
import { foldCue, type PageLexicon } from './lexicon.js';

export interface Byline {
  /** Author names, in name case. */
  authors: string[];
  /** The names as the page prints them, in name case: "Jane Roe and John Doe". */
  printed: string;
  /** The segments after the names (role, organisation, date), for the outlet and date. */
  rest: string;
}

/** Splits "By NAME | Role - Org | date" into names and the rest; null when the unit is no byline. */
export function parseByline(unit: string, lex: PageLexicon): Byline | null {
  const text = unit.replace(/^[\s*•·\-–—|>_]+/, '').replace(/\s+/g, ' ').trim();
  const prefix = foldCue(text).match(lex.bylinePrefix) ?? datedByPrefix(text, lex);
  if (!prefix) return null;
  const afterPrefix = text.slice(prefix[0].length);
  // The names end at a separator, a date or a bracket.
  const date = findDates(afterPrefix, lex)[0];
  let cut = Math.min(
    // "By Jane Roe in Ankara": the place after "in" is no part of the name.
    ...[afterPrefix.search(/\s[|•·–—]\s|\s-\s|[|,;(\[]|\s+in\s+(?=\p{Lu})/u), date ? date.start : -1].filter((n) => n >= 0),
    afterPrefix.length,
  );
  let namesPart = afterPrefix.slice(0, cut).trim();
  // "By A, B and C": a comma that goes on to more full names joined by "and" lists reporters, not a place.
  const list = /^,\s*([^|;(\[]+?)(?=\s[|•·–—]\s|\s-\s|[|;(\[]|$)/u.exec(afterPrefix.slice(cut));
  if (list && findDates(list[1]!, lex).length === 0) {
    const more = list[1]!.split(/\s*,\s*|\s+(?:and|&)\s+/);
    // Without "and", only names printed in capitals like the first ("By JANE ROE, JOHN DOE"): a role or a place is rarely set so.
    const capitals = (n: string) => /\p{Lu}/u.test(n) && n === n.toUpperCase();
    const joined = /\s(?:and|&)\s/.test(list[1]!) || (capitals(namesPart) && more.every(capitals));
    if (joined && more.every((n) => n.split(/\s+/).length >= 2 && looksLikeName(n, lex) && !n.split(/\s+/).some((w) => lex.headerLabels.has(foldCue(w))))) {
      namesPart = `${namesPart}, ${list[1]!.trim()}`;
      cut += list[0].length;
    }
  }
  // Split with the joiners kept, so the byline can be given back as printed.
  const pieces = namesPart.split(/(\s+(?:and|&|و)\s+|\s*[،,]\s*)/);
  const names = pieces.filter((_, i) => i % 2 === 0).map((n) => n.trim());
  const kept = names.filter((n) => n && (looksLikeName(n, lex) || looksLikeDesk(n, lex)));
  const authors = kept.map((n) => nameCase(n, lex));
  if (authors.length === 0) return null;
  const whole = kept.length === names.length;
  const printed = whole ? pieces.map((p, i) => (i % 2 === 0 ? nameCase(p.trim(), lex) : /^[،,]$/.test(p.trim()) ? `${p.trim()} ` : ` ${p.trim()} `)).join('') : authors.join(', ');
  return { authors, printed, rest: afterPrefix.slice(cut) };
}

/**
 * "Posted on 3 January 2024 by NAME", "Published March 4, 2024 by NAME":
 * a date label and a date before "by". Returns the part up to the name.
 */
function datedByPrefix(text: string, lex: PageLexicon): RegExpMatchArray | null {
  const label = foldCue(text).match(lex.dateLabel);
  if (!label) return null;
  const by = /^(.{4,48}?)\s+by\s+/i.exec(text.slice(label[0].length));
  if (!by || !findDates(by[1]!, lex)[0]) return null;
  return [text.slice(0, label[0].length + by[0].length)];
}

/** One to six words, letters only, not a desk or an agency, no running prose. */
export function looksLikeName(name: string, lex: PageLexicon): boolean {
  const words = name.split(/\s+/);
  if (words.length < 1 || words.length > 6) return false;
  if (lex.notAuthor.has(foldCue(name))) return false;
  // "Staff Correspondent": every word a desk word.
  if (words.every((w) => lex.notAuthor.has(foldCue(w)))) return false;
  if (!words.every((w) => /^[\p{L}][\p{L}\p{M}.'’-]*$/u.test(w))) return false;
  const latin = words.filter((w) => /^[A-Za-z]/.test(w));
  // Latin names are capitalised except for particles (al-, bin, van).
  if (latin.some((w) => /^[a-z]/.test(w) && !lex.nameParticles.has(w.toLowerCase().replace(/-.*$/, '')))) return false;
  return !words.some((w) => lex.functionWords.has(w.toLowerCase()) && !lex.nameParticles.has(w.toLowerCase()));
}

/**
 * A desk byline: an organisation's name and a desk word, "Reuters staff",
 * "The Times of Israel Staff Writers". The organisation's words are
 * capitalised (small words such as "of" aside); "our correspondent" is no desk byline.
 */
export function looksLikeDesk(name: string, lex: PageLexicon): boolean {
  const folded = foldCue(name);
  const desk = folded.match(lex.deskEnd);
  if (!desk) return false;
  const org = name.trim().slice(0, name.trim().length - desk[0].length).trim().split(/\s+/).filter(Boolean);
  if (org.length < 1 || org.length > 6) return false;
  if (!org.every((w) => /^[\p{L}][\p{L}\p{M}.'’-]*$/u.test(w))) return false;
  const small = (w: string) => lex.functionWords.has(w.toLowerCase()) || lex.nameParticles.has(w.toLowerCase());
  // "Staff Correspondent" is a desk word twice over, not an organisation's desk.
  if (small(org[org.length - 1]!) || lex.notAuthor.has(foldCue(org.join(' ')))) return false;
  return org.every((w) => small(w) || !/^[a-z]/.test(w)) && org.some((w) => !small(w));
}

/** Name case for names printed in capitals or in lower case; mixed-case names are left as printed. */
export function nameCase(name: string, lex: PageLexicon): string {
  const letters = name.replace(/[^\p{L}]/gu, '');
  const allUpper = letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  const allLower = letters === letters.toLowerCase() && letters !== letters.toUpperCase();
  if (!allUpper && !allLower) return name.replace(/\s+/g, ' ').trim();
  return name.trim().split(/\s+/).map((word, i) => word.split(/([-'’])/).map((part, j) => {
    if (part === '-' || part === "'" || part === '’') return part;
    const lower = part.toLowerCase();
    // "al-" inside a name stays lower case; a one-letter piece after an apostrophe ("O'Neil") is capitalised.
    if ((i > 0 || j > 0) && j === 0 && lex.nameParticles.has(lower) && word.length > part.length) return lower;
    if (i > 0 && j === 0 && lex.nameParticles.has(lower) && word.length === part.length) return lower;
    return lower.charAt(0).toUpperCase() + lower.slice(1);
  }).join('')).join(' ');
}
