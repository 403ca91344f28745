/**
 * Readings of one folded Arabic word as clitics around a stem, for
 * dictionary look-up: و "and", ف "so", ب "by", ل "for", ك "like" and the
 * article ال in front; possessive pronouns behind; regular plural and
 * feminine endings. A dictionary has "مقاومة", the text has "وبمقاومتهم".
 */

export interface Reading {
  stem: string;
  /** English for the proclitics, in order ("and", "the"). */
  before: string[];
  /** English for a possessive suffix ("their"), which replaces the article. */
  possessive: string | null;
  /** Letters removed; fewer is a likelier reading. */
  cost: number;
}

// Folded forms (fold.ts turns ة into ه and drops hamza marks).
const CONJUNCTIONS: Array<[string, string]> = [['و', 'and'], ['ف', 'so']];
const PREPOSITIONS: Array<[string, string]> = [['ب', 'by'], ['ل', 'for'], ['ك', 'like']];
const POSSESSIVES: Array<[string, string]> = [
  ['هما', 'their'], ['هم', 'their'], ['هن', 'their'], ['كم', 'your'], ['ها', 'its'], ['نا', 'our'], ['ه', 'its'], ['ي', 'my'],
];
/** Regular endings and what the dictionary form ends in instead. */
const ENDINGS: Array<[string, string]> = [
  ['ات', 'ه'], ['ات', ''], ['ون', ''], ['ين', ''], ['ان', ''],
  ['يه', 'ي'], // feminine nisba: "الأمريكية" is found as "أمريكي"
  ['ه', ''], // feminine ending
  ['ا', ''], // accusative tanween, "يوماً" written "يوما"
  ['ت', ''], // feminine past tense, "حذرت" is found as "حذر"
];

const MIN_STEM = 2;

function prefixes(word: string): Array<{ rest: string; before: string[]; article: boolean; cost: number }> {
  const out = [{ rest: word, before: [] as string[], article: false, cost: 0 }];
  for (const [c, cEn] of [['', ''] as [string, string], ...CONJUNCTIONS]) {
    if (!word.startsWith(c)) continue;
    const afterC = word.slice(c.length);
    for (const [p, pEn] of [['', ''] as [string, string], ...PREPOSITIONS]) {
      if (!afterC.startsWith(p)) continue;
      const afterP = afterC.slice(p.length);
      const before = [cEn, pEn].filter(Boolean);
      // ل + ال is written لل: "للقوات" is "for the forces".
      if (p === 'ل' && afterP.startsWith('ل') && afterP.length > MIN_STEM + 1) {
        out.push({ rest: afterP.slice(1), before: [...before, 'the'], article: true, cost: c.length + 2 });
      }
      if (afterP.startsWith('ال') && afterP.length > MIN_STEM + 2) {
        out.push({ rest: afterP.slice(2), before: [...before, 'the'], article: true, cost: c.length + p.length + 2 });
      }
      if ((c || p) && afterP.length >= MIN_STEM) out.push({ rest: afterP, before, article: false, cost: c.length + p.length });
    }
  }
  return out;
}

/**
 * Every reading of a folded word, likeliest (least stripped) first; the word
 * itself comes first. Folding writes ة as ه, so `endsInTaMarbuta` says which
 * it was: a final ة is never the pronoun ه.
 */
export function readings(word: string, endsInTaMarbuta = false): Reading[] {
  const out: Reading[] = [];
  const seen = new Set<string>();
  const add = (r: Reading) => {
    const key = `${r.stem}|${r.before.join(' ')}|${r.possessive ?? ''}`;
    if (r.stem.length >= MIN_STEM && !seen.has(key)) {
      seen.add(key);
      out.push(r);
    }
  };
  for (const pre of prefixes(word)) {
    add({ stem: pre.rest, before: pre.before, possessive: null, cost: pre.cost });
    // The article stays on the stem too: dictionaries list "العراق" with it.
    if (pre.article) add({ stem: 'ال' + pre.rest, before: pre.before.slice(0, -1), possessive: null, cost: pre.cost - 1 });
    for (const [end, base] of ENDINGS) {
      if (pre.rest.endsWith(end)) add({ stem: pre.rest.slice(0, -end.length) + base, before: pre.before, possessive: null, cost: pre.cost + end.length });
    }
    if (pre.article) continue; // a word does not take both the article and a possessive
    for (const [suffix, en] of POSSESSIVES) {
      if (!pre.rest.endsWith(suffix) || (suffix === 'ه' && endsInTaMarbuta)) continue;
      let stem = pre.rest.slice(0, -suffix.length);
      add({ stem, before: pre.before, possessive: en, cost: pre.cost + suffix.length });
      // ة is written ت before a suffix: "قيادتها" is "قيادة" + "ها".
      if (stem.endsWith('ت')) {
        stem = stem.slice(0, -1) + 'ه';
        add({ stem, before: pre.before, possessive: en, cost: pre.cost + suffix.length });
      }
    }
  }
  return out.sort((a, b) => a.cost - b.cost);
}

/** The English for a reading with its stem glossed. */
export function renderReading(reading: Reading, gloss: string): string {
  const before = reading.possessive ? reading.before.filter((w) => w !== 'the') : reading.before;
  // "the the government": the gloss may already carry its article.
  const words = [...before, ...(reading.possessive ? [reading.possessive] : [])];
  if (words[words.length - 1] === 'the' && /^the\s/i.test(gloss)) words.pop();
  return [...words, gloss].join(' ');
}
