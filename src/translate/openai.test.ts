/**
 * Contract tests: a local server on 127.0.0.1 speaking the OpenAI chat
 * completions protocol (POST /v1/chat/completions, bearer key) with
 * deterministic answers, and the adapter against it.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chatCompletionsUrl, OpenAiChatTranslator } from './openai.js';
import { TranslateError } from './translator.js';

type Behaviour = 'ok' | 'fail-500' | 'fail-401' | 'hang' | 'not-json' | 'no-choices';

let server: Server;
let base = '';
let hits = 0;
const plan: Behaviour[] = [];
const requests: Array<{ model: string; messages: Array<{ role: string; content: string }> }> = [];

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
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions') return reply(404, { error: { message: 'no route' } });
    if (req.headers.authorization !== 'Bearer sk-test') {
      return reply(401, { error: { message: 'Incorrect API key provided', type: 'invalid_request_error' } });
    }
    const behaviour = plan.shift() ?? 'ok';
    if (behaviour === 'hang') return;
    if (behaviour === 'fail-500') return reply(500, { error: { message: 'The server had an error' } });
    if (behaviour === 'fail-401') return reply(401, { error: { message: 'key revoked' } });
    if (behaviour === 'not-json') return reply(200, 'data: [DONE]');
    if (behaviour === 'no-choices') return reply(200, { choices: [] });
    const input = JSON.parse(raw) as (typeof requests)[number];
    requests.push(input);
    const user = input.messages.find((m) => m.role === 'user')?.content ?? '';
    // Deterministic "translation": the length and the words reversed.
    reply(200, { id: 'x', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: ` EN${user.length}: ${user.split(' ').reverse().join(' ')}\n` }, finish_reason: 'stop' }] });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const translator = (overrides: Partial<ConstructorParameters<typeof OpenAiChatTranslator>[0]> = {}) =>
  new OpenAiChatTranslator({ url: base, key: 'sk-test', model: 'test-model', timeoutMs: 2000, retries: 2, retryDelayMs: 1, ...overrides });

function resetPlan(...steps: Behaviour[]): void {
  plan.length = 0;
  plan.push(...steps);
  requests.length = 0;
  hits = 0;
}

test('chat completions URL from a base with or without /v1', () => {
  assert.equal(chatCompletionsUrl('http://h:1'), 'http://h:1/v1/chat/completions');
  assert.equal(chatCompletionsUrl('http://h:1/v1/'), 'http://h:1/v1/chat/completions');
  assert.equal(chatCompletionsUrl('http://h:1/v1/chat/completions'), 'http://h:1/v1/chat/completions');
});

test('success: model, system instructions naming both languages, trimmed answer', async () => {
  resetPlan();
  const [result] = await translator().translate(['قال القائد'], 'ar', 'en');
  assert.deepEqual(result, { text: 'EN10: القائد قال', provider: 'openai', kind: 'translation', from: 'ar', to: 'en' });
  assert.equal(requests[0]?.model, 'test-model');
  assert.match(requests[0]?.messages[0]?.content ?? '', /from Arabic to English/);
  assert.equal(requests[0]?.messages[1]?.content, 'قال القائد');
});

test('long text: one request per sentence piece, rejoined in order', async () => {
  resetPlan();
  const [result] = await translator({ maxChars: 12 }).translate(['جملة أولى. جملة ثانية.'], 'ar', 'en');
  assert.equal(requests.length, 2);
  assert.equal(result?.text, 'EN10: أولى. جملة EN11: ثانية. جملة');
});

test('auth failure: 401 is a TranslateError "auth", tried once, key not echoed', async () => {
  resetPlan();
  await assert.rejects(translator({ key: 'sk-wrong' }).translate(['نص'], 'ar', 'en'), (err: unknown) => {
    assert.ok(err instanceof TranslateError);
    assert.equal(err.reason, 'auth');
    assert.match(err.message, /^openai: 401 Incorrect API key provided/);
    assert.doesNotMatch(err.message, /sk-wrong/);
    return true;
  });
  assert.equal(hits, 1);
});

test('500 then success: retried', async () => {
  resetPlan('fail-500');
  const [result] = await translator().translate(['نص'], 'ar', 'en');
  assert.equal(result?.text, 'EN2: نص');
  assert.equal(hits, 2);
});

test('500 on every try: "server" after 1 + retries attempts', async () => {
  resetPlan('fail-500', 'fail-500', 'fail-500', 'fail-500');
  await assert.rejects(translator({ retries: 2 }).translate(['نص'], 'ar', 'en'), (err: unknown) => err instanceof TranslateError && err.reason === 'server');
  assert.equal(hits, 3);
});

test('timeout: a TranslateError "timeout"', async () => {
  resetPlan('hang');
  await assert.rejects(translator({ timeoutMs: 100, retries: 0 }).translate(['نص'], 'ar', 'en'), (err: unknown) => err instanceof TranslateError && err.reason === 'timeout');
});

for (const behaviour of ['not-json', 'no-choices'] as const) {
  test(`malformed answer (${behaviour}): a TranslateError "malformed"`, async () => {
    resetPlan(behaviour);
    await assert.rejects(translator().translate(['نص'], 'ar', 'en'), (err: unknown) => err instanceof TranslateError && err.reason === 'malformed');
  });
}
