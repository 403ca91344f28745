/**
 * The text reader: a page saved as text (or the blocks an HTML page was cut
 * into) split into units, each classified as header, article or furniture
 * from its own features and its neighbours'. Rules are about the shapes of
 * pages in general: menus are runs of short labels, captions carry credits
 * (the credit goes, the caption's description of the story stays), trailing
 * blocks open with "Most read" / "Related" headings, promotional boxes
 * describe the heading above them.
 */
import { parseByline } from './byline.js';
import { captionDescription } from './caption.js';
import { isDateLine } from './dates.js';
import { isProse, unitFeatures, type UnitFeatures } from './features.js';
import type { PageLexicon } from './lexicon.js';
import { emptyDeclared, type PageReading } from './page-reading.js';
import { splitUnits, type Unit } from './units.js';

type Role = 'header' | 'lead' | 'body' | 'furniture';

interface Classified extends Unit {
  f: UnitFeatures;
  role: Role;
  /** What the article keeps of a caption: its description, without the credit. */
  kept?: string;
}

/** A paragraph of running prose: where an article starts. */
const PARAGRAPH_WORDS = 20;
/** A lead or short post: a sentence of at least this many words. */
const SENTENCE_WORDS = 6;

export function readTextPage(source: string, lex: PageLexicon): PageReading {
  return classifyUnits(splitUnits(source), lex, { hasHeader: true });
}

export interface ClassifyOptions {
  /** False when the units are an extracted article (HTML), whose header is already gone. */
  hasHeader: boolean;
}

export function classifyUnits(units: Unit[], lex: PageLexicon, options: ClassifyOptions): PageReading {
  const items: Classified[] = units.map((u) => ({ ...u, f: unitFeatures(u.text, lex), role: 'body' }));
  markCaptionEchoes(items);

  const start = options.hasHeader ? bodyStart(items) : 0;
  for (let i = 0; i < start; i++) {
    const it = items[i]!;
    it.role = it.f.cue === null && isLead(it.f) ? 'lead' : 'header';
  }
  // Short paragraphs of prose right above the first long one open the article (a one-sentence lede), even where
  // clitics keep their function-word share low (Arabic "أعلنت فصائل ..."): the run back to the first that is not one.
  for (let i = start - 1; i >= 0 && options.hasHeader; i--) {
    const it = items[i]!;
    if (it.role === 'lead') continue;
    if (!opensBody(it, lex)) break;
    it.role = 'lead';
  }
  // "The group posted a statement that read:" right above the first paragraph introduces it: article text.
  const intro = items[start - 1];
  if (intro && intro.f.cue === null && intro.f.words >= SENTENCE_WORDS && /:\s*$/.test(intro.text) && intro.f.functionRatio >= 0.1) intro.role = 'lead';
  // Bylines and bare datelines are header wherever the page put them (HTML templates often put them inside the article).
  for (const it of items) {
    if (it.role === 'body' && it.f.cue === null && it.f.words <= 15 && (isDateLine(it.text, lex) || parseByline(it.text, lex))) it.role = 'header';
  }
  const end = bodyEnd(items, start);
  for (let i = end; i < items.length; i++) items[i]!.role = 'furniture';
  for (let i = start; i < end; i++) if (items[i]!.f.cue !== null && !keepCaption(items[i]!, lex)) items[i]!.role = 'furniture';
  markLinkLists(items, start, end);
  markRepeats(items);
  trimTail(items);
  if (options.hasHeader) markHouseNote(items, lex);

  return {
    body: items.filter((it) => it.role === 'body' || it.role === 'lead').map((it) => it.kept ?? it.text).join('\n\n'),
    header: items.filter((it) => it.role === 'header' && it.f.cue === null).map((it) => it.text),
    furniture: items.filter((it) => (it.role === 'furniture' || it.role === 'header') && it.f.cue !== null && it.f.cue !== 'caption').map((it) => it.text)
      .concat(items.filter((it) => it.role === 'furniture' && it.f.cue === null).map((it) => it.text)),
    captions: items.filter((it) => it.f.cue === 'caption').map((it) => it.text),
    declared: emptyDeclared(),
  };
}

/**
 * A caption inside the article describes the story's people and places: its
 * description stays as article text, its credit goes. The features become
 * the description's, so the later passes (repeats, link lists) judge the
 * kept text. A description that reads as furniture itself is dropped.
 * Captions above the first paragraph belong to the page's lead image and
 * stay out with the header.
 */
function keepCaption(it: Classified, lex: PageLexicon): boolean {
  if (it.f.cue !== 'caption') return false;
  const description = captionDescription(it.text, lex);
  if (description === '') return false;
  const f = unitFeatures(description, lex);
  if (f.cue !== null && f.cue !== 'caption') return false;
  it.kept = description;
  it.f = { ...f, cue: 'caption' };
  return true;
}

/** A standfirst under the headline: one sentence ending in a full stop. Headlines rarely end in one. */
function isLead(f: UnitFeatures): boolean {
  return isProse(f, SENTENCE_WORDS) && f.fullStop && f.functionRatio >= 0.15;
}

/**
 * A sentence or paragraph that can open the article right above its first long paragraph: it ends in a full stop (headlines
 * and menu lines do not), is not mostly capitalised words (a headline in title case), a dateline or a byline.
 */
function opensBody(it: Classified, lex: PageLexicon): boolean {
  const f = it.f;
  // No upper bound on length: an Arabic lede of 30 words whose prepositions and conjunctions are clitics
  // ("لمنظمة", "وقال") has too few free function words to count as a paragraph, yet it opens the article.
  if (f.cue !== null || f.words < SENTENCE_WORDS || !f.fullStop || f.capitalRatio > 0.5) return false;
  return !isDateLine(it.text, lex) && parseByline(it.text, lex) === null;
}

