/**
 * Bylines printed without "By": many templates set the author's name on a
 * line of its own beside the date ("Jul 21, 2024" / "Dan Levinsohn"), maybe
 * with a place or a role after a comma or a bar ("Jane Roe, Beirut",
 * "John Doe | Al Jazeera"). Such a line is read as a byline only when it
 * sits next to a date line, its name part looks like a person's name (two
 * to five capitalised words, none a header label such as "Press Release",
 * not an outlet's name), and another header line, longer, is left to be
 * the headline.
 */
import { looksLikeDesk, looksLikeName, nameCase, type Byline } from './byline.js';
import { isDateLine } from './dates.js';
import { foldCue, type PageLexicon } from './lexicon.js';
import type { SourceRegistry } from './sources.js';

export interface BareByline extends Byline {
  /** Index of the header line that carries it. */
  index: number;
}

export function bareBylines(header: string[], lex: PageLexicon, registry: SourceRegistry): BareByline[] {
  const dated = header.map((u) => isDateLine(u, lex));
  const found: BareByline[] = [];
  header.forEach((unit, i) => {
    // "Ahmed Jasim | 5 February 2024": a name, a separator, then the date, on one line.
    const namedDate = dated[i] && /^[^\d|•·,]{4,60}(?:\s[|•·–—-]\s|,)\s*\S/.test(unit) && !isDateLine(unit.split(/\s[|•·–—-]\s|,/)[0]!, lex);
    if ((dated[i] && !namedDate) || !(namedDate || dated[i - 1] || dated[i + 1])) return;
    const byline = bareByline(unit, lex, registry, i > 0);
    if (!byline) return;
    const nameWords = byline.authors[0]!.split(/\s+/).length;
    const headlineLeft = header.some((other, j) => j !== i && !dated[j] && other.split(/\s+/).length > nameWords + 1);
    if (headlineLeft) found.push({ ...byline, index: i });
  });
  return found;
}

/**
 * "NAME" or "NAME, rest" / "NAME | rest" / "NAME - rest"; null when the name part is not a person's name.
 * Below the first line (where a masthead sits), a desk named after an outlet ("Rudaw Digital", "Gazette
 * Staff") is a byline too, kept as printed.
 */
export function bareByline(unit: string, lex: PageLexicon, registry: SourceRegistry, deskAllowed = false): Byline | null {
  const text = unit.replace(/\s+/g, ' ').trim();
  const cut = text.search(/\s[|•·–—-]\s|,/);
  const name = (cut >= 0 ? text.slice(0, cut) : text).trim();
  const words = name.split(' ');
  if (words.length < 2 || words.length > (/\s(?:and|&)\s/.test(name) ? 9 : 5)) return null;
  const deskName = deskAllowed && name !== name.toUpperCase() && !lex.bylinePrefix.test(foldCue(name))
    && words.slice(0, -1).every((w) => !lex.notAuthor.has(foldCue(w))) && looksLikeDesk(name, lex);
  if (deskName) return { authors: [name], printed: name, rest: cut >= 0 ? text.slice(cut) : '' };
  // "Hill Country Courier": a name ending in a publisher's word is a masthead.
  if (lex.publisherWords.has(foldCue(words[words.length - 1]!))) return null;
  // "Jane Roe and John Doe", "Jane Roe & John Doe": two reporters, each a full name, kept as printed.
  const pair = /^(.+?)\s+(and|&)\s+(.+)$/.exec(name);
  if (pair) {
    const names = [pair[1]!, pair[3]!];
    if (!names.every((n) => n.split(' ').length >= 2 && bareByline(n, lex, registry) !== null)) return null;
    const authors = names.map((n) => nameCase(n, lex));
    return { authors, printed: `${authors[0]} ${pair[2]} ${authors[1]}`, rest: cut >= 0 ? text.slice(cut) : '' };
  }
  // Latin script only: capitals are what tell a name from a label, and Arabic has none.
  if (!words.every((w) => /^[A-Za-z]/.test(w))) return null;
  if (!looksLikeName(name, lex)) return null;
  if (words.some((w) => lex.headerLabels.has(foldCue(w).replace(/[.'’]+$/, '')))) return null;
  // All capitals is a masthead or a label ("MONITORING DIGEST"), unless a byline prefix said otherwise.
  if (name === name.toUpperCase()) return null;
  if (registry.find(name).length > 0) return null;
  const author = nameCase(name, lex);
  return { authors: [author], printed: author, rest: cut >= 0 ? text.slice(cut) : '' };
}
