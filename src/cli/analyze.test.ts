import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = join(process.cwd(), 'dist/src/cli/main.js');

function runAnalyze(args: string[]): { code: number | null; lines: Array<Record<string, unknown>>; stderr: string } {
  const r = spawnSync(process.execPath, [cli, 'analyze', ...args], { encoding: 'utf8' });
  const lines = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
  return { code: r.status, lines, stderr: r.stderr };
}

test('a bad input gets its own error record and the good ones are still analysed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-cli-'));
  const good = join(dir, 'good.txt');
  writeFileSync(good, 'Kataib Hezbollah said on Monday it would suspend operations.\n');
  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '');
  const folder = join(dir, 'folder');
  mkdirSync(folder);
  const { code, lines, stderr } = runAnalyze([good, empty, folder, join(dir, 'missing.txt')]);
  assert.equal(code, 1);
  assert.equal(stderr, '');
  assert.equal(lines.length, 4);
  assert.equal(lines[0]?.doc, 'good.txt');
  assert.match(String(lines[0]?.text), /Kataib Hezbollah/);
  assert.deepEqual(lines.slice(1).map((l) => l.doc), ['empty.txt', 'folder', 'missing.txt']);
  for (const l of lines.slice(1)) assert.equal(typeof l.error, 'string');
});

test('exit code 0 when every input is analysed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-cli-'));
  const good = join(dir, 'a.txt');
  writeFileSync(good, 'The Houthis claimed a drone attack on a ship in the Red Sea.\n');
  assert.equal(runAnalyze([good]).code, 0);
});

test('an unknown format is a usage error with exit code 2', () => {
  const r = spawnSync(process.execPath, [cli, 'analyze', '--format', 'xml', 'x.txt'], { encoding: 'utf8' });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^vigil: unknown format 'xml'/);
});
