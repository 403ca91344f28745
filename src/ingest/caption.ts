/**
 * A photo caption split into its description and its credit. The
 * description says who and what the picture shows ("Al-Kaabi (center) with
 * Haniya (right)", "Fighters march in Baghdad, May 31, 2019."): it is part
 * of the story and stays in the article. The credit says who took or
 * supplied the picture ("(AFP)", "Photo: Name/Reuters", "[image: x.jpg]",
 * "(Source: ...)", "Getty Images"): it is page furniture and goes.
 */
import { foldCue, type PageLexicon } from './lexicon.js';

const bullet = /^[\s*•·▪►\-–—>|#_]+/u;
/** The last bracketed group closing the text, and what stands before it. */
const closingBracket = /^(.*?)\s*[([]([^()[\]]*)[)\]]\s*$/su;
/** Where a caption's last segment starts: after a sentence end, or a dash or bar between spaces. */
const segmentBreak = /(?:[.!?؟…]["'”’)\]]*|\s[-–—|•])\s+/gu;
/** Parts of a credit line: "Name/AFP via Getty Images", "Reuters, AP". */
const creditParts = /\s*(?:[/|,;&]|\s(?:and|via|for|و)\s)\s*/iu;
/** A label's separator before the credited name: "Photo: ", "Photo by ", "File - ". */
const labelJoint = /^\s*(?:[:：\-–—]|by(?![\p{L}\p{N}]))\s*/iu;
/** How many letters a word of a name can start with: capitals, or Arabic script (no case). */
const nameWord = /^(?:\p{Lu}|[\u0600-\u06FF])/u;

/** The caption's description, without bullet and credit; '' when the caption is all credit. */
export function captionDescription(text: string, lex: PageLexicon): string {
  let s = text.replace(bullet, '').trim();
  for (let guard = 0; guard < 4; guard++) {
    const before = s;
    s = withoutClosingCredit(s, lex);
    s = withoutOpeningLabel(s, lex);
    if (s === before) break;
  }
  s = s.replace(/[\s,;:\-–—|]+$/u, '').trim();
  return wordCount(s) >= 2 ? s : '';
}

/** Drops a credit that closes the text: in brackets, or as the last segment. */
function withoutClosingCredit(s: string, lex: PageLexicon): string {
  const bracket = closingBracket.exec(s);
  if (bracket && isBracketCredit(bracket[2]!, lex)) return bracket[1]!.trim();
  let cut = -1;
  for (const m of s.matchAll(segmentBreak)) cut = m.index + m[0].length;
  if (cut < 0) return isCredit(s, lex) ? '' : s;
  // The sentence end stays with the description: cut after the break's punctuation.
  return isCredit(s.slice(cut), lex) ? s.slice(0, cut).replace(/\s[-–—|•]\s*$/u, '').trim() : s;
}

/** "File photo: Iraqi soldiers ..." loses its label; "Photo: AFP" is all credit. */
function withoutOpeningLabel(s: string, lex: PageLexicon): string {
  const label = lex.creditLabel.exec(s);
  if (!label) return s;
  const joint = labelJoint.exec(s.slice(label[0].length));
  if (!joint) return s.length === label[0].length ? '' : s;
  const rest = s.slice(label[0].length + joint[0].length);
  return isCreditName(rest, lex) ? '' : rest.trim();
}

/** In brackets, a label makes a credit whatever follows ("(Source:, May 12, 2021)"); so does a credited name. */
function isBracketCredit(inner: string, lex: PageLexicon): boolean {
  const t = inner.trim();
  if (t === '') return false;
  return lex.creditLabel.test(t) || isCreditName(t, lex);
}

/** An unbracketed segment is a credit when it is a label and a name, or a credited name alone. */
function isCredit(segment: string, lex: PageLexicon): boolean {
  const t = segment.trim();
  const label = lex.creditLabel.exec(t);
  if (label) {
    const rest = t.slice(label[0].length);
    if (rest.trim() === '') return true;
    const joint = labelJoint.exec(rest);
    return joint !== null && isCreditName(rest.slice(joint[0].length), lex);
  }
  return isCreditName(t, lex);
}

/**
 * Names of photographers and agencies: short parts split at "/", "," or
 * "via", every word a name (capitalised, or a particle such as "al"), one
 * of them an agency or a second part ("Ako Rasheed/Reuters"). "PMF" or
 * "Baghdad" alone is not a credit; "AFP", "Getty Images" alone is.
 */
function isCreditName(text: string, lex: PageLexicon): boolean {
  const parts = text.trim().replace(/[.]$/u, '').split(creditParts).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length === 0 || parts.length > 5) return false;
  let source = false;
  for (const part of parts) {
    const folded = foldCue(part);
    if (lex.creditSources.has(folded) || lex.creditLabel.test(part) && lex.creditLabel.exec(part)![0].length === part.length) {
      source = true;
      continue;
    }
    const words = part.split(/\s+/u);
    if (words.length > 4) return false;
    for (const w of words) {
      const bare = w.replace(/^['"“‘(]+|['"”’).]+$/gu, '');
      const particle = bare.split(/[-‑]/u)[0]!.toLowerCase();
      if (!nameWord.test(bare) && !lex.nameParticles.has(particle)) return false;
    }
  }
  return source || parts.length >= 2 && text.includes('/');
}

function wordCount(s: string): number {
  let n = 0;
  for (const w of s.split(/\s+/u)) if (/\p{L}/u.test(w)) n++;
  return n;
}
