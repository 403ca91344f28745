/**
 * The quotation, statement and event stages for Arabic documents. Arabic
 * puts the verb before its subject, attaches prepositions and pronouns to
 * words and drops pronoun subjects, so these stages read clauses their own
 * way (clause-arabic.ts) while sharing the lexicons, the quotation finder,
 * the discourse referents and the dater with the other languages.
 * `arabicOr` runs the Arabic stage on Arabic documents and the general one
 * on every other.
 */
import type { Stage } from '../core/stage.js';
import type { ExtractKnowledge } from './lexicons.js';
import { eventsArabic } from './events-arabic.js';
import { quoteArabic } from './quotes-arabic.js';
import { statementsArabic } from './statements-arabic.js';
import type { ActorFacts } from './statement-targets.js';
import type { SourceRegistry } from '../ingest/sources.js';

type ExtractStage = Stage<{ extract: ExtractKnowledge; actors?: ActorFacts; sources?: SourceRegistry }>;

export const quoteStageArabic: ExtractStage = {
  name: 'quotes',
  run(doc, knowledge) {
    quoteArabic(doc, knowledge.extract.cuesFor('ar'));
  },
};

export const statementStageArabic: ExtractStage = {
  name: 'statements',
  run(doc, knowledge) {
    doc.statements.push(...statementsArabic(doc, knowledge.extract.cuesFor('ar'), knowledge.actors ?? null, knowledge.sources ?? null));
  },
};

export const eventStageArabic: ExtractStage = {
  name: 'events',
  run(doc, knowledge) {
    doc.events.push(...eventsArabic(doc, knowledge.extract.cuesFor('ar'), knowledge.extract.cameo));
  },
};

/** `general`, except on documents in Arabic, where `arabic` runs instead. */
export function arabicOr<K>(general: Stage<K>, arabic: Stage<K>): Stage<K> {
  return {
    name: general.name,
    run(doc, knowledge) {
      (doc.meta.language === 'ar' ? arabic : general).run(doc, knowledge);
    },
  };
}
