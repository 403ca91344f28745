/**
 * The sources file that drives `vigil watch`: which feeds, pages, folders
 * and Telegram exports to read, how often, and the fetch limits. Validated
 * whole at load; a mistake is reported with the path of the field at fault.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { DataError } from '../core/errors.js';
import { defaultDocumentLimits, defaultFeedLimits } from '../ingest/fetch.js';
import { AddressAllowList } from '../ingest/fetch-address.js';

const units: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** "90s", "15m", "2h", "1d", "500ms", or a number of seconds; to milliseconds. */
export function parseDuration(v: string | number): number | null {
  if (typeof v === 'number') return Number.isFinite(v) && v >= 0 ? v * 1000 : null;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)\s*$/.exec(v);
  if (!m) return null;
  return Number(m[1]) * units[m[2]!]!;
}

const duration = z.union([z.string(), z.number()]).transform((v, ctx) => {
  const ms = parseDuration(v);
  if (ms === null) {
    ctx.addIssue({ code: 'custom', message: `not a duration: '${v}' (write e.g. 30s, 15m, 2h, or a number of seconds)` });
    return z.NEVER;
  }
  return ms;
});

const size = z.union([z.string(), z.number()]).transform((v, ctx) => {
  if (typeof v === 'number' && Number.isInteger(v) && v > 0) return v;
  const m = typeof v === 'string' ? /^\s*(\d+(?:\.\d+)?)\s*(B|KB|MB|GB)?\s*$/i.exec(v) : null;
  if (!m) {
    ctx.addIssue({ code: 'custom', message: `not a size: '${v}' (write e.g. 5MB, 512KB, or a number of bytes)` });
    return z.NEVER;
  }
  const factor = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 }[(m[2] ?? 'b').toLowerCase() as 'b' | 'kb' | 'mb' | 'gb'];
  return Math.round(Number(m[1]) * factor);
});

const allowAddresses = z.array(z.string()).superRefine((list, ctx) => {
  try {
    new AddressAllowList(list);
  } catch (err) {
    ctx.addIssue({ code: 'custom', message: (err as Error).message });
  }
});

const limitsSchema = z.strictObject({
  /** Largest page or document fetched. */
  maxDocumentSize: size.optional(),
  /** Largest feed fetched. */
  maxFeedSize: size.optional(),
  maxRedirects: z.number().int().min(0).max(20).optional(),
  /** Slowest response accepted (a whole fetch, redirects included). */
  timeout: duration.optional(),
});

const common = {
  /** Stable name of the source: used in logs and to keep its polling state. */
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'lower-case letters, digits, dot, dash and underscore'),
  /** The outlet or channel as an analyst would name it; overrides what the source says. */
  outlet: z.string().min(1).optional(),
  interval: duration.optional(),
  enabled: z.boolean().default(true),
};

const feedSource = z.strictObject({
  ...common,
  kind: z.literal('feed'),
  url: z.url({ protocol: /^https?$/ }),
  /** Fetch each item's linked article instead of analysing the feed's own (often shortened) text. */
  fetchArticles: z.boolean().default(false),
});

const pageSource = z.strictObject({ ...common, kind: z.literal('page'), url: z.url({ protocol: /^https?$/ }) });

const folderSource = z.strictObject({
  ...common,
  kind: z.literal('folder'),
  path: z.string().min(1),
  /** File name endings to read; others in the folder are ignored. */
  extensions: z.array(z.string().regex(/^\.[a-z0-9]+$/i)).default(['.html', '.htm', '.txt', '.md']),
});

const telegramSource = z.strictObject({
  ...common,
  kind: z.literal('telegram'),
  /** A Telegram Desktop export's result.json. */
  path: z.string().min(1),
  /** The channel's public username, to link each post as t.me/NAME/ID. */
  username: z.string().regex(/^[A-Za-z0-9_]{3,64}$/).optional(),
});

const sourceSchema = z.discriminatedUnion('kind', [feedSource, pageSource, folderSource, telegramSource]);

