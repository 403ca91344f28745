/**
 * Finding and loading the YAML files the ingest stages read from data/.
 * Each file is parsed whole and checked against its zod schema; a bad file
 * stops the load with a DataError naming the file and the first problem.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { DataError } from '../core/errors.js';
import { defaultDataDir } from '../core/data-dir.js';

/** The package's data/ folder (see core/data-dir.ts), for this module's callers. */
export { defaultDataDir };

export function loadYamlFile<T>(path: string, schema: z.ZodType<T>): T {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new DataError(`${path}: ${(err as Error).message.split('\n')[0]}`, { cause: err });
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue ? issue.path.join('.') : '';
    throw new DataError(`${path}: ${where ? where + ': ' : ''}${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}

/** The *.yaml files of a folder, sorted so that loading is deterministic. */
export function yamlFilesIn(dir: string): string[] {
  if (!existsSync(dir)) throw new DataError(`no such data folder: ${dir}`);
  return readdirSync(dir).filter((f) => f.endsWith('.yaml') || f.endsWith('.yml')).sort().map((f) => join(dir, f));
}