/**
 * The first paragraph of running prose. Without one (a short post), the
 * first sentence; without that, the first unit that is not furniture.
 */
function bodyStart(items: Classified[]): number {
  const para = items.findIndex((it) => isProse(it.f, PARAGRAPH_WORDS));
  if (para >= 0) return para;
  const sentence = items.findIndex((it) => isProse(it.f, SENTENCE_WORDS));
  if (sentence >= 0) return sentence;
  const any = items.findIndex((it) => it.f.cue === null && it.f.words >= 1);
  return any >= 0 ? any : items.length;
}

/**
 * Where the article ends: at a heading that opens a trailing block ("Most
 * read", "Related", "Tags ..."), unless article paragraphs resume after it.
 */
function bodyEnd(items: Classified[], start: number): number {
  for (let i = start; i < items.length; i++) {
    if (items[i]!.f.cue !== 'section') continue;
    const resume = proseResumes(items, i + 1);
    if (resume < 0) return i;
    // The block between the heading and the resumed article is a sidebar.
    for (let k = i + 1; k < resume; k++) items[k]!.role = 'furniture';
    i = resume - 1;
  }
  return items.length;
}

/**
 * Where two consecutive long paragraphs of prose start after a heading: the
 * article goes on (a sidebar sat in the middle of it). -1 when it does not.
 */
function proseResumes(items: Classified[], from: number): number {
  let run = 0;
  for (let i = from; i < items.length; i++) {
    const f = items[i]!.f;
    if (f.cue === 'section') return -1;
    run = isProse(f, 30) && f.functionRatio >= 0.2 ? run + 1 : 0;
    if (run >= 2) return i - 1;
  }
  return -1;
}

/**
 * Captions are often printed twice, with and without the credit: a unit
 * contained in a caption is a caption.
 */
function markCaptionEchoes(items: Classified[]): void {
  const captions = items.filter((it) => it.f.cue === 'caption').map((it) => it.f.folded);
  if (captions.length === 0) return;
  for (const it of items) {
    if (it.f.cue === null && it.f.folded.length >= 20 && captions.some((c) => c !== it.f.folded && c.includes(it.f.folded))) it.f.cue = 'caption';
  }
}

/** Three or more short labels in a row (menus, link lists, footers) are furniture. */
function markLinkLists(items: Classified[], start: number, end: number): void {
  const short = (it: Classified) => it.f.words > 0 && it.f.words <= 8 && !it.f.sentenceEnd;
  let i = start;
  while (i < end) {
    if (!short(items[i]!) || items[i]!.role !== 'body') { i++; continue; }
    let j = i;
    while (j < end && short(items[j]!) && items[j]!.role === 'body') j++;
    if (j - i >= 3) for (let k = i; k < j; k++) items[k]!.role = 'furniture';
    i = Math.max(j, i + 1);
  }
}

/** A paragraph printed again (pull quotes, a repeated headline) is kept once. */
function markRepeats(items: Classified[]): void {
  const seen = new Set<string>();
  const headerTexts = new Set(items.filter((it) => it.role === 'header').map((it) => it.f.folded));
  for (const it of items) {
    if (it.role !== 'body' && it.role !== 'lead') continue;
    if (seen.has(it.f.folded) || headerTexts.has(it.f.folded)) it.role = 'furniture';
    else seen.add(it.f.folded);
  }
}

/**
 * After the last paragraph: short labels, and a promotional box whose
 * paragraph opens by naming the heading above it ("The X Lab" / "The X Lab
 * monitors ...") are furniture.
 */
function trimTail(items: Classified[]): void {
  for (;;) {
    const kept = items.map((it, i) => ({ it, i })).filter(({ it }) => it.role === 'body');
    const last = kept[kept.length - 1];
    if (!last || kept.length < 2) return;
    const { it, i } = last;
    if (!it.f.sentenceEnd && it.f.words <= 8) { it.role = 'furniture'; continue; }
    const prev = kept[kept.length - 2]!;
    const heading = prev.it;
    if (prev.i === i - 1 && heading.f.words <= 8 && !heading.f.sentenceEnd
      && it.f.folded.startsWith(heading.f.folded + ' ')) {
      heading.role = 'furniture';
      it.role = 'furniture';
      continue;
    }
    return;
  }
}

/**
 * A closing line in which the outlet speaks of its own coverage ("The
 * Gazette will continue to follow the talks") is a house note, not
 * reporting. It opens with the masthead, the page's first line: its first
 * half at least, so "Al Jazeera English" covers "Al Jazeera will ...".
 */
function markHouseNote(items: Classified[], lex: PageLexicon): void {
  const masthead = items[0];
  if (!masthead || masthead.role !== 'header' || masthead.f.words === 0 || masthead.f.words > 6) return;
  const body = items.filter((it) => it.role === 'body');
  const last = body[body.length - 1];
  if (!last || body.length < 2 || last === masthead || last.f.words > 40) return;
  const words = masthead.f.folded.split(' ');
  let k = Math.ceil(words.length / 2);
  // The prefix must hold a word that is not a function word: "The" alone names no outlet.
  while (k < words.length && words.slice(0, k).every((w) => lex.functionWords.has(w))) k++;
  const prefix = words.slice(0, k).join(' ');
  if (last.f.folded.startsWith(prefix + ' ') || last.f.folded.startsWith(prefix + "'")) {
    if (lex.houseNote.test(last.f.folded)) last.role = 'furniture';
  }
}
