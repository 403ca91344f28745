import { test } from 'node:test';
import assert from 'node:assert/strict';
import { translateConfig, translatorFor } from './config.js';
import { TranslateError } from './translator.js';

const cases: Array<[string, Record<string, string>, string | undefined, string]> = [
  ['nothing set: offline gist', {}, undefined, 'gist'],
  ['a URL alone: LibreTranslate', { VIGIL_TRANSLATE_URL: 'http://127.0.0.1:5000' }, undefined, 'libretranslate'],
  ['provider from the environment', { VIGIL_TRANSLATE_URL: 'http://h', VIGIL_TRANSLATE_PROVIDER: 'openai' }, undefined, 'openai'],
  ['flag wins over the environment', { VIGIL_TRANSLATE_URL: 'http://h', VIGIL_TRANSLATE_PROVIDER: 'openai' }, 'libretranslate', 'libretranslate'],
];

for (const [name, env, flag, provider] of cases) {
  test(`config: ${name}`, () => {
    const config = translateConfig(env, flag);
    assert.equal(config.provider, provider);
    if (provider !== 'gist') assert.equal(translatorFor(config).provider, provider);
  });
}

const bad: Array<[string, Record<string, string>, string | undefined, RegExp]> = [
  ['unknown provider', {}, 'deepl', /unknown translation provider 'deepl'/],
  ['bad timeout', { VIGIL_TRANSLATE_TIMEOUT_MS: 'soon' }, undefined, /VIGIL_TRANSLATE_TIMEOUT_MS/],
];
for (const [name, env, flag, message] of bad) {
  test(`config: ${name} is a clear error`, () => {
    assert.throws(() => translateConfig(env, flag), (err: unknown) => err instanceof TranslateError && err.reason === 'config' && message.test(err.message));
  });
}

test('a service provider without a URL, or with a broken one, is a clear error', () => {
  assert.throws(() => translatorFor(translateConfig({}, 'openai')), /needs VIGIL_TRANSLATE_URL/);
  assert.throws(() => translatorFor(translateConfig({ VIGIL_TRANSLATE_URL: 'not a url' }, 'libretranslate')), /is not a URL/);
});
