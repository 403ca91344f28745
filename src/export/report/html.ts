/**
 * The dispatch as one self-contained HTML page. Every piece of stored text
 * goes through `escapeHtml`; nothing from a document is ever inserted as
 * markup. The timeline is an inline SVG bar chart.
 */
import type { Dispatch } from './dispatch.js';
import { sectionsOf } from './dispatch.js';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Bars of statements (up) and hostility, -Goldstein of events (down), per period. */
export function timelineSvg(d: Dispatch, width = 720, height = 200): string {
  const n = Math.max(1, d.timeline.length);
  const counts = d.timeline.map((b) => Object.values(b.statements).reduce((a, v) => a + (v ?? 0), 0));
  const hostility = d.timeline.map((b) => Math.max(0, -b.goldstein));
  const maxUp = Math.max(1, ...counts);
  const maxDown = Math.max(1, ...hostility);
  const mid = height * 0.6;
  const bw = (width - 40) / n;
  const bars = d.timeline.map((b, i) => {
    const x = 30 + i * bw;
    const up = (counts[i]! / maxUp) * (mid - 20);
    const down = (hostility[i]! / maxDown) * (height - mid - 24);
    return `<g><title>${escapeHtml(`${b.period}: ${counts[i]} statements, ${b.events} events, Goldstein ${b.goldstein}`)}</title>`
      + `<rect x="${x.toFixed(1)}" y="${(mid - up).toFixed(1)}" width="${Math.max(1, bw - 2).toFixed(1)}" height="${up.toFixed(1)}" fill="#b33"/>`
      + `<rect x="${x.toFixed(1)}" y="${mid}" width="${Math.max(1, bw - 2).toFixed(1)}" height="${down.toFixed(1)}" fill="#335"/></g>`;
  }).join('');
  const first = d.timeline[0]?.period ?? '';
  const last = d.timeline[d.timeline.length - 1]?.period ?? '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" role="img" aria-label="timeline">`
    + `<line x1="30" y1="${mid}" x2="${width - 10}" y2="${mid}" stroke="#999"/>${bars}`
    + `<text x="30" y="${height - 4}" font-size="11">${escapeHtml(first)}</text>`
    + `<text x="${width - 10}" y="${height - 4}" font-size="11" text-anchor="end">${escapeHtml(last)}</text>`
    + `<text x="30" y="12" font-size="11">statements (red, up) · hostile events (blue, down)</text></svg>`;
}

export function renderHtml(d: Dispatch): string {
  const refs = (notes: number[]) => notes.map((n) => `<sup><a href="#fn${n}">${n}</a></sup>`).join('');
  const sections = sectionsOf(d).map((s) => `<h2>${escapeHtml(s.title)}</h2>`
    + (s.lines.length === 0 ? `<p class="empty">${escapeHtml(s.empty)}</p>` : `<ul>${s.lines.map((l) => `<li>${escapeHtml(l.text)}${refs(l.notes)}</li>`).join('')}</ul>`)).join('\n');
  const notes = d.footnotes.map((c, i) => `<li id="fn${i + 1}"><bdi>${escapeHtml(c.outletName ?? c.outlet)}</bdi>, ${escapeHtml(c.published ?? 'undated')}: “<bdi>${escapeHtml(c.sentence)}</bdi>” <span class="loc">(document ${escapeHtml(c.docId)}, characters ${c.start}–${c.end})</span></li>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Dispatch: ${escapeHtml(d.name)}</title>
<style>body{font:15px/1.5 Georgia,serif;max-width:52rem;margin:2rem auto;padding:0 1rem}h1,h2{font-family:sans-serif}.empty,.loc{color:#666}table{border-collapse:collapse}td,th{padding:.2rem .6rem;border-bottom:1px solid #ddd}</style>
</head><body>
<h1>Dispatch: <bdi>${escapeHtml(d.name)}</bdi></h1>
<p>Period: ${escapeHtml(d.since ?? 'start')} to ${escapeHtml(d.until ?? 'now')}</p>
<h2>Summary</h2><table>${d.figures.map((f) => `<tr><th>${escapeHtml(f.label)}</th><td>${f.value}</td></tr>`).join('')}</table>
<h2>Timeline (by ${escapeHtml(d.granularity)})</h2>${timelineSvg(d)}
${sections}
<h2>Sources</h2><ol>${notes}</ol>
</body></html>
`;
}
