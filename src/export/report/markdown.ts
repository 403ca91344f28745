import type { Dispatch } from './dispatch.js';
import { sectionsOf } from './dispatch.js';

const refs = (notes: number[]) => notes.map((n) => `[^${n}]`).join('');
// Stored text may hold markdown; escape what would change the layout or make links.
const md = (s: string) => s.replace(/([\\`*_[\]<>|#])/g, '\\$1').replace(/\s+/g, ' ');

export function renderMarkdown(d: Dispatch): string {
  const out: string[] = [`# Dispatch: ${md(d.name)}`, '', `Period: ${d.since ?? 'start'} to ${d.until ?? 'now'}`, ''];
  out.push('## Summary', '', ...d.figures.map((f) => `- ${f.label}: ${f.value}`), '');
  out.push(`## Timeline (by ${d.granularity})`, '', '| period | statements | events | Goldstein |', '| --- | --- | --- | --- |');
  for (const b of d.timeline) out.push(`| ${b.period} | ${Object.entries(b.statements).map(([k, v]) => `${k} ${v}`).join(', ') || '-'} | ${b.events} | ${b.goldstein} |`);
  out.push('');
  for (const s of sectionsOf(d)) {
    out.push(`## ${s.title}`, '');
    if (s.lines.length === 0) out.push(s.empty);
    for (const l of s.lines) out.push(`- ${md(l.text)}${refs(l.notes)}`);
    out.push('');
  }
  out.push('## Sources', '');
  d.footnotes.forEach((c, i) => out.push(`[^${i + 1}]: ${md(c.outletName ?? c.outlet)}, ${c.published ?? 'undated'}: "${md(c.sentence)}" (document ${c.docId}, characters ${c.start}-${c.end})`));
  return out.join('\n') + '\n';
}
