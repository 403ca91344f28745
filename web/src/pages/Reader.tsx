import { useEffect, useState } from 'react';
import { api, type User } from '../api';
import { runs, type Mark } from '../highlight';
import { href, useLoad } from '../route';

interface Rec {
  text: string;
  entities: Array<{ id: string; type: string; name: string; mentions: Array<{ text: string; start: number; end: number }> }>;
  quotes: Array<{ text: string; start: number; end: number; speaker: string | null }>;
  statements: Array<{ kind: string; actor: string | null; target: string | null; date: string | null; text: string; start: number; end: number; means: string | null; condition: string | null; deadline: string | null }>;
  events: Array<{ kind: string; actor: string | null; target: string | null; date: string | null; place: string | null; cameo: string; text: string; start: number; end: number }>;
  relations: Array<{ subject: string; predicate: string; object: string; text: string; origin: string }>;
}
interface Why { key: string; rule: string | null; confidence: number | null; corrections: Array<{ id: number; action: string; author: string; at: number; note: string | null }> }
interface DocData {
  id: string; meta: { title: string | null; published: string | null; source: string | null; language: string | null; url: string | null; author: string | null };
  record: Rec; why: Why[]; names: Record<string, string>; corrections: Array<{ id: number; target: string; action: string; author: string; createdAt: number; note: string | null }>;
  cluster: Array<{ docId: string; title: string | null; source: string | null }>; provenanceNote: string | null;
}

/** A translation stored beside the document (GET /api/documents/:id/translations). Untrusted text: rendered as text only. */
interface Translation { provider: string; kind: 'translation' | 'gist'; from: string; to: string; title: string | null; text: string; created: string }

const rtlLanguages = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'ckb']);

const kinds = ['threat', 'vow', 'claim', 'accusation', 'denial', 'demand', 'support', 'cooperation', 'warning', 'other'];

function Name({ id, names }: { id: string | null; names: Record<string, string> }) {
  if (!id) return <em>unknown</em>;
  return <a href={href.actor(id)}><bdi>{names[id] ?? id}</bdi></a>;
}

/** "120-180" (a passage another page cites) as offsets, or null. */
function citedSpan(cited: string | null | undefined): { start: number; end: number } | null {
  const m = /^(\d+)-(\d+)$/.exec(cited ?? '');
  return m && Number(m[1]) < Number(m[2]) ? { start: Number(m[1]), end: Number(m[2]) } : null;
}

