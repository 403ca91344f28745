/**
 * The group a document speaks for in its own voice. A communiqué posted by a
 * group names itself as "we": "we in the X movement", "we, the X,", "إننا في
 * حركة X". Its unquoted declarations ("we hold the occupation responsible",
 * "نحمّل الاحتلال المسؤولية") are that group's; a news report never speaks
 * so, it quotes. Only a naming outside quotations counts.
 */
import type { Doc } from '../core/types.js';
import type { SourceRegistry } from '../ingest/sources.js';
import type { Discourse } from './discourse.js';
import type { ActorFacts } from './statement-targets.js';

// "we in", "we at", "we, the" (English); "إننا في", "نحن في" (Arabic, with a conjunction).
const WE_NAMING = /(?:\bwe(?:\s+in|\s+at|\s*,\s*(?:the\s+)?(?:members\s+of\s+(?:the\s+)?)?)|(?:^|[\s،,:«"“])[وف]?(?:إننا|إنّنا|اننا|إنا|نحن)(?:\s+في)?)\s+$/iu;
// Any of the pronouns WE_NAMING starts with, anywhere.
const WE_WORD = /we|إننا|إنّنا|اننا|إنا|نحن/i;
// The group's name follows the pronoun closely: at most a kind word before it ("the movement of").
const NAME_WITHIN = 16;

/** The armed group or organization the document names as "we", or null. */
export function ownVoice(d: Discourse): string | null {
  const text = d.doc.text;
  for (const r of d.refsFrom(0, text.length)) {
    if (r.type !== 'armed_group' && r.type !== 'organization') continue;
    if (r.via === 'reference' || d.inQuote(r.start)) continue;
    const before = text.slice(Math.max(0, r.start - 40), r.start);
    // Cheap test first: most names have no first-person pronoun before them at all.
    if (!WE_WORD.test(before)) continue;
    // The pronoun ends within a few characters of the name: "إننا في حركة النجباء" names it after "حركة".
    for (let k = 0; k <= NAME_WITHIN && k <= before.length; k++) {
      const head = before.slice(0, before.length - k);
      const tail = before.slice(before.length - k);
      if (/[.;!?،,]/u.test(tail)) break;
      if (WE_NAMING.test(head)) return r.entityId;
    }
  }
  return null;
}

/**
 * The body whose own release the document is, when the text names it: the
 * actor its outlet speaks for (a group's official site or agency: the
 * registry's speaks_for), or the government that publishes it (a press
 * statement). Null otherwise.
 */
export function releasedBy(doc: Doc, sources: SourceRegistry, facts: ActorFacts): string | null {
  const name = doc.meta.source;
  const entry = doc.meta.sourceId ? sources.byId(doc.meta.sourceId)
    : name ? sources.find(name).find((m) => m.start === 0 && m.end === name.length)?.source : undefined;
  if (!entry) return null;
  const named = new Set(doc.entities.map((e) => e.id));
  if (entry.speaks_for) return named.has(entry.speaks_for) ? entry.speaks_for : null;
  if (entry.type !== 'government') return null;
  for (const n of [entry.id, entry.name, ...entry.aliases]) {
    const id = n === entry.id ? (facts.byId(n) ? n : null) : facts.byName(n).find((a) => a.type !== 'person' && a.type !== 'location')?.id ?? null;
    if (id && named.has(id)) return id;
  }
  return null;
}
