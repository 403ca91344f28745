/**
 * Transliteration-aware name keys. Two spellings of one Arabic or Persian
 * name written in Latin script ("Akram al-Kaabi", "AKram Al-Ka'bi") fold to
 * the same key; Arabic script folds to a stem key without clitics; a
 * consonant skeleton compares Latin with Arabic script. Different names
 * (Qais / Laith, Hassan / Hussein) keep different keys.
 *
 * Names are read with the project tokenizer (src/text/tokenize.ts) so that
 * registry aliases and document text are cut into words the same way.
 */
import { foldText, hasArabicScript } from '../text/fold.js';
import { tokenize } from '../text/tokenize.js';
import { isAbbreviation } from '../text/sentences.js';
import type { Token } from '../core/types.js';
import type { NamesLexicon } from './lexicon.js';

/** How a word is written: all capitals, capitalised, lower case, or no case (Arabic, digits). */
export type WordShape = 'upper' | 'title' | 'lower' | 'none';

/** One word of a name as matchers see it. */
export interface NameUnit {
  /** Start of the word, or of the article written before it ("al-" of "al-Kaabi"). */
  start: number;
  /** Start of the word itself. */
  coreStart: number;
  end: number;
  /** The folded key of the word. */
  key: string;
  /** Keys to try when this word opens a name: the key, then the key without Arabic clitics. */
  variants: readonly string[];
  shape: WordShape;
  /** An article ("al-", "Al ") was written before the word. */
  article: boolean;
  /** Punctuation (not a hyphen) or a possessive stands between this word and the one before. */
  breakBefore: boolean;
  arabic: boolean;
  /** A middle initial ("J." of "Lloyd J. Austin"): alias walks may step over it. */
  initial?: boolean;
  /** Only a possessive ("People's Defence", "Workers' Party") is the break before this word: names may run across it. */
  possessiveBefore?: boolean;
}

const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** HAS_LETTER_OR_DIGIT for a one-character norm, ASCII (most punctuation) without the regex. */
function isLetterOrDigit(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c >= 0x80) return HAS_LETTER_OR_DIGIT.test(ch);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
const LATIN_LETTER = /[a-z]/;

const ASCII_WORD = /^[A-Za-z0-9]+$/;

/**
 * The shape of text[start, end) without slicing it: ASCII words are read
 * char by char (the bulk of English text), others go through shapeOf.
 */
export function shapeAt(text: string, start: number, end: number): WordShape {
  let lower = false;
  let upper = false;
  let arabic = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) lower = true;
    else if (c >= 65 && c <= 90) upper = true;
    // The Arabic block has no case: a word of it (and digits) is 'none', as shapeOf finds.
    else if (c >= 0x0600 && c <= 0x06ff) arabic = true;
    else if (!(c >= 48 && c <= 57)) return shapeOf(text.slice(start, end));
  }
  if (arabic && (lower || upper)) return shapeOf(text.slice(start, end));
  if (!lower && !upper) return 'none';
  const first = text.charCodeAt(start);
  if (first >= 97 && first <= 122) return 'lower';
  if (first < 65 || first > 90) return lower ? 'lower' : 'upper';
  if (!lower) return end - start >= 2 ? 'upper' : 'title';
  return 'title';
}

export function shapeOf(surface: string): WordShape {
  // Fast path for the bulk of English text.
  if (ASCII_WORD.test(surface)) {
    const c = surface.charCodeAt(0);
    if (c >= 97 && c <= 122) return 'lower';
    if (c < 65 || c > 90) return /[A-Za-z]/.test(surface) ? (/[a-z]/.test(surface) ? 'lower' : 'upper') : 'none';
    if (surface.length >= 2 && !/[a-z]/.test(surface)) return 'upper';
    return 'title';
  }
  if (!/\p{L}/u.test(surface)) return 'none';
  const lower = surface.toLowerCase();
  const upper = surface.toUpperCase();
  if (lower === upper) return 'none';
  if (surface === upper && surface.replace(/[^\p{L}]/gu, '').length >= 2) return 'upper';
  const first = surface.match(/\p{L}/u)?.[0] ?? '';
  return first !== first.toLowerCase() ? 'title' : 'lower';
}

