import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { defaultDataDir } from './data-dir.js';

describe('defaultDataDir', () => {
  it('is the package data/ folder, holding the actor registry and the lexicons', () => {
    const dir = defaultDataDir();
    assert.ok(existsSync(join(dir, 'actors')));
    assert.ok(existsSync(join(dir, 'lexicons')));
    assert.ok(existsSync(join(dir, 'alerts')));
  });

  it('does not depend on the working directory of the command', () => {
    const moduleUrl = pathToFileURL(join(import.meta.dirname, 'data-dir.ts')).href;
    const printed = execFileSync(process.execPath, ['--import', import.meta.resolve('tsx'), '--input-type=module', '-e',
      `const { defaultDataDir } = await import(${JSON.stringify(moduleUrl)}); console.log(defaultDataDir());`,
    ], { cwd: tmpdir(), encoding: 'utf8' }).trim();
    assert.equal(printed, defaultDataDir());
  });
});
