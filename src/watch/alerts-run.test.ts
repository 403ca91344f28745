/**
 * Alerts end to end: articles written for this test go through the real
 * pipeline into a temporary store; one pass of the rules computes each
 * actor's escalation and delivers to the log, a signed webhook on 127.0.0.1
 * and the store's inbox; a second pass raises nothing new.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeInput } from '../pipeline/analyze.js';
import { loadKnowledge } from '../pipeline/knowledge.js';
import { openStore } from '../store/store.js';
import { parseRules } from './alerts.js';
import { runAlerts } from './alerts-run.js';
import { verifySignature } from './webhook.js';

const articles = [
  { name: 'quiet.txt', text: 'Reuters\nJanuary 8, 2024\n\nKataib Hezbollah threatens US forces after Baghdad strike\n\nBAGHDAD (Reuters) - Kataib Hezbollah threatened on Monday to attack US forces in Iraq after a drone strike in Baghdad.\n' },
  { name: 'loud.txt', text: 'Reuters\nMarch 4, 2024\n\nKataib Hezbollah warns of new attacks on US forces\n\nBAGHDAD (Reuters) - Kataib Hezbollah warned on Monday that it would attack US forces in Iraq again. The group threatened to strike the Ain al-Asad air base. Kataib Hezbollah also vowed to expel US troops from Iraq.\n' },
];

test('alerts run over a store: escalation per actor, rules from data, log + signed webhook + inbox, once', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-alerts-run-'));
  const store = await openStore({ sqlitePath: join(dir, 'vigil.sqlite'), databaseUrl: null });
  const received: Array<{ body: string; ts: number; sig: string }> = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => { body += c.toString(); });
    req.on('end', () => { received.push({ body, ts: Number(req.headers['x-vigil-timestamp']), sig: String(req.headers['x-vigil-signature']) }); res.statusCode = 204; res.end(); });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  try {
    const knowledge = loadKnowledge();
    for (const a of articles) {
      await store.putDocument(analyzeInput({ name: a.name, bytes: new TextEncoder().encode(a.text), contentType: 'text/plain', origin: `/test/${a.name}` }, knowledge));
    }
    const rules = parseRules([
      'rules:',
      '  - id: escalation-high',
      '    description: rises to high or severe',
      '    on: escalation',
      '    min_level: high',
      `    deliver: [log, inbox, {webhook: {url: "${url}", secret_env: HOOK_SECRET}}]`,
      '  - id: threats-on-us-forces',
      '    description: threats against US forces',
      '    on: statement',
      '    kind: [threat]',
      '    target: [us-forces]',
      '    deliver: [inbox]',
    ].join('\n'), 'test rules');
    const log: string[] = [];
    const options = { rules, granularity: 'week' as const, log: (l: string) => log.push(l), env: { HOOK_SECRET: 'hook-secret' }, webhookDelayMs: 1 };

    const first = await runAlerts(store, options);
    // The quiet week is the baseline; the loud one, after weeks of silence, stands far above it.
    const rise = first.changes.find((c) => c.actor === 'kataib-hezbollah' && c.period === '2024-W10');
    assert.ok(rise, `no escalation change for kataib-hezbollah in 2024-W10: ${JSON.stringify(first.changes)}`);
    assert.equal(rise.to, 'severe');
    assert.ok(first.outcomes.every((o) => !o.duplicate && o.failed.length === 0), JSON.stringify(first.outcomes));

    const inbox = await store.listAlerts({});
    const escalation = inbox.filter((a) => a.rule === 'escalation-high');
    assert.equal(escalation.length, 1);
    assert.equal(escalation[0]?.actor, 'kataib-hezbollah');
    assert.ok((escalation[0]?.citations.length ?? 0) >= 1, 'the escalation alert cites the statements of its period');
    assert.ok(escalation[0]?.citations.every((c) => c.published === '2024-03-04'));
    assert.ok(inbox.some((a) => a.rule === 'threats-on-us-forces'), 'statement rule raised nothing');
    assert.equal(log.length, 1);
    assert.match(log[0]!, /^\[alert escalation-high\] kataib-hezbollah: escalation baseline → severe in 2024-W10/);

    assert.equal(received.length, 1);
    const hook = received[0]!;
    assert.ok(verifySignature('hook-secret', hook.ts, hook.body, hook.sig, Math.floor(Date.now() / 1000)));
    assert.equal((JSON.parse(hook.body) as { alert: { rule: string; actor: string } }).alert.actor, 'kataib-hezbollah');

    const second = await runAlerts(store, options);
    assert.ok(second.outcomes.length > 0 && second.outcomes.every((o) => o.duplicate));
    assert.equal(received.length, 1, 'nothing is delivered twice');
    assert.equal((await store.listAlerts({})).length, inbox.length);
  } finally {
    await new Promise<void>((r) => server.close(() => r()));
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
