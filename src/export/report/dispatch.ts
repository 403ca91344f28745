/**
 * An analyst's dispatch on one actor: figures, a timeline, key quotations,
 * threats and events, relations, sanctions status and contradictions. Every
 * line carries footnote numbers; every footnote is a citation (outlet, date,
 * the sentence). Renderers (markdown, html, pdf) only lay this out.
 */
import type { SourceDoc } from '../../analyze/corpus.js';
import { dateWithin } from '../../analyze/corpus.js';
import { cite, type Citation } from '../../analyze/citation.js';
import { gatherFacts } from '../../analyze/facts.js';
import { corroborate } from '../../analyze/corroboration.js';
import { timelineOf, type TimelineBucket } from '../../analyze/timeline.js';
import { claimsOf, contradictionsAbout, findContradictions } from '../../analyze/contradictions.js';
import type { Granularity } from '../../analyze/periods.js';
import type { SanctionsMatch } from '../../analyze/sanctions/matcher.js';

export interface DispatchLine {
  text: string;
  /** Footnote numbers, 1-based. */
  notes: number[];
}

export interface Dispatch {
  actor: string;
  name: string;
  since: string | null;
  until: string | null;
  figures: Array<{ label: string; value: number }>;
  timeline: Array<Pick<TimelineBucket, 'period' | 'events' | 'goldstein' | 'statements'>>;
  granularity: Granularity;
  quotations: DispatchLine[];
  threats: DispatchLine[];
  events: DispatchLine[];
  relations: DispatchLine[];
  sanctions: DispatchLine[];
  contradictions: DispatchLine[];
  footnotes: Citation[];
}

export interface DispatchOptions {
  since?: string | null;
  until?: string | null;
  granularity?: Granularity;
  /** Display names for entity ids (defaults to the names in the records). */
  nameOf?: (id: string) => string | null;
  sanctions?: SanctionsMatch[];
  /** How many quotations to show; default 10. */
  maxQuotations?: number;
}

export function buildDispatch(allDocs: readonly SourceDoc[], actor: string, options: DispatchOptions = {}): Dispatch {
  const since = options.since ?? null;
  const until = options.until ?? null;
  const docs = allDocs.filter((d) => dateWithin(d.meta.published, since, until) || (!since && !until));
  const names = new Map<string, string>();
  for (const d of docs) for (const e of d.record.entities) if (!names.has(e.id)) names.set(e.id, e.name);
  const nameOf = (id: string | null) => (id === null ? 'unknown' : options.nameOf?.(id) ?? names.get(id) ?? id);

  const footnotes: Citation[] = [];
  const noteIndex = new Map<string, number>();
  const note = (c: Citation): number => {
    const k = `${c.docId}@${c.start}-${c.end}`;
    let n = noteIndex.get(k);
    if (n === undefined) { footnotes.push(c); noteIndex.set(k, (n = footnotes.length)); }
    return n;
  };

  const facts = gatherFacts(docs);
  const mine = corroborate(facts.filter((f) => (f.actor === actor || f.target === actor) && dateWithin(f.date, since, until)));
  const describe = (c: (typeof mine)[number]) => {
    const f = c.fact;
    const who = `${nameOf(f.actor)}${f.target ? ` → ${nameOf(f.target)}` : ''}`;
    const extra = f.type === 'event' ? ` (CAMEO ${f.cameo}, Goldstein ${f.goldstein})` : '';
    const sources = c.corroborated ? `corroborated by ${c.independent} independent sources` : 'single source';
    return { text: `${f.date ?? 'undated'}: ${f.kind}, ${who}${extra}: ${f.reports[0]?.text ?? ''} [${sources}]`, notes: f.reports.map((r) => note(r.citation)) };
  };
  const threats = mine.filter((c) => c.fact.type === 'statement' && ['threat', 'warning', 'vow', 'demand'].includes(c.fact.kind)).map(describe);
  const events = mine.filter((c) => c.fact.type === 'event').map(describe);

  const quotations: DispatchLine[] = [];
  for (const d of docs) for (const q of d.record.quotes) {
    if (q.speaker !== actor) continue;
    const c = cite(d, q.start, q.end);
    quotations.push({ text: `"${q.text}" (${nameOf(q.speaker)}, ${d.meta.published ?? 'undated'}, ${d.meta.source ?? c.outlet})`, notes: [note(c)] });
  }

  const relations = new Map<string, DispatchLine>();
  for (const d of docs) for (const r of d.record.relations) {
    if (r.subject !== actor && r.object !== actor) continue;
    const k = `${r.subject}|${r.predicate}|${r.object}`;
    const at = d.text.indexOf(r.text);
    const line = relations.get(k) ?? { text: `${nameOf(r.subject)} ${r.predicate.replace(/_/g, ' ')} ${nameOf(r.object)}`, notes: [] };
    if (at >= 0) line.notes.push(note(cite(d, at, at + r.text.length)));
    relations.set(k, line);
  }

  const contradictions = contradictionsAbout(findContradictions(claimsOf(docs)), actor).map((c) => ({
    text: `${c.subject}, ${c.attribute}: ${c.sides.map((s) => `${s.value} (${s.sources.flatMap((g) => g.outlets).join(', ')})`).join(' vs ')}`,
    notes: c.sides.flatMap((s) => s.sources.flatMap((g) => g.reports.map((r) => note(r.citation)))),
  }));

  const sanctions = (options.sanctions ?? []).map((m) => ({
    text: `Listed: ${m.entry.name} (OFAC SDN entry ${m.entry.entNum}; programs ${m.entry.programs.join(', ') || 'none'}${m.entry.designatedOn ? `; designated ${m.entry.designatedOn}` : ''}); matched on "${m.matchedName}", score ${m.score}`,
    notes: [],
  }));

  const granularity = options.granularity ?? 'month';
  const timeline = timelineOf(facts, { actor, granularity, since, until, bothWays: false }).buckets
    .map(({ period, events: ev, goldstein, statements }) => ({ period, events: ev, goldstein, statements }));
  const outlets = new Set(mine.flatMap((c) => c.fact.reports.map((r) => r.citation.outlet)));
  return {
    actor, name: nameOf(actor), since, until, granularity, timeline,
    figures: [
      { label: 'documents', value: new Set(mine.flatMap((c) => c.fact.reports.map((r) => r.citation.docId))).size },
      { label: 'outlets', value: outlets.size },
      { label: 'threats, warnings, vows, demands', value: threats.length },
      { label: 'events', value: events.length },
      { label: 'corroborated facts', value: mine.filter((c) => c.corroborated).length },
      { label: 'contradictions', value: contradictions.length },
    ],
    quotations: quotations.slice(0, options.maxQuotations ?? 10), threats, events,
    relations: [...relations.values()], sanctions, contradictions, footnotes,
  };
}

/** The sections in the order every renderer prints them. */
export function sectionsOf(d: Dispatch): Array<{ title: string; lines: DispatchLine[]; empty: string }> {
  return [
    { title: 'Key quotations', lines: d.quotations, empty: 'No quotations attributed to this actor.' },
    { title: 'Threats', lines: d.threats, empty: 'No threats recorded.' },
    { title: 'Events', lines: d.events, empty: 'No events recorded.' },
    { title: 'Relations', lines: d.relations, empty: 'No relations recorded.' },
    { title: 'Sanctions status', lines: d.sanctions, empty: 'No match on the imported sanctions list (or no list imported).' },
    { title: 'Contradictions between sources', lines: d.contradictions, empty: 'No contradictions found.' },
  ];
}
