/**
 * A small force layout: nodes repel, linked nodes pull together, all drift to
 * the centre. Deterministic (seeded by node order), fixed number of steps,
 * so the same graph draws the same way every time.
 */
export interface Placed { id: string; x: number; y: number }

export function layout(ids: readonly string[], links: ReadonlyArray<{ source: string; target: string }>, width: number, height: number, steps = 300): Map<string, Placed> {
  const nodes = ids.map((id, i) => {
    const angle = i * 2.399963; // golden angle: an even spread to start from
    const r = 20 + 8 * Math.sqrt(i);
    return { id, x: width / 2 + r * Math.cos(angle), y: height / 2 + r * Math.sin(angle), vx: 0, vy: 0 };
  });
  const at = new Map(nodes.map((n) => [n.id, n]));
  const k = Math.sqrt((width * height) / Math.max(1, nodes.length)) * 0.6;
  for (let step = 0; step < steps; step++) {
    const heat = 1 - step / steps;
    for (const a of nodes) {
      for (const b of nodes) {
        if (a === b) continue;
        const dx = a.x - b.x, dy = a.y - b.y;
        const d2 = Math.max(1, dx * dx + dy * dy);
        const f = (k * k) / d2;
        a.vx += dx * f * 0.05;
        a.vy += dy * f * 0.05;
      }
    }
    for (const l of links) {
      const a = at.get(l.source), b = at.get(l.target);
      if (!a || !b) continue;
      const dx = b.x - a.x, dy = b.y - a.y;
      const d = Math.max(1, Math.hypot(dx, dy));
      const f = (d - k) / d * 0.05;
      a.vx += dx * f; a.vy += dy * f; b.vx -= dx * f; b.vy -= dy * f;
    }
    for (const n of nodes) {
      n.vx += (width / 2 - n.x) * 0.01;
      n.vy += (height / 2 - n.y) * 0.01;
      const v = Math.hypot(n.vx, n.vy);
      const cap = 20 * heat + 0.5;
      if (v > cap) { n.vx *= cap / v; n.vy *= cap / v; }
      n.x = Math.min(width - 20, Math.max(20, n.x + n.vx));
      n.y = Math.min(height - 20, Math.max(20, n.y + n.vy));
      n.vx *= 0.5; n.vy *= 0.5;
    }
  }
  return new Map(nodes.map((n) => [n.id, { id: n.id, x: n.x, y: n.y }]));
}
