/**
 * Standing facts in Arabic news wording: a title with its organisation, then
 * the holder ("المتحدث باسم كتائب حزب الله أبو علي العسكري", "الأمين العام
 * لحركة النجباء أكرم الكعبي", "القيادي في عصائب أهل الحق ..."), or the holder
 * first and the title in apposition ("X، المتحدث باسم Y"); and a group's
 * ties after it ("X التابعة للحشد الشعبي", "X المدعومة من إيران").
 */
import type { Doc, RelationPredicate, Sentence } from '../core/types.js';
import type { Discourse, Referent } from './discourse.js';
import type { AddRelation } from './relations-organs.js';

const GROUPS: ReadonlySet<string> = new Set(['armed_group', 'organization']);

// Title, then the organisation (its "لـ" may be attached to the name).
const TITLES: Array<[RegExp, RelationPredicate]> = [
  [/(?:المتحدث|الناطق)\s+(?:الرسمي\s+|العسكري\s+)?(?:باسم|ب[اإ]سم)\s*$/u, 'spokesperson_of'],
  [/(?:الأمين\s+العام|أمين\s+عام|زعيم|قائد|رئيس)\s*$/u, 'leads'],
  [/(?:القيادي|القيادية|قيادي|عضو|العضو|أحد\s+قادة|المسؤول)\s+(?:البارز\s+|الكبير\s+)?(?:في\s+)?$/u, 'member_of'],
];
// After a group: the body it belongs to, or its backer.
const TIES: Array<[RegExp, RelationPredicate]> = [
  [/^\s+(?:التابعة|التابع|المنضوية|المنضوي)\s+(?:تحت\s+(?:لواء|مظلة)\s+|إلى\s+|في\s+)?$/u, 'part_of'],
  [/^\s+(?:المدعومة|المدعوم|المدعومين)\s+من\s+(?:قبل\s+)?$/u, 'backed_by'],
  [/^\s+(?:الموالية|الموالي|الموالين)\s+$/u, 'backed_by'],
];
// Between the organisation and the holder's name: space, a comma, or an honorific.
const HOLDER_GAP = /^\s*[،,]?\s*(?:(?:الشيخ|السيد|الحاج|اللواء|العميد|الدكتور|سماحة)\s+)?$/u;

export function readArabicRelations(doc: Doc, d: Discourse, s: Sentence, add: AddRelation): void {
  const text = doc.text;
  const refs = d.refsFrom(s.start, s.end).filter((r) => r.end <= s.end && r.via === 'name');
  for (let i = 0; i < refs.length; i++) {
    const org = refs[i]!;
    if (!GROUPS.has(org.type)) continue;
    // The clitic "ل" may sit inside or before the mention: read the title up to the mention's start.
    const before = text.slice(Math.max(s.start, org.start - 40), org.start).replace(/ل$/u, '');
    for (const [title, predicate] of TITLES) {
      const m = title.exec(before);
      if (!m) continue;
      const next = refs[i + 1];
      const holder: Referent | undefined = next && next.type === 'person' && HOLDER_GAP.test(text.slice(org.end, next.start)) ? next : undefined;
      // "X، المتحدث باسم Y": the holder in apposition before the title.
      const prev = refs[i - 1];
      const titleStart = org.start - (before.length - m.index) - (text.slice(org.start - 1, org.start) === 'ل' ? 1 : 0);
      const apposed = prev && prev.type === 'person' && /^\s*[،,]\s*$/.test(text.slice(prev.end, titleStart)) ? prev : undefined;
      const person = holder ?? apposed;
      if (person) add(person.entityId, predicate, org.entityId, 'arabic-title');
      break;
    }
    const next = refs[i + 1];
    if (!next || !(GROUPS.has(next.type) || next.type === 'state')) continue;
    const gap = text.slice(org.end, next.start).replace(/ل$/u, '');
    for (const [tie, predicate] of TIES) {
      if (!tie.test(gap)) continue;
      if (predicate === 'part_of' && !GROUPS.has(next.type)) break;
      add(org.entityId, predicate, next.entityId, 'arabic-tie');
      break;
    }
  }
}
