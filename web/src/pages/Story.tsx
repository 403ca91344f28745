import { api, query } from '../api';
import { href, useLoad } from '../route';

type Stance = 'sympathetic' | 'adversarial' | 'neutral';
interface FramingMark { term: string; stance: Stance; start: number; end: number }
interface Citation { docId: string; outlet: string; outletName: string | null; published: string | null; sentence: string; start: number; end: number }
interface StoryDocument {
  id: string; title: string | null; published: string | null; language: string | null; url: string | null; author: string | null;
  titleMarks: FramingMark[];
  framing: Array<{ start: number; end: number; text: string; marks: FramingMark[] }>;
  quotes: Array<{ text: string; start: number; end: number; speaker: string | null }>;
  statements: Array<{ kind: string; actor: string | null; target: string | null; date: string | null; text: string; start: number; end: number }>;
  events: Array<{ kind: string; actor: string | null; target: string | null; date: string | null; cameo: string; text: string; start: number; end: number }>;
}
interface Outlet {
  outlet: string; name: string; registered: boolean; country: string | null; alignment: string | null; type: string | null;
  reliability: string; reliabilityNote: string | null; counts: Record<string, number>; stance: Record<Stance, number>;
  onlyHere: string[]; documents: StoryDocument[];
}
interface Story {
  basis: 'document' | 'cluster'; anchor: string;
  terms: Array<{ term: string; stance: Stance; outlets: number }>;
  outlets: Outlet[];
  namings: Array<{ entity: string; byOutlet: Record<string, string[]> }>;
  contradictions: Array<{ subject: string; attribute: string; sides: Array<{ value: string; outlets: string[]; citations: Citation[] }> }>;
  names: Record<string, string>;
  omitted: number;
}

const reliabilityWords: Record<string, string> = {
  A: 'completely reliable', B: 'usually reliable', C: 'fairly reliable', D: 'not usually reliable', E: 'unreliable', F: 'cannot be judged',
};
const rtlLanguages = new Set(['ar', 'fa', 'ur', 'he']);

