import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { newDoc, type Doc } from '../core/types.js';
import { normalizeStage } from './normalize-stage.js';
import { segmentStage } from './segment-stage.js';
import { languageStage } from './language-stage.js';

function textStages(raw: string): Doc {
  const doc = newDoc({ name: 't', bytes: new Uint8Array(), contentType: null, origin: 'test' });
  doc.text = raw;
  for (const stage of [normalizeStage, segmentStage, languageStage]) stage.run(doc, undefined);
  return doc;
}

function checkInvariants(doc: Doc): void {
  let last = 0;
  for (const s of doc.sentences) {
    assert.ok(s.start >= last && s.end > s.start && s.end <= doc.text.length, 'sentence range');
    last = s.end;
  }
  last = 0;
  for (const t of doc.tokens) {
    assert.ok(t.start >= last && t.end > t.start && t.end <= doc.text.length, 'token range');
    const s = doc.sentences[t.sentence];
    assert.ok(s !== undefined && t.start >= s.start && t.end <= s.end, 'token inside its sentence');
    last = t.end;
  }
}

test('segment stage: tokens carry the index of their sentence', () => {
  const doc = textStages('Kataib Hezbollah said it would stop.\n\nThe U.S. military said nothing.');
  assert.equal(doc.sentences.length, 2);
  assert.deepEqual(doc.sentences.map((s) => s.paragraph), [0, 1]);
  const second = doc.tokens.filter((t) => t.sentence === 1).map((t) => t.norm);
  assert.deepEqual(second, ['the', 'u', '.', 's', '.', 'military', 'said', 'nothing', '.']);
  assert.equal(doc.meta.language, 'en');
});

test('text stages keep every span inside the text (property)', () => {
  const unit = fc.oneof(
    fc.constantFrom('The group said. ', 'U.S. ', '“We warn,” he said. ', 'قال المتحدث، ', '؟ ', '\n', '\n\n', '\u200C', '\u00A0', "Ka'bi ", 'al-'),
    fc.string({ unit: 'binary', maxLength: 3 }),
  );
  fc.assert(fc.property(fc.array(unit, { maxLength: 60 }).map((a) => a.join('')), (raw) => {
    checkInvariants(textStages(raw));
  }), { numRuns: 1000 });
});

const seeds = join(process.cwd(), '..', 'shared', 'corpus', 'seeds');
test('text stages on the shared seed articles', { skip: existsSync(seeds) ? false : `no seed corpus at ${seeds}` }, () => {
  for (const name of readdirSync(seeds).filter((f) => f.endsWith('.txt'))) {
    const doc = textStages(readFileSync(join(seeds, name), 'utf8'));
    checkInvariants(doc);
    assert.equal(doc.meta.language, 'en', name);
    // No sentence may start right after "U.S." or a title abbreviation.
    for (const s of doc.sentences) {
      const before = doc.text.slice(Math.max(0, s.start - 6), s.start);
      assert.doesNotMatch(before, /(?:U\.S\.|\bGen\.|\bDr\.|\bLt\.) $/, `${name}: split after an abbreviation`);
    }
  }
});
