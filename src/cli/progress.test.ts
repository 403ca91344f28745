import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createProgress } from './progress.js';

function capture() {
  const out: string[] = [];
  return { out, stream: { write: (s: string) => { out.push(s); } } };
}

test('not a terminal: quiet status lines at the interval, messages on their own lines, no control codes', () => {
  const { out, stream } = capture();
  let t = 0;
  const p = createProgress({ label: 'ingest', total: 10, stream, tty: false, quietEveryMs: 1000, now: () => t });
  for (let i = 0; i < 10; i++) { t += 300; p.tick(); }
  p.message('vigil: bad.txt: empty input');
  p.done('9 stored, 1 failed');
  const text = out.join('');
  assert.doesNotMatch(text, /\x1b|\r/);
  assert.match(text, /^ingest: 4\/10 \(40%\)/m);
  assert.match(text, /^vigil: bad.txt: empty input$/m);
  assert.match(text, /^ingest: 9 stored, 1 failed in 3\.0s \(3\.3\/s\)$/m);
  assert.ok(text.split('\n').length <= 6, 'a handful of lines for ten items');
});

test('terminal: a bar redrawn in place, cleared before a message and at the end', () => {
  const { out, stream } = capture();
  let t = 0;
  const p = createProgress({ label: 'reanalyze', total: 4, stream, tty: true, now: () => t });
  t = 200; p.tick();
  t = 400; p.tick();
  p.message('vigil: abc: failed');
  p.done('4 re-analysed');
  assert.match(out[0] ?? '', /^\r\x1b\[2K\[#+\.+\] reanalyze: 1\/4 \(25%\)/);
  assert.ok(out.includes('vigil: abc: failed\n'));
  assert.match(out[out.length - 1] ?? '', /^reanalyze: 4 re-analysed in 0\.4s/);
});
