/**
 * STIX 2.1 export: a bundle of identities (outlets, persons, organizations,
 * states), threat actors (armed groups), locations (when their country or
 * coordinates are known), one report per document referencing what it
 * mentions, relationships for relations, and notes for quotations,
 * statements and events. Every object carries created/modified (from the
 * documents, never the clock, so re-export is stable), a confidence and
 * external references back to the outlet and document.
 */
import type { EntityType } from '../../core/types.js';
import type { SourceDoc } from '../../analyze/corpus.js';
import { outletOf } from '../../analyze/corpus.js';
import { cite } from '../../analyze/citation.js';
import { independentSources } from '../../analyze/corroboration.js';
import type { Report } from '../../analyze/facts.js';
import { stixId, stixTime } from './ids.js';

export type StixObject = Record<string, unknown> & { type: string; id: string };

export interface StixBundle {
  type: 'bundle';
  id: string;
  objects: StixObject[];
}

export interface PlaceInfo {
  country?: string;
  region?: string;
  latitude?: number;
  longitude?: number;
}

export interface StixOptions {
  /** Country or coordinates of a place entity; places without them are left out (STIX requires one). */
  placeOf?: (entityId: string) => PlaceInfo | null;
  /** Sanctions designations to show on an actor as external references. */
  designationsOf?: (entityId: string) => Array<{ source: string; entNum: number; programs: string[] }>;
}

const epoch = '1970-01-01T00:00:00.000Z';
const vigilIdentity = stixId('identity', 'vigil');

/** Confidence (0..100) from the number of independent sources. */
function confidenceFrom(independent: number): number {
  return independent >= 3 ? 85 : independent === 2 ? 70 : 50;
}

interface EntitySeen {
  type: EntityType;
  name: string;
  first: string;
  last: string;
  aliases: Set<string>;
}

function docTime(d: SourceDoc): string {
  return stixTime(d.meta.published, epoch);
}

function entityStix(id: string, e: EntitySeen, options: StixOptions): StixObject | null {
  const common = {
    spec_version: '2.1', created: e.first, modified: e.last, created_by_ref: vigilIdentity, name: e.name,
    external_references: [
      { source_name: 'vigil', external_id: id },
      ...(options.designationsOf?.(id) ?? []).map((d) => ({ source_name: d.source, external_id: String(d.entNum), description: `programs: ${d.programs.join(', ')}` })),
    ],
  };
  const aliases = [...e.aliases].filter((a) => a !== e.name).sort();
  switch (e.type) {
    case 'armed_group':
      return { type: 'threat-actor', id: stixId('threat-actor', id), ...common, ...(aliases.length ? { aliases } : {}) };
    case 'person':
      return { type: 'identity', id: stixId('identity', id), ...common, identity_class: 'individual' };
    case 'organization':
      return { type: 'identity', id: stixId('identity', id), ...common, identity_class: 'organization' };
    case 'state':
      return { type: 'identity', id: stixId('identity', id), ...common, identity_class: 'organization', sectors: ['government-national'] };
    case 'location':
    case 'facility': {
      const place = options.placeOf?.(id);
      if (!place || (!place.country && !place.region && (place.latitude === undefined || place.longitude === undefined))) return null;
      return { type: 'location', id: stixId('location', id), ...common, ...place };
    }
  }
}