/** The generic Latin transliteration rules, applied to a foldText() word. Each line is one habit of transliterators. */
function latinRules(word: string): string {
  let s = word;
  s = s.replace(/([^aeiou])[aou]llah$/, '$1ullah'); // Hezbollah/Hizballah, Nasrallah/Nasrullah, Abdallah/Abdullah
  s = s.replace(/q/g, 'k'); // Qasem / Kasem, Iraq / Irak
  s = s.replace(/dh/g, 'z').replace(/ph/g, 'f'); // Dhi Qar / Zi Qar
  s = s.replace(/ou/g, 'u'); // Moussawi / Musawi, Abou / Abu
  s = s.replace(/([a-z])\1+/g, '$1'); // doubled letters: Kaabi / Kabi, Hassan, Mayadeen, Rasool
  s = s.replace(/[ea]h$/, 'a'); // final -eh / -ah / -a: Haniyeh / Haniya, Nakhalah / Nakhala
  s = s.replace(/(?:ai|ei|ey|ay)(?![aeiouy])/g, 'ay'); // Hussein / Husayn, Soleimani / Sulaymani, Ain / Ayn
  s = s.replace(/iy(?=[aeiou])/g, 'i'); // Ziyad / Ziad, -iya / -ia
  s = s.replace(/e/g, 'i').replace(/o/g, 'u'); // Persian and English vowel habits: Hossein, Omar / Umar
  s = s.replace(/([a-z])\1+/g, '$1');
  return s;
}

/** Strips the Arabic article ال from a folded Arabic word, when a stem of two letters or more remains. */
function arabicStem(word: string): string {
  return word.startsWith('ال') && word.length >= 4 ? word.slice(2) : word;
}

// "أبو" in the genitive or accusative ("استشهاد أبي مهدي"، "التقى بأبي فدك"، "إن أبا حسين"): one word of the name.
const KUNYA_CASES: ReadonlySet<string> = new Set(['ابي', 'ابا']);

/** A folded Arabic word's key: its stem, with the kunya's case endings read as "ابو". */
function arabicKey(word: string): string {
  const stem = arabicStem(word);
  return KUNYA_CASES.has(stem) ? 'ابو' : stem;
}

/** The stems an Arabic word may hide behind its proclitics (و ف, then ب ل ك, then ال). */
function arabicVariants(word: string): string[] {
  return [...new Set(proclitics(word).map((w) => (KUNYA_CASES.has(w) ? 'ابو' : w)))];
}

function proclitics(word: string): string[] {
  const out = [arabicStem(word)];
  let w = word;
  if (/^[وف]/.test(w) && w.length > 3) {
    w = w.slice(1);
    out.push(arabicStem(w));
  }
  if (w.startsWith('لل') && w.length > 3) out.push(arabicStem('ال' + w.slice(2)));
  else if (/^[بلك]ال/.test(w) && w.length > 4) out.push(arabicStem(w.slice(1)));
  else if (/^[بلك]/.test(w) && w.length > 3) out.push(w.slice(1));
  return [...new Set(out)];
}

// Letters of Arabic script as consonant classes shared with Latin transliteration;
// long vowels, ayn and hamza carriers vanish like Latin vowels and apostrophes do.
const ARABIC_SKELETON: Readonly<Record<string, string>> = {
  'ا': '', 'ب': 'b', 'ت': 't', 'ث': 't', 'ج': 'j', 'ح': 'h', 'خ': 'x', 'د': 'd', 'ذ': 'z', 'ر': 'r',
  'ز': 'z', 'س': 's', 'ش': '$', 'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'z', 'ع': '', 'غ': 'g', 'ف': 'f',
  'ق': 'k', 'ك': 'k', 'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'h', 'و': '', 'ي': '', 'پ': 'p', 'چ': '$',
  'ژ': 'z', 'گ': 'g',
};

function latinSkeleton(word: string): string {
  let s = word.replace(/([aeiou])h$/, '$1'); // ta marbuta written as -ah / -eh
  s = s.replace(/kh/g, 'x').replace(/sh/g, '$').replace(/ch/g, '$').replace(/th/g, 't').replace(/dh/g, 'z')
    .replace(/gh/g, 'g').replace(/ph/g, 'f').replace(/q/g, 'k');
  // A final -i / -y (the nisba of "Kaabi", "Baghdadi") is written with ي in Arabic: keep it.
  const nisba = /[iy]$/.test(s) ? 'y' : '';
  s = s.replace(/[aeiouyw]/g, '').replace(/(.)\1+/g, '$1');
  return s + nisba;
}

function arabicSkeleton(word: string): string {
  let s = '';
  for (const ch of word) s += ARABIC_SKELETON[ch] ?? '';
  s = s.replace(/h$/, '').replace(/(.)\1+/g, '$1');
  return word.endsWith('ي') ? s + 'y' : s;
}

