import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadWatchConfig, parseWatchConfig, parseDuration } from './config.js';

test('the example sources file at the repository root loads whole', () => {
  const config = loadWatchConfig(join(process.cwd(), 'vigil.sources.example.yaml'));
  assert.ok(config.sources.length >= 4);
  assert.deepEqual(new Set(config.sources.map((s) => s.kind)), new Set(['feed', 'page', 'folder', 'telegram']));
  assert.equal(config.intervalMs, 15 * 60_000);
  assert.equal(config.fetch.document.maxBytes, 10 * 1024 * 1024);
  assert.equal(config.fetch.feed.timeoutMs, 30_000);
  const inbox = config.sources.find((s) => s.kind === 'folder');
  assert.ok(inbox && inbox.kind === 'folder' && inbox.path === join(process.cwd(), 'inbox'), 'paths are relative to the file');
});

test('defaults fill in when the file gives only sources', () => {
  const c = parseWatchConfig({ sources: [{ id: 'a', kind: 'feed', url: 'https://a.example/rss' }] }, 't', '/tmp');
  assert.equal(c.intervalMs, 900_000);
  assert.equal(c.perHostDelayMs, 2000);
  assert.equal(c.fetch.document.maxRedirects, 5);
  assert.deepEqual(c.fetch.allowAddresses, []);
  const feed = c.sources[0];
  assert.ok(feed?.kind === 'feed' && feed.fetchArticles === false && feed.enabled === true);
  const partial = parseWatchConfig({ defaults: { maxAttempts: 3 }, sources: [{ id: 'a', kind: 'folder', path: 'x' }] }, 't', '/tmp');
  assert.deepEqual([partial.intervalMs, partial.perHostDelayMs, partial.maxBackoffMs, partial.maxAttempts], [900_000, 2000, 21_600_000, 3]);
});

test('mistakes are reported with the path of the field at fault', () => {
  const table: Array<[unknown, RegExp]> = [
    [{ sources: [] }, /sources: at least one source/],
    [{ sources: [{ id: 'a', kind: 'feed', url: 'ftp://x/y' }] }, /sources\.0\.url/],
    [{ sources: [{ id: 'a', kind: 'radio', url: 'https://x' }] }, /sources\.0\.kind/],
    [{ sources: [{ id: 'Bad Id', kind: 'page', url: 'https://x.example' }] }, /sources\.0\.id/],
    [{ sources: [{ id: 'a', kind: 'page', url: 'https://x.example', interval: 'often' }] }, /not a duration: 'often'/],
    [{ sources: [{ id: 'a', kind: 'page', url: 'https://x.example' }, { id: 'a', kind: 'folder', path: 'x' }] }, /duplicate source id 'a'/],
    [{ defaults: { allowAddresses: ['my-laptop'] }, sources: [{ id: 'a', kind: 'folder', path: 'x' }] }, /not an IP address or CIDR range/],
    [{ defaults: { limits: { maxFeedSize: 'huge' } }, sources: [{ id: 'a', kind: 'folder', path: 'x' }] }, /not a size/],
    [{ sources: [{ id: 'a', kind: 'folder', path: 'x', colour: 'red' }] }, /sources\.0/],
  ];
  for (const [data, pattern] of table) assert.throws(() => parseWatchConfig(data, 'cfg', '/tmp'), pattern, JSON.stringify(data));
});

test('unreadable and non-YAML files fail with one line naming the file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-config-'));
  assert.throws(() => loadWatchConfig(join(dir, 'missing.yaml')), /cannot read sources file .*missing\.yaml: ENOENT/);
  const bad = join(dir, 'bad.yaml');
  writeFileSync(bad, 'sources: [unclosed\n');
  assert.throws(() => loadWatchConfig(bad), /is not valid YAML/);
});

test('durations', () => {
  const table: Array<[string | number, number | null]> = [['30s', 30_000], ['15m', 900_000], ['2h', 7_200_000], ['1d', 86_400_000], ['250ms', 250], [90, 90_000], ['1.5m', 90_000], ['soon', null], [-1, null]];
  for (const [v, want] of table) assert.equal(parseDuration(v), want, String(v));
});
