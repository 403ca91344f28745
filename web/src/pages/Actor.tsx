import { useState, type FormEvent } from 'react';
import { api, type User } from '../api';
import { href, useLoad } from '../route';

interface Evidence { docId: string; title: string | null; start: number | null; end: number | null; text: string }
interface Profile {
  id: string; name: string; type: string | null; inRegistry: boolean;
  spellings: Array<{ name: string; source: string; author: string | null }>;
  relations: Array<{ subject: string; predicate: string; object: string; origin: string; detail: string | null; evidence: Evidence | null }>;
  names: Record<string, string>;
  timeline: Array<{ period: string; statements: number; threats: number; events: number; goldstein: number; approximate: boolean }>;
  outlets: Array<{ outlet: string; documents: number }>;
  quotes: Array<Evidence & { published: string | null; source: string | null }>;
  statements: Array<Evidence & { kind: string; date: string | null }>;
  sanctions: { designations: Array<{ by: string; list: string; date: string | null; revoked: string | null }>; listMatches: Array<{ name: string; programs: string[]; score: number }> | null };
}

/** Bars per period: statements (threats darker) above the axis, events below. Drawn as SVG, no chart library. */
function Timeline({ buckets }: { buckets: Profile['timeline'] }) {
  if (buckets.length === 0) return <p className="muted">No dated statements or events yet.</p>;
  const w = 640, h = 200, mid = 110, pad = 30;
  const max = Math.max(1, ...buckets.map((b) => Math.max(b.statements, b.events)));
  const step = (w - pad * 2) / buckets.length;
  const bar = Math.max(4, Math.min(40, step * 0.6));
  const scale = (n: number) => (n / max) * (mid - 20);
  return (
    <svg className="timeline" viewBox={`0 0 ${w} ${h}`} role="img" aria-label="timeline of statements and events">
      <line x1={pad} x2={w - pad} y1={mid} y2={mid} className="axis" />
      {buckets.map((b, i) => {
        const x = pad + i * step + (step - bar) / 2;
        return (
          <g key={b.period}>
            <title>{`${b.period}: ${b.statements} statements (${b.threats} threats), ${b.events} events`}</title>
            <rect x={x} y={mid - scale(b.statements)} width={bar} height={scale(b.statements)} className="bar statements" />
            <rect x={x} y={mid - scale(b.threats)} width={bar} height={scale(b.threats)} className="bar threats" />
            <rect x={x} y={mid} width={bar} height={scale(b.events) * 0.7} className="bar events" />
            <text x={x + bar / 2} y={h - 6} textAnchor="middle" className="label">{b.period}{b.approximate ? '~' : ''}</text>
          </g>
        );
      })}
      <text x={pad} y={14} className="label">statements (threats dark) ▲ · events ▼</text>
    </svg>
  );
}

export function ActorPage({ id, user }: { id: string; user: User }) {
  const { data, error, reload } = useLoad(() => api.get<Profile>(`/api/actors/${encodeURIComponent(id)}`), id);
  const [alias, setAlias] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  if (error) return <p className="error">{error}</p>;
  if (!data) return <p className="loading">Loading…</p>;
  const name = (x: string) => <a href={href.actor(x)}><bdi>{data.names[x] ?? x}</bdi></a>;
  const addAlias = (e: FormEvent) => {
    e.preventDefault();
    api.post(`/api/actors/${encodeURIComponent(id)}/aliases`, { alias }).then(() => { setAlias(''); setMessage(null); reload(); }, (err: unknown) => setMessage(err instanceof Error ? err.message : String(err)));
  };
  const cite = (ev: Evidence) => <a href={href.doc(ev.docId)} dir="auto">{ev.title ?? ev.docId.slice(0, 8)}</a>;
  return (
    <div className="actor">
      <h1><bdi>{data.name}</bdi> <small>{data.type ?? ''}{data.inRegistry ? '' : ' · not in the registry'}</small></h1>
      <p className="actor-links"><a href={href.documentsOf(id)}>Documents</a> · <a href={href.alertsOf(id)}>Alerts</a></p>
      <section><h2>Timeline</h2><Timeline buckets={data.timeline} /></section>
      <div className="columns">
        <section>
          <h2>Names</h2>
          <ul className="spellings">{data.spellings.map((s) => <li key={s.name} className={s.source}><bdi dir="auto">{s.name}</bdi> <small>{s.source}{s.author ? ` · ${s.author}` : ''}</small></li>)}</ul>
          {user.role !== 'viewer' && (
            <form onSubmit={addAlias} className="inline">
              <input name="alias" placeholder="add a spelling" value={alias} onChange={(e) => setAlias(e.target.value)} dir="auto" />
              <button type="submit" disabled={alias.trim().length < 2}>Add alias</button>
              {message && <span className="error">{message}</span>}
            </form>
          )}
        </section>
        <section>
          <h2>Sanctions</h2>
          {data.sanctions.designations.length === 0 ? <p className="muted">No designation in the registry.</p> : (
            <ul>{data.sanctions.designations.map((d, i) => <li key={i}><b>{d.list}</b> by {name(d.by)}{d.date && `, ${d.date}`}{d.revoked && ` (revoked ${d.revoked})`}</li>)}</ul>
          )}
          {data.sanctions.listMatches && <p className="muted">{data.sanctions.listMatches.length} possible match(es) on the imported list{data.sanctions.listMatches.map((m) => ` · ${m.name} (${m.programs.join(', ')}, ${m.score.toFixed(2)})`).join('')}</p>}
          <h2>Outlets</h2>
          <ul>{data.outlets.map((o) => <li key={o.outlet}><bdi>{o.outlet}</bdi> — {o.documents}</li>)}</ul>
        </section>
      </div>
      <section>
        <h2>Roles and relations</h2>
        <ul className="relations">{data.relations.map((r, i) => (
          <li key={i}>{name(r.subject)} <i>{r.predicate.replace(/_/g, ' ')}</i> {name(r.object)} <small>{r.origin}{r.detail ? ` · ${r.detail}` : ''}</small>
            {r.evidence && <blockquote dir="auto">{r.evidence.text} — {cite(r.evidence)}</blockquote>}</li>
        ))}</ul>
      </section>
      <section>
        <h2>Quotations</h2>
        <ul className="quotes">{data.quotes.map((q, i) => <li key={i}><blockquote dir="auto">{q.text}</blockquote> {cite(q)} · {q.published ?? 'undated'} · <bdi>{q.source}</bdi></li>)}</ul>
      </section>
      <section>
        <h2>Statements</h2>
        <ul>{data.statements.map((s, i) => <li key={i}><span className={`badge ${s.kind}`}>{s.kind}</span> <span dir="auto">{s.text}</span> — {cite(s)}{s.date && ` · ${s.date}`}</li>)}</ul>
      </section>
      <p><a href={`/api/actors/${encodeURIComponent(id)}/report`} download>Download cited report (Markdown)</a></p>
    </div>
  );
}
