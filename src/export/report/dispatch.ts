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
import type { ListedDesignation } from '../../analyze/sanctions/actor-sanctions.js';
import { speaksFor, type Voice } from '../../analyze/actor-links.js';
import { gradeFact, type Reliability } from '../../analyze/admiralty.js';
import { framingOf, type FramingTerm } from '../../analyze/framing.js';

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
  framing: DispatchLine[];
  footnotes: Citation[];
}

export interface DispatchOptions {
  since?: string | null;
  until?: string | null;
  granularity?: Granularity;
  /** Display names for entity ids (defaults to the names in the records). */
  nameOf?: (id: string) => string | null;
  sanctions?: SanctionsMatch[];
  /** Sanctions status from sanctionsFor (preferred over `sanctions` when given). */
  designations?: ListedDesignation[];
  /** Maps an agency to the body it acts for (see rollUpWith), for contradictions. */
  rollUp?: (actor: string) => string;
  /** Leaders and spokespeople whose statements count as the actor's (see voicesOf). */
  voices?: readonly Voice[];
  /** Source reliability per outlet, for Admiralty grades on threats and events. */
  reliabilityOf?: (outlet: string) => Reliability;
  /** The framing lexicon: each outlet's loaded words in the documents about the actor. */
  framing?: readonly FramingTerm[];
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
  const voices = options.voices ?? [];
  const byActor = (f: (typeof facts)[number]) => f.actor === actor || (f.type === 'statement' && speaksFor(voices, f.actor, f.date));
  const mine = corroborate(facts.filter((f) => (byActor(f) || f.target === actor) && dateWithin(f.date, since, until)));
  const describe = (c: (typeof mine)[number]) => {
    const f = c.fact;
    const who = `${nameOf(f.actor)}${f.target ? ` → ${nameOf(f.target)}` : ''}`;
    const extra = f.type === 'event' ? ` (CAMEO ${f.cameo}, Goldstein ${f.goldstein})` : '';
    const sources = c.corroborated ? `corroborated by ${c.independent} independent sources` : 'single source';
    const grades = options.reliabilityOf ? `; Admiralty ${gradeFact(c, options.reliabilityOf).map((g) => `${g.code} (${g.outlet})`).join(', ')}` : '';
    return { text: `${f.date ?? 'undated'}: ${f.kind}, ${who}${extra}: ${f.reports[0]?.text ?? ''} [${sources}${grades}]`, notes: f.reports.map((r) => note(r.citation)) };
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

  const contradictions = contradictionsAbout(findContradictions(claimsOf(docs, options.rollUp ? { rollUp: options.rollUp } : {})), actor).map((c) => ({
    text: `${c.subject}, ${c.attribute}: ${c.sides.map((s) => `${s.value} (${s.sources.flatMap((g) => g.outlets).join(', ')})`).join(' vs ')}`,
    notes: c.sides.flatMap((s) => s.sources.flatMap((g) => g.reports.map((r) => note(r.citation)))),
  }));

  const sanctions = options.designations ? options.designations.map((m) => ({
    text: `Listed: ${m.name} (${m.list} entry ${m.entNum}; programs ${m.programs.join(', ') || 'none'}${m.designatedOn ? `; designated ${m.designatedOn}` : ''}); matched on "${m.matchedName}", score ${m.score}`,
    notes: [] as number[],
  })) : (options.sanctions ?? []).map((m) => ({
    text: `Listed: ${m.entry.name} (OFAC SDN entry ${m.entry.entNum}; programs ${m.entry.programs.join(', ') || 'none'}${m.entry.designatedOn ? `; designated ${m.entry.designatedOn}` : ''}); matched on "${m.matchedName}", score ${m.score}`,
    notes: [],
  }));

  // Framing: per outlet, the loaded words of the documents that concern the actor, each cited by an example sentence.
  const framing: DispatchLine[] = [];
  if (options.framing) {
    const byOutlet = new Map<string, { counts: Map<string, number>; notes: number[] }>();
    for (const d of docs) {
      if (!d.record.entities.some((e) => e.id === actor)) continue;
      const f = framingOf(d, options.framing);
      if (Object.keys(f.counts).length === 0) continue;
      const o = byOutlet.get(f.outlet) ?? { counts: new Map<string, number>(), notes: [] };
      for (const [term, n] of Object.entries(f.counts)) o.counts.set(term, (o.counts.get(term) ?? 0) + n);
      for (const c of Object.values(f.examples)) o.notes.push(note(c));
      byOutlet.set(f.outlet, o);
    }
    for (const [outlet, o] of [...byOutlet.entries()].sort(([a], [b]) => a.localeCompare(b))) {
      framing.push({ text: `${outlet}: ${[...o.counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t, n]) => `"${t}" ×${n}`).join(', ')}`, notes: [...new Set(o.notes)] });
    }
  }

  const granularity = options.granularity ?? 'month';
  const timeline = timelineOf(facts, { actor, voices, granularity, since, until, bothWays: false }).buckets
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
    relations: [...relations.values()], sanctions, contradictions, framing, footnotes,
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
    { title: 'Framing by outlet', lines: d.framing, empty: 'No framing lexicon given, or no loaded words found.' },
  ];
}
