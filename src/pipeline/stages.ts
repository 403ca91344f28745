/**
 * The analysis of one document is this list of stages, in order. A new
 * capability is a new stage and a line here; no stage reaches back.
 */
import type { Stage } from '../core/stage.js';
import type { Knowledge } from './knowledge.js';
import { decodeStage } from '../ingest/decode.js';
import { bodyStage } from '../ingest/body.js';
import { textBudgetStage } from '../ingest/text-budget.js';
import { metadataStage } from '../ingest/metadata.js';
import { normalizeStage } from '../text/normalize-stage.js';
import { segmentStage } from '../text/segment-stage.js';
import { languageStage } from '../text/language-stage.js';
import { entityStage } from '../extract/entities-stage.js';
import { relationStage } from '../extract/relations.js';
import { quoteStage } from '../extract/quotes.js';
import { statementStage } from '../extract/statements.js';
import { eventStage } from '../extract/events.js';
import { statementReactionStage } from '../extract/statement-reactions.js';
import { arabicOr, eventStageArabic, quoteStageArabic, statementStageArabic } from '../extract/stages-arabic.js';

export const stages: ReadonlyArray<Stage<Knowledge>> = [
  decodeStage, // bytes -> string, charset, html or text
  bodyStage, // boilerplate removed, body text and metadata hints
  textBudgetStage, // body text cut to VIGIL_MAX_TEXT_CHARS, so later stages take bounded time
  metadataStage, // title, date, author, outlet
  normalizeStage, // Unicode normalization; document id
  segmentStage, // sentences and tokens
  languageStage, // ISO 639-1
  entityStage, // registry actors and other names, mentions, coreference
  relationStage, // standing facts: leads, spokesperson_of, backed_by, designated_by ...
  arabicOr(quoteStage, quoteStageArabic), // quotations and their speakers
  arabicOr(statementStage, statementStageArabic), // threats, vows, claims, accusations ... with actor, target, date
  arabicOr(eventStage, eventStageArabic), // reported actions coded in CAMEO
  statementReactionStage, // targets of statements that answer a reported deed
];