// Words joined by spaces: "abd" + article ("abd al", "abdil" of Abdel, "abdul"), and a stem + article + "din"
// ("badr al din", "badridini" of Badreddine, "badrudin", "nuridin"). The joint varies, the name does not.
const ABD_JOINT = /\babd ?[aiu]l ?/g;
const DIN_JOINT = /\b([a-z]{3,}) ?(?:[aiu]l ?|[aiu]d ?|[aiu])dini?\b/g;

function compactCompounds(spaced: string): string {
  if (!LATIN_LETTER.test(spaced)) return spaced.replace(/ /g, '');
  return spaced.replace(ABD_JOINT, 'abdal').replace(DIN_JOINT, '$1aldin').replace(/ /g, '');
}

export interface NameFolderOptions {
  /** Articles written before a name with a hyphen. */
  articles: readonly string[];
  /** Articles that also count when a space follows them. */
  articlesWithoutHyphen: readonly string[];
  /** Groups of spellings of one word. */
  spellingVariants: ReadonlyArray<readonly string[]>;
  /** Titles dropped from the start of a name key. */
  honorifics: readonly string[];
}

export function folderOptionsFrom(lexicon: NamesLexicon): NameFolderOptions {
  return {
    articles: lexicon.articles,
    articlesWithoutHyphen: lexicon.articles_without_hyphen,
    spellingVariants: lexicon.spelling_variants,
    honorifics: lexicon.honorifics,
  };
}

/** What a folded word gives a name unit. */
interface WordInfo {
  key: string;
  variants: readonly string[];
  arabic: boolean;
}

/** The value of `name` in `cache`, computed and kept (up to 50k names) on a miss. */
function remembered(cache: Map<string, string>, name: string, compute: () => string): string {
  let value = cache.get(name);
  if (value === undefined) {
    value = compute();
    if (cache.size < 50_000) cache.set(name, value);
  }
  return value;
}

/** Folds names and words to keys. Build once; every method is pure. */
export class NameFolder {
  private readonly articles: ReadonlySet<string>;
  private readonly spacedArticles: ReadonlySet<string>;
  private readonly variantOf = new Map<string, string>();
  /** Honorific titles as key sequences, longest first. */
  private readonly honorificKeys: string[][];
  /** Words of honorifics written as abbreviations ("gen", "brig", "lt", "mr"), folded: their period is no break. */
  private readonly titleAbbreviations: ReadonlySet<string>;
  private readonly cache = new Map<string, string>();
  /** Latin words: their key and the one-element variants list, shared to spare allocations. */
  private readonly latinVariants = new Map<string, readonly string[]>();
  /** Key, variants and script by folded word, so a known word costs one lookup. */
  private readonly wordInfo = new Map<string, WordInfo>();
  /** key(), compactKey() and skeleton() by name: they are pure. */
  private readonly keyCache = new Map<string, string>();
  private readonly keyWordsCache = new Map<string, readonly string[]>();
  private readonly compactCache = new Map<string, string>();
  private readonly skeletonCache = new Map<string, string>();

  constructor(options: NameFolderOptions) {
    this.articles = new Set(options.articles.map((a) => foldText(a)));
    this.spacedArticles = new Set(options.articlesWithoutHyphen.map((a) => foldText(a)));
    for (const group of options.spellingVariants) {
      const canonical = latinRules(foldText(group[0] ?? ''));
      for (const v of group) {
        for (const part of [foldText(v), latinRules(foldText(v))]) {
          if (!this.variantOf.has(part)) this.variantOf.set(part, canonical);
        }
      }
    }
    this.titleAbbreviations = new Set(options.honorifics.flatMap((h) => foldText(h).split(/\s+/)).filter(isAbbreviation));
    this.honorificKeys = options.honorifics
      .map((h) => this.units(h).map((u) => u.key))
      .sort((a, b) => b.length - a.length);
  }

  /** The key of one word given its foldText() form. */
  wordKey(norm: string): string {
    const hit = this.cache.get(norm);
    if (hit !== undefined) return hit;
    let key: string;
    if (hasArabicScript(norm)) key = arabicKey(norm);
    else if (!LATIN_LETTER.test(norm)) key = norm;
    else key = this.variantOf.get(norm) ?? this.variantOf.get(latinRules(norm)) ?? latinRules(norm);
    if (this.cache.size < 50_000) this.cache.set(norm, key);
    return key;
  }