export function Reader({ id, user, cited }: { id: string; user: User; cited?: string | null }) {
  const { data, error, reload } = useLoad(() => api.get<DocData>(`/api/documents/${encodeURIComponent(id)}`), id);
  const [selected, setSelected] = useState<string | null>(null);
  const translations = useLoad(() => api.get<Translation[]>(`/api/documents/${encodeURIComponent(id)}/translations`), id);
  const passage = citedSpan(cited);
  // The cited passage is what the reader came for: bring it into view once the text is there.
  useEffect(() => {
    if (data && passage) document.querySelector('.doctext .hl.cited')?.scrollIntoView({ block: 'center' });
  }, [data, cited]); // eslint-disable-line react-hooks/exhaustive-deps
  if (error) return <p className="error">{error}</p>;
  if (!data) return <p className="loading">Loading…</p>;
  const r = data.record;
  const marks: Mark[] = [
    ...r.entities.flatMap((e) => e.mentions.map((m) => ({ key: `mention:${m.start}-${m.end}`, kind: 'mention' as const, start: m.start, end: m.end }))),
    ...r.quotes.map((q) => ({ key: `quote:${q.start}-${q.end}`, kind: 'quote' as const, start: q.start, end: q.end })),
    ...r.statements.map((s) => ({ key: `statement:${s.start}-${s.end}:${s.kind}`, kind: 'statement' as const, start: s.start, end: s.end })),
    ...r.events.map((e) => ({ key: `event:${e.start}-${e.end}:${e.kind}`, kind: 'event' as const, start: e.start, end: e.end })),
    ...(passage ? [{ key: `cited:${passage.start}-${passage.end}`, kind: 'cited' as const, ...passage }] : []),
  ];
  const rtl = rtlLanguages.has(data.meta.language ?? '');
  const stored = translations.data ?? [];
  // One pass over the whole text: a quotation may run across paragraphs. Runs are text nodes; line breaks show through CSS.
  const body = runs(r.text, marks).map((run) => {
    let node: React.ReactNode = run.text;
    for (const m of [...run.marks].reverse()) {
      if (m.kind === 'cited') { node = <mark className="hl cited" title="the passage cited">{node}</mark>; continue; }
      node = (
        <span className={`hl ${m.kind}${selected === m.key ? ' selected' : ''}`} data-key={m.key}
          onClick={(e) => { e.stopPropagation(); setSelected(m.key); }} role="button" tabIndex={0}
          onKeyDown={(e) => { if (e.key === 'Enter') setSelected(m.key); }}>{node}</span>
      );
    }
    return <span key={run.start}>{node}</span>;
  });
  return (
    <div className="reader">
      <article>
        <h1 dir="auto">{data.meta.title ?? '(untitled)'}</h1>
        <p className="meta">{data.meta.published ?? 'undated'} · <bdi>{data.meta.source ?? 'unknown outlet'}</bdi>{data.meta.author && <> · <bdi>{data.meta.author}</bdi></>} · {data.meta.language ?? '?'} · <a className="compare" href={href.storyOf(data.id)}>Compare coverage</a></p>
        <div className="legend"><span className="hl mention">entity</span> <span className="hl quote">quotation</span> <span className="hl statement">statement</span> <span className="hl event">event</span></div>
        <TranslateBar docId={data.id} user={user} onMade={translations.reload} />
        {/* Translations sit beside the original, never in its place: highlights and citations stay on the original. */}
        <div className={stored.length > 0 ? 'parallel' : undefined}>
          <div className="doctext" dir={rtl ? 'rtl' : 'auto'} lang={data.meta.language ?? undefined}>
            {body}
          </div>
          {stored.length > 0 && <TranslationColumn translations={stored} />}
        </div>
        {data.cluster.length > 1 && (
          <section><h2>Same story elsewhere</h2><p><a className="compare-cluster" href={href.cluster(data.id)}>Compare these copies side by side</a></p><ul>{data.cluster.filter((c) => c.docId !== data.id).map((c) => <li key={c.docId}><a href={href.doc(c.docId)} dir="auto">{c.title ?? c.docId}</a> · <bdi>{c.source}</bdi></li>)}</ul></section>
        )}
      </article>
      <aside className="details">
        <Details data={data} selected={selected} user={user} onChanged={() => { setSelected(null); reload(); }} />
        <h2>Quotations</h2>
        <ul className="quotes">{r.quotes.map((q) => (
          <li key={q.start}><button className="link" onClick={() => setSelected(`quote:${q.start}-${q.end}`)}>“<span dir="auto">{q.text.slice(0, 80)}{q.text.length > 80 ? '…' : ''}</span>”</button> — <Name id={q.speaker} names={data.names} /></li>
        ))}</ul>
        <h2>Corrections</h2>
        {data.corrections.length === 0 ? <p className="muted">none</p> : (
          <ul className="corrections">{data.corrections.map((c) => <li key={c.id}>{c.action} {c.target} by <b>{c.author}</b>, {new Date(c.createdAt).toLocaleString()}{c.note && <> — <span dir="auto">{c.note}</span></>}</li>)}</ul>
        )}
      </aside>
    </div>
  );
}

