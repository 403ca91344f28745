import { api, query } from '../api';
import { href, useLoad } from '../route';

interface Item { id: string; title: string | null; published: string | null; source: string | null; language: string | null; threats: number; statements: number; quotes: number; lead: string | null }
interface InboxData { total: number; items: Item[]; facets: { outlets: string[]; languages: string[]; actors: Array<{ id: string; name: string }> } }

const kinds = ['threat', 'vow', 'claim', 'accusation', 'denial', 'demand', 'support', 'cooperation', 'warning', 'other'];
const filterNames = ['actor', 'kind', 'outlet', 'language', 'since', 'until'] as const;

export function Inbox({ params }: { params: URLSearchParams }) {
  const filter = Object.fromEntries(filterNames.map((k) => [k, params.get(k) ?? '']));
  const q = query(filter);
  const { data, error } = useLoad(() => api.get<InboxData>(`/api/documents${q}`), q);
  const set = (k: string, v: string) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v); else next.delete(k);
    window.location.hash = `#/?${next.toString()}`;
  };
  return (
    <section>
      <h1>Inbox</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label>Actor <select name="actor" value={filter['actor']} onChange={(e) => set('actor', e.target.value)}>
          <option value="">any</option>{data?.facets.actors.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
          {/* A place or facility (from its page's Documents link) is not in the actor list but still filters. */}
          {filter['actor'] && data && !data.facets.actors.some((a) => a.id === filter['actor']) && <option value={filter['actor']}>{filter['actor']}</option>}
        </select></label>
        <label>Kind <select name="kind" value={filter['kind']} onChange={(e) => set('kind', e.target.value)}>
          <option value="">any</option>{kinds.map((k) => <option key={k}>{k}</option>)}
        </select></label>
        <label>Outlet <select name="outlet" value={filter['outlet']} onChange={(e) => set('outlet', e.target.value)}>
          <option value="">any</option>{data?.facets.outlets.map((o) => <option key={o}>{o}</option>)}
        </select></label>
        <label>Language <select name="language" value={filter['language']} onChange={(e) => set('language', e.target.value)}>
          <option value="">any</option>{data?.facets.languages.map((o) => <option key={o}>{o}</option>)}
        </select></label>
        <label>From <input name="since" placeholder="YYYY-MM-DD" value={filter['since']} onChange={(e) => set('since', e.target.value)} /></label>
        <label>To <input name="until" placeholder="YYYY-MM-DD" value={filter['until']} onChange={(e) => set('until', e.target.value)} /></label>
      </form>
      {error && <p className="error">{error}</p>}
      {data && <p className="muted">{data.total} documents</p>}
      <ul className="inbox">
        {data?.items.map((d) => (
          <li key={d.id} className={d.threats > 0 ? 'threat' : ''}>
            <a href={href.doc(d.id)} dir="auto" className="title">{d.title ?? '(untitled)'}</a>
            <div className="meta">
              {d.threats > 0 && <span className="badge threat">{d.threats} threat{d.threats > 1 ? 's' : ''}</span>}
              <span>{d.published ?? 'undated'}</span> · <bdi>{d.source ?? 'unknown outlet'}</bdi> · <span>{d.language ?? '?'}</span> · <span>{d.statements} statements, {d.quotes} quotations</span>
            </div>
            {d.lead && <p className="lead" dir="auto">{d.lead}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
