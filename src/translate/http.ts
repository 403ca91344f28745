/**
 * One JSON POST to a translation service, with a timeout, retries for
 * failures that may pass (5xx, 429, network, timeout) and none for those that
 * will not (401/403, other 4xx). Error messages name the provider and the
 * status, never the key.
 */
import { TranslateError } from './translator.js';

export interface HttpOptions {
  provider: string;
  timeoutMs: number;
  /** Further attempts after the first. */
  retries: number;
  /** First wait between attempts; doubles each time. */
  retryDelayMs: number;
  headers?: Record<string, string>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The service's own error text, from the usual JSON shapes, cut to one short line. */
function serviceMessage(body: string): string {
  let message = body;
  try {
    const parsed = JSON.parse(body) as { error?: unknown; message?: unknown };
    const error = parsed.error;
    if (typeof error === 'string') message = error;
    else if (error && typeof error === 'object' && typeof (error as { message?: unknown }).message === 'string') message = (error as { message: string }).message;
    else if (typeof parsed.message === 'string') message = parsed.message;
  } catch {
    // not JSON: the body itself is the message
  }
  const line = message.replace(/\s+/g, ' ').trim();
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}

async function attempt(url: string, body: unknown, options: HttpOptions): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...options.headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  } catch (err) {
    const name = (err as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') {
      throw new TranslateError('timeout', `${options.provider}: no answer from ${new URL(url).origin} within ${options.timeoutMs} ms`, { cause: err });
    }
    const cause = (err as { cause?: { code?: string } }).cause?.code ?? (err as Error).message;
    throw new TranslateError('unreachable', `${options.provider}: cannot reach ${new URL(url).origin} (${cause})`, { cause: err });
  }
  let text: string;
  try {
    text = await response.text();
  } catch (err) {
    const reason = (err as Error).name === 'TimeoutError' ? 'timeout' : 'unreachable';
    throw new TranslateError(reason, `${options.provider}: the answer from ${new URL(url).origin} was cut off`, { cause: err });
  }
  if (response.status === 401 || response.status === 403) {
    throw new TranslateError('auth', `${options.provider}: ${response.status} ${serviceMessage(text) || 'not authorised'} (check VIGIL_TRANSLATE_KEY)`);
  }
  if (response.status === 429 || response.status >= 500) {
    throw new TranslateError('server', `${options.provider}: ${response.status} ${serviceMessage(text)}`.trim());
  }
  if (!response.ok) throw new TranslateError('rejected', `${options.provider}: ${response.status} ${serviceMessage(text)}`.trim());
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new TranslateError('malformed', `${options.provider}: the answer is not JSON`, { cause: err });
  }
}

const RETRYABLE = new Set(['server', 'unreachable', 'timeout']);

export async function postJson(url: string, body: unknown, options: HttpOptions): Promise<unknown> {
  for (let tries = 0; ; tries++) {
    try {
      return await attempt(url, body, options);
    } catch (err) {
      if (!(err instanceof TranslateError) || !RETRYABLE.has(err.reason) || tries >= options.retries) throw err;
      await sleep(options.retryDelayMs * 2 ** tries);
    }
  }
}
