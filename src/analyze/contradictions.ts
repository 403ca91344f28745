/**
 * Contradictions: the same attribute of the same thing given different values
 * by different sources — the year an actor was designated, who carried out a
 * strike, a death toll. Each side is shown with its sources.
 *
 * Claims are read from the event records; the rules below say which event
 * fields make an attribute. They are general: nothing here knows an actor.
 */
import type { SourceDoc } from './corpus.js';
import { cite } from './citation.js';
import type { Report } from './facts.js';
import { independentSources, type SourceGroup } from './corroboration.js';
import { countValue, NUMBER_WORD } from '../text/numbers.js';

export interface Claim {
  /** What the claim is about, e.g. "designation of akram-al-kaabi by united-states". */
  subject: string;
  /** Which attribute, e.g. "year", "carried out by", "death toll". */
  attribute: string;
  value: string;
  report: Report;
}

export interface ContradictionSide {
  value: string;
  sources: SourceGroup[];
}

export interface Contradiction {
  subject: string;
  attribute: string;
  sides: ContradictionSide[];
}

export interface ClaimOptions {
  /**
   * Maps an actor to the one it answers to, so "the US Treasury" and "the
   * United States" designate as one. Default: follow part_of relations found
   * in the documents' records (registry facts included).
   */
  rollUp?: (actor: string) => string;
}

const count = String.raw`(\d{1,5}|${NUMBER_WORD})`;
// "killing 12", "12 people were killed", "death toll rose to 12", "left 12 dead"
const tollPatterns = [
  new RegExp(String.raw`\b(?:killing|killed|kills)\s+(?:at least\s+)?${count}\b`, 'i'),
  new RegExp(String.raw`\b${count}\s+(?:[a-z-]+\s+){0,2}(?:were|was|have been|had been)?\s*killed\b`, 'i'),
  new RegExp(String.raw`\bdeath toll\s+(?:\w+\s+){0,3}?${count}\b`, 'i'),
  new RegExp(String.raw`\bleaving\s+${count}\s+(?:\w+\s+)?dead\b|\bleft\s+${count}\s+(?:\w+\s+)?dead\b`, 'i'),
];

/** A death toll given in the words of an event, if any. */
export function deathToll(text: string): number | null {
  for (const p of tollPatterns) {
    const m = p.exec(text);
    const word = m?.slice(1).find((g) => g !== undefined);
    if (!word) continue;
    const n = countValue(word);
    if (n !== null) return n;
  }
  return null;
}

function partOfRollUp(docs: readonly SourceDoc[]): (actor: string) => string {
  const parent = new Map<string, string>();
  for (const d of docs) for (const r of d.record.relations) {
    if (r.predicate === 'part_of' && !parent.has(r.subject)) parent.set(r.subject, r.object);
  }
  return (actor) => {
    let a = actor;
    for (let hops = 0; hops < 8 && parent.has(a); hops++) a = parent.get(a)!;
    return a;
  };
}

/** The claims the documents' events make. */
export function claimsOf(docs: readonly SourceDoc[], options: ClaimOptions = {}): Claim[] {
  const rollUp = options.rollUp ?? partOfRollUp(docs);
  const claims: Claim[] = [];
  for (const doc of docs) {
    for (const e of doc.record.events) {
      const report: Report = { citation: cite(doc, e.start, e.end), clusterId: doc.clusterId, text: e.text };
      // Designations and sanctions: when (by year) a designator listed a target.
      if ((e.kind === 'designation' || e.kind === 'sanction') && e.target && e.date) {
        const by = e.actor ? rollUp(e.actor) : 'unknown';
        claims.push({ subject: `${e.kind} of ${e.target} by ${by}`, attribute: 'year', value: e.date.slice(0, 4), report });
      }
      // Violent events on a known target and day: who carried them out.
      if (['attack', 'strike', 'killing'].includes(e.kind) && e.target && e.date && e.actor) {
        claims.push({ subject: `${e.kind} on ${e.target} on ${e.date}`, attribute: 'carried out by', value: rollUp(e.actor), report });
      }
      const toll = deathToll(e.text);
      if (toll !== null && e.date && (e.target || e.place)) {
        claims.push({ subject: `${e.kind} on ${e.target ?? e.place} on ${e.date}`, attribute: 'death toll', value: String(toll), report });
      }
    }
  }
  return claims;
}

/**
 * Groups claims by subject and attribute; a group is a contradiction when it
 * holds two or more values and the values come from different outlets (one
 * outlet revising itself is a correction, still shown, if another outlet is
 * involved on either side).
 */
export function findContradictions(claims: readonly Claim[]): Contradiction[] {
  const groups = new Map<string, Claim[]>();
  for (const c of claims) {
    const k = `${c.subject}\u0000${c.attribute}`;
    const list = groups.get(k);
    if (list) list.push(c); else groups.set(k, [c]);
  }
  const out: Contradiction[] = [];
  for (const list of groups.values()) {
    const byValue = new Map<string, Report[]>();
    for (const c of list) {
      const reports = byValue.get(c.value);
      if (reports) reports.push(c.report); else byValue.set(c.value, [c.report]);
    }
    if (byValue.size < 2) continue;
    const outlets = new Set(list.map((c) => c.report.citation.outlet));
    if (outlets.size < 2) continue;
    const first = list[0]!;
    out.push({
      subject: first.subject,
      attribute: first.attribute,
      sides: [...byValue.entries()]
        .map(([value, reports]) => ({ value, sources: independentSources(reports) }))
        .sort((a, b) => a.value.localeCompare(b.value)),
    });
  }
  return out.sort((a, b) => a.subject.localeCompare(b.subject) || a.attribute.localeCompare(b.attribute));
}

/** The contradictions that concern one actor (as subject text or on either side). */
export function contradictionsAbout(contradictions: readonly Contradiction[], actor: string): Contradiction[] {
  const word = new RegExp(`(^|\\s)${actor.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s|$)`);
  return contradictions.filter((c) => word.test(c.subject) || c.sides.some((s) => s.value === actor));
}

