/**
 * Alert rules as data (data/alerts/*.yaml): conditions on actor, target,
 * kind, CAMEO code, outlet and escalation level; each matching fact or
 * escalation change becomes an alert, with its citations. An alert's id is
 * derived from its rule and what triggered it, so re-running the rules over
 * the same data raises nothing new.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { defaultDataDir } from '../core/data-dir.js';
import { DataError } from '../core/errors.js';
import type { Fact } from '../analyze/facts.js';
import type { NewAlert } from '../store/store.js';
import { escalationLevels, type LevelChange } from '../analyze/escalation.js';

const list = z.array(z.string().min(1)).min(1).optional();

const deliverySchema = z.union([
  z.literal('log'),
  z.literal('inbox'),
  z.object({
    webhook: z.object({
      url: z.string().url(),
      /** Name of the environment variable holding the HMAC secret; never the secret itself. */
      secret_env: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
      attempts: z.number().int().min(1).max(20).optional(),
    }).strict(),
  }).strict(),
]);

export const ruleSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  description: z.string().min(1),
  /** What the rule reads: statements, events, or escalation level changes. */
  on: z.enum(['statement', 'event', 'escalation']),
  actor: list,
  target: list,
  kind: list,
  /** CAMEO code prefixes: "19" matches 190-196. */
  cameo: z.array(z.string().regex(/^\d{2,4}$/)).min(1).optional(),
  outlet: list,
  /** For escalation rules: alert when the level rises to at least this. */
  min_level: z.enum(escalationLevels).optional(),
  deliver: z.array(deliverySchema).min(1),
}).strict();

export const rulesFileSchema = z.object({ rules: z.array(ruleSchema) }).strict();

export type AlertRule = z.infer<typeof ruleSchema>;
export type Delivery = z.infer<typeof deliverySchema>;

export function parseRules(text: string, origin: string): AlertRule[] {
  let raw: unknown;
  try { raw = parseYaml(text); } catch (err) { throw new DataError(`${origin}: not YAML (${err instanceof Error ? err.message : String(err)})`, { cause: err }); }
  const parsed = rulesFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DataError(`${origin}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid alert rules'}`);
  }
  const ids = new Set<string>();
  for (const r of parsed.data.rules) {
    if (ids.has(r.id)) throw new DataError(`${origin}: rule id ${r.id} appears twice`);
    ids.add(r.id);
    if (r.on === 'escalation' && (r.kind || r.cameo || r.target || r.outlet)) throw new DataError(`${origin}: rule ${r.id}: escalation rules take actor and min_level only`);
  }
  return parsed.data.rules;
}

export function defaultAlertsDir(dataDir = defaultDataDir()): string {
  return join(dataDir, 'alerts');
}

export function loadRules(dir = defaultAlertsDir()): AlertRule[] {
  if (!existsSync(dir)) return [];
  const rules: AlertRule[] = [];
  for (const name of readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort()) {
    for (const r of parseRules(readFileSync(join(dir, name), 'utf8'), join(dir, name))) {
      if (rules.some((x) => x.id === r.id)) throw new DataError(`${join(dir, name)}: rule id ${r.id} is already defined in another file`);
      rules.push(r);
    }
  }
  return rules;
}

/** An alert as a rule raises it: what the inbox keeps, and where to deliver it. */
export interface Alert extends Omit<NewAlert, 'raisedAt'> {
  deliver: Delivery[];
}

const has = (values: string[] | undefined, v: string | null) => !values || (v !== null && values.includes(v));

function alertId(rule: string, trigger: string): string {
  return createHash('sha256').update(`${rule}\u0000${trigger}`).digest('hex').slice(0, 24);
}

function factMatches(rule: AlertRule, f: Fact): boolean {
  if (rule.on !== f.type) return false;
  if (!has(rule.actor, f.actor) || !has(rule.target, f.target) || !has(rule.kind, f.kind)) return false;
  if (rule.cameo && (f.type !== 'event' || !rule.cameo.some((c) => f.cameo.startsWith(c)))) return false;
  if (rule.outlet && !f.reports.some((r) => rule.outlet!.includes(r.citation.outlet))) return false;
  return true;
}

/** The alerts the rules raise over these facts and escalation changes. */
export function evaluateRules(rules: readonly AlertRule[], facts: readonly Fact[], changes: readonly LevelChange[]): Alert[] {
  const alerts: Alert[] = [];
  for (const rule of rules) {
    if (rule.on === 'escalation') {
      const min = escalationLevels.indexOf(rule.min_level ?? 'elevated');
      for (const c of changes) {
        const to = escalationLevels.indexOf(c.to);
        if (!has(rule.actor, c.actor) || to < min || to <= escalationLevels.indexOf(c.from)) continue;
        alerts.push({
          id: alertId(rule.id, `${c.actor}|${c.period}|${c.to}`), rule: rule.id,
          title: `${c.actor}: escalation ${c.from} → ${c.to} in ${c.period} (intensity ${c.point.intensity} against a baseline of ${c.point.baseline.toFixed(1)})`,
          date: c.period, actor: c.actor, target: null, citations: [], deliver: rule.deliver,
        });
      }
      continue;
    }
    for (const f of facts) {
      if (!factMatches(rule, f)) continue;
      alerts.push({
        id: alertId(rule.id, f.key), rule: rule.id,
        title: `${f.kind}${f.actor ? ` by ${f.actor}` : ''}${f.target ? ` against ${f.target}` : ''}${f.date ? ` (${f.date})` : ''}: ${f.reports[0]?.text ?? ''}`,
        date: f.date, actor: f.actor, target: f.target, citations: f.reports.map((r) => r.citation), deliver: rule.deliver,
      });
    }
  }
  return alerts;
}

/** Attaches the citations of the facts behind an escalation alert's period (for the inbox and the webhook body). */
export function withEscalationEvidence(alert: Alert, facts: readonly Fact[], inPeriod: (date: string) => boolean): Alert {
  if (alert.citations.length > 0 || !alert.actor) return alert;
  const citations = facts.filter((f) => f.actor === alert.actor && f.date && inPeriod(f.date)).flatMap((f) => f.reports.map((r) => r.citation));
  return { ...alert, citations };
}
