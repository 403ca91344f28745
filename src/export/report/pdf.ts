/** The dispatch as a PDF, drawn with pdfkit: text sections, a bar chart of the timeline, footnotes. */
import PDFDocument from 'pdfkit';
import type { Dispatch } from './dispatch.js';
import { sectionsOf } from './dispatch.js';

function drawTimeline(doc: PDFKit.PDFDocument, d: Dispatch): void {
  const x0 = doc.page.margins.left;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const height = 120;
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
  const top = doc.y;
  const mid = top + height * 0.6;
  const n = Math.max(1, d.timeline.length);
  const bw = width / n;
  const counts = d.timeline.map((b) => Object.values(b.statements).reduce((a, v) => a + (v ?? 0), 0));
  const hostility = d.timeline.map((b) => Math.max(0, -b.goldstein));
  const maxUp = Math.max(1, ...counts);
  const maxDown = Math.max(1, ...hostility);
  doc.save().moveTo(x0, mid).lineTo(x0 + width, mid).strokeColor('#999999').stroke();
  d.timeline.forEach((_, i) => {
    const x = x0 + i * bw;
    const up = (counts[i]! / maxUp) * (height * 0.6 - 10);
    const down = (hostility[i]! / maxDown) * (height * 0.4 - 14);
    if (up > 0) doc.rect(x, mid - up, Math.max(0.5, bw - 1), up).fill('#bb3333');
    if (down > 0) doc.rect(x, mid, Math.max(0.5, bw - 1), down).fill('#333355');
  });
  doc.restore().fillColor('black').fontSize(8)
    .text(d.timeline[0]?.period ?? '', x0, top + height - 10, { lineBreak: false })
    .text(d.timeline[d.timeline.length - 1]?.period ?? '', x0, top + height - 10, { width, align: 'right' });
  doc.x = x0;
  doc.y = top + height + 6;
}

/** Renders to a Buffer; pdfkit's standard fonts cover Latin text only, so Arabic quotations need a font file (see README). */
export function renderPdf(d: Dispatch, options: { font?: string } = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // A fixed creation date keeps the output reproducible.
    const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: `Dispatch: ${d.name}`, Creator: 'Vigil', CreationDate: new Date(0) } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    if (options.font) doc.registerFont('body', options.font).font('body');
    doc.fontSize(18).text(`Dispatch: ${d.name}`).fontSize(10).text(`Period: ${d.since ?? 'start'} to ${d.until ?? 'now'}`).moveDown();
    doc.fontSize(13).text('Summary').fontSize(10);
    for (const f of d.figures) doc.text(`${f.label}: ${f.value}`);
    doc.moveDown().fontSize(13).text(`Timeline (by ${d.granularity})`).fontSize(10).moveDown(0.5);
    drawTimeline(doc, d);
    for (const s of sectionsOf(d)) {
      doc.moveDown().fontSize(13).text(s.title).fontSize(10);
      if (s.lines.length === 0) doc.fillColor('#666666').text(s.empty).fillColor('black');
      for (const l of s.lines) doc.text(`• ${l.text}${l.notes.length ? ` [${l.notes.join(', ')}]` : ''}`);
    }
    doc.moveDown().fontSize(13).text('Sources').fontSize(8);
    d.footnotes.forEach((c, i) => doc.text(`${i + 1}. ${c.outletName ?? c.outlet}, ${c.published ?? 'undated'}: "${c.sentence}" (document ${c.docId}, characters ${c.start}-${c.end})`));
    doc.end();
  });
}
