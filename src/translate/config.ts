/**
 * Which translator to use, from flags and the environment:
 *   VIGIL_TRANSLATE_PROVIDER  libretranslate | openai | gist
 *   VIGIL_TRANSLATE_URL       base URL of the service
 *   VIGIL_TRANSLATE_KEY       API key (LibreTranslate api_key, OpenAI bearer)
 *   VIGIL_TRANSLATE_MODEL     model name for the OpenAI-compatible endpoint
 *   VIGIL_TRANSLATE_TIMEOUT_MS  per request
 * With no provider named, a URL means LibreTranslate and no URL means the
 * offline gist.
 */
import { GistTranslator, type NameGloss } from './gist.js';
import { LibreTranslateTranslator } from './libretranslate.js';
import { OpenAiChatTranslator } from './openai.js';
import { TranslateError, type Translator } from './translator.js';

export const PROVIDERS = ['libretranslate', 'openai', 'gist'] as const;
export type ProviderName = (typeof PROVIDERS)[number];

export interface TranslateConfig {
  provider: ProviderName;
  url: string | null;
  key: string | null;
  model: string | null;
  timeoutMs: number | null;
}

function isProvider(s: string): s is ProviderName {
  return (PROVIDERS as readonly string[]).includes(s);
}

export function translateConfig(env: Record<string, string | undefined>, provider?: string): TranslateConfig {
  const url = env['VIGIL_TRANSLATE_URL']?.trim() || null;
  const name = provider ?? (env['VIGIL_TRANSLATE_PROVIDER']?.trim() || (url ? 'libretranslate' : 'gist'));
  if (!isProvider(name)) throw new TranslateError('config', `unknown translation provider '${name}' (${PROVIDERS.join(', ')})`);
  const timeout = env['VIGIL_TRANSLATE_TIMEOUT_MS'];
  const timeoutMs = timeout ? Number(timeout) : null;
  if (timeoutMs !== null && !(Number.isInteger(timeoutMs) && timeoutMs > 0)) {
    throw new TranslateError('config', `VIGIL_TRANSLATE_TIMEOUT_MS must be a positive whole number of milliseconds, not '${timeout}'`);
  }
  return { provider: name, url, key: env['VIGIL_TRANSLATE_KEY'] || null, model: env['VIGIL_TRANSLATE_MODEL']?.trim() || null, timeoutMs };
}

/** The translator a configuration names; `names` feed the gist (actor and place names). */
export function translatorFor(config: TranslateConfig, names: NameGloss[] = []): Translator {
  if (config.provider === 'gist') return GistTranslator.create(names);
  if (!config.url) throw new TranslateError('config', `${config.provider} needs VIGIL_TRANSLATE_URL (the service's base URL)`);
  try {
    new URL(config.url);
  } catch {
    throw new TranslateError('config', `VIGIL_TRANSLATE_URL is not a URL: '${config.url}'`);
  }
  const common = { url: config.url, key: config.key, ...(config.timeoutMs ? { timeoutMs: config.timeoutMs } : {}) };
  if (config.provider === 'libretranslate') return new LibreTranslateTranslator(common);
  return new OpenAiChatTranslator({ ...common, ...(config.model ? { model: config.model } : {}) });
}
