import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../store/store.js';

const cli = join(process.cwd(), 'dist/src/cli/main.js');
// No translation service and no PostgreSQL from the environment: the offline gist into a file store.
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VIGIL_') && k !== 'DATABASE_URL'));

function vigil(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('translate --store keeps the gist beside a stored document, once per provider, and prints both', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-translate-'));
  try {
    const file = join(dir, 'statement.txt');
    writeFileSync(file, 'هجوم على القاعدة\n\nقال المتحدث إن الهجوم استهدف القاعدة فجر الاثنين.\n');
    const db = join(dir, 'store.sqlite');
    assert.equal(vigil('ingest', file, '--db', db).code, 0);
    const printed = JSON.parse(vigil('translate', file, '--provider', 'gist', '--format', 'json').stdout) as { original: { docId: string } };
    const id = printed.original.docId;

    for (let i = 0; i < 2; i++) {
      const run = vigil('translate', '--store', id, '--db', db, '--provider', 'gist');
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /^ORIGINAL \(ar\)[\s\S]*GIST ar->en[\s\S]*attack/);
    }
    const store = await openStore({ sqlitePath: db, databaseUrl: '' });
    try {
      const stored = await store.translations(id);
      assert.deepEqual(stored.map((t) => [t.provider, t.kind, t.from, t.to]), [['gist', 'gist', 'ar', 'en']]);
      assert.match(stored[0]!.title ?? '', /attack/);
      assert.match((await store.getDocument(id))!.text, /قال المتحدث إن الهجوم/, 'the original is untouched');
    } finally {
      await store.close();
    }

    assert.equal(vigil('translate', '--store', 'ffffffff', '--db', db).code, 2);
    assert.equal(vigil('translate', file, '--db', db).code, 2, '--db without --store is a usage error');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
