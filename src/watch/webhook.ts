/**
 * Webhook delivery: POST a JSON body, signed with HMAC-SHA256 so the
 * receiver can tell it came from us and was not altered, retried with
 * exponential backoff on network errors, 429 and 5xx. Other 4xx answers mean
 * the request itself is wrong; retrying would not help.
 *
 * Signature: hex HMAC-SHA256 over `${timestamp}.${body}` with the shared
 * secret, sent as `X-Vigil-Signature: sha256=<hex>` with `X-Vigil-Timestamp`
 * (epoch seconds), so a captured request cannot be replayed later unnoticed.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { VigilError } from '../core/errors.js';

export class DeliveryError extends VigilError {
  constructor(message: string, readonly attempts: number) {
    super('FETCH_FAILED', message);
  }
}

export interface WebhookOptions {
  secret: string;
  /** Total attempts, the first included; default 5. */
  attempts?: number;
  /** First wait between attempts; doubles each time; default 1000 ms. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Per-attempt time limit; default 10 s. */
  timeoutMs?: number;
  /** Seconds since the epoch; tests pass their own clock. */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export interface DeliveryResult {
  status: number;
  attempts: number;
}

export function signBody(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** For receivers (and tests): true when the signature is ours and not older than maxAgeSeconds. */
export function verifySignature(secret: string, timestamp: number, body: string, signature: string, nowSeconds: number, maxAgeSeconds = 300): boolean {
  if (!Number.isFinite(timestamp) || Math.abs(nowSeconds - timestamp) > maxAgeSeconds) return false;
  const expected = Buffer.from(signBody(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

const retryable = (status: number) => status === 429 || status >= 500;

export async function postWebhook(url: string, payload: unknown, options: WebhookOptions): Promise<DeliveryResult> {
  const attempts = options.attempts ?? 5;
  const base = options.baseDelayMs ?? 1000;
  const max = options.maxDelayMs ?? 60_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const now = options.now ?? (() => Math.floor(Date.now() / 1000));
  const body = JSON.stringify(payload);
  let last = '';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const timestamp = now();
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-vigil-timestamp': String(timestamp), 'x-vigil-signature': signBody(options.secret, timestamp, body) },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
      await res.arrayBuffer().catch(() => undefined); // drain, so the connection is reused or closed
      if (res.status >= 200 && res.status < 300) return { status: res.status, attempts: attempt };
      last = `HTTP ${res.status}`;
      if (!retryable(res.status)) throw new DeliveryError(`webhook ${url} refused the alert: ${last}`, attempt);
    } catch (err) {
      if (err instanceof DeliveryError) throw err;
      last = err instanceof Error ? err.message : String(err);
    }
    if (attempt < attempts) await sleep(Math.min(max, base * 2 ** (attempt - 1)));
  }
  throw new DeliveryError(`webhook ${url} failed after ${attempts} attempts: ${last}`, attempts);
}
