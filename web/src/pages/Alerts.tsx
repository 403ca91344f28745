import { useState } from 'react';
import { alertsChanged, api, query, type User } from '../api';
import { href, useLoad } from '../route';

interface Citation { docId: string; outlet: string; outletName: string | null; published: string | null; title: string | null; url: string | null; sentence: string; start: number; end: number }
interface Named { id: string; name: string }
interface Alert {
  id: string; rule: string; title: string; date: string | null;
  trigger: 'statement' | 'event' | 'escalation' | 'unknown'; kind: string | null;
  escalation: { from: string; to: string; period: string } | null;
  actor: Named | null; target: Named | null; citations: Citation[];
  raisedAt: number; read: boolean; readAt: number | null;
}
interface Counts { total: number; unread: number }
interface AlertPage extends Counts {
  items: Alert[]; next: string | null; matching: Counts;
  facets: { rules: Array<{ rule: string } & Counts>; actors: Array<Named & Counts> };
}

// Cited sentences shown at once; the rest open on demand.
const SHOWN = 3;
const filterNames = ['rule', 'actor', 'unread', 'before', 'limit'] as const;

function Who({ who }: { who: Named | null }) {
  if (!who) return <em>unknown</em>;
  return <a href={href.actor(who.id)}><bdi>{who.name}</bdi></a>;
}

function Cited({ c }: { c: Citation }) {
  return (
    <li>
      <blockquote dir="auto">{c.sentence}</blockquote>
      <a className="source" href={href.cited(c.docId, c.start, c.end)}>
        <bdi>{c.outletName ?? c.outlet}</bdi>{c.published && <>, {c.published}</>}{c.title && <> — <bdi>{c.title}</bdi></>}
      </a>
    </li>
  );
}

/** An escalation title opens with the actor's id, shown above by name: the rest is the summary. */
function summaryOf(a: Alert): string {
  const cut = a.title.indexOf(': ');
  return a.trigger === 'escalation' && cut > 0 ? a.title.slice(cut + 2) : a.title;
}

function Trigger({ a }: { a: Alert }) {
  if (a.escalation) return <span className={`badge level ${a.escalation.to}`}>escalation {a.escalation.from} → {a.escalation.to}</span>;
  return <span className={`badge ${a.kind ?? ''}`}>{a.kind ?? a.trigger}{a.trigger === 'event' ? ' (event)' : ''}</span>;
}

function AlertItem({ a, canEdit, busy, onRead }: { a: Alert; canEdit: boolean; busy: boolean; onRead: (ids: string[], read: boolean) => void }) {
  return (
    <li className={`alert ${a.read ? 'read' : 'unread'} ${a.trigger}`} data-id={a.id}>
      <div className="alert-head">
        {!a.read && <span className="dot" title="unread" aria-label="unread" />}
        <Trigger a={a} />
        <span>rule <code>{a.rule}</code></span>
        <span className="muted">raised {new Date(a.raisedAt).toLocaleString()}</span>
        {canEdit && <button className="toggle-read" disabled={busy} onClick={() => onRead([a.id], !a.read)}>{a.read ? 'Mark unread' : 'Mark read'}</button>}
      </div>
      <p className="who">
        <Who who={a.actor} />{a.target && <> → <Who who={a.target} /></>}
        {a.escalation ? <> · {a.escalation.period}</> : a.date && <> · {a.date}</>}
      </p>
      {a.trigger === 'escalation' || a.trigger === 'unknown' ? <p className="muted summary" dir="auto">{summaryOf(a)}</p> : null}
      {a.citations.length === 0 ? <p className="muted">No sentence cited.</p> : (
        <>
          <ol className="citations">{a.citations.slice(0, SHOWN).map((c) => <Cited key={`${c.docId}:${c.start}`} c={c} />)}</ol>
          {a.citations.length > SHOWN && (
            <details><summary>{a.citations.length - SHOWN} more report(s)</summary>
              <ol className="citations" start={SHOWN + 1}>{a.citations.slice(SHOWN).map((c) => <Cited key={`${c.docId}:${c.start}`} c={c} />)}</ol>
            </details>
          )}
        </>
      )}
    </li>
  );
}

export function AlertsPage({ params, user }: { params: URLSearchParams; user: User }) {
  const filter = Object.fromEntries(filterNames.map((k) => [k, params.get(k) ?? '']));
  const q = query(filter);
  const { data, error, reload } = useLoad(() => api.get<AlertPage>(`/api/alerts${q}`), q);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const canEdit = user.role !== 'viewer';
  // A filter change starts again from the newest alert.
  const set = (k: string, v: string) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v); else next.delete(k);
    next.delete('before');
    window.location.hash = `#/alerts?${next.toString()}`;
  };
  const page = (before: string | null) => {
    const next = new URLSearchParams(params);
    if (before) next.set('before', before); else next.delete('before');
    window.location.hash = `#/alerts?${next.toString()}`;
  };
  const markRead = (ids: string[], read: boolean) => {
    setBusy(true);
    setMessage(null);
    api.post('/api/alerts/read', { ids, read }).then(
      () => { setBusy(false); window.dispatchEvent(new Event(alertsChanged)); reload(); },
      (e: unknown) => { setBusy(false); setMessage(e instanceof Error ? e.message : String(e)); },
    );
  };
  const unreadHere = data?.items.filter((a) => !a.read).map((a) => a.id) ?? [];
  return (
    <section className="alerts-page">
      <h1>Alerts {data && <small>{data.unread} unread of {data.total}</small>}</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label>Rule <select name="rule" value={filter['rule']} onChange={(e) => set('rule', e.target.value)}>
          <option value="">any</option>
          {data?.facets.rules.map((r) => <option key={r.rule} value={r.rule}>{r.rule} ({r.total})</option>)}
        </select></label>
        <label>Actor <select name="actor" value={filter['actor']} onChange={(e) => set('actor', e.target.value)}>
          <option value="">any</option>
          {data?.facets.actors.map((a) => <option key={a.id} value={a.id}>{a.name} ({a.total})</option>)}
        </select></label>
        <label>Show <select name="unread" value={filter['unread']} onChange={(e) => set('unread', e.target.value)}>
          <option value="">all</option><option value="true">unread</option><option value="false">read</option>
        </select></label>
        {canEdit && unreadHere.length > 0 && <button type="button" className="mark-page" disabled={busy} onClick={() => markRead(unreadHere, true)}>Mark this page read</button>}
      </form>
      {error && <p className="error" role="alert">{error}</p>}
      {message && <p className="error" role="alert">{message}</p>}
      {!canEdit && <p className="muted">Analysts mark alerts read; read state is shared by everyone on this workbench.</p>}
      {data && <p className="muted count">{data.matching.total} alert{data.matching.total === 1 ? '' : 's'} match{data.matching.total === 1 ? 'es' : ''}{filter['before'] ? ' (older page)' : ''}</p>}
      {data && data.items.length === 0 && <p className="muted empty">No alerts here. Rules in data/alerts raise them when `vigil alerts run` or the watcher runs.</p>}
      <ul className="alert-list">
        {data?.items.map((a) => <AlertItem key={a.id} a={a} canEdit={canEdit} busy={busy} onRead={markRead} />)}
      </ul>
      {data && (filter['before'] || data.next) && (
        <nav className="pager">
          {filter['before'] && <button type="button" className="link newest" onClick={() => page(null)}>← Newest</button>}
          {data.next && <button type="button" className="link older" onClick={() => page(data.next)}>Older →</button>}
        </nav>
      )}
    </section>
  );
}
