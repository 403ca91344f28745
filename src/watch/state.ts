/**
 * What `vigil watch` remembers between polls, per source: HTTP validators
 * for conditional GETs, consecutive failures and when to poll next, and the
 * keys of items already queued, so an unchanged item is not queued again.
 * Kept in one JSON file, replaced atomically (write then rename), so a
 * crash leaves the old state or the new one, never half of either.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { DataError } from '../core/errors.js';

/** How many item keys a source remembers; far more than any feed lists at once. */
export const seenLimit = 5000;

const sourceStateSchema = z.object({
  etag: z.string().nullable().default(null),
  lastModified: z.string().nullable().default(null),
  failures: z.number().int().min(0).default(0),
  /** Epoch ms; 0 means at once. */
  nextPollAt: z.number().default(0),
  lastPolledAt: z.number().nullable().default(null),
  lastError: z.string().nullable().default(null),
  seen: z.array(z.string()).default([]),
});

const fileSchema = z.object({ version: z.literal(1), sources: z.record(z.string(), sourceStateSchema) });

export type SourceState = z.infer<typeof sourceStateSchema>;

export function freshSourceState(): SourceState {
  return { etag: null, lastModified: null, failures: 0, nextPollAt: 0, lastPolledAt: null, lastError: null, seen: [] };
}

export class WatchState {
  private readonly sources: Map<string, SourceState>;
  private readonly seenSets = new Map<string, Set<string>>();

  private constructor(private readonly path: string | null, sources: Record<string, SourceState>) {
    this.sources = new Map(Object.entries(sources));
  }

  /** Loads the state file; a missing file is a fresh start, a corrupt one an error (never silently forgotten). */
  static load(path: string | null): WatchState {
    if (!path) return new WatchState(null, {});
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return new WatchState(path, {});
      throw new DataError(`cannot read watch state ${path}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`, { cause: err });
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      throw new DataError(`watch state ${path} is not JSON; move it aside to start afresh`);
    }
    const parsed = fileSchema.safeParse(data);
    if (!parsed.success) throw new DataError(`watch state ${path} is not in the expected shape; move it aside to start afresh`);
    return new WatchState(path, parsed.data.sources);
  }

  get(sourceId: string): SourceState {
    let s = this.sources.get(sourceId);
    if (!s) {
      s = freshSourceState();
      this.sources.set(sourceId, s);
    }
    return s;
  }

  hasSeen(sourceId: string, key: string): boolean {
    return this.seenSet(sourceId).has(key);
  }

  markSeen(sourceId: string, key: string): void {
    const set = this.seenSet(sourceId);
    if (set.has(key)) return;
    const s = this.get(sourceId);
    s.seen.push(key);
    set.add(key);
    // Forget the oldest keys first; they have long left any feed.
    while (s.seen.length > seenLimit) set.delete(s.seen.shift()!);
  }

  private seenSet(sourceId: string): Set<string> {
    let set = this.seenSets.get(sourceId);
    if (!set) {
      set = new Set(this.get(sourceId).seen);
      this.seenSets.set(sourceId, set);
    }
    return set;
  }

  save(): void {
    if (!this.path) return;
    mkdirSync(dirname(this.path), { recursive: true });
    const tmp = `${this.path}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ version: 1, sources: Object.fromEntries(this.sources) }));
    renameSync(tmp, this.path);
  }
}
