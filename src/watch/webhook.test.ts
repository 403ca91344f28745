import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DeliveryError, postWebhook, signBody, verifySignature } from './webhook.js';

interface Received { body: string; timestamp: number; signature: string }

/** A receiver on 127.0.0.1 that answers with the given statuses in turn, then 200. */
async function receiver(statuses: number[]): Promise<{ url: string; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.on('data', (c: Buffer) => { body += c.toString('utf8'); });
    req.on('end', () => {
      received.push({ body, timestamp: Number(req.headers['x-vigil-timestamp']), signature: String(req.headers['x-vigil-signature']) });
      res.statusCode = statuses[received.length - 1] ?? 200;
      res.end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hook`, received, close: () => new Promise((r) => server.close(() => r())) };
}

const secret = 'shared-secret';
const clock = () => 1_700_000_000;

test('failed deliveries are retried with growing waits, and every attempt is signed', async () => {
  const r = await receiver([503, 500, 429]);
  const waits: number[] = [];
  try {
    const result = await postWebhook(r.url, { alert: 'a1' }, { secret, baseDelayMs: 5, now: clock, sleep: async (ms) => { waits.push(ms); } });
    assert.deepEqual(result, { status: 200, attempts: 4 });
    assert.deepEqual(waits, [5, 10, 20]);
    assert.equal(r.received.length, 4);
    for (const got of r.received) {
      assert.deepEqual(JSON.parse(got.body), { alert: 'a1' });
      assert.ok(verifySignature(secret, got.timestamp, got.body, got.signature, clock()));
    }
  } finally { await r.close(); }
});

test('a signature fails with another secret, an altered body, or an old timestamp', () => {
  const body = '{"alert":"a1"}';
  const sig = signBody(secret, clock(), body);
  assert.equal(verifySignature('other', clock(), body, sig, clock()), false);
  assert.equal(verifySignature(secret, clock(), '{"alert":"a2"}', sig, clock()), false);
  assert.equal(verifySignature(secret, clock(), body, sig, clock() + 3600), false);
  assert.equal(verifySignature(secret, clock(), body, sig, clock() + 10), true);
});

test('a 4xx answer is not retried; giving up after the last attempt says so', async () => {
  const bad = await receiver([400]);
  try {
    await assert.rejects(postWebhook(bad.url, {}, { secret, baseDelayMs: 1, sleep: async () => {} }), (e: unknown) => e instanceof DeliveryError && e.attempts === 1);
    assert.equal(bad.received.length, 1);
  } finally { await bad.close(); }
  const down = await receiver([503, 503, 503]);
  try {
    await assert.rejects(postWebhook(down.url, {}, { secret, attempts: 3, baseDelayMs: 1, sleep: async () => {} }), /failed after 3 attempts: HTTP 503/);
  } finally { await down.close(); }
});

test('a refused connection is retried, then reported', async () => {
  const r = await receiver([]);
  const url = r.url;
  await r.close();
  await assert.rejects(postWebhook(url, {}, { secret, attempts: 2, baseDelayMs: 1, sleep: async () => {} }), /failed after 2 attempts/);
});
