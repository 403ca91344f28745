import { openSync, readSync, closeSync, fstatSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { IngestError } from '../core/errors.js';
import type { RawInput } from '../core/types.js';
import { configuredLimits } from './limits.js';

export interface ReadLimits {
  /** Largest document accepted, in bytes. */
  maxBytes: number;
}

/** VIGIL_MAX_DOCUMENT_SIZE, else 20 MB (limits.ts); read when a file is, so a bad value fails that read clearly. */
export const defaultReadLimits = (): ReadLimits => ({ maxBytes: configuredLimits().maxDocumentBytes });

const typeByExtension: Record<string, string> = {
  '.html': 'text/html',
  '.htm': 'text/html',
  '.xhtml': 'application/xhtml+xml',
  '.txt': 'text/plain',
  '.md': 'text/plain',
};

/** Reads one file as a raw input, refusing directories and files over the size limit before reading them. */
export function readInputFile(path: string, limits: ReadLimits = defaultReadLimits()): RawInput {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new IngestError('NOT_FOUND', `no such file: ${path}`);
    if (code === 'EISDIR') throw new IngestError('NOT_A_FILE', `is a directory, not a file: ${path}`);
    throw new IngestError('NOT_FOUND', `cannot open ${path}: ${code ?? 'error'}`);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new IngestError('NOT_A_FILE', `is a directory, not a file: ${path}`);
    if (!stat.isFile()) throw new IngestError('NOT_A_FILE', `not a regular file: ${path}`);
    if (stat.size > limits.maxBytes) {
      throw new IngestError('TOO_LARGE', `file is ${formatBytes(stat.size)}, over the ${formatBytes(limits.maxBytes)} limit: ${path}`);
    }
    const bytes = new Uint8Array(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, bytes, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return {
      name: basename(path),
      bytes: bytes.subarray(0, read),
      contentType: typeByExtension[extname(path).toLowerCase()] ?? null,
      origin: path,
    };
  } finally {
    closeSync(fd);
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
