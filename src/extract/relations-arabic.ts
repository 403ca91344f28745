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
  // "المتحدث العسكري الرسمي باسم": two qualifiers may stand between the title and "باسم".
  [/(?:المتحدث|الناطق)\s+(?:(?:الرسمي|العسكري|الإعلامي)\s+){0,2}(?:باسم|ب[اإ]سم)\s*$/u, 'spokesperson_of'],
  // A deputy or assistant of the head, and a chief of staff ("رئيس أركان حرب"), are members, not heads.
  [/(?:^|\s)[وف]?(?:نائب|معاون|مساعد)\s+(?:ال)?(?:الأمين\s+العام|أمين\s+عام|قائد|رئيس|زعيم|القائد(?:\s+العام)?)\s*$/u, 'member_of'],
  [/(?:^|\s)[وف]?رئيس\s+(?:هيئة\s+)?(?:ال)?أركان(?:\s+حرب)?\s*$/u, 'member_of'],
  // The political bureau's head leads the group (as "the head of Hamas's political bureau" does); its deputy is a member.
  [/(?:^|\s)[وف]?(?:نائب|مساعد)\s+رئيس\s+المكتب\s+السياسي\s*$/u, 'member_of'],
  [/(?:^|\s)[وف]?رئيس\s+المكتب\s+السياسي\s*$/u, 'leads'],
  // A council's secretary ("أمين سر المجلس العسكري") sits on it, as its head and members do.
  [/(?:^|\s)[وف]?(?:رئيس|عضو|نائب\s+رئيس|أمين\s+سر)\s+(?:المجلس|الهيئة|المكتب|الدائرة)\s+\S+\s*$/u, 'member_of'],
  // "للأمين العام": after the preposition "ل" the article's alef drops.
  [/(?:الأمين\s+العام|للأمين\s+العام|أمين\s+عام|زعيم|قائد|رئيس)\s*$/u, 'leads'],
  [/(?:القيادي|القيادية|قيادي|عضو|العضو|أحد\s+قادة|المسؤول)\s+(?:البارز\s+|الكبير\s+)?(?:في\s+)?$/u, 'member_of'],
  // "X من أبرز قادة Y": one of Y's leaders.
  [/(?:^|\s)(?:من|أحد)\s+(?:أبرز\s+|كبار\s+)?(?:قادة|قياديي|أعضاء)\s*$/u, 'member_of'],
];
// After a group: the body it belongs to, or its backer.
const TIES: Array<[RegExp, RelationPredicate]> = [
  [/^\s+(?:التابعة|التابع|المنضوية|المنضوي)\s+(?:تحت\s+(?:لواء|مظلة)\s+|إلى\s+|في\s+)?$/u, 'part_of'],
  [/^\s+(?:المدعومة|المدعوم|المدعومين)\s+من\s+(?:قبل\s+)?$/u, 'backed_by'],
  [/^\s+(?:الموالية|الموالي|الموالين)\s+$/u, 'backed_by'],
];
// After a group, "affiliated with it": "X التابعة له", "X التابع لها".
const OWN_TIE = /^\s+(?:التابعة|التابع)\s+(?:له|لها|لهم)(?=[\s،,.»"]|$)/u;
// Between the organisation and the holder's name: space, a comma, or an honorific.
// A rank may carry a staff qualifier ("العقيد أركان حرب", "العميد الركن") and follow another honorific.
// A quotation mark may close the group's name or open the holder's ("باسم سرايا القدس \"أبو حمزة\"").
const HOLDER_GAP = /^[»"”]?\s*[،,]?\s*[«"“]?\s*(?:(?:الشيخ|السيد|الحاج|اللواء|العميد|الدكتور|سماحة|الجنرال|الفريق|العقيد|المقدم|الأستاذ|أركان\s+حرب|الركن|الأول)\s+){0,3}$/u;
// A title with an attached pronoun, then the holder: "رئيستها X" (its head), "المتحدث باسمها X" (its spokesman).
const OWN_TITLES: Array<[RegExp, RelationPredicate]> = [
  [/(?:المتحدثة?|الناطقة?)\s+(?:الرسمي\s+|العسكري\s+)?باسم(?:ها|ه)\s*[،,]?\s*(?:(?:الشيخ|السيد|الحاج|اللواء|العميد|الدكتور|الجنرال|الفريق|العقيد)\s+)?$/u, 'spokesperson_of'],
  // "قائدها ومؤسسها البطل X": two titles joined by "و" (each is read below); a hero's or martyr's epithet before the name.
  [/(?:^|\s)(?:و|ف)?(?:رئيست?|قائد|زعيم|مديرة?|مؤسس)(?:ها|ه)(?:\s+و(?:رئيس|قائد|زعيم|مؤسس)(?:ها|ه))?\s*[،,]?\s*(?:(?:الشيخ|السيد|الحاج|اللواء|العميد|الدكتور|الجنرال|الفريق|العقيد|البطل|الشهيد|القائد)\s+){0,2}$/u, 'leads'],
  [/(?:^|\s)(?:و|ف)?أمين(?:ها|ه)\s+العام\s*[،,]?\s*(?:(?:الشيخ|السيد|الحاج)\s+)?$/u, 'leads'],
];

// A group's generic noun after a title ("الأمين العام للحركة"، "المتحدث باسم الكتائب"): the group the text named so.
const GROUP_NOUN = '(حركة|كتائب|جماعة|تنظيم|حزب|فصيل|منظمة|ألوية|سرايا|لواء|فيلق|عصائب)';
const HONORIFICS = '\\s*[،,]?\\s*(?:(?:الشيخ|السيد|الحاج|اللواء|العميد|الدكتور|سماحة|الجنرال|الفريق|العقيد|المقدم|الأستاذ)\\s+)*$';
const GENERIC_TITLES: Array<[RegExp, RelationPredicate]> = [
  [new RegExp(`(?:المتحدث|الناطق)\\s+(?:(?:الرسمي|العسكري|الإعلامي)\\s+)?(?:باسم|ب[اإ]سم)\\s+ال${GROUP_NOUN}${HONORIFICS}`, 'u'), 'spokesperson_of'],
  [new RegExp(`(?:الأمين\\s+العام|أمين\\s+عام|القائد\\s+العام|قائد|زعيم|رئيس)\\s+لل${GROUP_NOUN}${HONORIFICS}`, 'u'), 'leads'],
];
// Between a group and the one it pledged allegiance to: "X، الذي أعلن مبايعته لـY", "X بايعت Y".
const PLEDGE_TIE = /^[»"”]?\s*[،,]?\s*(?:(?:الذي|التي)\s+)?(?:(?:[وف]?(?:أعلن|أعلنت|جدد|جددت|قدم|قدمت)\s+(?:\S+\s+){0,2}?(?:مبايعته|مبايعتها|بيعته|بيعتها)\s+)|(?:[وف]?(?:بايع|بايعت)\s+))$/u;
// After a group: "التي يتزعمها", "الذي يرأسه", "التي يقودها" (which he leads).
const LED_BY_RELATIVE = /^[»"”]?\s*[،,]?\s*(?:التي|الذي)\s+(?:يتزعمها|يتزعمه|يرأسها|يرأسه|يقودها|يقوده|تتزعمها|تتزعمه|ترأسها|ترأسه|تقودها|تقوده)\s+/u;
// Between the arm and the group it belongs to: "X، الجناح العسكري لـY".
const ARM_TIE = /^\s*[،,]\s*(?:الجناح|الذراع)\s+(?:العسكري|المسلح|السياسي|الإعلامي)\s+$/u;

// Where a group is active: "X الذي ينشط في Y" (the group first), "وينشط في Y تنظيم X" (the verb first).
const ACTIVE_AFTER = /^[»"”]?\s*[،,]?\s*(?:(?:الذي|التي)\s+)?(?:[وف]?(?:ينشط|تنشط|الناشط|الناشطة|المتمركز|المتمركزة)\s+في\s+)$/u;
const ACTIVE_BEFORE = /(?:^|\s)[وف]?(?:ينشط|تنشط|نشط|نشطت)\s+في\s+$/u;
const ACTIVE_SUBJECT = /^\s+(?:(?:تنظيم|جماعة|حركة|فصيل|ما\s+يسمى|ما\s+يعرف\s+ب)\s*)*[«"“]?$/u;

export function readArabicRelations(doc: Doc, d: Discourse, s: Sentence, add: AddRelation): void {
  const text = doc.text;
  const refs = d.refsFrom(s.start, s.end).filter((r) => r.end <= s.end && r.via === 'name');
  if (refs.length >= 2) { readDesignations(text, s, refs, add); readSanctions(text, s, refs, add); readFounding(text, s, refs, add); readOneOfFactions(text, s, refs, add); }
  for (let i = 0; i + 1 < refs.length; i++) {
    const a = refs[i]!;
    const b = refs[i + 1]!;
    if (GROUPS.has(a.type) && b.type === 'location' && ACTIVE_AFTER.test(text.slice(a.end, b.start))) add(a.entityId, 'located_in', b.entityId, 'arabic-active');
    if (a.type === 'location' && GROUPS.has(b.type) && ACTIVE_BEFORE.test(text.slice(Math.max(s.start, a.start - 20), a.start)) && ACTIVE_SUBJECT.test(text.slice(a.end, b.start))) add(b.entityId, 'located_in', a.entityId, 'arabic-active');
  }
  for (let i = 0; i < refs.length; i++) {
    const org = refs[i]!;
    if (org.type === 'person') { readOwnTitle(text, s, refs, i, add); readGenericTitle(doc, d, s, org, add); readMinister(doc, d, s, org, add); readBareTitle(doc, d, s, refs, i, add); }
    if (!GROUPS.has(org.type)) continue;
    // The clitic "ل" may sit inside or before the mention: read the title up to the mention's start.
    // "للأمين العام لـ\"حزب الله\"": the clitic may take a tatweel and the name a quotation mark.
    const before = text.slice(Math.max(s.start, org.start - 40), org.start).replace(/(?:لـ?[«"“]?|[«"“])$/u, '');
    for (const [title, predicate] of TITLES) {
      const m = title.exec(before);
      if (!m) continue;
      const next = refs[i + 1];
      const holder: Referent | undefined = next && next.type === 'person' && HOLDER_GAP.test(text.slice(org.end, next.start)) ? next : undefined;
      // "X، المتحدث باسم Y": the holder in apposition before the title.
      const prev = refs[i - 1];
      const titleStart = org.start - (text.slice(Math.max(s.start, org.start - 40), org.start).length - m.index);
      // "X من قادة Y" sets the holder before the title without a comma.
      const apposed = prev && prev.type === 'person' && (predicate === 'member_of' ? /^\s*[،,]?\s*$/ : /^\s*[،,]\s*$/).test(text.slice(prev.end, titleStart)) ? prev : undefined;
      const person = holder ?? apposed;
      if (person) add(person.entityId, predicate, org.entityId, 'arabic-title');
      break;
    }
    // "وكالة أعماق التابعة له": the pronoun stands for the group named before in the sentence (places and people aside).
    if (OWN_TIE.test(text.slice(org.end, org.end + 16))) {
      let owner: Referent | undefined;
      for (let j = i - 1; j >= 0; j--) if (refs[j]!.type !== 'location' && refs[j]!.type !== 'facility' && refs[j]!.type !== 'person') { owner = refs[j]; break; }
      if (owner && GROUPS.has(owner.type)) add(org.entityId, 'part_of', owner.entityId, 'arabic-tie');
    }
    // "X، التي يتزعمها Y", "X الذي يرأسه رئيس المجلس Y": a relative clause names the group's head.
    const led = LED_BY_RELATIVE.exec(text.slice(org.end, Math.min(s.end, org.end + 30)));
    if (led) {
      const from = org.end + led[0].length;
      const head = refs.find((r) => r.start >= from && r.start - from <= 40 && r.type === 'person' && !/[،,.؛]/u.test(text.slice(from, r.start)));
      if (head && refs.slice(i + 1).every((r) => r.start >= head.start || r.type === 'location')) add(head.entityId, 'leads', org.entityId, 'arabic-led-by');
    }
    const next = refs[i + 1];
    if (!next || !(GROUPS.has(next.type) || next.type === 'state')) continue;
    const gap = text.slice(org.end, next.start).replace(/ل$/u, '');
    if (ARM_TIE.test(gap) && GROUPS.has(next.type)) { add(org.entityId, 'part_of', next.entityId, 'arabic-arm'); continue; }
    if (PLEDGE_TIE.test(gap) && GROUPS.has(next.type)) { add(org.entityId, 'part_of', next.entityId, 'arabic-pledge'); continue; }
    for (const [tie, predicate] of TIES) {
      if (!tie.test(gap)) continue;
      if (predicate === 'part_of' && !GROUPS.has(next.type)) break;
      add(org.entityId, predicate, next.entityId, 'arabic-tie');
      break;
    }
  }
}

/** "ودانت البعثة ... وقالت رئيستها X": the holder of a title whose pronoun points to the last group named before it in the sentence. */
function readOwnTitle(text: string, s: Sentence, refs: readonly Referent[], i: number, add: AddRelation): void {
  const person = refs[i]!;
  const before = text.slice(Math.max(s.start, person.start - 50), person.start);
  for (const [title, predicate] of OWN_TITLES) {
    const m = title.exec(before);
    if (!m) continue;
    const titleStart = person.start - before.length + m.index;
    // The nearest actor before the title (places aside) must be the group: a person there may own the pronoun instead.
    let owner: Referent | undefined;
    for (let j = i - 1; j >= 0; j--) if (refs[j]!.end <= titleStart && refs[j]!.type !== 'location' && refs[j]!.type !== 'facility') { owner = refs[j]; break; }
    if (owner && GROUPS.has(owner.type)) {
      const titles = m[0];
      // The founder ("مؤسسها") founded the group; he leads it only where a leading title is joined to it.
      const founder = /مؤسس(?:ها|ه)/u.test(titles);
      if (!founder || /(?:رئيس|قائد|زعيم|مدير|أمين)(?:ت)?(?:ها|ه)/u.test(titles)) add(person.entityId, predicate, owner.entityId, 'arabic-own-title');
      if (founder) add(person.entityId, 'founded', owner.entityId, 'arabic-own-title');
    }
    return;
  }
}

// "صنّفت الولايات المتحدة X على لائحة الإرهاب", "أدرجت الخزانة الأمريكية X على قائمة العقوبات".
const DESIGNATE = /(?:^|[\s،,])[وف]?(?:صن\u0651?فت?|أدرجت?|ادرجت?)(?=\s)/gu;
// Where the listing ends: the list named, or "as a terrorist organisation".
const LISTED = /^[^.؛]{0,160}?(?:على\s+(?:لائحة|قائمة|قوائم|لوائح)\s+(?:\S+\s+){0,2}?(الإرهاب|العقوبات|المنظمات\s+الإرهابية)|ك?(?:منظمة|منظمات|جماعة)\s+(إرهابية))/u;
const AGENTS: ReadonlySet<string> = new Set(['state', 'organization']);

/**
 * Who does what a verb-first clause says: the agent right after the verb ("فرضت واشنطن ..."), else the one right
 * before it ("واشنطن قد فرضت ..."); `first` is the first name after the verb.
 */
function verbAgent(text: string, refs: readonly Referent[], verbStart: number, verbEnd: number, first: Referent | undefined): Referent | undefined {
  if (first && AGENTS.has(first.type) && /^\s*$/.test(text.slice(verbEnd, first.start))) return first;
  const before = refs.filter((r) => r.end <= verbStart).pop();
  return before && AGENTS.has(before.type) && /^\s*(?:قد\s+)?$/.test(text.slice(before.end, verbStart)) ? before : undefined;
}

/** The agent right after the verb (or right before it) designates the groups and persons that follow, up to the list. */
function readDesignations(text: string, s: Sentence, refs: readonly Referent[], add: AddRelation): void {
  const slice = text.slice(s.start, s.end);
  if (!slice.includes('رج') && !slice.includes('صن')) return;
  DESIGNATE.lastIndex = 0;
  for (let m = DESIGNATE.exec(slice); m; m = DESIGNATE.exec(slice)) {
    const verbEnd = s.start + m.index + m[0].length;
    const verbStart = verbEnd - m[0].trimStart().length;
    const listed = LISTED.exec(text.slice(verbEnd, s.end));
    if (!listed) continue;
    // The designated stand between the verb (and its agent) and the list.
    const listAt = verbEnd + listed[0].search(/على\s|ك?(?:منظمة|منظمات|جماعة)\s/u);
    const predicate: RelationPredicate = listed[1] === 'العقوبات' ? 'sanctioned_by' : 'designated_by';
    const after = refs.filter((r) => r.start >= verbEnd && r.end <= listAt);
    const agent = verbAgent(text, refs, verbStart, verbEnd, after[0]);
    if (!agent) continue;
    const objects = agent === after[0] ? after.slice(1) : after;
    for (const o of objects) if (GROUPS.has(o.type) || o.type === 'person') add(o.entityId, predicate, agent.entityId, 'arabic-designation');
  }
}

// "وزير الداخلية اللواء X": the portfolio, then honorifics and ranks, then the holder.
const MINISTER = /(?:^|\s)[وف]?وزير\s+(الداخلية|الخارجية|الدفاع|المالية|العدل|الصحة|النفط)\s*[،,]?\s*(?:(?:الشيخ|السيد|الحاج|اللواء|العميد|الدكتور|الفريق(?:\s+أول)?|العقيد|المهندس|الأستاذ)\s+)*$/u;

/**
 * "وزير الداخلية X" heads the ministry of that portfolio the document names
 * ("وزارة الداخلية"), when it names exactly one; "نائب وزير" heads nothing.
 */
function readMinister(doc: Doc, d: Discourse, s: Sentence, person: Referent, add: AddRelation): void {
  const before = doc.text.slice(Math.max(s.start, person.start - 50), person.start);
  const m = MINISTER.exec(before);
  if (!m || /(?:نائب|مساعد|معاون)\s+$/u.test(before.slice(0, m.index + (m[0].length - m[0].trimStart().length)))) return;
  const ministry = new RegExp(`وزارة\\s+(?:ال)?${m[1]!.replace(/^ال/u, '')}`, 'u');
  const found = new Set<string>();
  for (const x of doc.mentions) if (d.typeOf(x.entityId) === 'organization' && ministry.test(doc.text.slice(x.start, x.end))) found.add(x.entityId);
  if (found.size === 1) add(person.entityId, 'leads', [...found][0]!, 'arabic-minister');
}

// A title that names no body, right before the name: "نائب القائد العام X"، "وقائد لواء الشمال X"، "وقائد ركن القوى البشرية X".
const BARE_TITLE = /(?:^|[\s،,])[وف]?(?:(نائب|معاون|مساعد)\s+)?(?:ال)?(قائد|آمر|مسؤول)((?:\s+[^\s،,.؛:«»"()]+){0,4}?)\s+(?:(?:الشيخ|الحاج|اللواء|العميد|الشهيد|القائد|البطل)\s+)*$/u;
// The sentence opens on its subject: a verb, then the group ("وتعلن الكتائب", "نعت حركة الجهاد ...").
const SUBJECT_OPENING = /^\s*[«"“]?\s*(?:\S+\s+){0,2}$/u;

/**
 * A group that announces the death or appointment of its own commanders names
 * them by title alone: "وتعلن الكتائب استشهاد نائب القائد العام X، وقائد لواء
 * الشمال Y". Each is a member of the group the sentence opens on (its head,
 * when the title is the general command itself). The group's generic noun
 * ("الكتائب") stands for the group the text names with it.
 */
function readBareTitle(doc: Doc, d: Discourse, s: Sentence, refs: readonly Referent[], i: number, add: AddRelation): void {
  const text = doc.text;
  const person = refs[i]!;
  const before = text.slice(Math.max(s.start, person.start - 70), person.start);
  const m = BARE_TITLE.exec(before);
  if (!m) return;
  const titleStart = person.start - before.length + m.index;
  // "القائد أبو تقوى": a title with nothing after it is an epithet, not an office.
  // A name read without its kunya ("القائد أبو [تقوى]") leaves "أبو" where the title's qualifier would stand.
  if ((!m[1] && !(m[3] ?? '').trim()) || /(?:^|\s)(?:أبو|ابو|أبي|أم|ابن|بن|آل)$/u.test(m[3] ?? '')) return;
  // A body named inside the title ("قائد فيلق القدس X") is read by the titles above; places may name a unit ("لواء خانيونس").
  // "معاون قائد عمليات بغداد في الحشد X": a body after "في" is the one the holder serves in.
  const inside = refs.filter((r) => r.start >= titleStart && r.end <= person.start && r.type !== 'location');
  if (inside.length === 1 && GROUPS.has(inside[0]!.type) && /(?:^|\s)في\s+$/u.test(text.slice(titleStart, inside[0]!.start))
    && HOLDER_GAP.test(text.slice(inside[0]!.end, person.start))) {
    add(person.entityId, 'member_of', inside[0]!.entityId, 'arabic-bare-title');
    return;
  }
  if (inside.length > 0) return;
  // "القائد العام للكتائب X": a body joined by "لـ" is the generic title's to read.
  if (/(?:^|\s)لل/u.test(m[3] ?? '') || new RegExp(`(?:^|\\s)ل${GROUP_NOUN}`, 'u').test(m[3] ?? '')) return;
  const opening = d.refsFrom(s.start, titleStart).find((r) => r.end <= titleStart && r.type !== 'location' && r.type !== 'facility');
  if (!opening || !GROUPS.has(opening.type) || !SUBJECT_OPENING.test(text.slice(s.start, opening.start))) return;
  const group = opening.via === 'name' ? opening.entityId : namedWithNoun(doc, d, text.slice(opening.start, opening.end), opening.start);
  if (!group) return;
  const head = !m[1] && m[2] === 'قائد' && /^\s+العام$/u.test(m[3] ?? '');
  add(person.entityId, head ? 'leads' : 'member_of', group, 'arabic-bare-title');
}

/** The group the text names with the generic noun `word` ("الكتائب" for "كتائب القسام"), last before `at`. */
function namedWithNoun(doc: Doc, d: Discourse, word: string, at: number): string | null {
  const noun = new RegExp(`^[وفبل]{0,2}(?:ال)?${GROUP_NOUN}$`, 'u').exec(word.trim())?.[1];
  if (!noun) return null;
  const named = new RegExp(`(?:^|\\s)[وفبل]{0,2}(?:ال)?${noun}(?:\\s|$)`, 'u');
  let owner: string | null = null;
  let ownerAt = -1;
  for (const x of doc.mentions) {
    const type = d.typeOf(x.entityId);
    if (x.end <= at && x.start > ownerAt && type && GROUPS.has(type) && named.test(doc.text.slice(x.start, x.end))) { owner = x.entityId; ownerAt = x.start; }
  }
  return owner;
}

// "فرضت الخزانة الأمريكية عقوبات على X", "وكانت واشنطن قد فرضت عقوبات جديدة على X".
const SANCTION = /(?:^|[\s،,])[وف]?(?:فرضت?|تفرض|يفرض)(?=\s)/gu;
const SANCTION_ON = /^[^.؛]{0,60}?عقوبات\s+(?:\S+\s+){0,2}?على\s+/u;
// A title before a group whose holder follows: "على زعيم عصائب أهل الحق قيس الخزعلي" sanctions the holder.
const TITLE_BEFORE = /(?:زعيم|قائد|رئيس|الأمين\s+العام\s+ل|أمين\s+عام|المتحدث\s+باسم|القيادي\s+في|مسؤول\s+في)\s*$/u;

/** The agent right after the verb (or right before it) sanctions the groups and persons named after "عقوبات على". */
function readSanctions(text: string, s: Sentence, refs: readonly Referent[], add: AddRelation): void {
  const slice = text.slice(s.start, s.end);
  if (!slice.includes('عقوبات')) return;
  SANCTION.lastIndex = 0;
  for (let m = SANCTION.exec(slice); m; m = SANCTION.exec(slice)) {
    const verbEnd = s.start + m.index + m[0].length;
    const verbStart = verbEnd - m[0].trimStart().length;
    const on = SANCTION_ON.exec(text.slice(verbEnd, s.end));
    if (!on) continue;
    const onEnd = verbEnd + on[0].length;
    const agent = verbAgent(text, refs, verbStart, verbEnd, refs.find((r) => r.start >= verbEnd && r.end <= onEnd));
    if (!agent) continue;
    // The sanctioned: names joined by "و" or a comma after "على", up to the clause's end.
    const targets = refs.filter((r) => r.start >= onEnd);
    let at = onEnd;
    for (let k = 0; k < targets.length; k++) {
      const t = targets[k]!;
      const gap = text.slice(at, t.start);
      if (k > 0 && !/^\s*(?:[،,]\s*)?(?:و\s*)?(?:(?:زعيم|قائد|رئيس|الأمين\s+العام\s+ل|أمين\s+عام|القيادي\s+في|مسؤول\s+في)\s*)?$/u.test(gap.replace(/^و/u, ''))) break;
      if (k === 0 && !/^\s*(?:\S+\s+){0,3}$/u.test(gap)) break;
      at = t.end;
      if (!GROUPS.has(t.type) && t.type !== 'person') continue;
      const next = targets[k + 1];
      // "زعيم عصائب أهل الحق قيس الخزعلي": the title's group only says whose leader is sanctioned.
      if (GROUPS.has(t.type) && next && next.type === 'person' && HOLDER_GAP.test(text.slice(t.end, next.start)) && TITLE_BEFORE.test(text.slice(Math.max(s.start, t.start - 25), t.start).replace(/ل$/u, ''))) continue;
      add(t.entityId, 'sanctioned_by', agent.entityId, 'arabic-sanction');
    }
  }
}

// "أسس X Y" (X founded Y), "تأسست Y ... على يد X" (Y was founded by X).
const FOUNDED_ACTIVE = /(?:^|\s)[وف]?(?:أسس|أسّس|اسس)\s+$/u;
const FOUNDED_BY = /(?:^|\s)[وف]?(?:تأسست|تأسس|أسست|أُسست|أنشئت)\s/u;

/** A founder and the group founded, in the verb-first order of Arabic news. */
function readFounding(text: string, s: Sentence, refs: readonly Referent[], add: AddRelation): void {
  for (let i = 0; i + 1 < refs.length; i++) {
    const a = refs[i]!;
    const b = refs[i + 1]!;
    if (a.type === 'person' && GROUPS.has(b.type) && FOUNDED_ACTIVE.test(text.slice(Math.max(s.start, a.start - 10), a.start)) && /^\s*$/.test(text.slice(a.end, b.start))) add(a.entityId, 'founded', b.entityId, 'arabic-founding');
    if (GROUPS.has(a.type) && b.type === 'person' && FOUNDED_BY.test(text.slice(Math.max(s.start, a.start - 12), a.start))
      && /^[^.؛،,]{0,40}?على\s+يد\s+(?:(?:الشيخ|السيد|الحاج|القائد|الشهيد)\s+)?$/u.test(text.slice(a.end, b.start))) add(b.entityId, 'founded', a.entityId, 'arabic-founding');
  }
}

/**
 * "الأمين العام للحركة، الشيخ X", "الناطق باسم الكتائب X": a title over the group's
 * generic noun names the holder of the group the text names with that noun
 * ("حركة النجباء", "كتائب القسام"); with none, the title is left unread.
 */
function readGenericTitle(doc: Doc, d: Discourse, s: Sentence, person: Referent, add: AddRelation): void {
  const before = doc.text.slice(Math.max(s.start, person.start - 80), person.start);
  for (const [title, predicate] of GENERIC_TITLES) {
    const m = title.exec(before);
    if (!m) continue;
    const noun = m[1]!;
    const titleStart = person.start - before.length + m.index;
    // The group named with that noun: the last before the title, else the first after it (a statement may
    // name its author only at its foot). The discourse's own resolution of the bare noun is not trusted:
    // it leans to the document's focal group, whose name may not carry the noun.
    const named = new RegExp(`(?:^|\\s)[وفبل]{0,2}(?:ال)?${noun}(?:\\s|$)`, 'u');
    let owner: string | null = null;
    let ownerAt = -1;
    let afterAt = Number.MAX_SAFE_INTEGER;
    let after: string | null = null;
    for (const x of doc.mentions) {
      const type = d.typeOf(x.entityId);
      if (!type || !GROUPS.has(type) || !named.test(doc.text.slice(x.start, x.end))) continue;
      if (x.end <= titleStart && x.start > ownerAt) { owner = x.entityId; ownerAt = x.start; }
      if (x.start >= person.end && x.start < afterAt) { after = x.entityId; afterAt = x.start; }
    }
    owner ??= after;
    if (owner) add(person.entityId, predicate, owner, 'arabic-generic-title');
    return;
  }
}

// "من أبرز الفصائل المنضوية في Y", "إحدى الجماعات التابعة لـY": one of the groups that make up Y.
const ONE_OF_FACTIONS = /(?:^|[\s،,])(?:من|أحد|إحدى)\s+(?:(?:أبرز|أكبر|أهم|أقوى)\s+)?(?:الفصائل|الجماعات|الحركات|الألوية|الكتائب|المجموعات)\s+(?:(?:المسلحة|العراقية|الشيعية)\s+)?(?:المنضوية|المنضوي|التابعة|المنتمية|المنخرطة)\s+(?:(?:في|تحت|إلى|ضمن)\s+(?:(?:لواء|مظلة|صفوف)\s+)?|ل)(?:ما\s+(?:يعرف|يسمى|يُعرف|يُسمى)\s+بـ?)?\s*[«"“]?$/u;
// Opening the clause, the verb that sets the subject first: "وتعد X ... من أبرز الفصائل".
const COUNTS_AS = /(?:^|[\s،,])[وف]?(?:تعد|يعد|تُعد|يُعد|تعتبر|يعتبر|تُعتبر|يُعتبر)\s+$/u;

/**
 * "وتعد X، التي ...، من أبرز الفصائل المنضوية في Y": X (the subject "تعد" sets first, or the group right
 * before the phrase) is part of Y, the body named right after it.
 */
function readOneOfFactions(text: string, s: Sentence, refs: readonly Referent[], add: AddRelation): void {
  for (let i = 1; i < refs.length; i++) {
    const whole = refs[i]!;
    if (!GROUPS.has(whole.type)) continue;
    const m = ONE_OF_FACTIONS.exec(text.slice(Math.max(s.start, whole.start - 90), whole.start));
    if (!m) continue;
    const phrase = whole.start - (text.slice(Math.max(s.start, whole.start - 90), whole.start).length - m.index);
    const before = refs.slice(0, i).filter((r) => r.end <= phrase);
    const opened = before.find((r) => GROUPS.has(r.type) && COUNTS_AS.test(text.slice(Math.max(s.start, r.start - 12), r.start)));
    const last = before[before.length - 1];
    const part = opened ?? (last && GROUPS.has(last.type) && /^[»"”]?\s*[،,]?\s*$/u.test(text.slice(last.end, phrase)) ? last : undefined);
    if (part && part.entityId !== whole.entityId) add(part.entityId, 'part_of', whole.entityId, 'arabic-one-of');
  }
}
