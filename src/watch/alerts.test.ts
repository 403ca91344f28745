import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtureDoc } from '../analyze/fixture-docs.js';
import { gatherFacts } from '../analyze/facts.js';
import { escalationOf } from '../analyze/escalation.js';
import { evaluateRules, loadRules, parseRules } from './alerts.js';
import { deliverAlerts, storeInbox } from './alerts-delivery.js';
import { openStore } from '../store/store.js';
import { verifySignature } from './webhook.js';

const docs = [
  fixtureDoc({ id: 'a', outlet: 'Outlet One', published: '2024-03-01',
    text: 'The brigades threatened the occupation forces. A drone hit the Tower base. The brigades praised their fighters.',
    statements: [
      { kind: 'threat', actor: 'brigades', target: 'us-forces', words: 'The brigades threatened the occupation forces.' },
      { kind: 'support', actor: 'brigades', target: 'fighters', words: 'The brigades praised their fighters.' },
    ],
    events: [{ kind: 'attack', actor: 'brigades', target: 'tower-base', cameo: '183', goldstein: -10, words: 'A drone hit the Tower base.' }] }),
  fixtureDoc({ id: 'b', outlet: 'Outlet Two', published: '2024-03-01', text: 'The brigades threatened the occupation forces.',
    statements: [{ kind: 'threat', actor: 'brigades', target: 'us-forces', words: 'The brigades threatened the occupation forces.' }] }),
];
const facts = gatherFacts(docs);

const rulesYaml = `
rules:
  - id: threats
    description: threats against US forces
    on: statement
    kind: [threat]
    target: [us-forces]
    deliver: [log, inbox]
  - id: bombings
    description: bombings (CAMEO 18x)
    on: event
    cameo: ["18"]
    outlet: [outlet-one]
    deliver: [inbox]
  - id: not-this-outlet
    description: events seen by outlet two only
    on: event
    outlet: [outlet-two]
    deliver: [inbox]
  - id: rising
    description: escalation
    on: escalation
    min_level: high
    deliver: [inbox]
`;

test('rules match on kind, target, CAMEO prefix and outlet; one fact reported twice is one alert with two citations', () => {
  const alerts = evaluateRules(parseRules(rulesYaml, 'test'), facts, []);
  assert.deepEqual(alerts.map((a) => [a.rule, a.citations.length]), [['threats', 2], ['bombings', 1]]);
  assert.equal(alerts[0]?.citations[0]?.sentence, 'The brigades threatened the occupation forces.');
  // Same data, same ids.
  assert.deepEqual(evaluateRules(parseRules(rulesYaml, 'test'), facts, []).map((a) => a.id), alerts.map((a) => a.id));
});

test('escalation rules fire on a rise to at least their level, not on a fall', () => {
  const months = ['2023-01', '2023-02', '2023-03', '2023-04'];
  const quiet = months.map((m, i) => fixtureDoc({ id: `q${i}`, outlet: 'Outlet One', published: `${m}-10`, text: 'It demanded a withdrawal.',
    statements: [{ kind: 'demand', actor: 'brigades', target: 'us-forces', words: 'It demanded a withdrawal.' }] }));
  const burst = fixtureDoc({ id: 'burst', outlet: 'Outlet One', published: '2023-05-10', text: 'It threatened bases. It threatened embassies. It threatened convoys.',
    statements: ['It threatened bases.', 'It threatened embassies.', 'It threatened convoys.'].map((words) => ({ kind: 'threat' as const, actor: 'brigades', target: 'us-forces', words })) });
  const series = escalationOf(gatherFacts([...quiet, burst]), 'brigades', 'month');
  const alerts = evaluateRules(parseRules(rulesYaml, 'test').filter((r) => r.on === 'escalation'), [], series.changes);
  assert.equal(alerts.length, 1);
  assert.match(alerts[0]!.title, /brigades: escalation baseline → severe in 2023-05/);
});

test('bad rule files are refused with the file and the field', () => {
  assert.throws(() => parseRules('rules:\n  - id: x\n    description: d\n    on: rumour\n    deliver: [log]\n', 'f.yaml'), /f\.yaml: rules\.0\.on/);
  assert.throws(() => parseRules('rules:\n  - id: x\n    description: d\n    on: event\n    deliver: [{webhook: {url: "http://x", secret: "plain"}}]\n', 'f.yaml'), /f\.yaml/);
  assert.throws(() => parseRules('rules:\n  - {id: x, description: d, on: statement, deliver: [log]}\n  - {id: x, description: d, on: event, deliver: [log]}\n', 'f.yaml'), /appears twice/);
  assert.throws(() => parseRules('rules:\n  - {id: x, description: d, on: escalation, kind: [threat], deliver: [log]}\n', 'f.yaml'), /escalation rules take/);
});

test('the shipped rule files load whole', () => {
  const rules = loadRules(join(process.cwd(), 'data/alerts'));
  assert.ok(rules.length >= 3);
});

test('delivery: log, signed webhook to 127.0.0.1, inbox; a second run delivers nothing again', async () => {
  const bodies: Array<{ body: string; ts: number; sig: string }> = [];
  let calls = 0;
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => { body += c.toString(); });
    req.on('end', () => { calls++; bodies.push({ body, ts: Number(req.headers['x-vigil-timestamp']), sig: String(req.headers['x-vigil-signature']) }); res.statusCode = calls === 1 ? 502 : 204; res.end(); });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/in`;
  const dir = mkdtempSync(join(tmpdir(), 'vigil-inbox-'));
  const store = await openStore({ sqlitePath: join(dir, 'inbox.sqlite'), databaseUrl: null });
  try {
    const rules = parseRules(`rules:\n  - id: threats\n    description: t\n    on: statement\n    kind: [threat]\n    deliver: [log, inbox, {webhook: {url: "${url}", secret_env: HOOK_SECRET}}]\n`, 'test');
    const alerts = evaluateRules(rules, facts, []);
    const inbox = storeInbox(store);
    const lines: string[] = [];
    const ctx = { inbox, log: (l: string) => lines.push(l), env: { HOOK_SECRET: 's3cret' }, webhookDelayMs: 1, now: () => 42 };
    const first = await deliverAlerts(alerts, ctx);
    assert.deepEqual(first.map((o) => [o.delivered, o.failed, o.duplicate]), [[['log', 'inbox', url], [], false]]);
    assert.equal(calls, 2); // 502, then accepted
    const last = bodies[1]!;
    assert.ok(verifySignature('s3cret', last.ts, last.body, last.sig, Math.floor(Date.now() / 1000)));
    assert.equal((JSON.parse(last.body) as { alert: { rule: string } }).alert.rule, 'threats');
    assert.match(lines[0]!, /^\[alert threats\] threat by brigades against us-forces/);
    assert.deepEqual((await inbox.list()).map((a) => [a.rule, a.raisedAt, a.read]), [['threats', 42, false]]);
    const second = await deliverAlerts(alerts, ctx);
    assert.equal(second[0]?.duplicate, true);
    assert.equal(calls, 2);
    // A missing secret is a reported failure, not a silent skip.
    const noSecret = await deliverAlerts(evaluateRules(rules, gatherFacts([docs[1]!].map((d) => ({ ...d, id: 'c', meta: { ...d.meta, published: '2024-04-01' } }))), []),
      { ...ctx, env: {} });
    assert.match(noSecret[0]?.failed[0]?.error ?? '', /HOOK_SECRET/);
  } finally {
    await new Promise<void>((r) => server.close(() => r()));
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
