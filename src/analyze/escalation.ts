/**
 * Escalation: how hard an actor is pushing, period by period, against its
 * own baseline. Intensity is the weighted count of its threatening statements
 * plus the hostility (negative Goldstein) of its events; the level is how far
 * a period stands above the mean of the periods before it. Periods with
 * nothing in them count as zero, so a quiet actor that suddenly threatens
 * rises, and one that always threatens does not.
 */
import type { StatementKind } from '../core/types.js';
import type { Fact } from './facts.js';
import { periodOf, type Granularity } from './periods.js';

export const escalationLevels = ['baseline', 'elevated', 'high', 'severe'] as const;
export type EscalationLevel = typeof escalationLevels[number];

export interface EscalationWeights {
  /** Weight of each statement kind; kinds not listed weigh 0. */
  statements: Partial<Record<StatementKind, number>>;
  /** Multiplier on -goldstein for hostile events (goldstein < 0). */
  hostileEvent: number;
  /** How many earlier periods make the baseline. */
  window: number;
  /** Standard deviations above the baseline for elevated, high, severe. */
  thresholds: [number, number, number];
  /** Floor on the deviation, so one threat after silence is a rise, not infinity. */
  minDeviation: number;
}

export const defaultEscalationWeights: EscalationWeights = {
  statements: { threat: 3, warning: 2, vow: 2, demand: 1, accusation: 1 },
  hostileEvent: 1,
  window: 6,
  thresholds: [1, 2, 3],
  minDeviation: 1,
};

export interface EscalationPoint {
  period: string;
  intensity: number;
  baseline: number;
  /** Standard deviations above the baseline. */
  score: number;
  level: EscalationLevel;
}

export interface LevelChange {
  actor: string;
  period: string;
  from: EscalationLevel;
  to: EscalationLevel;
  point: EscalationPoint;
}

export interface EscalationSeries {
  actor: string;
  granularity: Granularity;
  points: EscalationPoint[];
  changes: LevelChange[];
}

export function intensityOf(f: Fact, w: EscalationWeights): number {
  if (f.type === 'statement') return w.statements[f.kind] ?? 0;
  return f.goldstein < 0 ? -f.goldstein * w.hostileEvent : 0;
}

/** Every period from the first to the last, so that silent periods count. */
function periodsBetween(first: string, last: string, g: Granularity): string[] {
  const out: string[] = [];
  const day = new Date(`${first}T00:00:00Z`);
  const end = new Date(`${last}T00:00:00Z`);
  for (; day <= end; day.setUTCDate(day.getUTCDate() + 1)) {
    const p = periodOf(day.toISOString().slice(0, 10), g).period;
    if (out[out.length - 1] !== p) out.push(p);
  }
  return out;
}

function fullDate(d: string): string {
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
}

export function escalationOf(facts: readonly Fact[], actor: string, granularity: Granularity, weights: EscalationWeights = defaultEscalationWeights): EscalationSeries {
  const intensity = new Map<string, number>();
  let first: string | null = null;
  let last: string | null = null;
  for (const f of facts) {
    if (f.actor !== actor || !f.date) continue;
    const x = intensityOf(f, weights);
    const d = fullDate(f.date);
    if (!first || d < first) first = d;
    if (!last || d > last) last = d;
    const p = periodOf(f.date, granularity).period;
    intensity.set(p, (intensity.get(p) ?? 0) + x);
  }
  const points: EscalationPoint[] = [];
  const changes: LevelChange[] = [];
  if (!first || !last) return { actor, granularity, points, changes };
  const periods = periodsBetween(first, last, granularity);
  const history: number[] = [];
  let previous: EscalationLevel = 'baseline';
  for (const period of periods) {
    const x = intensity.get(period) ?? 0;
    const win = history.slice(-weights.window);
    const mean = win.length ? win.reduce((a, b) => a + b, 0) / win.length : 0;
    const sd = win.length ? Math.sqrt(win.reduce((a, b) => a + (b - mean) ** 2, 0) / win.length) : 0;
    const score = (x - mean) / Math.max(sd, weights.minDeviation);
    const [t1, t2, t3] = weights.thresholds;
    // With no history there is nothing to rise above: the first period is the baseline.
    const level: EscalationLevel = win.length === 0 || x <= mean ? 'baseline' : score >= t3 ? 'severe' : score >= t2 ? 'high' : score >= t1 ? 'elevated' : 'baseline';
    const point = { period, intensity: x, baseline: mean, score: Math.round(score * 100) / 100, level };
    points.push(point);
    if (level !== previous) changes.push({ actor, period, from: previous, to: level, point });
    previous = level;
    history.push(x);
  }
  return { actor, granularity, points, changes };
}
