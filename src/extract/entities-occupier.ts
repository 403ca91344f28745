/**
 * "The occupation", "the occupier", "the enemy", "the entity" (الاحتلال،
 * المحتل، العدو، الكيان): the region's Arabic statements name their
 * adversary by these words once they have said whose occupation they mean
 * ("الاحتلال الصهيوني", "قوات الاحتلال الأمريكي"). A bare word links to the
 * occupier named nearest before it (failing that, the first named after it);
 * a document that never qualifies the word links it to no one. "الكيان" is
 * only ever said of Israel.
 */
import type { NameUnit } from '../resolve/name-key.js';
import type { ActorRegistry } from '../resolve/registry.js';
import type { Candidate } from './entities-span.js';
import { withoutArabicMarks } from '../text/fold.js';

// The bare word with an article, maybe after a conjunction or preposition: "والاحتلال", "للعدو", "بالمحتل".
const BARE = /^(?:[وف]?(?:بال|كال|لل|ال))(احتلال|محتل|عدو|كيان)$/;
// What a registry mention must hold to say whose occupation the document means.
const QUALIFIED = /(?:ال|لل)(احتلال|محتل|عدو|كيان)\s+\S/;
const ENTITY_WORD = 'كيان';

/** The actor a qualified occupation mention names: a state's forces stand for the occupier as named. */
function occupierOf(id: string, registry: ActorRegistry): string {
  const actor = registry.byId(id);
  // "قوات الاحتلال الصهيوني" names the army; the bare word names the state, as "الاحتلال الصهيوني" does.
  if (actor && actor.type === 'armed_group' && actor.country && registry.typeOf(actor.country) === 'state' && actor.country !== 'united-states') return actor.country;
  return id;
}

/** Candidates for bare occupation words, added to `candidates`. */
export function occupierMentions(text: string, units: readonly NameUnit[], candidates: readonly Candidate[], registry: ActorRegistry): Candidate[] {
  const named: Array<{ at: number; id: string; word: string }> = [];
  const taken = new Uint8Array(units.length);
  for (const c of candidates) {
    for (let i = c.first; i <= c.last; i++) taken[i] = 1;
    const q = units[c.first]?.arabic ? QUALIFIED.exec(text.slice(c.start, c.end)) : null;
    if (q) named.push({ at: c.start, id: occupierOf(c.entityId, registry), word: q[1]! });
  }
  if (named.length === 0) return candidates.slice();
  const israel = registry.byId('israel') ? 'israel' : null;
  const added: Candidate[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (!u.arabic || taken[i]) continue;
    const m = BARE.exec(withoutArabicMarks(text.slice(u.start, u.end)));
    if (!m) continue;
    let id: string | null = null;
    if (m[1] === ENTITY_WORD) id = israel && named.some((n) => n.id === israel) ? israel : null;
    else {
      // "the occupation" is told by a qualified occupation; "the enemy" by a qualified enemy or occupation.
      const fits = named.filter((n) => n.word === 'احتلال' || n.word === 'محتل' || (m[1] === 'عدو' && n.word === 'عدو'));
      const before = fits.filter((n) => n.at < u.start);
      const near = before.length > 0 ? before[before.length - 1] : fits[0];
      id = near ? near.id : null;
    }
    if (!id) continue;
    added.push({ first: i, last: i, start: u.start, end: u.end, entityId: id, rule: 'metonymy:occupier', confidence: 0.6 });
  }
  return [...candidates, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}
