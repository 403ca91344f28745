/**
 * Where Vigil's data/ folder is: found from this module's own location, so
 * the same code finds it from src/ (tsx), from dist/src/ (built) and from an
 * installed package, whatever the working directory of the command.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataError } from './errors.js';

let found: string | undefined;

/** The package's data/ folder: the first one above this module that sits beside a package.json. */
export function defaultDataDir(): string {
  if (found) return found;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'data', 'actors')) && existsSync(join(dir, 'package.json'))) return (found = join(dir, 'data'));
    const parent = dirname(dir);
    if (parent === dir) throw new DataError(`cannot find Vigil's data/ folder above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}
