/**
 * Reading one source once: fetch or read it, split it into items, and queue
 * every item not queued before. Problems with single items are reported and
 * the rest continue; a failure of the whole source throws, and the
 * scheduler backs off.
 */
import { createHash } from 'node:crypto';
import { readdirSync, statSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { describeError, IngestError } from '../core/errors.js';
import type { RawInput } from '../core/types.js';
import { safeFetch } from '../ingest/fetch.js';
import { feedItemHints, feedItemToInput, parseFeed } from '../ingest/feeds.js';
import { formatBytes, readInputFile } from '../ingest/read.js';
import { parseTelegramExport, telegramMessageToInput } from '../ingest/telegram.js';
import type { Store } from '../store/store.js';
import type { FeedSource, FolderSource, PageSource, TelegramSource, WatchConfig, WatchSource } from './config.js';
import { encodeInput, fetchJob, ingestJob, type FetchPayload, type IngestPayload } from './jobs.js';
import type { HostPacer } from './pacing.js';
import type { WatchState } from './state.js';

export interface PollContext {
  config: WatchConfig;
  state: WatchState;
  store: Pick<Store, 'enqueue'>;
  pacer: HostPacer;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

export interface PollOutcome {
  /** Items newly put on the queue. */
  queued: number;
  /** Items seen before, or already waiting on the queue. */
  known: number;
  /** True when the server said the source is unchanged (304). */
  unchanged: boolean;
  /** Items that could not be read, one line each. */
  problems: string[];
}

// A Telegram export holds a whole channel's history; it may be far larger than one document.
const telegramExportFactor = 50;

const feedAccept = 'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1';
const pageAccept = 'text/html, application/xhtml+xml, text/plain;q=0.9, */*;q=0.1';

function outcome(): PollOutcome {
  return { queued: 0, known: 0, unchanged: false, problems: [] };
}

/** Queues an item once: remembered by key in the state, and deduplicated on the queue while it waits. */
async function queueOnce(ctx: PollContext, source: WatchSource, key: string, kind: string, payload: IngestPayload | FetchPayload, out: PollOutcome, runAfter?: number): Promise<void> {
  if (ctx.state.hasSeen(source.id, key)) {
    out.known++;
    return;
  }
  const id = await ctx.store.enqueue(kind, payload, { dedupeKey: `${source.id}:${key}`, runAfter: runAfter ?? null });
  ctx.state.markSeen(source.id, key);
  if (id === null) out.known++;
  else out.queued++;
}

function queueInput(ctx: PollContext, source: WatchSource, key: string, input: RawInput, out: PollOutcome): Promise<void> {
  return queueOnce(ctx, source, key, ingestJob, { source: source.id, input: encodeInput(input) }, out);
}

/** Waits for this host's turn, so polls and article fetches to one server stay spaced. */
async function politely(ctx: PollContext, url: string): Promise<void> {
  const at = ctx.pacer.reserve(url, ctx.now());
  const wait = at - ctx.now();
  if (wait > 0) await ctx.sleep(wait);
}

/** A polite conditional GET: waits its turn for the host, then sends the source's validators. */
function fetchIfChanged(
  ctx: PollContext, url: string, validators: { etag?: string | null; lastModified?: string | null },
  limits: PollContext['config']['fetch']['feed'], accept: string,
): ReturnType<typeof safeFetch> {
  const policy = ctx.config.fetch;
  return politely(ctx, url).then(() => safeFetch(url, {
    limits, allowAddresses: policy.allowAddresses, etag: validators.etag, lastModified: validators.lastModified,
    accept, ...(policy.userAgent ? { userAgent: policy.userAgent } : {}),
  }));
}

async function pollFeed(ctx: PollContext, source: FeedSource): Promise<PollOutcome> {
  const out = outcome();
  const st = ctx.state.get(source.id);
  const policy = ctx.config.fetch;
  const res = await fetchIfChanged(ctx, source.url, st, policy.feed, feedAccept);
  if (res.notModified) {
    out.unchanged = true;
    return out;
  }
  const feed = parseFeed(res.bytes, res.url, res.contentType);
  const outlet = source.outlet ?? feed.title;
  out.problems.push(...feed.problems);
  for (const item of feed.items) {
    if (source.fetchArticles && item.link) {
      const payload: FetchPayload = {
        source: source.id, url: item.link, origin: source.url, hints: feedItemHints(item, outlet),
        policy: { limits: policy.document, allowAddresses: policy.allowAddresses, userAgent: policy.userAgent },
      };
      // Article fetches are spread out per host here, so workers need not coordinate.
      const runAfter = ctx.state.hasSeen(source.id, item.key) ? undefined : ctx.pacer.reserve(item.link, ctx.now());
      await queueOnce(ctx, source, item.key, fetchJob, payload, out, runAfter);
    } else {
      await queueInput(ctx, source, item.key, feedItemToInput(item, source.url, outlet), out);
    }
  }
  // Validators are kept only once the feed was read, so a feed that failed to parse is fetched whole next time.
  st.etag = res.etag;
  st.lastModified = res.lastModified;
  return out;
}

async function pollPage(ctx: PollContext, source: PageSource): Promise<PollOutcome> {
  const out = outcome();
  const st = ctx.state.get(source.id);
  const policy = ctx.config.fetch;
  const res = await fetchIfChanged(ctx, source.url, st, policy.document, pageAccept);
  if (res.notModified) {
    out.unchanged = true;
    return out;
  }
  if (res.bytes.length === 0) throw new IngestError('EMPTY_INPUT', `empty page: ${res.url}`);
  // Servers without validators send the same page again; its hash tells whether it changed.
  const key = `page:${createHash('sha256').update(res.bytes).digest('hex')}`;
  const hints = source.outlet ? { url: res.url, source: source.outlet } : { url: res.url };
  await queueInput(ctx, source, key, { name: res.url, bytes: res.bytes, contentType: res.contentType, origin: source.url, hints }, out);
  st.etag = res.etag;
  st.lastModified = res.lastModified;
  return out;
}

async function pollFolder(ctx: PollContext, source: FolderSource): Promise<PollOutcome> {
  const out = outcome();
  let names: string[];
  try {
    names = readdirSync(source.path);
  } catch (err) {
    throw new IngestError('NOT_FOUND', `cannot read folder ${source.path}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`, { cause: err });
  }
  const wanted = new Set(source.extensions.map((e) => e.toLowerCase()));
  for (const name of names.sort()) {
    if (name.startsWith('.') || !wanted.has(extname(name).toLowerCase())) continue;
    const path = join(source.path, name);
    try {
      const stat = statSync(path);
      if (!stat.isFile()) continue;
      // A file is new when its name, size or modification time is.
      const key = `file:${name}@${Math.trunc(stat.mtimeMs)}:${stat.size}`;
      if (ctx.state.hasSeen(source.id, key)) { out.known++; continue; }
      const input = readInputFile(path, { maxBytes: ctx.config.fetch.document.maxBytes });
      if (source.outlet) input.hints = { source: source.outlet };
      await queueInput(ctx, source, key, input, out);
    } catch (err) {
      out.problems.push(`${name}: ${describeError(err)}`);
    }
  }
  return out;
}

async function pollTelegram(ctx: PollContext, source: TelegramSource): Promise<PollOutcome> {
  const out = outcome();
  const limit = ctx.config.fetch.document.maxBytes * telegramExportFactor;
  let json: string;
  try {
    const size = statSync(source.path).size;
    if (size > limit) throw new IngestError('TOO_LARGE', `Telegram export ${source.path} is ${formatBytes(size)}, over the ${formatBytes(limit)} limit`);
    json = readFileSync(source.path, 'utf8');
  } catch (err) {
    if (err instanceof IngestError) throw err;
    throw new IngestError('NOT_FOUND', `cannot read Telegram export ${source.path}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`, { cause: err });
  }
  const exp = parseTelegramExport(json, source.path);
  out.problems.push(...exp.problems);
  const info = { channel: source.outlet ?? exp.channel, username: source.username ?? null, origin: source.path };
  for (const message of exp.messages) await queueInput(ctx, source, message.key, telegramMessageToInput(message, info), out);
  return out;
}

/** Reads one source once and queues its new items. Throws when the source as a whole cannot be read. */
export function pollSource(ctx: PollContext, source: WatchSource): Promise<PollOutcome> {
  switch (source.kind) {
    case 'feed': return pollFeed(ctx, source);
    case 'page': return pollPage(ctx, source);
    case 'folder': return pollFolder(ctx, source);
    case 'telegram': return pollTelegram(ctx, source);
  }
}