export function buildStixBundle(docs: readonly SourceDoc[], options: StixOptions = {}): StixBundle {
  const objects = new Map<string, StixObject>();
  const put = (o: StixObject) => objects.set(o.id, o);
  put({ type: 'identity', id: vigilIdentity, spec_version: '2.1', created: epoch, modified: epoch, name: 'Vigil', identity_class: 'system' });

  // Entities across documents: one object each, dated by the documents that mention them.
  const seen = new Map<string, EntitySeen>();
  for (const d of docs) {
    const t = docTime(d);
    for (const e of d.record.entities) {
      const s = seen.get(e.id);
      if (!s) seen.set(e.id, { type: e.type, name: e.name, first: t, last: t, aliases: new Set(e.mentions.map((m) => m.text)) });
      else {
        if (t < s.first) s.first = t;
        if (t > s.last) s.last = t;
        for (const m of e.mentions) s.aliases.add(m.text);
      }
    }
  }
  const exported = new Map<string, string>(); // vigil id -> stix id
  for (const [id, e] of [...seen.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const o = entityStix(id, e, options);
    if (o) { put(o); exported.set(id, o.id); }
  }
  const ref = (id: string | null) => (id ? exported.get(id) ?? null : null);

  // Relations, one relationship per subject-predicate-object, with all its reports.
  const relationReports = new Map<string, { subject: string; predicate: string; object: string; reports: Report[]; first: string; last: string }>();
  for (const d of docs) {
    const t = docTime(d);
    for (const r of d.record.relations) {
      if (!ref(r.subject) || !ref(r.object)) continue;
      const k = `${r.subject}|${r.predicate}|${r.object}`;
      const at = r.text ? d.text.indexOf(r.text) : -1;
      const report: Report = { citation: cite(d, Math.max(0, at), Math.max(0, at) + (at >= 0 ? r.text.length : 0)), clusterId: d.clusterId, text: r.text };
      const known = relationReports.get(k);
      if (known) { known.reports.push(report); if (t < known.first) known.first = t; if (t > known.last) known.last = t; }
      else relationReports.set(k, { subject: r.subject, predicate: r.predicate, object: r.object, reports: [report], first: t, last: t });
    }
  }
  for (const [k, r] of relationReports) {
    put({
      type: 'relationship', id: stixId('relationship', k), spec_version: '2.1', created: r.first, modified: r.last,
      created_by_ref: vigilIdentity, relationship_type: r.predicate.replace(/_/g, '-'),
      source_ref: ref(r.subject)!, target_ref: ref(r.object)!,
      confidence: confidenceFrom(independentSources(r.reports).length),
      external_references: r.reports.map((x) => citationRef(x.citation)),
    });
  }

  // Reports and their notes, one report per document.
  for (const d of [...docs].sort((a, b) => a.id.localeCompare(b.id))) {
    const t = docTime(d);
    const outletKey = `outlet:${outletOf(d)}`;
    const outletRef = stixId('identity', outletKey);
    if (!objects.has(outletRef)) {
      put({ type: 'identity', id: outletRef, spec_version: '2.1', created: epoch, modified: epoch, created_by_ref: vigilIdentity,
        name: d.meta.source ?? outletOf(d), identity_class: 'organization', sectors: ['communications'] });
    }
    const reportId = stixId('report', d.id);
    const noteBase = { spec_version: '2.1', created: t, modified: t, created_by_ref: vigilIdentity, ...(d.meta.language ? { lang: d.meta.language } : {}) };
    const notes: StixObject[] = [];
    d.record.quotes.forEach((q) => {
      const speaker = ref(q.speaker);
      notes.push({ type: 'note', id: stixId('note', `${d.id}:quote:${q.start}`), ...noteBase,
        abstract: 'quotation', content: q.text, ...(q.speaker ? { authors: [seen.get(q.speaker)?.name ?? q.speaker] } : {}),
        object_refs: [reportId, ...(speaker ? [speaker] : [])], confidence: speaker ? 70 : 50,
        external_references: [citationRef(cite(d, q.start, q.end))] });
    });
    d.record.statements.forEach((s) => {
      notes.push({ type: 'note', id: stixId('note', `${d.id}:statement:${s.start}:${s.kind}`), ...noteBase,
        abstract: `${s.kind}${s.actor ? ` by ${s.actor}` : ''}${s.target ? ` against ${s.target}` : ''}${s.date ? ` (${s.date})` : ''}`,
        content: s.text, object_refs: [reportId, ...[ref(s.actor), ref(s.target)].filter((x): x is string => x !== null)],
        confidence: 50, external_references: [citationRef(cite(d, s.start, s.end))] });
    });
    d.record.events.forEach((e) => {
      notes.push({ type: 'note', id: stixId('note', `${d.id}:event:${e.start}:${e.kind}`), ...noteBase,
        abstract: `${e.kind} (CAMEO ${e.cameo}, Goldstein ${e.goldstein})${e.actor ? ` by ${e.actor}` : ''}${e.target ? ` on ${e.target}` : ''}${e.date ? ` (${e.date})` : ''}`,
        content: e.text, object_refs: [reportId, ...[ref(e.actor), ref(e.target), ref(e.place)].filter((x): x is string => x !== null)],
        confidence: 50, external_references: [citationRef(cite(d, e.start, e.end))] });
    });
    const mentioned = d.record.entities.map((e) => ref(e.id)).filter((x): x is string => x !== null);
    const relationRefs = d.record.relations.filter((r) => ref(r.subject) && ref(r.object)).map((r) => stixId('relationship', `${r.subject}|${r.predicate}|${r.object}`));
    put({
      type: 'report', id: reportId, spec_version: '2.1', created: t, modified: t, created_by_ref: vigilIdentity,
      name: d.meta.title ?? d.record.doc, published: t, report_types: ['threat-actor'],
      ...(d.meta.language ? { lang: d.meta.language } : {}),
      object_refs: [...new Set([outletRef, ...mentioned, ...relationRefs, ...notes.map((n) => n.id)])],
      external_references: [{ source_name: d.meta.source ?? outletOf(d), ...(d.meta.url ? { url: d.meta.url } : {}), external_id: d.id, description: d.record.doc }],
    });
    for (const n of notes) put(n);
  }
  const all = [...objects.values()];
  return { type: 'bundle', id: stixId('bundle', all.map((o) => o.id).sort().join(',')), objects: all };
}

function citationRef(c: ReturnType<typeof cite>): Record<string, string> {
  return {
    source_name: c.outletName ?? c.outlet,
    description: `${c.published ?? 'undated'}: ${c.sentence} [${c.docId}@${c.start}-${c.end}]`,
    ...(c.url ? { url: c.url } : {}),
  };
}
