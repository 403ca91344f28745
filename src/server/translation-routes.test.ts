/**
 * Translations through the API: made by the offline gist and stored beside
 * the document, read back, replaced, refused for unknown documents and bad
 * language pairs, and a failing translation service answered with a 502.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import type { Role } from './accounts.js';
import { fixtureDocs } from './test-fixtures.js';
import { passwords, testWorkbench, type TestWorkbench } from './test-server.js';
import { GistTranslator } from '../translate/gist.js';
import { translateConfig, translatorFor } from '../translate/config.js';
import { TranslateError, type Translator } from '../translate/translator.js';
import type { StoredTranslation } from '../store/store.js';

let wb: TestWorkbench;
const [threatId, , , arabicId] = fixtureDocs().map((d) => d.id) as [string, string, string, string];
const sessions = new Map<Role, { cookie: string; csrf: string }>();

/** Stands in for a translation service that cannot be reached. */
const unreachable: Translator = {
  provider: 'libretranslate', kind: 'translation',
  translate: () => Promise.reject(new TranslateError('unreachable', 'libretranslate: cannot reach http://translate.invalid (ENOTFOUND)')),
};

async function call(role: Role, method: 'GET' | 'POST', url: string, payload?: unknown, csrf = true): Promise<LightMyRequestResponse> {
  let s = sessions.get(role);
  if (!s) {
    const res = await wb.app.inject({ method: 'POST', url: '/api/login', payload: { name: role, password: passwords[role] } });
    const c = res.cookies.find((x) => x.name === 'vigil_session')!;
    s = { cookie: `vigil_session=${c.value}`, csrf: (res.json() as { csrf: string }).csrf };
    sessions.set(role, s);
  }
  const headers: Record<string, string> = { cookie: s.cookie };
  if (method !== 'GET' && csrf) headers['x-csrf-token'] = s.csrf;
  return wb.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });
}

before(async () => {
  // The gist is the real offline one, configured as with no environment; the service is the stand-in above.
  wb = await testWorkbench({ translator: (provider) => (provider === 'libretranslate' ? unreachable : translatorFor(translateConfig({}, provider))) });
});
after(async () => { await wb?.close(); });

describe('translations of a stored document', () => {
  it('none at first; an analyst\'s gist is stored beside the original, labelled, and read back', async () => {
    assert.deepEqual((await call('viewer', 'GET', `/api/documents/${arabicId}/translations`)).json(), []);
    const made = await call('analyst', 'POST', `/api/documents/${arabicId}/translations`, { provider: 'gist' });
    assert.equal(made.statusCode, 201, made.body);
    const t = made.json() as StoredTranslation;
    assert.deepEqual([t.docId, t.provider, t.kind, t.from, t.to], [arabicId, 'gist', 'gist', 'ar', 'en']);
    assert.match(t.title ?? '', /forces/);
    assert.ok(t.text.length > 0);
    assert.deepEqual((await call('viewer', 'GET', `/api/documents/${arabicId}/translations`)).json(), [t]);
    const doc = (await call('viewer', 'GET', `/api/documents/${arabicId}`)).json() as { record: { text: string } };
    assert.equal(doc.record.text, fixtureDocs()[3]!.text, 'the original is untouched');
  });

  it('translating again replaces the earlier translation by the same provider', async () => {
    assert.equal((await call('analyst', 'POST', `/api/documents/${arabicId}/translations`, {})).statusCode, 201);
    const all = (await call('viewer', 'GET', `/api/documents/${arabicId}/translations`)).json() as StoredTranslation[];
    assert.deepEqual(all.map((t) => t.provider), ['gist']);
  });

  it('the stored gist is the offline gist of the title and the text (with FreeDict when installed)', async () => {
    const made = (await call('analyst', 'POST', `/api/documents/${arabicId}/translations`, { provider: 'gist' })).json() as StoredTranslation;
    const [doc] = fixtureDocs().slice(3);
    const gist = GistTranslator.create();
    assert.equal(made.title, gist.gist(doc!.meta.title!).text);
    assert.equal(made.text, gist.gist(doc!.text).text);
  });

  it('a failing translation service is a 502 problem naming it, and nothing is stored', async () => {
    const res = await call('analyst', 'POST', `/api/documents/${arabicId}/translations`, { provider: 'libretranslate' });
    assert.equal(res.statusCode, 502, res.body);
    assert.match(res.headers['content-type'] as string, /application\/problem\+json/);
    assert.match((res.json() as { detail: string }).detail, /unreachable.*libretranslate/);
    const all = (await call('viewer', 'GET', `/api/documents/${arabicId}/translations`)).json() as StoredTranslation[];
    assert.ok(!all.some((t) => t.provider === 'libretranslate'));
  });

  it('a pair the provider cannot do is refused as the request\'s fault (422)', async () => {
    const res = await call('analyst', 'POST', `/api/documents/${threatId}/translations`, { provider: 'gist', to: 'fr' });
    assert.equal(res.statusCode, 422, res.body);
  });

  it('an unknown document is a 404 for reading and translating; viewers and requests without CSRF may not translate', async () => {
    const unknown = 'f'.repeat(64);
    assert.equal((await call('viewer', 'GET', `/api/documents/${unknown}/translations`)).statusCode, 404);
    assert.equal((await call('analyst', 'POST', `/api/documents/${unknown}/translations`, {})).statusCode, 404);
    assert.equal((await call('viewer', 'POST', `/api/documents/${arabicId}/translations`, {})).statusCode, 403);
    assert.equal((await call('analyst', 'POST', `/api/documents/${arabicId}/translations`, {}, false)).statusCode, 403);
  });
});
