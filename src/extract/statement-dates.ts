/**
 * Dates that a statement's own sentence does not give but its speaker's
 * other statements, or the document's being the speaker's own release, do.
 */
import type { Doc, Statement } from '../core/types.js';
import type { DocDates } from './dating.js';
import { sentenceAt } from './discourse.js';
import { addDays } from './threat-details.js';
import { ownSide, type RoleFacts } from './statements-claims.js';

/**
 * A speech reported over several sentences ("Qassem said on Wednesday ...
 * He also thanked ...") was made on one day: a statement whose sentence gives
 * no date of its own takes the day of the same speaker's last dated statement
 * when that day falls within the date it would otherwise get (the paragraph's
 * date), or, for a statement dated only by the month of publication, when
 * that day is in the month before publication.
 */
export function dateBySpeaker(doc: Doc, found: Statement[], dates: DocDates): void {
  const published = publicationDay(doc);
  const month = published?.slice(0, 7) ?? null;
  const recent = published ? addDays(published, -31) : null;
  const last = new Map<string, string>();
  for (const st of found) {
    if (!st.actor) continue;
    const own = datedWhereSaid(doc, st, dates);
    const prev = last.get(st.actor);
    const within = prev && st.date && prev.length > st.date.length && prev.startsWith(st.date + '-');
    const lately = prev && st.date === month && recent && published && prev.length === 10 && prev >= recent && prev <= published;
    if (!own && prev && (within || lately)) st.date = prev;
    if (st.date) last.set(st.actor, st.date);
  }
}

/**
 * A document that is its issuer's own release (a communiqué on the group's
 * site, a ministry's press statement) declares what it says on the day it is
 * published: the statements of the issuer and of its own people (the
 * official a press release quotes) whose sentences give no date of their own
 * take the publication day, not only its month.
 */
export function dateByRelease(doc: Doc, found: Statement[], dates: DocDates, issuer: string | null, facts: RoleFacts | null): void {
  const published = publicationDay(doc);
  if (!issuer || !published) return;
  const ours = new Map<string, boolean>();
  for (const st of found) {
    if (!st.actor) continue;
    let own = ours.get(st.actor);
    if (own === undefined) ours.set(st.actor, own = ownSide(doc, st.actor, facts).has(issuer));
    if (own && !datedWhereSaid(doc, st, dates)) st.date = published;
  }
}

// A perfect ("has vowed", "had warned", "قد توعد", "سبق أن") tells of a stand taken before, not of the news.
const PERFECT = /\b(?:has|have|had)\s+(?:\p{L}+ly\s+)?\p{L}+(?:ed|en|wn|id|ld|ht)\b|(?:^|\s)(?:[وف]?قد|لقد|سبق\s+(?:أن|و))\s/u;

/**
 * A report's undated past-tense statements were made on its news day: the
 * reactions a report gathers to what its lead dates to the day of publication
 * or the day or two before (an Iranian statement blaming Israel for a killing
 * "early on Wednesday", in Wednesday's report) were made on that day, not just
 * some time in the month. Only statements that nothing else dated (neither
 * their sentence, nor their paragraph, nor their speaker) and whose sentence
 * does not tell of an earlier stand ("has vowed") take it.
 */
export function dateByNewsDay(doc: Doc, found: Statement[], dates: DocDates): void {
  const peg = dates.newsDay();
  const month = publicationDay(doc)?.slice(0, 7);
  if (!peg || !month || !peg.startsWith(month + '-')) return;
  for (const st of found) {
    if (st.date !== month || !dates.undated(saidIn(doc, st)) || datedWhereSaid(doc, st, dates)) continue;
    if (PERFECT.test(doc.text.slice(st.start, st.end))) continue;
    st.date = peg;
  }
}

/** The publication date when it is a whole day, else null. */
function publicationDay(doc: Doc): string | null {
  const p = doc.meta.published;
  return p && /^\d{4}-\d{2}-\d{2}$/.test(p) ? p : null;
}

/** Whether the sentence a statement was said in gives a date: its quotation's attribution, else its own. */
function datedWhereSaid(doc: Doc, st: Statement, dates: DocDates): boolean {
  return dates.hitsOf(saidIn(doc, st)).some((h) => h.date !== null);
}

/** The sentence a statement was said in: its quotation's attribution, else its own. */
function saidIn(doc: Doc, st: Statement): number {
  const q = st.quote !== null ? doc.quotes[st.quote] : undefined;
  return q?.cue ? sentenceAt(doc, q.cue.start) : q ? q.sentence : st.sentence;
}
