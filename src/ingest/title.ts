/**
 * The headline. From HTML: the declared headline with the " | Outlet"
 * suffix cut. From text: the header line that reads like a headline, not
 * the dateline, byline, outlet name, menu or series mark around it.
 */
import { parseByline } from './byline.js';
import { isDateLine } from './dates.js';
import { holdsAttachedParticle, unitFeatures } from './features.js';
import { foldCue, type PageLexicon } from './lexicon.js';
import type { SourceRegistry } from './sources.js';

/** Cuts a leading or trailing outlet name: "Militia threatens base | The National" → "Militia threatens base". */
export function stripOutletFromTitle(title: string, registry: SourceRegistry, siteNames: string[]): string {
  const parts = title.split(/\s+[|–—-]\s+|\s+::\s+|\s+»\s+/).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return title.trim();
  const sites = new Set(siteNames.map(foldCue));
  const isOutlet = (p: string) => sites.has(foldCue(p)) || registry.find(p).some((m) => m.end - m.start >= p.length * 0.6);
  let from = 0;
  let to = parts.length;
  while (to - from > 1 && isOutlet(parts[to - 1]!)) to--;
  while (to - from > 1 && isOutlet(parts[from]!)) from++;
  if (from === 0 && to === parts.length) return title.trim();
  // Re-join what is left with the separators it had: find it in the original.
  const first = parts[from]!;
  const last = parts[to - 1]!;
  const start = title.indexOf(first);
  const end = title.lastIndexOf(last) + last.length;
  return start >= 0 && end > start ? title.slice(start, end).trim() : parts.slice(from, to).join(' - ');
}

export function titleFromHeader(lines: string[], lex: PageLexicon, registry: SourceRegistry): string | null {
  const header = rejoinHeadline(lines, lex);
  let best: { text: string; score: number } | null = null;
  const counts = new Map<string, number>();
  for (const u of header) counts.set(foldCue(u), (counts.get(foldCue(u)) ?? 0) + 1);
  for (const [i, unit] of header.entries()) {
    // The first line of a page with more header lines may be a masthead the registry does not know: it loses ties.
    const masthead = i === 0 && header.length > 1 ? 0.5 : 0;
    const score = headlineScore(unit, lex, registry) + ((counts.get(foldCue(unit)) ?? 0) > 1 ? 2 : 0) - masthead;
    if (score > 0 && (!best || score > best.score)) best = { text: unit, score };
  }
  return best?.text ?? null;
}

function headlineScore(unit: string, lex: PageLexicon, registry: SourceRegistry): number {
  const f = unitFeatures(unit, lex);
  if (f.cue !== null || f.words < 2 || f.words > 30) return 0;
  if (isDateLine(unit, lex) || lex.dateLabel.test(f.folded) && /\d/.test(unit)) return 0;
  if (parseByline(unit, lex)) return 0;
  // Menus: many words, almost none of them function words; breadcrumbs: labels between bars.
  if (f.words >= 7 && f.functionRatio < 0.1 && menuWords(unit, f.capitalRatio, lex)) return 0;
  if ((unit.match(/\s[|›»>]\s/g) ?? []).length >= 2) return 0;
  const matches = registry.find(unit);
  if (matches.some((m) => m.by === 'marker')) return 0;
  const outletChars = matches.reduce((n, m) => n + (m.end - m.start), 0);
  if (outletChars >= unit.replace(/\s+/g, '').length * 0.4) return 0;
  // A masthead: the outlet's name and a tagline or section, between separators.
  if (matches.length > 0 && stripOutletFromTitle(unit, registry, []) !== unit.trim()) return 0;
  if (isIssuerLine(unit, lex)) return 0;
  let score = 1;
  if (f.words >= 4 && f.words <= 20) score++;
  if (f.functionRatio > 0 || unit.includes(':')) score++;
  // Some outlets end headlines with a full stop; a line that does is more often a standfirst.
  if (f.fullStop) score -= 2;
  // "Iraq News Network": a few capitalised words with a publisher's word are a masthead.
  const words = unit.trim().split(/\s+/);
  if (words.length <= 4 && words.every((w) => /^[\p{Lu}\d&]/u.test(w) || w.length <= 3) && words.some((w) => lex.publisherWords.has(foldCue(w)))) score -= 1.5;
  return score;
}

/**
 * "Office of the Spokesperson", "Ministry of Foreign Affairs": a short line
 * that opens with an office's word and has no lower-case word but small
 * ones names who issued a release. "Ministry denies the strike" goes on in
 * lower case: a headline. Arabic, without capitals, needs the office's word
 * and at most four words.
 */
function isIssuerLine(unit: string, lex: PageLexicon): boolean {
  const words = unit.trim().split(/\s+/);
  if (words.length > 6 || !lex.issuerHeads.has(foldCue(words[0]!))) return false;
  if (/[\u0600-\u06FF]/.test(words[0]!)) return words.length <= 4;
  return words.every((w) => !/^[a-z]/.test(w) || lex.functionWords.has(w) || lex.nameParticles.has(w));
}

/**
 * A line of few function words may be a menu or a telegraphic headline
 * ("Minister bans four charities over alleged militia funding, citing bank
 * records"). A menu's labels are capitalised and unpunctuated; Arabic, without
 * capitals or free-standing particles, shows it by its section labels.
 */
const ARABIC_ONLY = /^[^A-Za-z]*[\u0600-\u06FF][^A-Za-z]*$/;

function menuWords(unit: string, capitalRatio: number, lex: PageLexicon): boolean {
  if (holdsAttachedParticle(unit)) return false;
  if (ARABIC_ONLY.test(unit)) return sectionWords(unit, lex) >= 2;
  return capitalRatio >= 0.6 && !/[,:;"“”]/.test(unit);
}

function sectionWords(unit: string, lex: PageLexicon): number {
  return unit.split(/\s+/).filter((w) => lex.sectionLabels.has(foldCue(w))).length;
}

/**
 * A headline hard-wrapped over two lines: a header line that goes on in
 * lower case continues the line before it, unless that one is finished or
 * is a date line or a byline.
 */
export function rejoinHeadline(header: string[], lex: PageLexicon): string[] {
  const out: string[] = [];
  for (const unit of header) {
    const prev = out[out.length - 1];
    const joins = prev !== undefined && /^[a-z]/.test(unit.trim()) && !/[.!?…:;|]$/.test(prev.trim())
      && !isDateLine(prev, lex) && !parseByline(prev, lex) && unitFeatures(prev, lex).cue === null;
    if (joins) out[out.length - 1] = `${prev.trim()} ${unit.trim()}`;
    else out.push(unit);
  }
  return out;
}
