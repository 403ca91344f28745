/**
 * Where a place is, for STIX location objects: coordinates and country from
 * the actor registry. STIX wants the country as an ISO 3166-1 alpha-2 code;
 * the registry names states, so a state's name or aliases are looked up in
 * the English region names the runtime's ICU data carries (no list of ours
 * to keep up to date).
 */
import type { ActorRegistry } from '../../resolve/registry.js';
import type { PlaceInfo } from './bundle.js';

export type PlaceFacts = Pick<ActorRegistry, 'byId' | 'affiliationsOf'>;

let regionCodes: Map<string, string> | null = null;

function fold(s: string): string {
  return s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]+/g, ' ').trim();
}

/** ISO 3166-1 alpha-2 code for a country name in English, if the runtime knows it. */
export function isoCountryCode(name: string): string | null {
  if (!regionCodes) {
    regionCodes = new Map();
    const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    for (let a = 65; a <= 90; a++) for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const n = names.of(code);
      if (n && n !== code && !regionCodes.has(fold(n))) regionCodes.set(fold(n), code);
    }
  }
  return regionCodes.get(fold(name)) ?? null;
}

/** The state a place lies in: its `country`, else the country of what it is located in. */
function stateOf(registry: PlaceFacts, id: string): string | null {
  let at: string | undefined = id;
  for (let hops = 0; at && hops < 8; hops++) {
    const a = registry.byId(at);
    if (!a) return null;
    if (a.type === 'state') return a.id;
    if (a.country) return a.country;
    at = registry.affiliationsOf(at).find((x) => x.relation === 'located_in')?.with;
  }
  return null;
}

/** A placeOf for buildStixBundle: coordinates and ISO country of registry places; null for the rest. */
export function placesFromRegistry(registry: PlaceFacts): (entityId: string) => PlaceInfo | null {
  return (id) => {
    const a = registry.byId(id);
    if (!a || (a.type !== 'location' && a.type !== 'facility')) return null;
    const place: PlaceInfo = {};
    const state = stateOf(registry, id);
    const s = state ? registry.byId(state) : undefined;
    const code = s ? [s.name, ...s.aliases].map(isoCountryCode).find((c) => c !== null) ?? null : null;
    if (code) place.country = code;
    if (a.coordinates) { place.latitude = a.coordinates.lat; place.longitude = a.coordinates.lon; }
    return Object.keys(place).length > 0 ? place : null;
  };
}
