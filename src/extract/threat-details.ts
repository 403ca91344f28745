/**
 * The details a threat record carries beyond who and whom: the means named
 * (drones, ballistic missiles, "military operations") and the deadline set
 * ("within 48 hours", "by March 1"). Both are read from the sentence that
 * carries the statement; neither is guessed when the text gives none.
 */
import type { Doc, PartialDate } from '../core/types.js';
import type { DateHit } from './dates.js';
import type { PhraseMatcher } from './phrase-matcher.js';
import { hitsIn } from './range-cues.js';
import { countValue } from '../text/numbers.js';

/**
 * The means named nearest the cue at `cueAt` in the sentence [from, to) of
 * the document, preferring those after it. The sentence's means are read
 * once, however many statements it carries.
 */
export function meansIn(doc: Doc, from: number, to: number, cueAt: number, means: PhraseMatcher<true>): string | null {
  const hits = hitsIn(doc, means, from, to);
  if (hits.length === 0) return null;
  const after = hits.find((h) => h.start >= cueAt);
  const h = after ?? hits[hits.length - 1]!;
  return doc.text.slice(h.start, h.end).toLowerCase().replace(/\s+/g, ' ');
}

/** A count in a span or a lag ("three days", "48 hours"); "a week" and "an hour" are one. */
export function spanCount(word: string): number | null {
  return /^an?$/i.test(word) ? 1 : countValue(word);
}
// "within 48 hours", "a 72-hour deadline", "gave them three days to", "in the next two weeks".
const SPAN = /\b(?:(?:within|in\s+the\s+next|an?|the)\s+|(?:gave|giving)\s+(?:\S+\s+){1,4}?)?(\d{1,3}|[a-z]+(?:-[a-z]+)?)[\s-]+(hours?|days?|weeks?)\b(?:\s+(?:deadline|ultimatum|to)\b)?/gi;
// "by March 1", "before the end of May", "no later than Friday", "a deadline of June 30".
const BY_DATE = /\b(?:by|before|no\s+later\s+than|deadline\s+(?:of|on|for)|expires?\s+on|until)\s+(?:the\s+end\s+of\s+)?$/i;

/**
 * The deadline a sentence sets: a date after "by", "before", "no later than",
 * or a span ("within 48 hours") counted from the statement's own date when
 * that date is a full day. Spans need a deadline word to count: a bare
 * "three days" may be a duration of anything.
 */
export function deadlineIn(sentence: string, dateHits: readonly DateHit[], offset: number, said: PartialDate | null): PartialDate | null {
  for (const h of dateHits) {
    if (!h.date || h.kind === 'recent' || h.kind === 'anaphoric') continue;
    const before = sentence.slice(Math.max(0, h.start - offset - 40), h.start - offset);
    if (BY_DATE.test(before)) {
      // "until" a date is a deadline only when the sentence sets one (not "until the war ends").
      if (/until\s+(?:the\s+end\s+of\s+)?$/i.test(before) && !/\b(?:deadline|ultimatum|gave|giving|or\s+else)\b/i.test(sentence)) continue;
      return h.date;
    }
  }
  SPAN.lastIndex = 0;
  for (let m = SPAN.exec(sentence); m; m = SPAN.exec(sentence)) {
    const lead = m[0].toLowerCase();
    const deadlineWord = /^(?:within|in\s+the\s+next|gave|giving)\b/.test(lead) || /\b(?:deadline|ultimatum|to)$/.test(lead);
    if (!deadlineWord) continue;
    const n = spanCount(m[1]!);
    if (!n) continue;
    const unit = m[2]!.toLowerCase();
    const days = unit.startsWith('hour') ? Math.ceil(n / 24) : unit.startsWith('week') ? n * 7 : n;
    return addDays(said, days);
  }
  return null;
}

/** A full date plus `days`; null when the start is not a full day. */
export function addDays(date: PartialDate | null, days: number): PartialDate | null {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const t = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
