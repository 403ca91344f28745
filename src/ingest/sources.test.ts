import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataError } from '../core/errors.js';
import { defaultDataDir, yamlFilesIn, loadYamlFile } from './data-files.js';
import { buildSourceRegistry, loadSourceRegistry, sourceEntrySchema, type SourceEntry } from './sources.js';
import { z } from 'zod';
import { loadActorRegistry } from '../resolve/registry.js';

const registry = loadSourceRegistry();

test('every data/sources file loads whole against the schema', () => {
  const files = yamlFilesIn(join(defaultDataDir(), 'sources'));
  assert.ok(files.length >= 5);
  let n = 0;
  for (const f of files) n += loadYamlFile(f, z.array(sourceEntrySchema)).length;
  assert.equal(registry.size, n);
  assert.ok(registry.size >= 60, `the registry covers the region's outlets broadly (${registry.size})`);
});

test('an outlet that speaks for an actor names an actor of the registry', () => {
  const actors = loadActorRegistry();
  const mouthpieces = registry.entries.filter((e) => e.speaks_for !== undefined);
  assert.ok(mouthpieces.length > 0);
  for (const e of mouthpieces) assert.ok(actors.byId(e.speaks_for!), `${e.id}: speaks_for ${e.speaks_for} is no actor id`);
});

test('the registry covers every kind of source', () => {
  const types = new Set(registry.entries.map((e) => e.type));
  for (const t of ['news', 'monitor', 'think_tank', 'group_media', 'government', 'wire']) assert.ok(types.has(t as SourceEntry['type']), t);
  for (const id of ['reuters', 'al-jazeera', 'memri', 'jerusalem-post', 'al-mayadeen-english', 'press-tv', 'sabereen-news', 'us-treasury', 'centcom', 'isw', 'rudaw', 'shafaq-news']) {
    assert.ok(registry.byId(id), id);
  }
});

test('names, aliases, domains and markers are recognised in text', () => {
  const table: Array<[string, string | null]> = [
    ['The Jerusalem Post - Israel News', 'jerusalem-post'],
    ['Al Mayadeen English', 'al-mayadeen-english'],
    ['al-mayadeen', 'al-mayadeen'],
    ['Fellow - The Middle East Institute', 'middle-east-institute'],
    ['Copyright © 2020 Jpost Inc. All rights reserved', 'jerusalem-post'],
    ['E-mail: desk@rudaw.net', 'rudaw'],
    ['https://www.aawsat.com/node/123', 'asharq-al-awsat'],
    ['Iraq | Special Dispatch No. 10922', 'memri'],
    ['قناة الميادين', 'al-mayadeen'],
    ['(AP)', 'associated-press'],
    // Short acronyms only in capitals; ordinary words are not outlets.
    ['we ap-proach the un-known', null],
    ['an island and a peninsula', null],
  ];
  for (const [text, want] of table) assert.equal(registry.find(text)[0]?.source.id ?? null, want, text);
});

test('a subdomain belongs to the outlet of its parent domain', () => {
  assert.equal(registry.byDomain('english.alarabiya.net')?.id, 'al-arabiya');
  assert.equal(registry.byDomain('www.jpost.com')?.id, 'jerusalem-post');
  assert.equal(registry.byDomain('english.almayadeen.net')?.id, 'al-mayadeen-english');
  assert.equal(registry.byDomain('example.com'), undefined);
});

test('duplicate ids, domains or names are refused', () => {
  const base = { aliases: [], domains: [], markers: [], country: 'IQ', type: 'news', alignment: 'iraqi', language: ['ar'] } as const;
  const a: SourceEntry = { ...base, id: 'a', name: 'Outlet A', aliases: [], domains: ['a.iq'], markers: [], language: ['ar'] };
  assert.throws(() => buildSourceRegistry([a, { ...a }]), DataError);
  assert.throws(() => buildSourceRegistry([a, { ...a, id: 'b', name: 'Outlet B' }]), /domain 'a\.iq'/);
  assert.throws(() => buildSourceRegistry([a, { ...a, id: 'b', name: 'outlet-a', domains: [] }]), /name 'outlet-a'/);
});

test('a bad source file is refused with its path and the field at fault', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-sources-'));
  mkdirSync(join(dir, 'sources'));
  writeFileSync(join(dir, 'sources', 'bad.yaml'), '- id: Bad Id\n  name: X Outlet\n  country: IQ\n  type: news\n  alignment: iraqi\n  language: [ar]\n');
  assert.throws(() => loadSourceRegistry(dir), (err: unknown) => err instanceof DataError && /bad\.yaml: 0\.id: id must be kebab-case/.test(err.message));
  writeFileSync(join(dir, 'sources', 'bad.yaml'), '- id: x\n  name: X Outlet\n  country: IQ\n  type: blog\n  alignment: iraqi\n  language: [ar]\n');
  assert.throws(() => loadSourceRegistry(dir), /0\.type/);
});

test('find skips texts by the words names hold, without losing a spelling the patterns allow', () => {
  const entry = (id: string, name: string, aliases: string[], markers: string[]): SourceEntry => ({
    id, name, aliases, domains: [], markers, country: 'IQ', type: 'news', alignment: 'iraqi', language: ['en'],
  });
  const r = buildSourceRegistry([entry('east-desk', 'The Eastern Desk', ['ED'], ['Desk Brief No.']), entry('nahr', 'شبكة نهر', [], [])]);
  const ids = (text: string) => r.find(text).map((m) => `${m.source.id}:${m.by}`);
  // Any case, hyphens, several spaces or a no-break space between the words.
  assert.deepEqual(ids('Reported by THE EASTERN-DESK today'), ['east-desk:name']);
  assert.deepEqual(ids('the  eastern\u00a0desk'), ['east-desk:name']);
  assert.deepEqual(ids('(ED) and Desk Brief No. 4'), ['east-desk:name', 'east-desk:marker']);
  assert.deepEqual(ids('نقلا عن شبكة نهر'), ['nahr:name']);
  // The name's words inside longer words, an acronym in lower case, or no word of a name at all: nothing.
  assert.deepEqual(ids('The Easterndesk edition; ed. note'), []);
  assert.deepEqual(ids('A line with none of the names'), []);
});
