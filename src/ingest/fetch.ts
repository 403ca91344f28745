/**
 * Safe HTTP fetching for feeds and pages from untrusted sources. Every hop of
 * a redirect chain is checked by our own loop: the scheme, the resolved
 * address (connecting to exactly the address that was checked, so a DNS
 * answer cannot change between check and connect), the size and the time.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import zlib from 'node:zlib';
import { VigilError, type ErrorCode } from '../core/errors.js';
import { AddressAllowList, checkAddress } from './fetch-address.js';
import { formatBytes } from './read.js';

export interface FetchLimits {
  /** Largest response body accepted, in bytes (after decompression). */
  maxBytes: number;
  /** Most redirects followed before giving up. */
  maxRedirects: number;
  /** Longest a whole fetch (every hop, headers and body) may take, in milliseconds. */
  timeoutMs: number;
}

export const defaultDocumentLimits: FetchLimits = { maxBytes: 10 * 1024 * 1024, maxRedirects: 5, timeoutMs: 30_000 };
export const defaultFeedLimits: FetchLimits = { maxBytes: 5 * 1024 * 1024, maxRedirects: 5, timeoutMs: 30_000 };

export interface FetchOptions {
  limits?: Partial<FetchLimits>;
  /** Addresses or CIDR ranges the operator allows even though they are private or loopback. */
  allowAddresses?: readonly string[];
  /** Validators from the previous fetch, for a conditional GET. */
  etag?: string | null;
  lastModified?: string | null;
  /** Extra request headers (e.g. Authorization); credentials are dropped on cross-origin redirects. */
  headers?: Record<string, string>;
  accept?: string;
  userAgent?: string;
}

export interface FetchResult {
  /** The URL the body came from, after redirects. */
  url: string;
  status: number;
  /** True on 304: the resource is unchanged since the validators given. */
  notModified: boolean;
  bytes: Uint8Array;
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
}

/** A fetch that failed; `retryable` says whether trying later may help (timeouts, 5xx, 429). */
export class FetchError extends VigilError {
  readonly status: number | null;
  readonly retryable: boolean;
  /** What the server asked for in Retry-After, in milliseconds. */
  readonly retryAfterMs: number | null;
  constructor(code: ErrorCode, message: string, opts: { status?: number | null; retryable?: boolean; retryAfterMs?: number | null; cause?: unknown } = {}) {
    super(code, message, { cause: opts.cause });
    this.status = opts.status ?? null;
    this.retryable = opts.retryable ?? false;
    this.retryAfterMs = opts.retryAfterMs ?? null;
  }
}

const credentialHeaders = ['authorization', 'cookie', 'proxy-authorization'];
const defaultUserAgent = 'Vigil/0.1 (+https://github.com/vigil-osint; threat-monitoring collector)';

/** Resolves the host and returns the one address to connect to, refusing special addresses. */
async function resolveChecked(url: URL, allow: AddressAllowList): Promise<{ address: string; family: 4 | 6 }> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let answers: Array<{ address: string; family: number }>;
  if (isIP(host)) {
    answers = [{ address: host, family: isIP(host) }];
  } else {
    try {
      answers = await dnsLookup(host, { all: true, verbatim: true });
    } catch (err) {
      throw new FetchError('FETCH_FAILED', `cannot resolve ${host}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`, { retryable: true, cause: err });
    }
  }
  if (answers.length === 0) throw new FetchError('FETCH_FAILED', `cannot resolve ${host}`, { retryable: true });
  // Every answer must pass: a name that resolves to both a public and a private address is refused.
  for (const a of answers) {
    const verdict = checkAddress(a.address, allow);
    if (!verdict.allowed) throw new FetchError('FORBIDDEN_ADDRESS', `refused to fetch ${url.origin}: ${verdict.reason} (allow it in the configuration if it is yours)`);
  }
  const first = answers[0]!;
  return { address: first.address, family: first.family === 6 ? 6 : 4 };
}

function pinnedLookup(address: string, family: 4 | 6): LookupFunction {
  return ((_host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  }) as LookupFunction;
}

function header(res: http.IncomingMessage, name: string): string | null {
  const v = res.headers[name];
  if (Array.isArray(v)) return v[0] ?? null;
  return v ?? null;
}

function parseRetryAfter(value: string | null): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - Date.now());
}

interface Hop {
  status: number;
  res: http.IncomingMessage;
}

