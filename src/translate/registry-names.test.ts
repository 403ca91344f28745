import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../pipeline/knowledge.js';
import { GistTranslator } from './gist.js';
import { registryNameGlosses } from './registry-names.js';

const registry = loadKnowledge().actors;

test("the registry's Arabic aliases gloss as the actor's English name; Latin aliases are not glosses", () => {
  const names = registryNameGlosses(registry);
  assert.ok(names.some((n) => n.arabic === 'أكرم الكعبي' && n.english === 'Akram al-Kaabi'));
  assert.ok(names.every((n) => /[\u0600-\u06FF]/.test(n.arabic)));
});

test('the gist renders a registry name by its English name, not word by word', () => {
  const gist = GistTranslator.create(registryNameGlosses(registry), '/nonexistent-dictionary-dir');
  assert.match(gist.gist('قال أكرم الكعبي إن الحركة سترد').text, /Akram al-Kaabi/);
  assert.match(gist.gist('وأكدت كتائب حزب الله').text, /Kataib Hezbollah/);
});
