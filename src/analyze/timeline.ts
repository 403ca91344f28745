/**
 * Timelines per actor, and per pair of actors (who threatens whom): the
 * actor's statements and events by day, week, month or year, with the kinds
 * of statements and the Goldstein weights of events. One fact reported by
 * many outlets is one item with many citations.
 */
import type { StatementKind } from '../core/types.js';
import type { Fact } from './facts.js';
import { periodOf, type Granularity } from './periods.js';
import { dateWithin } from './corpus.js';
import { speaksFor, type Voice } from './actor-links.js';

export interface TimelineQuery {
  actor: string;
  /** For a pair timeline: the other actor, as target of the actor's acts (or as actor against it when both ways). */
  counterpart?: string | null;
  /** Include acts of the counterpart against the actor too. */
  bothWays?: boolean;
  granularity: Granularity;
  /** Leaders and spokespeople whose statements (not acts) count as the actor's (see voicesOf). */
  voices?: readonly Voice[];
  since?: string | null;
  until?: string | null;
}

export interface TimelineBucket {
  period: string;
  statements: Partial<Record<StatementKind, number>>;
  events: number;
  /** Sum of the Goldstein weights of the period's events (negative is hostile). */
  goldstein: number;
  /** True when some item's date is less precise than the period (a bare year in a monthly timeline). */
  approximate: boolean;
  facts: Fact[];
}

export interface Timeline {
  actor: string;
  counterpart: string | null;
  granularity: Granularity;
  buckets: TimelineBucket[];
  /** Facts without any date (neither in the text nor the publication). */
  undated: Fact[];
}

function concerns(f: Fact, q: TimelineQuery): boolean {
  // A leader's threat is the group's threat; a leader's own acts (a trip, a meeting) are his.
  const byActor = f.actor === q.actor || (f.type === 'statement' && q.voices !== undefined && speaksFor(q.voices, f.actor, f.date));
  if (!q.counterpart) return byActor || (q.bothWays === true && f.target === q.actor);
  if (byActor && f.target === q.counterpart) return true;
  return q.bothWays === true && f.actor === q.counterpart && f.target === q.actor;
}

export function timelineOf(facts: readonly Fact[], q: TimelineQuery): Timeline {
  const buckets = new Map<string, TimelineBucket>();
  const undated: Fact[] = [];
  for (const f of facts) {
    if (!concerns(f, q)) continue;
    if (!f.date) { undated.push(f); continue; }
    if (!dateWithin(f.date, q.since, q.until)) continue;
    const { period, approximate } = periodOf(f.date, q.granularity);
    let b = buckets.get(period);
    if (!b) buckets.set(period, (b = { period, statements: {}, events: 0, goldstein: 0, approximate: false, facts: [] }));
    b.approximate ||= approximate;
    b.facts.push(f);
    if (f.type === 'statement') b.statements[f.kind] = (b.statements[f.kind] ?? 0) + 1;
    else { b.events++; b.goldstein += f.goldstein; }
  }
  return {
    actor: q.actor,
    counterpart: q.counterpart ?? null,
    granularity: q.granularity,
    buckets: [...buckets.values()].sort((a, b) => a.period.localeCompare(b.period)),
    undated,
  };
}

/** The actors an actor addresses (targets of its statements and events), most frequent first. */
export function counterpartsOf(facts: readonly Fact[], actor: string): Array<{ target: string; count: number }> {
  const counts = new Map<string, number>();
  for (const f of facts) if (f.actor === actor && f.target) counts.set(f.target, (counts.get(f.target) ?? 0) + 1);
  return [...counts.entries()].map(([target, count]) => ({ target, count })).sort((a, b) => b.count - a.count || a.target.localeCompare(b.target));
}
