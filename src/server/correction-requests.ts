/**
 * What an analyst asks for in the reader, turned into the store's
 * corrections. A merge or split touches several annotations, so it becomes
 * several corrections; each is selected by span (and entity id), never by
 * list position, so all of them survive re-analysis.
 */
import { UsageError } from '../core/errors.js';
import type { AnalysisRecord } from '../core/record.js';
import type { EntityType, StatementKind } from '../core/types.js';
import type { NewCorrection } from '../store/store.js';
import { entityTypes, statementKinds } from './routes/schemas.js';

interface SpanRef { start: number; end: number }

export type CorrectionRequest = { note?: string } & (
  | { op: 'reject-statement'; statement: SpanRef & { kind: StatementKind } }
  | { op: 'rekind-statement'; statement: SpanRef & { kind: StatementKind }; kind: StatementKind }
  | { op: 'fix-speaker'; quote: SpanRef; speaker: string | null }
  | { op: 'merge-entities'; from: string; into: string }
  | { op: 'split-entity'; entity: string; mentions: SpanRef[]; name: string; type: EntityType }
);

export type PlannedCorrection = Omit<NewCorrection, 'docId' | 'author' | 'note'>;

const spanRef = { type: 'object', required: ['start', 'end'], properties: { start: { type: 'integer', minimum: 0 }, end: { type: 'integer', minimum: 0 } } } as const;
const entityId = { type: 'string', minLength: 1, maxLength: 200 } as const;
const note = { type: 'string', maxLength: 2000 } as const;

export const correctionRequestSchema = {
  type: 'object',
  required: ['op'],
  oneOf: [
    {
      type: 'object', additionalProperties: false, required: ['op', 'statement'],
      properties: { op: { const: 'reject-statement' }, note, statement: { ...spanRef, properties: { ...spanRef.properties, kind: { type: 'string', enum: statementKinds } }, required: ['start', 'end', 'kind'] } },
    },
    {
      type: 'object', additionalProperties: false, required: ['op', 'statement', 'kind'],
      properties: {
        op: { const: 'rekind-statement' }, note, kind: { type: 'string', enum: statementKinds },
        statement: { ...spanRef, properties: { ...spanRef.properties, kind: { type: 'string', enum: statementKinds } }, required: ['start', 'end', 'kind'] },
      },
    },
    {
      type: 'object', additionalProperties: false, required: ['op', 'quote', 'speaker'],
      properties: { op: { const: 'fix-speaker' }, note, quote: spanRef, speaker: { type: ['string', 'null'], minLength: 1, maxLength: 200 } },
    },
    {
      type: 'object', additionalProperties: false, required: ['op', 'from', 'into'],
      properties: { op: { const: 'merge-entities' }, note, from: entityId, into: entityId },
    },
    {
      type: 'object', additionalProperties: false, required: ['op', 'entity', 'mentions', 'name', 'type'],
      properties: {
        op: { const: 'split-entity' }, note, entity: entityId, mentions: { type: 'array', minItems: 1, maxItems: 500, items: spanRef },
        name: { type: 'string', minLength: 1, maxLength: 200 }, type: { type: 'string', enum: entityTypes },
      },
    },
  ],
} as const;

/** An id for an entity an analyst split off: readable, and distinct from registry ids. */
export function analystEntityId(name: string): string {
  const slug = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  return `analyst:${slug || 'entity'}`;
}

/** The corrections that carry out the request on this record; throws a UsageError when the request names what is not there. */
export function correctionsFor(record: AnalysisRecord, req: CorrectionRequest, nameOf: (id: string) => string): PlannedCorrection[] {
  switch (req.op) {
    case 'reject-statement':
      return [{ target: 'statement', action: 'remove', selector: { ...span(req.statement), kind: req.statement.kind }, fields: {} }];
    case 'rekind-statement':
      if (req.kind === req.statement.kind) throw new UsageError(`the statement is already a ${req.kind}`);
      return [{ target: 'statement', action: 'set', selector: { ...span(req.statement), kind: req.statement.kind }, fields: { kind: req.kind } }];
    case 'fix-speaker':
      return [{ target: 'quote', action: 'set', selector: span(req.quote), fields: { speaker: req.speaker } }];
    case 'merge-entities': return mergePlan(record, req.from, req.into, nameOf);
    case 'split-entity': return splitPlan(record, req.entity, req.mentions, req.name, req.type);
  }
}

const span = (s: SpanRef) => ({ start: s.start, end: s.end });

function mergePlan(record: AnalysisRecord, from: string, into: string, nameOf: (id: string) => string): PlannedCorrection[] {
  if (from === into) throw new UsageError('an entity cannot be merged into itself');
  const source = record.entities.find((e) => e.id === from);
  if (!source) throw new UsageError(`the document names no entity '${from}'`);
  const plan: PlannedCorrection[] = source.mentions.map((m) => ({
    target: 'mention', action: 'set', selector: { ...span(m), entityId: from }, fields: { entityId: into },
  }));
  for (const q of record.quotes) if (q.speaker === from) plan.push({ target: 'quote', action: 'set', selector: span(q), fields: { speaker: into } });
  for (const s of record.statements) {
    const fields: Record<string, string> = {};
    if (s.actor === from) fields['actor'] = into;
    if (s.target === from) fields['target'] = into;
    if (Object.keys(fields).length) plan.push({ target: 'statement', action: 'set', selector: { ...span(s), kind: s.kind }, fields });
  }
  for (const e of record.events) {
    const fields: Record<string, string> = {};
    if (e.actor === from) fields['actor'] = into;
    if (e.target === from) fields['target'] = into;
    if (Object.keys(fields).length) plan.push({ target: 'event', action: 'set', selector: { ...span(e), kind: e.kind }, fields });
  }
  // The merged-away entity goes; if the document did not name the other one, the entity is renamed instead.
  if (record.entities.some((e) => e.id === into)) plan.push({ target: 'entity', action: 'remove', selector: { entityId: from }, fields: {} });
  else plan.push({ target: 'entity', action: 'set', selector: { entityId: from }, fields: { id: into, name: nameOf(into) } });
  return plan;
}

function splitPlan(record: AnalysisRecord, entity: string, mentions: SpanRef[], name: string, type: EntityType): PlannedCorrection[] {
  const source = record.entities.find((e) => e.id === entity);
  if (!source) throw new UsageError(`the document names no entity '${entity}'`);
  const newId = analystEntityId(name);
  if (newId === entity) throw new UsageError('the new entity needs another name');
  for (const m of mentions) {
    if (!source.mentions.some((s) => s.start === m.start && s.end === m.end)) {
      throw new UsageError(`no mention of '${entity}' at ${m.start}-${m.end}`);
    }
  }
  const plan: PlannedCorrection[] = [];
  if (!record.entities.some((e) => e.id === newId)) {
    plan.push({ target: 'entity', action: 'add', selector: {}, fields: { id: newId, type, name, inRegistry: false } });
  }
  for (const m of mentions) plan.push({ target: 'mention', action: 'set', selector: { ...span(m), entityId: entity }, fields: { entityId: newId } });
  return plan;
}