  /**
   * The words of `text` as name units. `tokens` are the text's tokens from
   * the segment stage; when absent the text is tokenized here.
   * Dotted acronyms ("U.S.") become one word with the key of "US".
   */
  units(text: string, tokens: readonly Token[] = tokenize(text)): NameUnit[] {
    const out: NameUnit[] = [];
    let pendingBreak = false;
    let pendingPossessive = false;
    let articleStart = -1;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const isWord = t.norm.length > 1 ? t.norm !== "'s" : isLetterOrDigit(t.norm);
      if (!isWord) {
        // "'s" glued to the word before, or "'" glued to a word ending in s, with nothing else since that word.
        const last = out[out.length - 1];
        pendingPossessive = !pendingBreak && articleStart < 0 && !!last && last.end === t.start
          && (t.norm === "'s" || ((t.norm === "'" || t.norm === '’') && (text[t.start - 1] === 's' || text[t.start - 1] === 'S')));
        // Hashtags join words with underscores (#Al-Aqsa_Flood), and an en dash written
        // without spaces joins a compound name (Guard Corps–Qods Force): not a break.
        // A hyphen after a dotted acronym ("U.S.-led") joins as it does after a plain word ("US-led").
        if ((t.norm === '_' || t.norm === '\u2013' || (t.norm === '-' && tokens[i - 1]?.norm === '.')) && tokens[i - 1]?.end === t.start && tokens[i + 1]?.start === t.end) continue;
        // "Brig. Gen. Jane Doe", "Mr. Foo": the period of an abbreviated title joins it to the next capitalised word.
        if (t.norm === '.' && this.abbreviatedTitle(text, tokens, i, out)) continue;
        pendingBreak = true;
        articleStart = -1;
        continue;
      }
      // A dotted acronym: single letters each followed by '.', at least two letters.
      if (t.norm.length === 1 && LATIN_LETTER.test(t.norm) && tokens[i + 1]?.norm === '.' && tokens[i + 1]!.start === t.end) {
        let j = i;
        let letters = '';
        let end = t.end;
        while (
          tokens[j] && tokens[j]!.norm.length === 1 && LATIN_LETTER.test(tokens[j]!.norm)
          && tokens[j + 1]?.norm === '.' && tokens[j + 1]!.start === tokens[j]!.end
          && (j === i || tokens[j]!.start === end)
        ) {
          letters += tokens[j]!.norm;
          end = tokens[j + 1]!.end;
          j += 2;
        }
        // One capital and a dot between two capitalised words: a middle initial, not a break.
        if (letters.length === 1 && text[t.start] !== t.norm && tokens[i + 2] && /^\s+$/.test(text.slice(end, tokens[i + 2]!.start))
          && shapeOf(text.slice(tokens[i + 2]!.start, tokens[i + 2]!.end)) === 'title' && out.length > 0 && out[out.length - 1]!.shape === 'title') {
          const key = this.wordKey(letters);
          out.push({
            start: t.start, coreStart: t.start, end, key, variants: [key], shape: 'upper',
            article: false, breakBefore: pendingBreak, arabic: false, initial: true,
          });
          pendingBreak = false;
          articleStart = -1;
          i += 1;
          continue;
        }
        if (letters.length >= 2) {
          const key = this.wordKey(letters);
          out.push({
            start: t.start, coreStart: t.start, end, key, variants: [key],
            shape: shapeOf(text.slice(t.start, end)) === 'lower' ? 'lower' : 'upper',
            article: false, breakBefore: pendingBreak, arabic: false,
          });
          pendingBreak = false;
          articleStart = -1;
          i = j - 1;
          continue;
        }
      }
      if (articleStart < 0 && this.articles.has(t.norm)) {
        const next = tokens[i + 1];
        const nextIsWord = next !== undefined && HAS_LETTER_OR_DIGIT.test(next.norm) && next.norm !== "'s";
        const hyphenJoined = nextIsWord && next.start === t.end + 1 && /[-\u2010\u2011]/.test(text[t.end] ?? '');
        const spaceJoined = nextIsWord && /^\s+$/.test(text.slice(t.end, next.start));
        if (hyphenJoined || (spaceJoined && this.spacedArticles.has(t.norm))) {
          articleStart = t.start;
          continue;
        }
      }
      // One lookup by the folded word gives its key, its variants and its script.
      const { key, variants, arabic } = this.wordInfo.get(t.norm) ?? this.learnWord(t.norm);
      out.push({
        start: articleStart >= 0 ? articleStart : t.start,
        coreStart: t.start,
        end: t.end,
        key,
        variants,
        shape: shapeAt(text, t.start, t.end),
        article: articleStart >= 0,
        breakBefore: pendingBreak,
        arabic,
        possessiveBefore: pendingPossessive && pendingBreak,
      });
      pendingBreak = false;
      pendingPossessive = false;
      articleStart = -1;
    }
    return out;
  }

  /** Whether tokens[i], a period, closes a capitalised abbreviated title glued to it and a capitalised word follows after space. */
  private abbreviatedTitle(text: string, tokens: readonly Token[], i: number, out: readonly NameUnit[]): boolean {
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const last = out[out.length - 1];
    if (!prev || !next || !last || prev.end !== tokens[i]!.start || last.end !== prev.end) return false;
    if (last.shape !== 'title' || !this.titleAbbreviations.has(prev.norm)) return false;
    return /^[ \t]+$/.test(text.slice(tokens[i]!.end, next.start)) && shapeAt(text, next.start, next.end) === 'title';
  }

  /** What units() needs of a folded word, computed once and kept (up to 50k words). */
  private learnWord(norm: string): WordInfo {
    // Arabic script starts at U+0600; Latin words never need the regex.
    const arabic = norm.charCodeAt(0) >= 0x600 && hasArabicScript(norm);
    const key = this.wordKey(norm);
    let variants: readonly string[];
    if (arabic) variants = arabicVariants(norm);
    else {
      // Latin words of one key share their one-element variants list.
      let shared = this.latinVariants.get(key);
      if (!shared) {
        shared = [key];
        if (this.latinVariants.size < 50_000) this.latinVariants.set(key, shared);
      }
      variants = shared;
    }
    const info: WordInfo = { key, variants, arabic };
    if (this.wordInfo.size < 50_000) this.wordInfo.set(norm, info);
    return info;
  }

  /** The word keys of a name, with articles and leading honorifics dropped. */
  keyWords(name: string): readonly string[] {
    // Asked of the same registry names in every document.
    let keys = this.keyWordsCache.get(name);
    if (keys === undefined) {
      keys = this.readKeyWords(name);
      if (this.keyWordsCache.size < 50_000) this.keyWordsCache.set(name, keys);
    }
    return keys;
  }

  private readKeyWords(name: string): string[] {
    const keys = this.units(name).map((u) => u.key);
    for (let stripped = true; stripped && keys.length > 1;) {
      stripped = false;
      for (const h of this.honorificKeys) {
        if (h.length < keys.length && h.every((k, i) => keys[i] === k)) {
          keys.splice(0, h.length);
          stripped = true;
          break;
        }
      }
    }
    return keys;
  }

  /** The name key: folded words joined by spaces. */
  key(name: string): string {
    // Stages ask for the keys of the same names (registry states, unknown names) in every document.
    return remembered(this.keyCache, name, () => this.keyWords(name).join(' '));
  }

  /**
   * The key with articles kept and spaces removed: "Nasral Shammari" meets "Nasr al-Shammari".
   * The two compounds whose joints every transliterator writes differently read one way:
   * "Abd al-Rahman" / "Abdel Rahman" / "Abdulrahman" and "Badr al-Din" / "Badreddine" / "Badruddin".
   */
  compactKey(name: string): string {
    return remembered(this.compactCache, name, () => compactCompounds(tokenize(name)
      .filter((t) => HAS_LETTER_OR_DIGIT.test(t.norm) && t.norm !== "'s")
      .map((t) => this.wordKey(t.norm))
      .join(' ')));
  }

  /** The consonant skeleton, comparable across Latin and Arabic script. */
  skeleton(name: string): string {
    return remembered(this.skeletonCache, name, () => this.units(name)
      .map((u) => (u.arabic ? arabicSkeleton(u.key) : latinSkeleton(foldText(name.slice(u.coreStart, u.end)))))
      .map((s) => s.replace(/t$/, '')) // construct-state -at and ta marbuta: Harakat / حركة
      .join(''));
  }
}

export interface NameComparison {
  match: boolean;
  reason: string;
}

/** Whether two spellings name the same thing, and why. */
export function compareNames(folder: NameFolder, a: string, b: string): NameComparison {
  const ka = folder.key(a);
  const kb = folder.key(b);
  if (ka === '' || kb === '') return { match: false, reason: 'empty name' };
  if (ka === kb) return { match: true, reason: `same key '${ka}'` };
  const arabicA = hasArabicScript(a);
  const arabicB = hasArabicScript(b);
  if (arabicA === arabicB) {
    const ca = folder.compactKey(a);
    if (ca.length >= 6 && ca === folder.compactKey(b)) return { match: true, reason: `same letters without spaces '${ca}'` };
    return { match: false, reason: `keys differ: '${ka}' / '${kb}'` };
  }
  const sa = folder.skeleton(a);
  const sb = folder.skeleton(b);
  if (sa.length >= 3 && sa === sb) return { match: true, reason: `same consonant skeleton '${sa}' across scripts` };
  return { match: false, reason: `skeletons differ across scripts: '${sa}' / '${sb}'` };
}
