import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, cpSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataError } from '../core/errors.js';
import { defaultDataDir, extractDataFiles, loadDataFile, loadExtractKnowledge } from './lexicons.js';

for (const [name, file] of Object.entries(extractDataFiles)) {
  test(`data file ${file.path} (${name}) loads whole and passes its schema`, () => {
    assert.doesNotThrow(() => loadDataFile<unknown>(defaultDataDir(), file as { path: string; schema: import('zod').ZodType<unknown> }));
  });
}

test('the CAMEO codebook has all twenty roots and Goldstein weights in range', () => {
  const k = loadExtractKnowledge();
  for (let r = 1; r <= 20; r++) assert.ok(k.cameo.has(String(r).padStart(2, '0')), `root ${r}`);
  assert.equal(k.cameo.get('186')?.goldstein, -10);
  assert.ok(k.cameo.size > 200);
});

test('English and Arabic cues both compile and find their words', () => {
  const k = loadExtractKnowledge();
  assert.equal(k.cuesFor('en').speech.find('the commander said on Monday')[0]?.value, 'either');
  assert.equal(k.cuesFor('ar').speech.find('وقال المتحدث')[0]?.value, 'either');
  assert.equal(k.cuesFor('xx'), k.cuesFor('en'));
});

function copyData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-extract-'));
  mkdirSync(join(dir, 'cameo'));
  mkdirSync(join(dir, 'lexicons'));
  for (const f of Object.values(extractDataFiles)) cpSync(join(defaultDataDir(), f.path), join(dir, f.path));
  return dir;
}

test('a verb pattern naming a code missing from the codebook is refused', () => {
  const dir = copyData();
  writeFileSync(join(dir, extractDataFiles.verbs.path), 'version: 1\nverbs:\n  - {code: "999", kind: attack, voice: active, lang: en, cues: [smote]}\n');
  assert.throws(() => loadExtractKnowledge(dir), (e) => e instanceof DataError && /999/.test(e.message));
});

test('a statement cue with an unknown kind is refused with the file and field named', () => {
  const dir = copyData();
  writeFileSync(join(dir, extractDataFiles.statements.path), 'version: 1\nentries:\n  - {kind: boast, lang: en, where: report, cues: [bragged]}\n');
  assert.throws(() => loadExtractKnowledge(dir), (e) => e instanceof DataError && /statements\.yaml: entries\.0\.kind/.test(e.message));
});

// "|" joins single words: "carried out|conducted" means "carried out" or "carried conducted", never
// "conducted". An alternation holding both a particle and a past tense is that slip.
test('no cue phrase alternates a phrasal verb\'s particle with another verb', async () => {
  const { readdirSync, readFileSync } = await import('node:fs');
  const dirs = ['cameo', 'lexicons'].map((d) => join(defaultDataDir(), d));
  const slips: string[] = [];
  for (const dir of dirs) {
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) {
      for (const phrase of readFileSync(join(dir, f), 'utf8').match(/"[^"\n]*\|[^"\n]*"/g) ?? []) {
        for (const word of phrase.slice(1, -1).split(/\s+/)) {
          const alts = word.split('|');
          if (alts.length > 1 && alts.some((a) => /^(?:out|off|up|down|over)$/.test(a)) && alts.some((a) => /ed$/.test(a))) slips.push(`${f}: ${phrase}`);
        }
      }
    }
  }
  assert.deepEqual(slips, []);
});
