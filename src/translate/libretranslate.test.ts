/**
 * Contract tests: a local server on 127.0.0.1 speaking LibreTranslate's
 * protocol (POST /translate, q string or array, api_key) with deterministic
 * answers, and the adapter against it.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LibreTranslateTranslator } from './libretranslate.js';
import { TranslateError } from './translator.js';

type Behaviour = 'ok' | 'fail-500' | 'hang' | 'not-json' | 'wrong-shape' | 'short';

let server: Server;
let base = '';
/** What the next requests do, consumed one per request; 'ok' when empty. */
const plan: Behaviour[] = [];
let hits = 0;
const received: Array<{ q: string[]; source: string; target: string; format: string }> = [];

// Deterministic "translation": a tag, the target language and the text reversed word by word.
const fakeTranslate = (s: string, target: string) => `<${target}> ${s.split(' ').reverse().join(' ')}`;

async function body(req: IncomingMessage): Promise<string> {
  let data = '';
  for await (const chunk of req) data += chunk;
  return data;
}

before(async () => {
  server = createServer(async (req, res) => {
    hits++;
    const raw = await body(req);
    const reply = (status: number, payload: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(typeof payload === 'string' ? payload : JSON.stringify(payload));
    };
    if (req.method !== 'POST' || req.url !== '/translate') return reply(404, { error: 'Not Found' });
    const input = JSON.parse(raw) as { q: string | string[]; source: string; target: string; format: string; api_key?: string };
    if (input.api_key !== 'good-key') return reply(403, { error: 'Invalid API key' });
    const behaviour = plan.shift() ?? 'ok';
    if (behaviour === 'hang') return; // never answers
    if (behaviour === 'fail-500') return reply(500, { error: 'Internal error' });
    if (behaviour === 'not-json') return reply(200, '<html>proxy error</html>');
    if (behaviour === 'wrong-shape') return reply(200, { translation: 'x' });
    const q = Array.isArray(input.q) ? input.q : [input.q];
    received.push({ q, source: input.source, target: input.target, format: input.format });
    const out = q.map((s) => fakeTranslate(s, input.target));
    reply(200, { translatedText: behaviour === 'short' ? out.slice(1) : Array.isArray(input.q) ? out : out[0] });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const translator = (overrides: Partial<ConstructorParameters<typeof LibreTranslateTranslator>[0]> = {}) =>
  new LibreTranslateTranslator({ url: base, key: 'good-key', timeoutMs: 2000, retries: 2, retryDelayMs: 1, ...overrides });

function resetPlan(...steps: Behaviour[]): void {
  plan.length = 0;
  plan.push(...steps);
  received.length = 0;
  hits = 0;
}

test('success: one result per text, labelled as a translation by libretranslate', async () => {
  resetPlan();
  const results = await translator().translate(['قال القائد', 'هدد الفصيل'], 'ar', 'en');
  assert.deepEqual(results, [
    { text: '<en> القائد قال', provider: 'libretranslate', kind: 'translation', from: 'ar', to: 'en' },
    { text: '<en> الفصيل هدد', provider: 'libretranslate', kind: 'translation', from: 'ar', to: 'en' },
  ]);
  assert.deepEqual(received, [{ q: ['قال القائد', 'هدد الفصيل'], source: 'ar', target: 'en', format: 'text' }]);
});

test('long text is sent in sentence pieces and put back together', async () => {
  resetPlan();
  const [result] = await translator({ maxChars: 15 }).translate(['الجملة الأولى.\n\nالجملة الثانية.'], 'ar', 'en');
  assert.equal(result?.text, '<en> الأولى. الجملة\n\n<en> الثانية. الجملة');
  assert.ok(received.flatMap((r) => r.q).every((q) => q.length <= 15));
});

test('auth failure: 403 is a TranslateError "auth", not retried', async () => {
  resetPlan();
  await assert.rejects(translator({ key: 'wrong' }).translate(['نص'], 'ar', 'en'), (err: unknown) => {
    assert.ok(err instanceof TranslateError);
    assert.equal(err.reason, 'auth');
    assert.match(err.message, /^libretranslate: 403 Invalid API key/);
    assert.doesNotMatch(err.message, /wrong/);
    return true;
  });
  assert.equal(hits, 1);
});

test('500 then success: retried', async () => {
  resetPlan('fail-500', 'fail-500');
  const [result] = await translator().translate(['نص'], 'ar', 'en');
  assert.equal(result?.text, '<en> نص');
});

test('500 on every try: a TranslateError "server" after the retries', async () => {
  resetPlan('fail-500', 'fail-500', 'fail-500', 'fail-500');
  await assert.rejects(translator({ retries: 1 }).translate(['نص'], 'ar', 'en'), (err: unknown) => err instanceof TranslateError && err.reason === 'server' && /500 Internal error/.test(err.message));
  assert.deepEqual(plan, ['fail-500', 'fail-500'], 'two attempts made, two planned failures left');
});

test('timeout: a TranslateError "timeout"', async () => {
  resetPlan('hang');
  await assert.rejects(translator({ timeoutMs: 100, retries: 0 }).translate(['نص'], 'ar', 'en'), (err: unknown) => err instanceof TranslateError && err.reason === 'timeout');
});

for (const behaviour of ['not-json', 'wrong-shape', 'short'] as const) {
  test(`malformed answer (${behaviour}): a TranslateError "malformed"`, async () => {
    resetPlan(behaviour);
    await assert.rejects(translator().translate(['نص', 'آخر'], 'ar', 'en'), (err: unknown) => err instanceof TranslateError && err.reason === 'malformed');
  });
}

test('nothing listening: a TranslateError "unreachable"', async () => {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = (closed.address() as AddressInfo).port;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  await assert.rejects(
    new LibreTranslateTranslator({ url: `http://127.0.0.1:${port}`, retries: 0 }).translate(['نص'], 'ar', 'en'),
    (err: unknown) => err instanceof TranslateError && err.reason === 'unreachable',
  );
});
