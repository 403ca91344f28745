/**
 * Alerts as the workbench shows them: the stored alert with what the
 * analyst reads first lifted out of it — the kind of statement or event that
 * triggered it, or the escalation step (from → to) — and display names for
 * its actor and target. The kind and the step are read back from the title
 * the rules wrote (src/watch/alerts.ts); alert-view.test.ts holds the rules'
 * titles to that reading, so a change of wording there fails here.
 */
import type { EventKind } from '../core/types.js';
import { escalationLevels, type EscalationLevel } from '../analyze/escalation.js';
import type { Citation } from '../analyze/citation.js';
import type { InboxAlert } from '../store/store.js';
import { namesFor, type NameSource } from './corpus-view.js';
import { statementKinds } from './routes/schemas.js';

export type AlertTrigger = 'statement' | 'event' | 'escalation' | 'unknown';

export interface AlertView {
  id: string;
  rule: string;
  title: string;
  date: string | null;
  trigger: AlertTrigger;
  /** The statement or event kind ("threat", "strike"); null for escalation. */
  kind: string | null;
  escalation: { from: EscalationLevel; to: EscalationLevel; period: string } | null;
  actor: { id: string; name: string } | null;
  target: { id: string; name: string } | null;
  citations: Citation[];
  raisedAt: number;
  read: boolean;
  readAt: number | null;
}

const eventKinds: readonly EventKind[] = ['attack', 'strike', 'killing', 'sanction', 'designation', 'meeting', 'deployment', 'withdrawal', 'negotiation', 'founding', 'other'];
const level = `(${escalationLevels.join('|')})`;
// "<actor>: escalation <from> → <to> in <period> (...)"
const escalationTitle = new RegExp(`^.*?: escalation ${level} \u2192 ${level} in (\\S+)`);
// "<kind> by <actor> against <target> (<date>): <words>" — kinds are one word.
const factTitle = /^([a-z_]+)(?=[ :])/;

/** What the title says triggered the alert. */
export function readTitle(title: string): Pick<AlertView, 'trigger' | 'kind' | 'escalation'> {
  const e = escalationTitle.exec(title);
  if (e) return { trigger: 'escalation', kind: null, escalation: { from: e[1] as EscalationLevel, to: e[2] as EscalationLevel, period: e[3]! } };
  const kind = factTitle.exec(title)?.[1] ?? null;
  // "other" is both a statement and an event kind: the trigger stays open then.
  const isStatement = kind !== null && (statementKinds as readonly string[]).includes(kind);
  const isEvent = kind !== null && (eventKinds as readonly string[]).includes(kind);
  if (isStatement && !isEvent) return { trigger: 'statement', kind, escalation: null };
  if (isEvent && !isStatement) return { trigger: 'event', kind, escalation: null };
  return { trigger: 'unknown', kind: isStatement ? kind : null, escalation: null };
}

export async function alertViews(ctx: NameSource, alerts: readonly InboxAlert[]): Promise<AlertView[]> {
  const names = await namesFor(ctx, alerts.flatMap((a) => [a.actor, a.target]).filter((x): x is string => x !== null));
  const named = (id: string | null) => (id === null ? null : { id, name: names[id] ?? id });
  return alerts.map((a) => ({
    id: a.id, rule: a.rule, title: a.title, date: a.date, ...readTitle(a.title),
    actor: named(a.actor), target: named(a.target), citations: a.citations, raisedAt: a.raisedAt, read: a.read, readAt: a.readAt,
  }));
}

/** Keyset cursor for the next page: the last alert's raisedAt and id. */
export function cursorOf(a: Pick<InboxAlert, 'raisedAt' | 'id'>): string {
  return `${a.raisedAt}:${a.id}`;
}

export function parseCursor(cursor: string): { raisedAt: number; id: string } | null {
  const m = /^(\d{1,16}):([A-Za-z0-9_-]{1,128})$/.exec(cursor);
  return m ? { raisedAt: Number(m[1]), id: m[2]! } : null;
}