/** The text with its marks as <mark> elements; every piece is a text node. Marks are offsets from `base`. */
function Marked({ text, base = 0, marks }: { text: string; base?: number; marks: FramingMark[] }) {
  const out: React.ReactNode[] = [];
  let at = 0;
  for (const m of marks) {
    const start = m.start - base;
    const end = m.end - base;
    if (start < at || end > text.length || start >= end) continue; // overlapping or out of range: left unmarked
    if (start > at) out.push(text.slice(at, start));
    out.push(<mark key={start} className={`fw ${m.stance}`} title={`${m.term} (${m.stance})`}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) out.push(text.slice(at));
  return <>{out}</>;
}

function Name({ id, names }: { id: string | null; names: Record<string, string> }) {
  if (!id) return <em>unknown</em>;
  return <a href={href.actor(id)}><bdi>{names[id] ?? id}</bdi></a>;
}

function Term({ term, stance }: { term: string; stance: Stance }) {
  return <span className={`fw ${stance}`}>{term}</span>;
}

function DocumentColumn({ d, names }: { d: StoryDocument; names: Record<string, string> }) {
  const lang = d.language ?? undefined;
  const dir = d.language && rtlLanguages.has(d.language) ? 'rtl' : 'auto';
  return (
    <div className="story-doc" data-doc={d.id}>
      <h3 dir={dir} lang={lang}><a href={href.doc(d.id)}>{d.title ? <Marked text={d.title} marks={d.titleMarks} /> : '(untitled)'}</a></h3>
      <p className="meta">{d.published ?? 'undated'} · {d.language ?? '?'}{d.author && <> · <bdi>{d.author}</bdi></>} · <a href={href.doc(d.id)}>read</a></p>
      {d.framing.length > 0 ? (
        <ul className="framing" dir={dir} lang={lang}>{d.framing.map((f) => <li key={f.start}><Marked text={f.text} base={f.start} marks={f.marks} /></li>)}</ul>
      ) : <p className="muted">No framing words in the text.</p>}
      {d.quotes.length > 0 && <>
        <h4>Quotations</h4>
        <ul className="story-quotes">{d.quotes.map((q) => (
          <li key={q.start}><q dir={dir} lang={lang}>{q.text}</q> — <Name id={q.speaker} names={names} /></li>
        ))}</ul>
      </>}
      {(d.statements.length > 0 || d.events.length > 0) && <>
        <h4>Statements and events</h4>
        <ul className="story-acts">
          {d.statements.map((s) => (
            <li key={`s${s.start}`}><span className={`badge ${s.kind}`}>{s.kind}</span> <Name id={s.actor} names={names} />{s.target && <> → <Name id={s.target} names={names} /></>}: <a href={href.cited(d.id, s.start, s.end)} dir={dir} lang={lang}>{s.text}</a></li>
          ))}
          {d.events.map((e) => (
            <li key={`e${e.start}`}><span className="badge event">{e.kind} · CAMEO {e.cameo}</span> <Name id={e.actor} names={names} />{e.target && <> → <Name id={e.target} names={names} /></>}{e.date && <> ({e.date})</>}: <a href={href.cited(d.id, e.start, e.end)} dir={dir} lang={lang}>{e.text}</a></li>
          ))}
        </ul>
      </>}
    </div>
  );
}

function OutletColumn({ o, terms, names }: { o: Outlet; terms: Story['terms']; names: Record<string, string> }) {
  const stanceOf = new Map(terms.map((t) => [t.term, t.stance]));
  return (
    <article className="outlet" data-outlet={o.outlet}>
      <header>
        <h2><bdi>{o.name}</bdi></h2>
        <p className="grade">
          <span className={`badge grade grade-${o.reliability}`} title={o.reliabilityNote ?? undefined}>{o.reliability}</span>
          {' '}{reliabilityWords[o.reliability] ?? ''}{!o.registered && ' (not in the source registry)'}
        </p>
        {o.registered && <p className="meta">{o.country} · {o.alignment?.replace(/_/g, ' ')} · {o.type?.replace(/_/g, ' ')}</p>}
        <p className="stance">
          <span className="fw sympathetic">{o.stance.sympathetic} sympathetic</span> <span className="fw adversarial">{o.stance.adversarial} adversarial</span> <span className="fw neutral">{o.stance.neutral} neutral</span>
        </p>
        {o.onlyHere.length > 0 && <p className="only-here">Only this outlet: {o.onlyHere.map((t, i) => <span key={t}>{i > 0 && ', '}<Term term={t} stance={stanceOf.get(t) ?? 'neutral'} /></span>)}</p>}
      </header>
      {o.documents.map((d) => <DocumentColumn key={d.id} d={d} names={names} />)}
    </article>
  );
}

function Differences({ story }: { story: Story }) {
  const { outlets, terms, names } = story;
  return (
    <section className="differs">
      <h2>What differs</h2>
      {terms.length === 0 ? <p className="muted">No framing words from the lexicon in these documents.</p> : (
        <div className="scroll">
          <table className="terms">
            <thead><tr><th>Word</th>{outlets.map((o) => <th key={o.outlet}><bdi>{o.name}</bdi></th>)}</tr></thead>
            <tbody>{terms.map((t) => (
              <tr key={t.term} className={t.outlets === 1 && outlets.length > 1 ? 'one-side' : ''}>
                <th><Term term={t.term} stance={t.stance} /></th>
                {outlets.map((o) => <td key={o.outlet} className={(o.counts[t.term] ?? 0) > 0 ? 'used' : 'unused'}>{o.counts[t.term] ?? 0}</td>)}
              </tr>
            ))}</tbody>
          </table>
        </div>
      )}
      {story.namings.length > 0 && <>
        <h3>Names for the same actors</h3>
        <div className="scroll">
          <table className="namings">
            <thead><tr><th>Actor</th>{outlets.map((o) => <th key={o.outlet}><bdi>{o.name}</bdi></th>)}</tr></thead>
            <tbody>{story.namings.map((n) => (
              <tr key={n.entity}>
                <th><Name id={n.entity} names={names} /></th>
                {outlets.map((o) => <td key={o.outlet}>{n.byOutlet[o.outlet]?.map((s, i) => <span key={s}>{i > 0 && ', '}<bdi>{s}</bdi></span>) ?? <span className="muted" title="not named">—</span>}</td>)}
              </tr>
            ))}</tbody>
          </table>
        </div>
      </>}
      <h3>Contradictions</h3>
      {story.contradictions.length === 0 ? <p className="muted">None found among these documents.</p> : (
        <ul className="contradictions">{story.contradictions.map((c) => (
          <li key={`${c.subject}|${c.attribute}`}>
            <b dir="auto">{c.subject}</b>: {c.attribute}
            <ul>{c.sides.map((s) => (
              <li key={s.value}>
                <span className="value"><bdi>{names[s.value] ?? s.value}</bdi></span> according to {s.outlets.map((o, i) => <span key={o}>{i > 0 && ', '}<bdi>{outlets.find((x) => x.outlet === o)?.name ?? o}</bdi></span>)}
                {s.citations.slice(0, 2).map((cite) => <blockquote key={`${cite.docId}:${cite.start}`} dir="auto"><a href={href.cited(cite.docId, cite.start, cite.end)}>{cite.sentence}</a></blockquote>)}
              </li>
            ))}</ul>
          </li>
        ))}</ul>
      )}
    </section>
  );
}

export function StoryPage({ params }: { params: URLSearchParams }) {
  const q = query({ doc: params.get('doc'), cluster: params.get('cluster') });
  const { data, error } = useLoad(() => api.get<Story>(`/api/stories${q}`), q);
  if (error) return <p className="error" role="alert">{error}</p>;
  if (!data) return <p className="loading">Loading…</p>;
  const documents = data.outlets.reduce((n, o) => n + o.documents.length, 0);
  return (
    <section className="story">
      <h1>Coverage compared <small>{data.basis === 'document' ? 'this story in every outlet' : 'one near-duplicate cluster'}</small></h1>
      <p className="muted">
        {documents} document{documents === 1 ? '' : 's'} from {data.outlets.length} outlet{data.outlets.length === 1 ? '' : 's'}{data.omitted > 0 && `, ${data.omitted} more not shown`}.
        {' '}Framing words: <span className="fw sympathetic">sympathetic</span> <span className="fw adversarial">adversarial</span> <span className="fw neutral">neutral</span>
        {' · '}<a href={href.doc(data.anchor)}>back to the document</a>
      </p>
      {data.outlets.length < 2 && <p className="muted">Only one outlet carries this story so far: nothing to compare yet.</p>}
      <div className="outlets">
        {data.outlets.map((o) => <OutletColumn key={o.outlet} o={o} terms={data.terms} names={data.names} />)}
      </div>
      <Differences story={data} />
    </section>
  );
}
