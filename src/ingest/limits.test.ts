import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataError } from '../core/errors.js';
import { defaultLimits, limitsFromEnv, parseSize } from './limits.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

test('sizes an operator may write, and what they mean in bytes', () => {
  const table: Array<[string, number | null]> = [
    ['1048576', 1048576], ['512KB', 512 * 1024], ['20MB', 20 * 1024 ** 2], ['1.5 mb', Math.round(1.5 * 1024 ** 2)], ['2GB', 2 * 1024 ** 3], ['10b', 10],
    ['', null], ['0', null], ['-5MB', null], ['twenty MB', null], ['5 TB', null], ['5MB extra', null],
  ];
  for (const [text, bytes] of table) assert.equal(parseSize(text), bytes, text);
});

test('limits come from the environment, defaults fill the rest, a bad value names its variable', () => {
  assert.deepEqual(limitsFromEnv({}), defaultLimits);
  assert.deepEqual(limitsFromEnv({ VIGIL_MAX_DOCUMENT_SIZE: '2MB', VIGIL_MAX_TEXT_CHARS: '5000' }), { maxDocumentBytes: 2 * 1024 ** 2, maxTextChars: 5000 });
  assert.deepEqual(limitsFromEnv({ VIGIL_MAX_TEXT_CHARS: '  ' }), defaultLimits);
  assert.throws(() => limitsFromEnv({ VIGIL_MAX_DOCUMENT_SIZE: 'huge' }), (e: unknown) => e instanceof DataError && /^VIGIL_MAX_DOCUMENT_SIZE='huge' is not a size/.test(e.message));
  assert.throws(() => limitsFromEnv({ VIGIL_MAX_TEXT_CHARS: '0' }), /VIGIL_MAX_TEXT_CHARS='0' is not a positive number/);
  assert.throws(() => limitsFromEnv({ VIGIL_MAX_TEXT_CHARS: '1e6' }), /VIGIL_MAX_TEXT_CHARS/);
});

test('vigil analyze honours VIGIL_MAX_DOCUMENT_SIZE and VIGIL_MAX_TEXT_CHARS', { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-limits-'));
  try {
    const paragraph = (i: number) => `The harbour council met on day ${i} to discuss repairs to pier number ${i * 7}. Members asked for report ${i} by the end of the month.`;
    const path = join(dir, 'long.txt');
    writeFileSync(path, Array.from({ length: 40 }, (_, i) => paragraph(i)).join('\n\n') + '\n');
    const run = (env: Record<string, string>) => spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), 'analyze', path], {
      cwd: root, env: { ...process.env, ...env }, encoding: 'utf8',
    });

    const small = run({ VIGIL_MAX_DOCUMENT_SIZE: '1KB' });
    assert.equal(small.status, 1);
    assert.match(JSON.parse(small.stdout).error as string, /over the 1\.0 KB limit/);

    const cut = run({ VIGIL_MAX_TEXT_CHARS: '1000' });
    assert.equal(cut.status, 0, cut.stderr);
    const record = JSON.parse(cut.stdout) as { text: string; warnings: string[] };
    assert.ok(record.text.length <= 1000 && record.text.length >= 800, `cut near the limit: ${record.text.length}`);
    assert.ok(record.text.endsWith('month.'), 'cut at a paragraph break');
    assert.ok(record.warnings.some((w) => /^budget: text cut to its first \d+ of \d+ characters/.test(w)), record.warnings.join('\n'));

    const bad = run({ VIGIL_MAX_TEXT_CHARS: 'lots' });
    assert.equal(bad.status, 1);
    assert.match(JSON.parse(bad.stdout).error as string, /VIGIL_MAX_TEXT_CHARS='lots'/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