/** Analysts ask for a translation by the configured provider; it is stored and then shown beside the original. */
function TranslateBar({ docId, user, onMade }: { docId: string; user: User; onMade: () => void }) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  if (user.role === 'viewer') return null;
  const translate = () => {
    setBusy(true);
    setMessage(null);
    api.post(`/api/documents/${encodeURIComponent(docId)}/translations`, {}).then(() => { setBusy(false); onMade(); }, (e: unknown) => { setBusy(false); setMessage(e instanceof Error ? e.message : String(e)); });
  };
  return (
    <div className="actions translate-bar">
      <button className="translate" disabled={busy} onClick={translate}>{busy ? 'Translating…' : 'Translate'}</button>
      {message && <span className="error" role="alert">{message}</span>}
    </div>
  );
}

// Runs of Arabic script (with the spaces between their words): a gist keeps words no dictionary knows in Arabic.
const arabicRun = /([\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]+(?:\s+[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]+)*)/;

/** Text whose Arabic runs are isolated (<bdi>), so they do not reorder the left-to-right words around them. */
function Isolated({ text }: { text: string }) {
  const parts = text.split(arabicRun);
  return <>{parts.map((p, i) => (i % 2 === 1 ? <bdi key={i} lang="ar">{p}</bdi> : p))}</>;
}

function TranslationColumn({ translations }: { translations: Translation[] }) {
  const newest = [...translations].sort((a, b) => b.created.localeCompare(a.created));
  const [chosen, setChosen] = useState(0);
  const t = newest[Math.min(chosen, newest.length - 1)]!;
  const label = t.kind === 'gist' ? 'Gist (word-by-word glosses, not a translation)' : `Translation by ${t.provider}`;
  return (
    <section className="translation" aria-label={label}>
      <p className="translation-label"><b>{label}</b> · {t.from} → {t.to}
        {newest.length > 1 && <> · <select name="translation" value={chosen} onChange={(e) => setChosen(Number(e.target.value))}>
          {newest.map((x, i) => <option key={`${x.to}:${x.provider}`} value={i}>{x.provider} ({x.to})</option>)}
        </select></>}
      </p>
      {t.title && <h2 className="translated-title" dir={rtlLanguages.has(t.to) ? 'rtl' : 'ltr'} lang={t.to}><Isolated text={t.title} /></h2>}
      <div className="translated-text" dir={rtlLanguages.has(t.to) ? 'rtl' : 'ltr'} lang={t.to}><Isolated text={t.text} /></div>
    </section>
  );
}