/** Fetches `url` with GET, following redirects itself. Throws FetchError. */
export async function safeFetch(url: string, options: FetchOptions = {}): Promise<FetchResult> {
  const limits: FetchLimits = { ...defaultDocumentLimits, ...options.limits };
  const allow = new AddressAllowList(options.allowAddresses ?? []);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  const timedOut = (): FetchError =>
    new FetchError('FETCH_FAILED', `timed out after ${limits.timeoutMs / 1000}s fetching ${url}`, { retryable: true });
  try {
    let current: URL;
    try {
      current = new URL(url);
    } catch {
      throw new FetchError('FETCH_FAILED', `not a URL: ${url}`);
    }
    let headers: Record<string, string> = { ...options.headers };
    const seen = new Set<string>();
    for (let redirects = 0; ; redirects++) {
      if (current.protocol !== 'http:' && current.protocol !== 'https:') {
        throw new FetchError('FETCH_FAILED', `refused to fetch ${current.protocol} URL ${current.href}: only http and https`);
      }
      if (current.username || current.password) throw new FetchError('FETCH_FAILED', `refused URL with credentials in it: ${current.origin}`);
      seen.add(current.href);
      const { address, family } = await resolveChecked(current, allow);
      if (controller.signal.aborted) throw timedOut();
      const hop = await request(current, address, family, { ...headers, ...conditional(options, redirects) }, options, controller.signal).catch((err: unknown) => {
        if (controller.signal.aborted) throw timedOut();
        throw new FetchError('FETCH_FAILED', `cannot fetch ${current.href}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, { retryable: true, cause: err });
      });
      const { status, res } = hop;
      if (status >= 300 && status < 400 && status !== 304) {
        res.resume();
        const location = header(res, 'location');
        if (!location) throw new FetchError('FETCH_FAILED', `redirect ${status} without a Location from ${current.href}`, { status });
        let next: URL;
        try {
          next = new URL(location, current);
        } catch {
          throw new FetchError('FETCH_FAILED', `redirect to an invalid URL '${location}' from ${current.href}`, { status });
        }
        if (seen.has(next.href)) throw new FetchError('FETCH_FAILED', `redirect loop at ${next.href} (from ${url})`, { status });
        if (redirects + 1 > limits.maxRedirects) throw new FetchError('FETCH_FAILED', `more than ${limits.maxRedirects} redirects from ${url}`, { status });
        if (next.origin !== current.origin) headers = withoutCredentials(headers);
        current = next;
        continue;
      }
      if (status === 304) {
        res.resume();
        return { url: current.href, status, notModified: true, bytes: new Uint8Array(0), contentType: null, etag: header(res, 'etag') ?? options.etag ?? null, lastModified: header(res, 'last-modified') ?? options.lastModified ?? null };
      }
      if (status < 200 || status >= 300) {
        res.resume();
        const retryable = status >= 500 || status === 429 || status === 408;
        throw new FetchError('FETCH_FAILED', `HTTP ${status} from ${current.href}`, { status, retryable, retryAfterMs: parseRetryAfter(header(res, 'retry-after')) });
      }
      const bytes = await readBody(res, limits.maxBytes, current.href).catch((err: unknown) => {
        if (controller.signal.aborted) throw timedOut();
        throw err;
      });
      return {
        url: current.href,
        status,
        notModified: false,
        bytes,
        contentType: header(res, 'content-type'),
        etag: header(res, 'etag'),
        lastModified: header(res, 'last-modified'),
      };
    }
  } finally {
    clearTimeout(timer);
  }
}

function conditional(options: FetchOptions, redirects: number): Record<string, string> {
  // Validators belong to the URL they were given for; later hops are other resources.
  if (redirects > 0) return {};
  const h: Record<string, string> = {};
  if (options.etag) h['if-none-match'] = options.etag;
  if (options.lastModified) h['if-modified-since'] = options.lastModified;
  return h;
}

function withoutCredentials(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) if (!credentialHeaders.includes(k.toLowerCase())) out[k] = v;
  return out;
}

function request(url: URL, address: string, family: 4 | 6, headers: Record<string, string>, options: FetchOptions, signal: AbortSignal): Promise<Hop> {
  const lib = url.protocol === 'https:' ? https : http;
  return new Promise<Hop>((resolve, reject) => {
    const req = lib.request(
      url,
      {
        method: 'GET',
        // The address we checked; TLS still verifies the certificate against the host name.
        lookup: pinnedLookup(address, family),
        family,
        signal,
        agent: false,
        headers: {
          'user-agent': options.userAgent ?? defaultUserAgent,
          accept: options.accept ?? '*/*',
          'accept-encoding': 'gzip, deflate, br',
          ...headers,
        },
      },
      (res) => resolve({ status: res.statusCode ?? 0, res }),
    );
    req.on('error', reject);
    req.end();
  });
}

function decoderFor(encoding: string | null): NodeJS.ReadWriteStream | null {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'gzip': case 'x-gzip': return zlib.createGunzip();
    case 'deflate': return zlib.createInflate();
    case 'br': return zlib.createBrotliDecompress();
    default: return null;
  }
}

/** Reads the body, stopping as soon as it passes `maxBytes` (counted after decompression, so a small bomb is caught too). */
async function readBody(res: http.IncomingMessage, maxBytes: number, url: string): Promise<Uint8Array> {
  const tooLarge = (): FetchError => new FetchError('TOO_LARGE', `response from ${url} is over the ${formatBytes(maxBytes)} limit`);
  const declared = Number(header(res, 'content-length'));
  const encoding = header(res, 'content-encoding');
  if (!encoding && Number.isFinite(declared) && declared > maxBytes) {
    res.destroy();
    throw tooLarge();
  }
  const decoder = decoderFor(encoding);
  const stream: NodeJS.ReadableStream = decoder ? res.pipe(decoder) : res;
  if (decoder) res.on('error', (err) => decoder.emit('error', err));
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      total += buf.length;
      if (total > maxBytes) throw tooLarge();
      chunks.push(buf);
    }
  } catch (err) {
    res.destroy();
    if (err instanceof FetchError) throw err;
    throw new FetchError('FETCH_FAILED', `reading the response from ${url} failed: ${(err as Error).message}`, { retryable: true, cause: err });
  }
  return new Uint8Array(Buffer.concat(chunks));
}
