/**
 * Statements: threats, vows, claims, accusations, denials, demands,
 * warnings, declarations of support and offers of cooperation, each with
 * its actor, target and date. Two sources:
 *  - the reporting verb itself ("X threatened Y", "X accused Y of"): the
 *    actor is its subject;
 *  - what was said: cue words inside a quotation (actor: its speaker) or
 *    in a clause reported by a speech verb ("X said that ... will avenge").
 * A quotation that only restates what the sentence before already reported
 * for the same actor adds nothing; the same declaration repeated in one
 * document is logged once.
 */
import type { Stage } from '../core/stage.js';
import type { Doc, Sentence, Statement } from '../core/types.js';
import { DocDates } from './dating.js';
import { Discourse, sentenceAt, type Referent } from './discourse.js';
import type { ExtractKnowledge } from './lexicons.js';
import { speakerOfCue } from './quotes.js';

/** How far after a cue its target may be named. */
const TARGET_WINDOW = 70;

export const statementStage: Stage<{ extract: ExtractKnowledge }> = {
  name: 'statements',
  run(doc, knowledge) {
    const cues = knowledge.extract.cuesFor(doc.meta.language);
    const d = new Discourse(doc, cues);
    const dates = new DocDates(doc, cues);
    const found: Statement[] = [];
    doc.sentences.forEach((s, i) => {
      const seen = new Set<string>();
      for (const h of cues.statements.find(doc.text, s.start, s.end)) {
        const quote = doc.quotes.find((q) => h.start >= q.start && h.start < q.end);
        let actor: string | null;
        let date: string | null;
        const span = { start: s.start, end: s.end };
        if (quote) {
          // Inside a quotation only what is said counts ("we will strike"), not reporting words.
          if (h.value.where !== 'content') continue;
          actor = quote.speaker;
          const said = quote.cue ? sentenceAt(doc, quote.cue.start) : quote.sentence;
          date = dates.at(said, quote.cue?.start ?? quote.start);
        } else {
          // In a reported clause ("X said it will hold Y responsible") the speaker is the actor.
          // A pronoun subject after a speech verb ("Kaabi said it will hold ...") stands for the speaker.
          const subject = h.value.where === 'report' ? d.subjectBefore(s.start, h.start) : null;
          const who = subject && subject.via !== 'reference' ? subject : speakerBefore(d, s, h.start) ?? subject;
          actor = who?.entityId ?? null;
          date = dates.at(i, h.start);
        }
        if (!actor) continue;
        const key = `${h.value.kind}|${actor}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const own = ownSide(doc, actor);
        const window = h.value.kind === 'support' || h.value.kind === 'cooperation' ? 35 : TARGET_WINDOW;
        // A cue with a gap ("hold * responsible") may name its target inside the gap.
        const firstWord = /^\S+/.exec(doc.text.slice(h.start, h.end))?.[0].length ?? 0;
        const target = (h.value.where === 'content' ? targetInClause(d, s, h.start, own, h.value.kind === 'accusation') : null)
          ?? targetAfter(d, h.start + firstWord, Math.min(span.end, h.end + window), own);
        found.push({
          kind: h.value.kind, actor, target: target?.entityId ?? null, date,
          text: doc.text.slice(span.start, span.end).trim(), start: span.start, end: span.end,
          means: null, condition: conditionIn(doc.text.slice(span.start, span.end)), deadline: null,
          quote: quote ? doc.quotes.indexOf(quote) : null, sentence: i,
          provenance: { rule: `lexicon:statements/${h.value.kind}/${h.value.where}`, confidence: quote ? 0.7 : 0.6 },
        });
      }
    });
    doc.statements.push(...dropRepeats(doc, found, dates));
  },
};

/** The speaker of a clause reported by a speech verb before `pos`. */
function speakerBefore(d: Discourse, s: Sentence, pos: number): Referent | null {
  const speech = d.cues.speech.find(d.doc.text, s.start, pos).filter((c) => !d.inQuote(c.start));
  // The nearest speech verb governs the clause ("Although ISIS claimed ..., Kaabi said it will ...").
  for (let k = speech.length - 1; k >= 0; k--) {
    const who = speakerOfCue(d, speech[k]!, s.start, pos);
    if (who) return who;
  }
  return null;
}

/** The actor and the groups it leads, speaks for or belongs to: never its own target. */
function ownSide(doc: Doc, actor: string): Set<string> {
  const side = new Set([actor]);
  for (const r of doc.relations) if (r.subject === actor && ['leads', 'spokesperson_of', 'member_of'].includes(r.predicate)) side.add(r.object);
  return side;
}

function targetAfter(d: Discourse, from: number, to: number, own: Set<string>): Referent | null {
  for (let at = from; at < to;) {
    const r = d.objectAfter(at, to);
    if (!r) return null;
    if (!own.has(r.entityId)) return r;
    at = r.end;
  }
  return null;
}

/**
 * In reported or quoted words the target often comes first: "US forces
 * threaten civil peace", "operations against US forces will not stop".
 * The first actor of the clause (after "that" or the quotation mark) that is
 * not the speaker's side and not a possessive.
 */
function targetInClause(d: Discourse, s: Sentence, pos: number, own: Set<string>, subjectIsTarget: boolean): Referent | null {
  const text = d.doc.text;
  const head = text.slice(s.start, pos);
  const m = /.*\bthat\b/s.exec(head) ?? /.*["“”:]/s.exec(head);
  const from = m ? s.start + m[0].length : s.start;
  for (const r of d.actorsIn(from, pos)) {
    if (own.has(r.entityId) || /^['’]s?\b/.test(text.slice(r.end, r.end + 2))) continue;
    // An accusation's clause subject is the accused ("US forces violate ..."); otherwise only
    // what the clause aims at counts ("operations against US forces will not stop").
    if (subjectIsTarget || /\b(?:against|on|at|targeting)\s+(?:the\s+)?$/i.test(text.slice(Math.max(from, r.start - 15), r.start))) return r;
  }
  return null;
}

/** "if the occupation does not withdraw ...": the condition a threat sets. */
function conditionIn(text: string): string | null {
  const m = /\b(?:if|unless|until)\s+[^,.;"“”]{4,120}/i.exec(text);
  return m ? m[0].trim() : null;
}

function compatible(a: string | null, b: string | null): boolean {
  return a === b || (!!a && !!b && (a.startsWith(b) || b.startsWith(a)));
}

function dropRepeats(doc: Doc, found: Statement[], dates: DocDates): Statement[] {
  const out: Statement[] = [];
  for (const st of found) {
    // The same declaration reported again later, without a date of its own.
    const undated = dates.hitsOf(st.sentence).every((h) => h.date === null);
    if (st.quote === null && undated && out.some((o) => o.quote === null && o.kind === st.kind && o.actor === st.actor && o.target === st.target && compatible(o.date, st.date))) continue;
    // A quotation restating what its attribution sentence reported for the same actor (or, for a
    // quotation that only continues the sentence before, what that sentence reported).
    const q = st.quote !== null ? doc.quotes[st.quote] : undefined;
    if (q) {
      const qs = q.cue ? sentenceAt(doc, q.cue.start) : q.sentence;
      const from = q.provenance.rule === 'rule:continues-previous' ? qs - 1 : qs;
      if (found.some((o) => o.quote === null && o.actor === st.actor && o.sentence >= from && o.sentence <= qs && o.kind === st.kind)) continue;
    }
    out.push(st);
  }
  return out;
}
