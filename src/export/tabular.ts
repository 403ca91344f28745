/**
 * CSV and JSON exports of statements, events and actors: one row per
 * annotation, with the document, outlet, date and cited sentence, so a
 * spreadsheet user can check every row against its source.
 */
import type { SourceDoc } from '../analyze/corpus.js';
import { outletOf } from '../analyze/corpus.js';
import { cite } from '../analyze/citation.js';

export type TableName = 'statements' | 'events' | 'actors';
export const tableNames: readonly TableName[] = ['statements', 'events', 'actors'];

export type Row = Record<string, string | number | null>;

export function tableRows(docs: readonly SourceDoc[], table: TableName): Row[] {
  const rows: Row[] = [];
  if (table === 'actors') {
    const actors = new Map<string, { id: string; type: string; name: string; documents: Set<string>; mentions: number; spellings: Set<string> }>();
    for (const d of docs) for (const e of d.record.entities) {
      let a = actors.get(e.id);
      if (!a) actors.set(e.id, (a = { id: e.id, type: e.type, name: e.name, documents: new Set(), mentions: 0, spellings: new Set() }));
      a.documents.add(d.id);
      a.mentions += e.mentions.length;
      for (const m of e.mentions) a.spellings.add(m.text);
    }
    for (const a of [...actors.values()].sort((x, y) => x.id.localeCompare(y.id))) {
      rows.push({ id: a.id, type: a.type, name: a.name, documents: a.documents.size, mentions: a.mentions, spellings: [...a.spellings].sort().join('; ') });
    }
    return rows;
  }
  for (const d of docs) {
    const base = (start: number, end: number): Row => {
      const c = cite(d, start, end);
      return { document: d.id, outlet: outletOf(d), published: d.meta.published, sentence: c.sentence, start, end };
    };
    if (table === 'statements') for (const s of d.record.statements) {
      rows.push({ kind: s.kind, actor: s.actor, target: s.target, date: s.date, text: s.text, means: s.means, condition: s.condition, deadline: s.deadline, ...base(s.start, s.end) });
    }
    else for (const e of d.record.events) {
      rows.push({ kind: e.kind, actor: e.actor, target: e.target, date: e.date, place: e.place, cameo: e.cameo, goldstein: e.goldstein, text: e.text, ...base(e.start, e.end) });
    }
  }
  return rows;
}

/** RFC 4180 CSV. Cells that a spreadsheet would run as a formula (=, +, -, @) are prefixed with a quote. */
export function toCsv(rows: readonly Row[]): string {
  if (rows.length === 0) return '';
  const columns = Object.keys(rows[0]!);
  const cell = (v: string | number | null): string => {
    if (v === null) return '';
    let s = String(v);
    if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c] ?? null)).join(','))].join('\r\n') + '\r\n';
}
