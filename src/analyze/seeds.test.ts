/**
 * The seed checks: the five sample articles in ../shared/corpus/seeds are
 * analysed by the real pipeline, stored in a temporary store and read back
 * the way the CLI reads them. Nothing here knows their wording: the checks
 * are on what the general analyses make of them.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputFile } from '../ingest/read.js';
import { analyzeInput } from '../pipeline/analyze.js';
import { loadKnowledge } from '../pipeline/knowledge.js';
import { openStore, type Store } from '../store/store.js';
import { loadActorRegistry } from '../resolve/registry.js';
import { loadCorpus } from './corpus-store.js';
import type { SourceDoc } from './corpus.js';
import { claimsOf, contradictionsAbout, findContradictions } from './contradictions.js';
import { rollUpWith, voicesOf } from './actor-links.js';
import { gatherFacts } from './facts.js';
import { timelineOf } from './timeline.js';

const seedsDir = join(process.cwd(), '..', 'shared', 'corpus', 'seeds');
const skip = existsSync(seedsDir) ? false : `seed corpus not found at ${seedsDir}; seed checks skipped`;

let dir = '';
let store: Store | null = null;
let docs: SourceDoc[] = [];

before(async () => {
  if (skip) return;
  dir = mkdtempSync(join(tmpdir(), 'vigil-seeds-'));
  store = await openStore({ sqlitePath: join(dir, 'seeds.sqlite'), databaseUrl: null });
  const knowledge = loadKnowledge();
  for (const name of readdirSync(seedsDir).filter((n) => n.endsWith('.txt')).sort()) {
    await store.putDocument(analyzeInput(readInputFile(join(seedsDir, name)), knowledge));
  }
  docs = await loadCorpus(store);
});

after(async () => {
  await store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the five seeds are stored and read back', { skip }, () => {
  assert.equal(docs.length, 5);
});

test('outlets disagreeing on the year the United States designated Akram al-Kaabi is a contradiction', { skip }, () => {
  const registry = loadActorRegistry();
  const found = contradictionsAbout(findContradictions(claimsOf(docs, { rollUp: rollUpWith(registry, docs) })), 'akram-al-kaabi');
  const designation = found.find((c) => c.subject === 'designation of akram-al-kaabi by united-states' && c.attribute === 'year');
  assert.ok(designation, `no designation-year contradiction; found: ${JSON.stringify(found.map((c) => c.subject))}`);
  const years = designation.sides.map((s) => s.value);
  assert.ok(years.includes('2008') && years.includes('2018'), `sides: ${years.join(', ')}`);
  // Each side names its own outlet(s), and the two sides come from different outlets.
  const outlets = designation.sides.map((s) => new Set(s.sources.flatMap((g) => g.outlets)));
  assert.ok(outlets.every((o) => o.size > 0));
  assert.ok([...outlets[0]!].some((o) => !outlets[1]!.has(o)));
});

test("Harakat al-Nujaba's threat rhetoric shows in its timeline in 2018, 2020, 2021, 2023 and 2024", { skip }, () => {
  const registry = loadActorRegistry();
  const actor = 'harakat-hezbollah-al-nujaba';
  assert.ok(registry.byId(actor), `${actor} is not in the registry`);
  const timeline = timelineOf(gatherFacts(docs), { actor, granularity: 'year', voices: voicesOf(actor, registry, docs) });
  const threatening = timeline.buckets
    .filter((b) => (b.statements.threat ?? 0) + (b.statements.vow ?? 0) + (b.statements.warning ?? 0) > 0)
    .map((b) => b.period);
  for (const year of ['2018', '2020', '2021', '2023', '2024']) {
    assert.ok(threatening.includes(year), `no threat, vow or warning in ${year}; years with some: ${threatening.join(', ')}`);
  }
});
