import { useMemo } from 'react';
import { api } from '../api';
import { layout } from '../force-layout';
import { href, useLoad } from '../route';

interface Graph { nodes: Array<{ id: string; name: string; type: string; documents: number }>; edges: Array<{ source: string; target: string; predicate: string; origin: string; count: number }> }

export function GraphPage() {
  const { data, error } = useLoad(() => api.get<Graph>('/api/graph'), 'graph');
  const w = 900, h = 600;
  const placed = useMemo(() => (data ? layout(data.nodes.map((n) => n.id), data.edges, w, h) : new Map()), [data]);
  if (error) return <p className="error">{error}</p>;
  if (!data) return <p className="loading">Loading…</p>;
  return (
    <section>
      <h1>Actors and their relations</h1>
      <p className="muted">{data.nodes.length} actors, {data.edges.length} relations. Solid lines come from documents, dashed from the registry. Click an actor to open its page.</p>
      <svg className="graph" viewBox={`0 0 ${w} ${h}`} role="img" aria-label="actor graph">
        {data.edges.map((e, i) => {
          const a = placed.get(e.source), b = placed.get(e.target);
          if (!a || !b) return null;
          return <line key={i} x1={a.x} y1={a.y} x2={b.x} y2={b.y} className={`edge ${e.origin}`}><title>{`${e.source} ${e.predicate} ${e.target}`}</title></line>;
        })}
        {data.nodes.map((n) => {
          const p = placed.get(n.id);
          if (!p) return null;
          return (
            <a key={n.id} href={href.actor(n.id)}>
              <circle cx={p.x} cy={p.y} r={5 + Math.min(12, n.documents * 2)} className={`node ${n.type}`} />
              <text x={p.x + 10} y={p.y + 4} className="label">{n.name}</text>
            </a>
          );
        })}
      </svg>
    </section>
  );
}
