/**
 * The project's own bilingual word lists (data/dictionaries/ar-en-*.yaml):
 * glosses for the vocabulary of conflict reporting and the commonest words
 * of news prose, consulted by the gist before FreeDict. Keys are folded at
 * load, so a list need not repeat spelling variants.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { DataError } from '../core/errors.js';
import { foldText } from '../text/fold.js';
import { defaultDataDir } from '../core/data-dir.js';

const dictionaryFile = z
  .object({
    description: z.string().min(1),
    entries: z.record(z.string().trim().min(1), z.string().trim().min(1)),
  })
  .strict();

/** Lists in the order they are consulted: domain words win over common ones. */
export const GLOSSARY_FILES = ['ar-en-security.yaml', 'ar-en-common.yaml'];

export interface Glossary {
  /** Folded Arabic word or phrase -> English gloss. */
  readonly entries: ReadonlyMap<string, string>;
  /** Longest phrase, in words. */
  readonly maxWords: number;
}

export function glossaryKey(arabic: string): string {
  return foldText(arabic).split(/\s+/).filter(Boolean).join(' ');
}

function defaultDictionariesDir(): string {
  return join(defaultDataDir(), 'dictionaries');
}

/** Reads and checks one dictionary file; a spelling listed twice (after folding) is an error. */
export function loadDictionaryFile(path: string): Map<string, string> {
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new DataError(`${path}: cannot read: ${(err as Error).message.split('\n')[0]}`, { cause: err });
  }
  const result = dictionaryFile.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new DataError(`${path}: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'}`);
  }
  const out = new Map<string, string>();
  for (const [arabic, english] of Object.entries(result.data.entries)) {
    const key = glossaryKey(arabic);
    if (out.has(key)) throw new DataError(`${path}: '${arabic}' is listed twice (same word after folding)`);
    out.set(key, english);
  }
  return out;
}

/** The glossary from data/dictionaries (or `dir`), plus extra entries (e.g. actor names) that win over it. */
export function loadGlossary(dir: string = defaultDictionariesDir(), extra: Iterable<[string, string]> = []): Glossary {
  const entries = new Map<string, string>();
  for (const [arabic, english] of extra) {
    const key = glossaryKey(arabic);
    if (key && !entries.has(key)) entries.set(key, english);
  }
  for (const file of GLOSSARY_FILES) {
    for (const [key, english] of loadDictionaryFile(join(dir, file))) if (!entries.has(key)) entries.set(key, english);
  }
  let maxWords = 1;
  for (const key of entries.keys()) maxWords = Math.max(maxWords, key.split(' ').length);
  return { entries, maxWords };
}
