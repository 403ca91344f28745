import { useState, type FormEvent } from 'react';
import { api, query } from '../api';
import { href, useLoad } from '../route';

interface Hit { docId: string; title: string | null; published: string | null; source: string | null; snippet: string; quote: { speaker: string | null } | null }
interface Result { marks: { open: string; close: string }; hits: Hit[] }

/** The snippet as text nodes, with the marked words in <mark>. */
function Snippet({ text, open, close }: { text: string; open: string; close: string }) {
  const parts: React.ReactNode[] = [];
  let rest = text;
  for (let i = 0; rest.length > 0; i++) {
    const a = rest.indexOf(open);
    const b = a < 0 ? -1 : rest.indexOf(close, a + open.length);
    if (a < 0 || b < 0) { parts.push(rest); break; }
    parts.push(rest.slice(0, a), <mark key={i}>{rest.slice(a + open.length, b)}</mark>);
    rest = rest.slice(b + close.length);
  }
  return <p className="snippet" dir="auto">{parts}</p>;
}

const fields = ['q', 'in', 'kind', 'language', 'outlet', 'since', 'until', 'actor'] as const;

export function SearchPage({ params }: { params: URLSearchParams }) {
  const current = Object.fromEntries(fields.map((f) => [f, params.get(f) ?? ''])) as Record<typeof fields[number], string>;
  const [form, setForm] = useState(current);
  const q = query(current);
  const { data, error } = useLoad(() => (current.q ? api.get<Result>(`/api/search${q}`) : Promise.resolve(null)), q);
  const submit = (e: FormEvent) => { e.preventDefault(); window.location.hash = `#/search${query(form)}`; };
  const set = (k: typeof fields[number]) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });
  return (
    <section>
      <h1>Search</h1>
      <form className="filters" onSubmit={submit} role="search">
        <input name="q" className="wide" placeholder='words, or "a phrase"' value={form.q} onChange={set('q')} dir="auto" />
        <select name="in" value={form.in} onChange={set('in')}><option value="">documents</option><option value="quotes">quotations</option></select>
        <input name="language" placeholder="language (en, ar)" value={form.language} onChange={set('language')} />
        <input name="outlet" placeholder="outlet" value={form.outlet} onChange={set('outlet')} />
        <input name="since" placeholder="from YYYY-MM" value={form.since} onChange={set('since')} />
        <input name="until" placeholder="to YYYY-MM" value={form.until} onChange={set('until')} />
        <button type="submit">Search</button>
      </form>
      {error && <p className="error">{error}</p>}
      {data && <p className="muted">{data.hits.length} hits</p>}
      <ul className="hits">{data?.hits.map((h, i) => (
        <li key={i}>
          <a href={href.doc(h.docId)} dir="auto" className="title">{h.title ?? h.docId.slice(0, 8)}</a> <span className="meta">{h.published ?? ''} · <bdi>{h.source ?? ''}</bdi>{h.quote?.speaker && <> · said by <a href={href.actor(h.quote.speaker)}>{h.quote.speaker}</a></>}</span>
          <Snippet text={h.snippet} open={data.marks.open} close={data.marks.close} />
        </li>
      ))}</ul>
    </section>
  );
}
