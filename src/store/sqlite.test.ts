import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SqliteBackend } from './sqlite.js';

test('an opened SQLite store keeps a 64 MiB page cache, and VIGIL_SQLITE_CACHE_MIB changes it', async () => {
  const before = process.env['VIGIL_SQLITE_CACHE_MIB'];
  try {
    delete process.env['VIGIL_SQLITE_CACHE_MIB'];
    const a = await SqliteBackend.open(':memory:');
    assert.equal(a.file.pragma('cache_size', { simple: true }), -64 * 1024);
    await a.close();

    process.env['VIGIL_SQLITE_CACHE_MIB'] = '8';
    const b = await SqliteBackend.open(':memory:');
    assert.equal(b.file.pragma('cache_size', { simple: true }), -8 * 1024);
    await b.close();

    // Nonsense falls back to the default rather than to no cache.
    process.env['VIGIL_SQLITE_CACHE_MIB'] = 'lots';
    const c = await SqliteBackend.open(':memory:');
    assert.equal(c.file.pragma('cache_size', { simple: true }), -64 * 1024);
    await c.close();
  } finally {
    if (before === undefined) delete process.env['VIGIL_SQLITE_CACHE_MIB'];
    else process.env['VIGIL_SQLITE_CACHE_MIB'] = before;
  }
});
