import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadActorRegistry } from '../../resolve/registry.js';
import { isoCountryCode, placesFromRegistry } from './places.js';

test('country names to ISO codes', () => {
  const cases: Array<[string, string | null]> = [['Iraq', 'IQ'], ['Iran', 'IR'], ['United States', 'US'], ['Saudi Arabia', 'SA'], ['Lebanon', 'LB'], ['Atlantis', null]];
  for (const [name, code] of cases) assert.equal(isoCountryCode(name), code, name);
});

test('registry places: coordinates, and the country of the place or of what it lies in', () => {
  const registry = loadActorRegistry();
  const placeOf = placesFromRegistry(registry);
  const base = placeOf('ayn-al-asad-air-base');
  assert.equal(base?.country, 'IQ');
  assert.ok(base?.latitude !== undefined && Math.abs(base.latitude - 33.8) < 0.5);
  assert.ok(base?.longitude !== undefined && Math.abs(base.longitude - 42.44) < 0.5);
  assert.equal(placeOf('anbar')?.country, 'IQ');
  assert.equal(placeOf('kataib-hezbollah'), null, 'an armed group is not a place');
  assert.equal(placeOf('no-such-place'), null);
  // Every registry place with coordinates or a country makes a location STIX accepts (country or both coordinates).
  for (const a of registry.all()) {
    if (a.type !== 'location' && a.type !== 'facility') continue;
    const p = placeOf(a.id);
    if (p) assert.ok(p.country !== undefined || (p.latitude !== undefined && p.longitude !== undefined), a.id);
  }
});
