/**
 * Sends alerts where their rules say: a log line, the web inbox, a webhook.
 * The inbox is where the web application reads alerts; an alert already in it
 * is not delivered again anywhere, so re-running the rules is harmless.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describeError } from '../core/errors.js';
import type { Alert } from './alerts.js';
import { postWebhook } from './webhook.js';

export interface StoredAlert extends Alert {
  /** Epoch milliseconds. */
  raisedAt: number;
  read: boolean;
}

export interface AlertInbox {
  has(id: string): Promise<boolean>;
  add(alert: StoredAlert): Promise<void>;
  list(): Promise<StoredAlert[]>;
}

/**
 * The inbox as an append-only NDJSON file beside the local database
 * (default .vigil/alerts.ndjson, or VIGIL_ALERTS). The Store has no alerts
 * table yet; this keeps the same interface so one can replace it.
 */
export function fileInbox(path = process.env.VIGIL_ALERTS ?? './.vigil/alerts.ndjson'): AlertInbox {
  const read = (): StoredAlert[] => (existsSync(path)
    ? readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as StoredAlert)
    : []);
  return {
    async has(id) { return read().some((a) => a.id === id); },
    async add(alert) { mkdirSync(dirname(path), { recursive: true }); appendFileSync(path, JSON.stringify(alert) + '\n'); },
    async list() { return read(); },
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
    if (await ctx.inbox.has(alert.id)) { outcome.duplicate = true; continue; }
    for (const d of alert.deliver) {
      if (d === 'log') { ctx.log(`[alert ${alert.rule}] ${alert.title}`); outcome.delivered.push('log'); continue; }
      if (d === 'inbox') continue; // stored below, once, for every alert
      const secret = ctx.env[d.webhook.secret_env];
      if (!secret) { outcome.failed.push({ to: d.webhook.url, error: `environment variable ${d.webhook.secret_env} (the webhook secret) is not set` }); continue; }
      try {
        await postWebhook(d.webhook.url, { alert }, { secret, ...(d.webhook.attempts ? { attempts: d.webhook.attempts } : {}), ...(ctx.webhookDelayMs !== undefined ? { baseDelayMs: ctx.webhookDelayMs } : {}) });
        outcome.delivered.push(d.webhook.url);
      } catch (err) {
        outcome.failed.push({ to: d.webhook.url, error: describeError(err) });
      }
    }
    // Every alert lands in the inbox, delivered elsewhere or not: it is also the record that it was raised.
    await ctx.inbox.add({ ...alert, raisedAt: (ctx.now ?? Date.now)(), read: false });
    if (alert.deliver.includes('inbox')) outcome.delivered.push('inbox');
  }
  return outcomes;
}
