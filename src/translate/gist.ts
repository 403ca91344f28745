/**
 * The offline gist: English glosses word by word (and phrase by phrase for
 * names and set expressions) from the actor names, the project's glossary
 * and FreeDict, with no service at all. It is labelled a gist everywhere it
 * is shown: word order, agreement and idiom stay Arabic, and a word no
 * dictionary knows stays in Arabic script.
 */
import { foldText } from '../text/fold.js';
import { readings, renderReading } from './clitics.js';
import { DictdDictionary } from './freedict.js';
import { loadGlossary, type Glossary } from './glossary.js';
import { TranslateError, type LanguageCode, type TranslationResult, type Translator } from './translator.js';

export interface GistOptions {
  glossary: Glossary;
  /** FreeDict Arabic-English, or null when it is not installed. */
  dictionary: DictdDictionary | null;
}

export interface Gist {
  text: string;
  /** Arabic words in the input. */
  words: number;
  /** Of which glossed. */
  glossed: number;
}

/** A name known in Arabic and English: an actor's alias, a place. */
export interface NameGloss {
  arabic: string;
  english: string;
}

// An Arabic word: letters with their marks and tatweel; digits and punctuation are not part of it.
const ARABIC_WORD = /[\u0621-\u063A\u0641-\u064A\u066E-\u06D3\u06D5\u06FA-\u06FC\u06FF][\u0621-\u064A\u064B-\u065F\u066E-\u06D3\u06D5\u06FA-\u06FC\u06FF\u0670\u0640]*/gu;
const PUNCTUATION: Readonly<Record<string, string>> = { '\u060C': ',', '\u061B': ';', '\u061F': '?', '\u066A': '%', '\u066B': '.', '\u066C': ',', '\u06D4': '.' };

/** FreeDict capitalises every sense and lists rare ones first; two senses let the reader judge. */
function freedictGloss(senses: string[]): string {
  const shown = [...new Set(senses.slice(0, 2).map((s) => (s === s.toUpperCase() ? s : s.charAt(0).toLowerCase() + s.slice(1))))];
  return shown.join('/');
}

export class GistTranslator implements Translator {
  readonly provider = 'gist';
  readonly kind = 'gist' as const;

  constructor(private readonly options: GistOptions) {}

  /** The glossary from data/ with `names` (which win), and FreeDict when installed. */
  static create(names: NameGloss[] = [], dictionaryDir?: string): GistTranslator {
    return new GistTranslator({
      glossary: loadGlossary(undefined, names.map((n) => [n.arabic, n.english])),
      dictionary: DictdDictionary.open(dictionaryDir),
    });
  }

  async translate(texts: string[], from: LanguageCode, to: LanguageCode): Promise<TranslationResult[]> {
    if ((from !== 'ar' && from !== 'auto') || to !== 'en') {
      throw new TranslateError('config', `gist: only Arabic to English is available offline (asked ${from} to ${to})`);
    }
    return texts.map((t) => ({ text: this.gist(t).text, provider: this.provider, kind: this.kind, from: 'ar', to: 'en' }));
  }

  private lookupWord(folded: string, endsInTaMarbuta: boolean): string | null {
    const options = readings(folded, endsInTaMarbuta);
    for (const r of options) {
      const gloss = this.options.glossary.entries.get(r.stem);
      if (gloss) return renderReading(r, gloss);
    }
    const dictionary = this.options.dictionary;
    if (dictionary) {
      for (const r of options) {
        const senses = dictionary.lookup(r.stem);
        if (senses.length > 0) return renderReading(r, freedictGloss(senses));
      }
    }
    return null;
  }

  /** A phrase of `words` (folded) in the glossary; the first word may carry proclitics. */
  private lookupPhrase(words: string[]): string | null {
    const rest = words.slice(1).join(' ');
    for (const r of readings(words[0] ?? '')) {
      if (r.possessive) continue;
      const gloss = this.options.glossary.entries.get(`${r.stem} ${rest}`);
      if (gloss) return renderReading(r, gloss);
    }
    return null;
  }

  gist(text: string): Gist {
    const tokens = [...text.matchAll(ARABIC_WORD)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      folded: foldText(m[0]),
      taMarbuta: /\u0629[\u064B-\u065F\u0670\u0640]*$/u.test(m[0]),
    }));
    let out = '';
    let last = 0;
    let glossed = 0;
    const copy = (s: string) => s.replace(/[\u060C\u061B\u061F\u066A-\u066C\u06D4]/g, (c) => PUNCTUATION[c] ?? c).replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => foldText(d));
    for (let i = 0; i < tokens.length; ) {
      let taken = 0;
      let gloss: string | null = null;
      // Longest phrase first; a phrase never runs across anything but spaces.
      for (let n = Math.min(this.options.glossary.maxWords, tokens.length - i); n >= 2 && !gloss; n--) {
        const span = tokens.slice(i, i + n);
        if (span.some((t, k) => k > 0 && !/^\s+$/.test(text.slice(span[k - 1]!.end, t.start)))) continue;
        gloss = this.lookupPhrase(span.map((t) => t.folded));
        if (gloss) taken = n;
      }
      if (!gloss) {
        gloss = this.lookupWord(tokens[i]!.folded, tokens[i]!.taMarbuta);
        taken = 1;
      }
      const first = tokens[i]!;
      const end = tokens[i + taken - 1]!.end;
      out += copy(text.slice(last, first.start)) + (gloss ?? text.slice(first.start, end));
      if (gloss) glossed += taken;
      last = end;
      i += taken;
    }
    out += copy(text.slice(last));
    return { text: out, words: tokens.length, glossed };
  }
}
