/**
 * Framing: which loaded words each outlet uses, from the lexicon in
 * data/lexicons/framing.yaml, counted per document and laid side by side for
 * one story (the documents of one cluster, or any chosen set).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { defaultDataDir } from '../core/data-dir.js';
import { DataError } from '../core/errors.js';
import { foldText, hasArabicScript } from '../text/fold.js';
import type { SourceDoc } from './corpus.js';
import { outletOf } from './corpus.js';
import { cite, type Citation } from './citation.js';

const stances = ['sympathetic', 'adversarial', 'neutral'] as const;
export type Stance = typeof stances[number];

const lexiconSchema = z.object({
  version: z.literal(1),
  terms: z.array(z.object({
    term: z.string().min(1),
    stance: z.enum(stances),
    forms: z.record(z.string().regex(/^[a-z]{2}$/), z.array(z.string().min(1)).min(1)),
  }).strict()).min(1),
}).strict();

export interface FramingTerm {
  term: string;
  stance: Stance;
  /** One pattern over folded text per form. */
  patterns: RegExp[];
}

// Arabic writes conjunctions, prepositions and the article onto the word: و ف ب ك ل, ال ("للاحتلال" = ل + ال + احتلال).
const arabicProclitics = '(?:[\u0648\u0641\u0628\u0643\u0644]{0,2}(?:\u0627\u0644)?)';

function formPattern(form: string): RegExp {
  const arabic = hasArabicScript(form);
  const folded = foldText(arabic ? form.replace(/^\u0627\u0644/, '') : form).replace(/[.*+?^${}()|[\]\\]/g, (c) => (c === '*' ? c : `\\${c}`));
  const body = folded.replace(/\*$/, '[\\p{L}\\p{N}]*').replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${arabic ? arabicProclitics : ''}${body}(?![\\p{L}\\p{N}])`, 'gu');
}

export function parseFramingLexicon(text: string, origin: string): FramingTerm[] {
  const parsed = lexiconSchema.safeParse(parseYaml(text));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DataError(`${origin}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid framing lexicon'}`);
  }
  return parsed.data.terms.map((t) => ({ term: t.term, stance: t.stance, patterns: Object.values(t.forms).flat().map(formPattern) }));
}

export function loadFramingLexicon(dataDir = defaultDataDir()): FramingTerm[] {
  const path = join(dataDir, 'lexicons', 'framing.yaml');
  return parseFramingLexicon(readFileSync(path, 'utf8'), path);
}

export interface DocumentFraming {
  docId: string;
  outlet: string;
  counts: Record<string, number>;
  stance: Record<Stance, number>;
  /** One example sentence per term. */
  examples: Record<string, Citation>;
}

/** The sentence-sized lines framing is counted and cited by, with their offsets into `text`. */
export function framingPieces(text: string): Array<{ start: number; text: string }> {
  const out: Array<{ start: number; text: string }> = [];
  let offset = 0;
  for (const piece of text.split(/(?<=[.!?\u061F\n])\s+/)) {
    const start = text.indexOf(piece, offset);
    offset = start + piece.length;
    if (piece.length > 0) out.push({ start, text: piece });
  }
  return out;
}

/**
 * Where one term's forms match in folded text. Forms of one term can overlap
 * ("resistance" inside "Islamic resistance"): each stretch of text counts once.
 */
export function termSpans(folded: string, term: FramingTerm): Array<[number, number]> {
  const taken: Array<[number, number]> = [];
  for (const p of term.patterns) {
    p.lastIndex = 0;
    for (const m of folded.matchAll(p)) {
      const a = m.index;
      const b = a + m[0].length;
      if (b > a && !taken.some(([x, y]) => a < y && x < b)) taken.push([a, b]);
    }
  }
  return taken;
}

/**
 * Folding can change string length (rare, outside ASCII), so matches are
 * found per sentence-sized line of folded text and cited by that line's span.
 */
export function framingOf(doc: SourceDoc, lexicon: readonly FramingTerm[]): DocumentFraming {
  const counts: Record<string, number> = {};
  const stance: Record<Stance, number> = { sympathetic: 0, adversarial: 0, neutral: 0 };
  const examples: Record<string, Citation> = {};
  for (const { start, text: piece } of framingPieces(doc.text)) {
    const folded = foldText(piece);
    for (const t of lexicon) {
      const n = termSpans(folded, t).length;
      if (n === 0) continue;
      counts[t.term] = (counts[t.term] ?? 0) + n;
      stance[t.stance] += n;
      examples[t.term] ??= cite(doc, start, start + piece.length);
    }
  }
  return { docId: doc.id, outlet: outletOf(doc), counts, stance, examples };
}

export interface SideBySide {
  terms: string[];
  outlets: Array<{ outlet: string; docIds: string[]; counts: Record<string, number>; stance: Record<Stance, number> }>;
}

/** One story, outlet by outlet: which words each chose. */
export function framingSideBySide(docs: readonly SourceDoc[], lexicon: readonly FramingTerm[]): SideBySide {
  const byOutlet = new Map<string, SideBySide['outlets'][number]>();
  for (const d of docs) {
    const f = framingOf(d, lexicon);
    let o = byOutlet.get(f.outlet);
    if (!o) byOutlet.set(f.outlet, (o = { outlet: f.outlet, docIds: [], counts: {}, stance: { sympathetic: 0, adversarial: 0, neutral: 0 } }));
    o.docIds.push(d.id);
    for (const [k, v] of Object.entries(f.counts)) o.counts[k] = (o.counts[k] ?? 0) + v;
    for (const s of stances) o.stance[s] += f.stance[s];
  }
  const used = new Set([...byOutlet.values()].flatMap((o) => Object.keys(o.counts)));
  return { terms: lexicon.map((t) => t.term).filter((t) => used.has(t)), outlets: [...byOutlet.values()] };
}

/**
 * The documents that tell one story with a given document: its near-duplicate
 * cluster, and every document reporting one of the same facts (a statement or
 * event with the same kind, actor, target and date; see facts.ts).
 */
export function storyOf(docs: readonly SourceDoc[], docId: string, facts: ReadonlyArray<{ reports: ReadonlyArray<{ citation: { docId: string } }> }>): SourceDoc[] {
  const self = docs.find((d) => d.id === docId);
  if (!self) return [];
  const ids = new Set(docs.filter((d) => d.clusterId === self.clusterId).map((d) => d.id));
  for (const f of facts) {
    const reporters = f.reports.map((r) => r.citation.docId);
    if (reporters.includes(docId)) for (const id of reporters) ids.add(id);
  }
  return docs.filter((d) => ids.has(d.id));
}
