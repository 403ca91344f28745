/**
 * The jobs that collection puts on the store's queue, and their payloads.
 * Payloads are JSON in the database, read back by workers on any machine,
 * so they carry everything a worker needs (bytes inline, fetch policy) and
 * are validated when claimed.
 */
import { z } from 'zod';
import { DataError } from '../core/errors.js';
import type { DocumentMeta, RawInput } from '../core/types.js';

/** Analyse and store a raw input carried in the job. */
export const ingestJob = 'collect.ingest';
/** Fetch a URL (an article a feed linked to), then analyse and store it. */
export const fetchJob = 'collect.fetch';
export const collectionJobKinds = [ingestJob, fetchJob] as const;

const hintsSchema = z.strictObject({
  title: z.string().nullable().optional(),
  published: z.string().nullable().optional(),
  author: z.string().nullable().optional(),
  source: z.string().nullable().optional(),
  sourceId: z.string().nullable().optional(),
  language: z.string().nullable().optional(),
  url: z.string().nullable().optional(),
});

const rawInputSchema = z.strictObject({
  name: z.string(),
  /** The bytes, base64. */
  bytes: z.string(),
  contentType: z.string().nullable(),
  origin: z.string(),
  hints: hintsSchema.optional(),
});

const limits = z.strictObject({ maxBytes: z.number().int().positive(), maxRedirects: z.number().int().min(0), timeoutMs: z.number().positive() });

export const ingestPayload = z.strictObject({ source: z.string(), input: rawInputSchema });

export const fetchPayload = z.strictObject({
  source: z.string(),
  url: z.string(),
  /** Where the link was found (the feed URL). */
  origin: z.string(),
  hints: hintsSchema,
  policy: z.strictObject({ limits, allowAddresses: z.array(z.string()), userAgent: z.string().nullable() }),
});

export type IngestPayload = z.infer<typeof ingestPayload>;
export type FetchPayload = z.infer<typeof fetchPayload>;

export function encodeInput(input: RawInput): IngestPayload['input'] {
  const out: IngestPayload['input'] = {
    name: input.name,
    bytes: Buffer.from(input.bytes).toString('base64'),
    contentType: input.contentType,
    origin: input.origin,
  };
  if (input.hints) out.hints = input.hints;
  return out;
}

export function decodeInput(p: IngestPayload['input']): RawInput {
  const input: RawInput = { name: p.name, bytes: new Uint8Array(Buffer.from(p.bytes, 'base64')), contentType: p.contentType, origin: p.origin };
  if (p.hints) input.hints = p.hints as Partial<DocumentMeta>;
  return input;
}

/** Validates a claimed job's payload; a malformed one is a data error, never retried. */
export function readPayload<T>(schema: z.ZodType<T>, kind: string, payload: unknown): T {
  const r = schema.safeParse(payload);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new DataError(`malformed ${kind} job: ${issue ? `${issue.path.join('.') || '(payload)'}: ${issue.message}` : 'invalid'}`);
  }
  return r.data;
}