const configSchema = z.strictObject({
  // Defaults are output values (milliseconds): zod does not run a transform over a default.
  defaults: z.strictObject({
    interval: duration.default(15 * 60_000),
    /** Least time between two requests to one host, across all sources. */
    perHostDelay: duration.default(2000),
    /** Longest wait between polls of a failing source. */
    maxBackoff: duration.default(6 * 3_600_000),
    /** Attempts of one fetch job before it is given up. */
    maxAttempts: z.number().int().min(1).max(50).default(5),
    limits: limitsSchema.default({}),
    /** Addresses or CIDR ranges that may be fetched although private or loopback (your own servers). */
    allowAddresses: allowAddresses.default([]),
    userAgent: z.string().min(1).optional(),
  }).default({ interval: 900_000, perHostDelay: 2000, maxBackoff: 21_600_000, maxAttempts: 5, limits: {}, allowAddresses: [] }),
  sources: z.array(sourceSchema).min(1, 'at least one source'),
}).superRefine((c, ctx) => {
  const seen = new Set<string>();
  c.sources.forEach((s, i) => {
    if (seen.has(s.id)) ctx.addIssue({ code: 'custom', path: ['sources', i, 'id'], message: `duplicate source id '${s.id}'` });
    seen.add(s.id);
  });
});

export type WatchSource = z.infer<typeof sourceSchema>;
export type FeedSource = z.infer<typeof feedSource>;
export type PageSource = z.infer<typeof pageSource>;
export type FolderSource = z.infer<typeof folderSource>;
export type TelegramSource = z.infer<typeof telegramSource>;
type ParsedConfig = z.infer<typeof configSchema>;

export interface FetchPolicy {
  document: { maxBytes: number; maxRedirects: number; timeoutMs: number };
  feed: { maxBytes: number; maxRedirects: number; timeoutMs: number };
  allowAddresses: string[];
  userAgent: string | null;
}

export interface WatchConfig {
  sources: WatchSource[];
  intervalMs: number;
  perHostDelayMs: number;
  maxBackoffMs: number;
  maxAttempts: number;
  fetch: FetchPolicy;
}

function toWatchConfig(c: ParsedConfig, baseDir: string): WatchConfig {
  const d = c.defaults;
  const l = d.limits;
  return {
    // Relative paths in the file are relative to the file, not to where vigil runs.
    sources: c.sources.map((s) => (s.kind === 'folder' || s.kind === 'telegram' ? { ...s, path: resolve(baseDir, s.path) } : s)),
    intervalMs: d.interval,
    perHostDelayMs: d.perHostDelay,
    maxBackoffMs: d.maxBackoff,
    maxAttempts: d.maxAttempts,
    fetch: {
      document: {
        maxBytes: l.maxDocumentSize ?? defaultDocumentLimits.maxBytes,
        maxRedirects: l.maxRedirects ?? defaultDocumentLimits.maxRedirects,
        timeoutMs: l.timeout ?? defaultDocumentLimits.timeoutMs,
      },
      feed: {
        maxBytes: l.maxFeedSize ?? defaultFeedLimits.maxBytes,
        maxRedirects: l.maxRedirects ?? defaultFeedLimits.maxRedirects,
        timeoutMs: l.timeout ?? defaultFeedLimits.timeoutMs,
      },
      allowAddresses: d.allowAddresses,
      userAgent: d.userAgent ?? null,
    },
  };
}

function describeIssues(err: z.ZodError): string {
  return err.issues.slice(0, 3).map((i) => `${i.path.length ? i.path.join('.') : '(top)'}: ${i.message}`).join('; ');
}

/** Validates an already-parsed sources document. */
export function parseWatchConfig(data: unknown, label: string, baseDir: string): WatchConfig {
  const parsed = configSchema.safeParse(data ?? {});
  if (!parsed.success) throw new DataError(`invalid sources file ${label}: ${describeIssues(parsed.error)}`);
  return toWatchConfig(parsed.data, baseDir);
}

/** Reads and validates a sources file (YAML). */
export function loadWatchConfig(path: string): WatchConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new DataError(`cannot read sources file ${path}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`, { cause: err });
  }
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (err) {
    throw new DataError(`sources file ${path} is not valid YAML: ${(err as Error).message.split('\n')[0]}`, { cause: err });
  }
  return parseWatchConfig(data, path, dirname(resolve(path)));
}
