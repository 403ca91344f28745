/**
 * Documents for the server's tests, written for them. The real pipeline reads
 * each input (id, text, sentences, metadata); the annotations are then laid
 * on by hand at the spans of their words, so the tests do not depend on how
 * far the extraction rules have come.
 */
import type { Doc, EntityType, Provenance, StatementKind } from '../core/types.js';
import { analyzeInput } from '../pipeline/analyze.js';
import { loadKnowledge } from '../pipeline/knowledge.js';

export const rule = (name: string, confidence = 0.9): Provenance => ({ rule: name, confidence });

export function at(doc: Doc, words: string, from = 0): { start: number; end: number } {
  const start = doc.text.indexOf(words, from);
  if (start < 0) throw new Error(`fixture: '${words}' is not in the text of ${doc.input.name}`);
  return { start, end: start + words.length };
}

export function read(name: string, text: string, hints: Doc['meta'] extends infer M ? Partial<M> : never): Doc {
  const doc = analyzeInput({ name, bytes: new TextEncoder().encode(text), contentType: 'text/plain', origin: `fixture:${name}`, hints }, loadKnowledge());
  // Only the hand-laid annotations below: the tests check the server, not the rules.
  doc.entities = []; doc.mentions = []; doc.quotes = []; doc.statements = []; doc.events = []; doc.relations = [];
  return doc;
}

export function entity(doc: Doc, id: string, type: EntityType, name: string, inRegistry: boolean, spellings: string[]): void {
  doc.entities.push({ id, type, name, inRegistry });
  for (const s of spellings) {
    let from = 0;
    for (;;) {
      const i = doc.text.indexOf(s, from);
      if (i < 0) break;
      // A shorter spelling inside a longer one already laid ("al-Kaabi" in "Akram al-Kaabi") is not a mention of its own.
      if (doc.mentions.some((m) => m.start < i + s.length && i < m.end)) { from = i + s.length; continue; }
      doc.mentions.push({ start: i, end: i + s.length, text: s, entityId: id, provenance: rule(`registry:${id}`, 0.95) });
      from = i + s.length;
    }
  }
}

export function statement(doc: Doc, kind: StatementKind, actor: string | null, target: string | null, words: string, date: string | null): void {
  const s = at(doc, words);
  doc.statements.push({ ...s, kind, actor, target, date, text: words, means: null, condition: null, deadline: null, quote: null, sentence: 0, provenance: rule(`pattern:${kind}`, 0.8) });
}

export const threatText = `Nujaba leader warns of strikes on foreign bases

Akram al-Kaabi, who heads Harakat al-Nujaba, told supporters in Baghdad on Friday that the movement would target foreign bases if the troops stay. "Our patience has limits, and the bases will not be safe," al-Kaabi said. The government in Baghdad did not comment.`;

export const quietText = `Parliament debates the budget

Members of parliament in Baghdad spent the session on the budget for schools and hospitals. No armed group was mentioned in the debate.`;

export const hostileText = `Forum post about the militia leader

A forum post about Akram al-Kaabi carried this markup: <script>window.__pwned = 1</script> then an image <img src=x onerror="window.__pwned = 2"> and a link <a href="javascript:window.__pwned=3">the report</a> and more words so that it reads as a body paragraph.

A second paragraph follows with more words.`;

export const arabicText = `النجباء تتوعد القوات الأجنبية

قال أكرم الكعبي إن الحركة سترد على أي هجوم.`;

/** Four documents: a threat with a quotation, a quiet one, one full of markup, one in Arabic. */
export function fixtureDocs(): Doc[] {
  const threat = read('threat.txt', threatText, { title: 'Nujaba leader warns of strikes on foreign bases', published: '2024-02-09', source: 'Example Wire', language: 'en' });
  entity(threat, 'akram-al-kaabi', 'person', 'Akram al-Kaabi', true, ['Akram al-Kaabi', 'al-Kaabi']);
  entity(threat, 'harakat-hezbollah-al-nujaba', 'armed_group', 'Harakat Hezbollah al-Nujaba', true, ['Harakat al-Nujaba']);
  entity(threat, 'baghdad', 'location', 'Baghdad', true, ['Baghdad']);
  const q = at(threat, '"Our patience has limits, and the bases will not be safe,"');
  threat.quotes.push({ ...q, text: threat.text.slice(q.start + 1, q.end - 2), speaker: 'akram-al-kaabi', cue: at(threat, 'al-Kaabi said'), sentence: 1, provenance: rule('quote:said-after', 0.85) });
  statement(threat, 'threat', 'akram-al-kaabi', null, 'the movement would target foreign bases if the troops stay', '2024-02-09');
  threat.relations.push({ subject: 'akram-al-kaabi', predicate: 'leads', object: 'harakat-hezbollah-al-nujaba', text: 'Akram al-Kaabi, who heads Harakat al-Nujaba', span: at(threat, 'Akram al-Kaabi, who heads Harakat al-Nujaba'), origin: 'document', provenance: rule('relation:who-heads', 0.8) });

  const quiet = read('quiet.txt', quietText, { title: 'Parliament debates the budget', published: '2024-03-01', source: 'Capital Daily', language: 'en' });
  entity(quiet, 'baghdad', 'location', 'Baghdad', true, ['Baghdad']);

  const hostile = read('hostile.txt', hostileText, { title: '<img src=x onerror="window.__pwned = 4"> hostile title', published: '2024-01-15', source: 'Unknown Board', language: 'en' });
  entity(hostile, 'akram-al-kaabi', 'person', 'Akram al-Kaabi', true, ['Akram al-Kaabi']);

  const arabic = read('arabic.txt', arabicText, { title: 'النجباء تتوعد القوات الأجنبية', published: '2024-02-10', source: 'Example Wire', language: 'ar' });
  entity(arabic, 'akram-al-kaabi', 'person', 'Akram al-Kaabi', true, ['أكرم الكعبي']);
  statement(arabic, 'threat', 'akram-al-kaabi', null, 'سترد على أي هجوم', '2024-02-10');
  return [threat, quiet, hostile, arabic];
}
