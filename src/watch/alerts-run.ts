/**
 * One pass of the alert rules over a store: gather the stored statements and
 * events into facts, compute each actor's escalation, evaluate the rules and
 * deliver what is new (log, webhooks, the inbox table). `vigil alerts run`
 * and the watcher call this; nothing here reads the command line.
 */
import type { Store } from '../store/store.js';
import { loadCorpus } from '../analyze/corpus-store.js';
import { gatherFacts } from '../analyze/facts.js';
import { escalationOf, type LevelChange } from '../analyze/escalation.js';
import { periodOf, type Granularity } from '../analyze/periods.js';
import type { CorpusFilter } from '../analyze/corpus.js';
import { evaluateRules, withEscalationEvidence, type AlertRule } from './alerts.js';
import { deliverAlerts, storeInbox, type DeliveryOutcome } from './alerts-delivery.js';

export interface AlertsRunOptions {
  rules: readonly AlertRule[];
  granularity: Granularity;
  filter?: CorpusFilter;
  log: (line: string) => void;
  env: Record<string, string | undefined>;
  now?: () => number;
  webhookDelayMs?: number;
}

export interface AlertsRunResult {
  /** The escalation level changes of every actor, whether a rule took them or not. */
  changes: LevelChange[];
  outcomes: DeliveryOutcome[];
}

export async function runAlerts(store: Store, o: AlertsRunOptions): Promise<AlertsRunResult> {
  const facts = gatherFacts(await loadCorpus(store, o.filter ?? {}));
  const actors = [...new Set(facts.map((f) => f.actor).filter((a): a is string => a !== null))].sort();
  const changes = o.rules.some((r) => r.on === 'escalation') ? actors.flatMap((a) => escalationOf(facts, a, o.granularity).changes) : [];
  const alerts = evaluateRules(o.rules, facts, changes)
    .map((a) => withEscalationEvidence(a, facts, (date) => a.date === periodOf(date, o.granularity).period));
  const outcomes = await deliverAlerts(alerts, {
    inbox: storeInbox(store), log: o.log, env: o.env,
    ...(o.now ? { now: o.now } : {}), ...(o.webhookDelayMs !== undefined ? { webhookDelayMs: o.webhookDelayMs } : {}),
  });
  return { changes, outcomes };
}
