import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ENTITY_TYPES } from './registry-schema.js';
import { ActorRegistry, actorFiles, defaultDataDir, loadActorRegistry, parseActorFile } from './registry.js';
import { loadLexicon } from './lexicon.js';
import { DataError } from '../core/errors.js';

const dataDir = defaultDataDir();
const registry = loadActorRegistry(dataDir);

test('every registry file loads whole and the registry holds at least 200 actors', () => {
  const files = actorFiles(dataDir);
  assert.ok(files.length >= 10, `${files.length} files`);
  let n = 0;
  for (const f of files) n += parseActorFile(readFileSync(f, 'utf8'), f).length;
  assert.equal(n, registry.size, 'ids are unique across files');
  assert.ok(registry.size >= 200, `${registry.size} actors`);
});

test('types are valid and every place has coordinates', () => {
  for (const a of registry.all()) {
    assert.ok((ENTITY_TYPES as readonly string[]).includes(a.type), `${a.id}: ${a.type}`);
    if (a.type === 'location' || a.type === 'facility') assert.ok(a.coordinates, `${a.id} has no coordinates`);
  }
});

test('no alias key names two actors unless both mark it generic', () => {
  const plain = new Map<string, string>();
  for (const a of registry.all()) {
    for (const alias of [a.name, ...a.aliases]) {
      const key = registry.folder.key(alias);
      const other = plain.get(key);
      assert.ok(other === undefined || other === a.id, `'${alias}' names ${other} and ${a.id}`);
      plain.set(key, a.id);
    }
  }
  for (const a of registry.all()) {
    for (const alias of a.generic_aliases) {
      const owner = plain.get(registry.folder.key(alias));
      assert.ok(owner === undefined, `generic alias '${alias}' of ${a.id} is a plain alias of ${owner}`);
    }
  }
});

test('the registry refuses an alias shared silently by two actors', () => {
  const lexicon = loadLexicon(dataDir);
  const actors = parseActorFile(`actors:
  - {id: alpha-group, type: armed_group, name: Alpha Group, aliases: [The Brigade]}
  - {id: beta-group, type: armed_group, name: Beta Group, aliases: [The Brigade]}
`, 'test.yaml');
  assert.throws(() => new ActorRegistry(actors, lexicon), (e: unknown) => e instanceof DataError && /shared by alpha-group, beta-group/.test(e.message));
});

test('a place without coordinates and a dangling reference are refused with a clear message', () => {
  const lexicon = loadLexicon(dataDir);
  const noCoords = parseActorFile('actors:\n  - {id: somewhere, type: location, name: Somewhere}\n', 'p.yaml');
  assert.throws(() => new ActorRegistry(noCoords, lexicon), /place 'somewhere' has no coordinates/);
  const dangling = parseActorFile('actors:\n  - {id: someone, type: person, name: Some One, roles: [{role: leads, of: nobody}]}\n', 'q.yaml');
  assert.throws(() => new ActorRegistry(dangling, lexicon), /'nobody', which is not in the registry/);
  assert.throws(() => parseActorFile('actors:\n  - {id: Bad Id, type: person, name: X}\n', 'r.yaml'), DataError);
});

test('lookups by name key, compact key and skeleton', () => {
  assert.deepEqual(registry.byName('AKram Al-Ka’bi').map((a) => a.id), ['akram-al-kaabi']);
  assert.deepEqual(registry.byName('Kataib Hizballah').map((a) => a.id), ['kataib-hezbollah']);
  assert.deepEqual(registry.byName('Hezbollah').map((a) => a.id), ['hezbollah']);
  assert.deepEqual(registry.byCompactKey('Nasral Shammari').map((a) => a.id), ['nasr-al-shammari']);
  assert.ok(registry.bySkeleton('Qais al-Khazali').some((a) => a.id === 'qais-al-khazali'));
  assert.equal(registry.byName('Laith al-Khazali')[0]?.id, 'laith-al-khazali');
});

test('roles, affiliations and designations are exposed as facts', () => {
  assert.ok(registry.rolesOf('akram-al-kaabi').some((r) => r.role === 'leads' && r.of === 'harakat-hezbollah-al-nujaba'));
  assert.ok(registry.affiliationsOf('quds-force').some((r) => r.relation === 'part_of' && r.with === 'irgc'));
  assert.ok(registry.designationsOf('kataib-hezbollah').some((d) => d.list === 'FTO' && d.date === '2009-07-02'));
  const leaders = registry.factsAgainst('harakat-hezbollah-al-nujaba').filter((f) => f.predicate === 'leads').map((f) => f.subject);
  assert.ok(leaders.includes('akram-al-kaabi'));
  assert.ok(registry.factsAbout('qais-al-khazali').some((f) => f.predicate === 'sanctioned_by' && f.object === 'us-treasury'));
});

test('Arabic nisba adjectives name their state, with or without the article; surname-like masculine forms do not', () => {
  const ids = (name: string) => registry.byName(name).map((a) => a.id);
  for (const [form, state] of [['تركية', 'turkey'], ['السورية', 'syria'], ['الأردني', 'jordan'], ['روسية', 'russia'],
    ['البريطانيين', 'united-kingdom'], ['صهيونية', 'israel'], ['المصرية', 'egypt']] as const) {
    assert.ok(ids(form).includes(state), `${form}: ${ids(form).join(', ')}`);
  }
  // "أبو أيوب المصري"، "محمد شياع السوداني": a masculine nisba that is a common surname names no state on its own.
  for (const form of ['المصري', 'السوداني', 'التركي']) {
    assert.ok(!registry.byName(form).some((a) => a.type === 'state'), `${form}: ${ids(form).join(', ')}`);
  }
});
