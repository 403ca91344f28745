import type { AnalysisRecord, FailureRecord } from '../core/record.js';

/** A record laid out for a person reading a terminal. */
export function formatPretty(record: AnalysisRecord | FailureRecord): string {
  if ('error' in record) return `✗ ${record.doc}: ${record.error}\n`;
  const lines: string[] = [];
  lines.push(`━━ ${record.doc}`);
  lines.push(`   ${record.title ?? '(no title)'}`);
  lines.push(`   ${[record.source, record.author, record.published, record.language].map((v) => v ?? '—').join(' · ')}`);
  const section = (title: string, items: string[]): void => {
    if (items.length === 0) return;
    lines.push('', `  ${title} (${items.length})`);
    for (const item of items) lines.push(`    ${item}`);
  };
  section('Entities', record.entities.map((e) => `${e.name} [${e.type}, ${e.id}] ×${e.mentions.length}`));
  section('Quotations', record.quotes.map((q) => `“${clip(q.text, 100)}” — ${q.speaker ?? 'unattributed'}`));
  section('Statements', record.statements.map((s) => `${s.kind.toUpperCase()} ${s.actor ?? '?'} → ${s.target ?? '—'} (${s.date ?? 'undated'}): ${clip(s.text, 90)}`));
  section('Events', record.events.map((e) => `${e.kind} [CAMEO ${e.cameo}, ${e.goldstein}] ${e.actor ?? '?'} → ${e.target ?? '—'} at ${e.place ?? '—'} (${e.date ?? 'undated'}): ${clip(e.text, 80)}`));
  section('Relations', record.relations.map((r) => `${r.subject} ${r.predicate} ${r.object} (${r.origin})`));
  section('Warnings', record.warnings);
  return lines.join('\n') + '\n';
}

function clip(s: string, n: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > n ? flat.slice(0, n - 1) + '…' : flat;
}
