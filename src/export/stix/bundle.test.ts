import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtureDoc } from '../../analyze/fixture-docs.js';
import { loadCorpus } from '../../analyze/corpus-store.js';
import { readInputFile } from '../../ingest/read.js';
import { loadKnowledge } from '../../pipeline/knowledge.js';
import { analyzeInput } from '../../pipeline/analyze.js';
import { openStore } from '../../store/store.js';
import { buildStixBundle } from './bundle.js';
import { stixValidator } from './validate.js';
import { uuidv5 } from './ids.js';

const schemaDir = join(process.cwd(), '../shared/stix2-schemas/schemas');
const noSchemas = existsSync(schemaDir) ? false : `OASIS STIX 2.1 schemas not found at ${schemaDir}`;

const text = 'Abu Ali al-Askari, the security official of Kataib Hezbollah, warned that US forces would pay. "Our patience has limits," he said. A rocket hit the Ain al-Asad base in Anbar.';
const docs = [
  fixtureDoc({ id: 'd1', outlet: 'Outlet One', published: '2024-01-05', title: 'Faction warns', text,
    entities: [
      { id: 'abu-ali-al-askari', type: 'person', name: 'Abu Ali al-Askari', mentions: ['Abu Ali al-Askari'] },
      { id: 'kataib-hezbollah', type: 'armed_group', name: 'Kataib Hezbollah', mentions: ['Kataib Hezbollah'] },
      { id: 'us-forces', type: 'organization', name: 'US forces', mentions: ['US forces'] },
      { id: 'ain-al-asad', type: 'facility', name: 'Ain al-Asad', mentions: ['Ain al-Asad'] },
      { id: 'anbar', type: 'location', name: 'Anbar', mentions: ['Anbar'] },
    ],
    quotes: [{ words: 'Our patience has limits,', speaker: 'abu-ali-al-askari' }],
    statements: [{ kind: 'warning', actor: 'abu-ali-al-askari', target: 'us-forces', words: 'warned that US forces would pay' }],
    events: [{ kind: 'attack', actor: null, target: 'ain-al-asad', place: 'anbar', cameo: '190', goldstein: -10, words: 'A rocket hit the Ain al-Asad base in Anbar.' }],
    relations: [{ subject: 'abu-ali-al-askari', predicate: 'member_of', object: 'kataib-hezbollah', words: 'the security official of Kataib Hezbollah' }],
  }),
  fixtureDoc({ id: 'd2', outlet: 'Outlet Two', published: '2024-01', text: 'Abu Ali al-Askari of Kataib Hezbollah spoke again.',
    entities: [
      { id: 'abu-ali-al-askari', type: 'person', name: 'Abu Ali al-Askari', mentions: ['Abu Ali al-Askari'] },
      { id: 'kataib-hezbollah', type: 'armed_group', name: 'Kataib Hezbollah', mentions: ['Kataib Hezbollah'] },
    ],
    relations: [{ subject: 'abu-ali-al-askari', predicate: 'member_of', object: 'kataib-hezbollah', words: 'Abu Ali al-Askari of Kataib Hezbollah' }],
  }),
];
const placeOf = (id: string) => (id === 'anbar' ? { country: 'Iraq', region: 'western-asia' } : null);

test('UUIDv5 matches the RFC 4122 example (DNS namespace, www.example.com)', () => {
  const dns = Buffer.from('6ba7b8109dad11d180b400c04fd430c8', 'hex');
  assert.equal(uuidv5('www.example.com', dns), '2ed6657d-e927-568b-95e1-2665a8aea6a2');
});

test('a bundle of our own documents: the objects it should hold, linked as they should be', () => {
  const bundle = buildStixBundle(docs, { placeOf, designationsOf: (id) => (id === 'kataib-hezbollah' ? [{ source: 'OFAC SDN', entNum: 1, programs: ['FTO'] }] : []) });
  const byType = (t: string) => bundle.objects.filter((o) => o.type === t);
  assert.deepEqual(byType('threat-actor').map((o) => o.name), ['Kataib Hezbollah']);
  assert.deepEqual(byType('location').map((o) => o.name), ['Anbar']); // Ain al-Asad has no known country: left out
  assert.equal(byType('report').length, 2);
  assert.equal(byType('note').length, 3);
  const [rel] = byType('relationship');
  assert.equal(rel?.relationship_type, 'member-of');
  assert.equal(rel?.confidence, 70); // two independent outlets
  assert.equal((rel?.external_references as unknown[]).length, 2);
  const ids = new Set(bundle.objects.map((o) => o.id));
  for (const o of bundle.objects) {
    for (const r of (o.object_refs as string[] | undefined) ?? []) assert.ok(ids.has(r), `${o.id} refers to missing ${r}`);
  }
  const ta = byType('threat-actor')[0]!;
  assert.deepEqual((ta.external_references as Array<Record<string, string>>)[1], { source_name: 'OFAC SDN', external_id: '1', description: 'programs: FTO' });
});

test('re-export is identical: ids and timestamps come from the data, not the clock', () => {
  assert.deepEqual(buildStixBundle(docs, { placeOf }), buildStixBundle([...docs], { placeOf }));
});

test('every object of our own bundle validates against the OASIS schemas', { skip: noSchemas }, () => {
  const validate = stixValidator(schemaDir);
  const bundle = buildStixBundle(docs, { placeOf });
  assert.deepEqual(validate(bundle.objects), []);
  // And the validator does catch a broken object.
  const broken = { ...bundle.objects.find((o) => o.type === 'report')!, object_refs: [] };
  assert.notDeepEqual(validate([broken]), []);
});

for (const [label, dir] of [['samples', join(process.cwd(), 'samples')], ['seeds', join(process.cwd(), '../shared/corpus/seeds')]] as const) {
  const missing = !existsSync(dir) ? `no ${label} folder at ${dir}` : false;
  test(`a full export of the ${label} corpus, ingested into a temporary store, validates with zero errors`, { skip: noSchemas || missing }, async () => {
    const store = await openStore({ sqlitePath: join(mkdtempSync(join(tmpdir(), 'vigil-stix-')), 'v.sqlite'), databaseUrl: null });
    try {
      const knowledge = loadKnowledge();
      const refused: string[] = [];
      const files = (d: string): string[] => readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))
        .flatMap((e) => (e.isDirectory() ? files(join(d, e.name)) : /^readme/i.test(e.name) ? [] : [join(d, e.name)]));
      for (const path of files(dir)) {
        try { await store.putDocument(analyzeInput(readInputFile(path), knowledge)); } catch (err) { refused.push(`${path}: ${String(err)}`); }
      }
      const corpus = await loadCorpus(store);
      assert.ok(corpus.length > 0, `nothing was ingested (${refused[0] ?? 'empty folder'})`);
      const bundle = buildStixBundle(corpus);
      assert.equal(bundle.objects.filter((o) => o.type === 'report').length, corpus.length);
      assert.deepEqual(stixValidator(schemaDir)(bundle.objects), []);
    } finally {
      await store.close();
    }
  });
}