function Details({ data, selected, user, onChanged }: { data: DocData; selected: string | null; user: User; onChanged: () => void }) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  if (!selected) return <p className="muted">Click a highlighted passage to see what was extracted and why.</p>;
  const r = data.record;
  const why = data.why.find((w) => w.key === selected);
  const canEdit = user.role !== 'viewer';
  const correct = (body: unknown) => {
    setBusy(true);
    setMessage(null);
    api.post(`/api/documents/${data.id}/corrections`, body).then(() => { setBusy(false); onChanged(); }, (e: unknown) => { setBusy(false); setMessage(e instanceof Error ? e.message : String(e)); });
  };
  const [kind, span] = selected.split(':') as [string, string];
  const [start, end] = span.split('-').map(Number) as [number, number];
  let body: React.ReactNode = null;
  if (kind === 'mention') {
    const e = r.entities.find((x) => x.mentions.some((m) => m.start === start && m.end === end));
    body = e && <>
      <p><b>Entity</b> <Name id={e.id} names={{ ...data.names, [e.id]: e.name }} /> ({e.type})</p>
      <p className="muted">{e.mentions.length} mention(s) in this document</p>
      {canEdit && <MergeForm entities={r.entities} from={e.id} busy={busy} onMerge={(into) => correct({ op: 'merge-entities', from: e.id, into })} onSplit={(name) => correct({ op: 'split-entity', entity: e.id, mentions: [{ start, end }], name, type: e.type })} />}
    </>;
  } else if (kind === 'quote') {
    const q = r.quotes.find((x) => x.start === start && x.end === end);
    body = q && <>
      <p><b>Quotation</b> by <span className="speaker"><Name id={q.speaker} names={data.names} /></span></p>
      <blockquote dir="auto">{q.text}</blockquote>
      {canEdit && <label>Speaker <select name="speaker" disabled={busy} value={q.speaker ?? ''} onChange={(e) => correct({ op: 'fix-speaker', quote: { start, end }, speaker: e.target.value || null })}>
        <option value="">unknown</option>{r.entities.filter((x) => x.type === 'person' || x.type === 'organization' || x.type === 'armed_group' || x.type === 'state').map((x) => <option key={x.id} value={x.id}>{x.name}</option>)}
      </select></label>}
    </>;
  } else if (kind === 'statement') {
    const s = r.statements.find((x) => x.start === start && x.end === end && selected.endsWith(`:${x.kind}`));
    body = s && <>
      <p><b>Statement</b>: <span className={`badge ${s.kind}`}>{s.kind}</span> by <Name id={s.actor} names={data.names} />{s.target && <> against <Name id={s.target} names={data.names} /></>}</p>
      <p dir="auto">{s.text}</p>
      <dl>{s.date && <><dt>date</dt><dd>{s.date}</dd></>}{s.means && <><dt>means</dt><dd dir="auto">{s.means}</dd></>}{s.condition && <><dt>condition</dt><dd dir="auto">{s.condition}</dd></>}{s.deadline && <><dt>deadline</dt><dd>{s.deadline}</dd></>}</dl>
      {canEdit && <div className="actions">
        <label>Kind <select name="kind" disabled={busy} value={s.kind} onChange={(e) => correct({ op: 'rekind-statement', statement: { start, end, kind: s.kind }, kind: e.target.value })}>{kinds.map((k) => <option key={k}>{k}</option>)}</select></label>
        <button disabled={busy} onClick={() => correct({ op: 'reject-statement', statement: { start, end, kind: s.kind } })}>Reject statement</button>
      </div>}
    </>;
  } else if (kind === 'event') {
    const ev = r.events.find((x) => x.start === start && x.end === end);
    body = ev && <><p><b>Event</b>: {ev.kind} (CAMEO {ev.cameo}) by <Name id={ev.actor} names={data.names} />{ev.place && <> in <Name id={ev.place} names={data.names} /></>}{ev.date && <> on {ev.date}</>}</p><p dir="auto">{ev.text}</p></>;
  }
  return (
    <section className="why" aria-live="polite">
      <h2>Selected</h2>
      {body}
      <p className="provenance">Why: {why?.rule ? <>rule <code>{why.rule}</code>, confidence {why.confidence?.toFixed(2)}</> : <span className="muted">{data.provenanceNote ?? 'no rule recorded (added by hand or by an older rule)'}</span>}</p>
      {why && why.corrections.length > 0 && <ul>{why.corrections.map((c) => <li key={c.id}>corrected ({c.action}) by <b>{c.author}</b>, {new Date(c.at).toLocaleString()}</li>)}</ul>}
      {message && <p className="error" role="alert">{message}</p>}
    </section>
  );
}

function MergeForm({ entities, from, busy, onMerge, onSplit }: { entities: Rec['entities']; from: string; busy: boolean; onMerge: (into: string) => void; onSplit: (name: string) => void }) {
  const [into, setInto] = useState('');
  const [name, setName] = useState('');
  return (
    <div className="actions">
      <label>Same as <select name="merge" value={into} onChange={(e) => setInto(e.target.value)}><option value="">…</option>{entities.filter((e) => e.id !== from).map((e) => <option key={e.id} value={e.id}>{e.name}</option>)}</select></label>
      <button disabled={busy || !into} onClick={() => onMerge(into)}>Merge</button>
      <label>This mention is <input name="split" placeholder="another entity's name" value={name} onChange={(e) => setName(e.target.value)} /></label>
      <button disabled={busy || !name.trim()} onClick={() => onSplit(name.trim())}>Split</button>
    </div>
  );
}
