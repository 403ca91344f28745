/**
 * Analyst corrections, applied over what the rules produced. Re-analysis
 * rebuilds annotations from scratch and then re-applies every correction in
 * the order they were made, so a registry or rule change never undoes a
 * human's judgement. A correction whose annotation no longer exists (the
 * rules stopped producing it) is reported as stale, not silently dropped.
 */
import { z } from 'zod';
import { StoreError } from '../core/errors.js';
import type { Provenance, Span } from '../core/types.js';
import type { Annotations } from './rows.js';
import type { Correction, CorrectionSelector, CorrectionTarget, NewCorrection } from './store.js';

const entityType = z.enum(['person', 'organization', 'armed_group', 'state', 'location', 'facility']);
const statementKind = z.enum(['threat', 'vow', 'claim', 'accusation', 'denial', 'demand', 'support', 'cooperation', 'warning', 'other']);
const eventKind = z.enum(['attack', 'strike', 'killing', 'sanction', 'designation', 'meeting', 'deployment', 'withdrawal', 'negotiation', 'founding', 'other']);
const predicate = z.enum(['leads', 'spokesperson_of', 'member_of', 'former_member_of', 'part_of', 'backed_by', 'allied_with', 'founded', 'designated_by', 'sanctioned_by', 'located_in']);
const offset = z.number().int().nonnegative();
const spanSchema = z.object({ start: offset, end: offset });
const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).nullable();

// What an analyst may write, per target. `add` needs the whole annotation; `set` any subset.
const fieldSchemas = {
  entity: z.object({ id: z.string().min(1), type: entityType, name: z.string().min(1), inRegistry: z.boolean() }).strict(),
  mention: z.object({ start: offset, end: offset, text: z.string(), entityId: z.string().min(1) }).strict(),
  quote: z.object({
    start: offset, end: offset, text: z.string(), speaker: z.string().nullable(), cue: spanSchema.nullable(), sentence: z.number().int().nonnegative(),
  }).strict(),
  statement: z.object({
    kind: statementKind, actor: z.string().nullable(), target: z.string().nullable(), date: partialDate, text: z.string(),
    start: offset, end: offset, means: z.string().nullable(), condition: z.string().nullable(), deadline: partialDate,
    quote: z.number().int().nullable(), sentence: z.number().int().nonnegative(),
  }).strict(),
  event: z.object({
    kind: eventKind, actor: z.string().nullable(), target: z.string().nullable(), date: partialDate, place: z.string().nullable(),
    cameo: z.string().regex(/^\d{2,4}$/), goldstein: z.number().min(-10).max(10), text: z.string(),
    start: offset, end: offset, sentence: z.number().int().nonnegative(),
  }).strict(),
  relation: z.object({
    subject: z.string().min(1), predicate, object: z.string().min(1), text: z.string(), span: spanSchema.nullable(),
    origin: z.enum(['document', 'registry']),
  }).strict(),
} as const;

/** Checks a correction before it is stored; throws a StoreError naming the bad field. */
export function validateCorrection(c: NewCorrection): void {
  const schema = fieldSchemas[c.target];
  if (!schema) throw new StoreError(`unknown correction target '${String(c.target)}'`);
  if (!['remove', 'set', 'add'].includes(c.action)) throw new StoreError(`unknown correction action '${String(c.action)}'`);
  if (!c.author) throw new StoreError('a correction needs an author');
  if (c.action !== 'add' && Object.keys(c.selector).length === 0) throw new StoreError('a correction needs a selector');
  if (c.action === 'remove') return;
  const result = c.action === 'add' ? schema.safeParse(c.fields) : schema.partial().safeParse(c.fields);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new StoreError(`bad correction field ${issue?.path.join('.') || '(fields)'}: ${issue?.message ?? 'invalid'}`);
  }
}

interface Selectable { start?: number; end?: number; span?: Span | null; kind?: string; id?: string; entityId?: string; subject?: string; predicate?: string }

function matches(target: CorrectionTarget, a: Selectable, s: CorrectionSelector): boolean {
  const start = a.span !== undefined ? a.span?.start : a.start;
  const end = a.span !== undefined ? a.span?.end : a.end;
  if (s.start !== undefined && s.start !== start) return false;
  if (s.end !== undefined && s.end !== end) return false;
  switch (target) {
    case 'entity': return s.entityId !== undefined && s.entityId === a.id;
    case 'mention': return s.entityId === undefined || s.entityId === a.entityId;
    case 'relation':
      return (s.kind === undefined || s.kind === a.predicate) && (s.entityId === undefined || s.entityId === a.subject);
    default: return s.kind === undefined || s.kind === a.kind;
  }
}

const listOf = {
  entity: 'entities', mention: 'mentions', quote: 'quotes', statement: 'statements', event: 'events', relation: 'relations',
} as const satisfies Record<CorrectionTarget, keyof Annotations>;

/** Applies corrections in order; returns the corrected annotations and the corrections that found nothing to change. */
export function applyCorrections(annotations: Annotations, corrections: readonly Correction[]): { annotations: Annotations; stale: Correction[] } {
  const out: Annotations = {
    entities: [...annotations.entities], mentions: [...annotations.mentions], quotes: [...annotations.quotes],
    statements: [...annotations.statements], events: [...annotations.events], relations: [...annotations.relations],
    warnings: [...annotations.warnings],
  };
  const stale: Correction[] = [];
  for (const c of corrections) {
    const key = listOf[c.target];
    const provenance: Provenance = { rule: `correction:${c.id}`, confidence: 1 };
    // The lists differ in element type; corrections treat them alike through Selectable.
    const list = out[key] as unknown as Array<Selectable & { provenance?: Provenance }>;
    if (c.action === 'add') {
      const added = c.target === 'entity' ? { ...c.fields } : { ...c.fields, provenance };
      list.push(added as Selectable);
      continue;
    }
    const hits = list.map((a, i) => (matches(c.target, a, c.selector) ? i : -1)).filter((i) => i >= 0);
    if (hits.length === 0) { stale.push(c); continue; }
    if (c.action === 'remove') {
      const keep = list.filter((_, i) => !hits.includes(i));
      list.length = 0;
      list.push(...keep);
      // An entity that is not there has no mentions either.
      if (c.target === 'entity') out.mentions = out.mentions.filter((m) => m.entityId !== c.selector.entityId);
    } else {
      for (const i of hits) {
        const updated = { ...list[i], ...c.fields } as Selectable & { provenance?: Provenance };
        if (c.target !== 'entity') updated.provenance = provenance;
        list[i] = updated;
      }
    }
  }
  return { annotations: out, stale };
}
