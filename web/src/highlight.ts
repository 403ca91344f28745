/**
 * Cuts a text into runs by the annotation spans over it, so the reader can
 * render each run as a text node inside the marks that cover it. Never HTML.
 */
export interface Mark { key: string; kind: 'mention' | 'quote' | 'statement' | 'event' | 'cited'; start: number; end: number }
export interface Run { start: number; end: number; text: string; marks: Mark[] }

export function runs(text: string, marks: readonly Mark[]): Run[] {
  const cuts = new Set<number>([0, text.length]);
  for (const m of marks) {
    if (m.start >= 0 && m.end <= text.length && m.start < m.end) { cuts.add(m.start); cuts.add(m.end); }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    // Widest first, so nesting reads outside-in.
    const covering = marks.filter((m) => m.start <= start && m.end >= end).sort((a, b) => (b.end - b.start) - (a.end - a.start));
    out.push({ start, end, text: text.slice(start, end), marks: covering });
  }
  return out;
}
