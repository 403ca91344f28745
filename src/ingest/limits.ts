/**
 * Per-document limits an operator sets in the environment, for the commands
 * that read files without a sources file (analyze, ingest, translate).
 * `vigil watch` takes its fetch limits (document and feed size, redirects,
 * timeout) from its sources file instead (src/watch/config.ts).
 *
 * - VIGIL_MAX_DOCUMENT_SIZE: largest input file read, e.g. 20MB (default).
 * - VIGIL_MAX_TEXT_CHARS: most characters of body text the text and extract
 *   stages analyse (default 200000, some 30,000 words); the rest of a longer
 *   document is cut off with a warning, its raw input still stored whole.
 */
import { DataError } from '../core/errors.js';

export interface DocumentLimits {
  maxDocumentBytes: number;
  maxTextChars: number;
}

export const defaultLimits: DocumentLimits = { maxDocumentBytes: 20 * 1024 * 1024, maxTextChars: 200_000 };

const sizeFactor: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

/** "512KB", "20MB", "1048576": bytes; null when not a size. */
export function parseSize(v: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?\s*$/i.exec(v);
  if (!m) return null;
  const n = Math.round(Number(m[1]) * sizeFactor[(m[2] ?? 'b').toLowerCase()]!);
  return n > 0 ? n : null;
}

function positiveInteger(v: string): number | null {
  return /^\s*\d+\s*$/.test(v) && Number(v) > 0 ? Number(v) : null;
}

/** The limits set in `env`, defaults for the rest; throws a DataError naming a bad variable. */
export function limitsFromEnv(env: NodeJS.ProcessEnv): DocumentLimits {
  const read = (name: string, parse: (v: string) => number | null, fallback: number, form: string): number => {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') return fallback;
    const value = parse(raw);
    if (value === null) throw new DataError(`${name}='${raw}' is not ${form}`);
    return value;
  };
  return {
    maxDocumentBytes: read('VIGIL_MAX_DOCUMENT_SIZE', parseSize, defaultLimits.maxDocumentBytes, 'a size (write e.g. 20MB, 512KB or a number of bytes)'),
    maxTextChars: read('VIGIL_MAX_TEXT_CHARS', positiveInteger, defaultLimits.maxTextChars, 'a positive number of characters'),
  };
}

let fromProcess: DocumentLimits | null = null;

/** The limits of this process's environment, read once. */
export function configuredLimits(): DocumentLimits {
  fromProcess ??= limitsFromEnv(process.env);
  return fromProcess;
}
