/**
 * Sends alerts where their rules say: a log line, the web inbox, a webhook.
 * The inbox is the alerts table of the Store, where the workbench reads
 * them. An alert is saved to the inbox first, and delivered only when the
 * save created it: the insert-or-nothing on its id decides, across processes,
 * that it is raised once, so re-running the rules delivers nothing twice.
 */
import { describeError } from '../core/errors.js';
import type { InboxAlert, Store } from '../store/store.js';
import type { Alert } from './alerts.js';
import { postWebhook } from './webhook.js';

export interface AlertInbox {
  /** Saves the alert; false when it was already there. */
  add(alert: Alert, raisedAt: number): Promise<boolean>;
  list(): Promise<InboxAlert[]>;
}

/** The inbox in the Store's alerts table. */
export function storeInbox(store: Pick<Store, 'saveAlert' | 'listAlerts'>): AlertInbox {
  return {
    add: (a, raisedAt) => store.saveAlert({ id: a.id, rule: a.rule, title: a.title, date: a.date, actor: a.actor, target: a.target, citations: a.citations, raisedAt }),
    list: () => store.listAlerts({ limit: 1000 }),
  };
}

export interface DeliveryContext {
  inbox: AlertInbox;
  log: (line: string) => void;
  env: Record<string, string | undefined>;
  now?: () => number;
  /** Passed to the webhook (tests shorten the waits). */
  webhookDelayMs?: number;
}

export interface DeliveryOutcome {
  alert: string;
  delivered: string[];
  failed: Array<{ to: string; error: string }>;
  /** True when the alert was already in the inbox: nothing was sent. */
  duplicate: boolean;
}

export async function deliverAlerts(alerts: readonly Alert[], ctx: DeliveryContext): Promise<DeliveryOutcome[]> {
  const outcomes: DeliveryOutcome[] = [];
  for (const alert of alerts) {
    const outcome: DeliveryOutcome = { alert: alert.id, delivered: [], failed: [], duplicate: false };
    outcomes.push(outcome);
    // Every alert lands in the inbox, delivered elsewhere or not: it is also the record that it was raised.
    if (!(await ctx.inbox.add(alert, (ctx.now ?? Date.now)()))) { outcome.duplicate = true; continue; }
    for (const d of alert.deliver) {
      if (d === 'log') { ctx.log(`[alert ${alert.rule}] ${alert.title}`); outcome.delivered.push('log'); continue; }
      if (d === 'inbox') { outcome.delivered.push('inbox'); continue; }
      const secret = ctx.env[d.webhook.secret_env];
      if (!secret) { outcome.failed.push({ to: d.webhook.url, error: `environment variable ${d.webhook.secret_env} (the webhook secret) is not set` }); continue; }
      try {
        await postWebhook(d.webhook.url, { alert }, { secret, ...(d.webhook.attempts ? { attempts: d.webhook.attempts } : {}), ...(ctx.webhookDelayMs !== undefined ? { baseDelayMs: ctx.webhookDelayMs } : {}) });
        outcome.delivered.push(d.webhook.url);
      } catch (err) {
        outcome.failed.push({ to: d.webhook.url, error: describeError(err) });
      }
    }
  }
  return outcomes;
}
