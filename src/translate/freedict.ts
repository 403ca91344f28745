/**
 * A reader for dictd-format dictionaries, as FreeDict ships them (Debian:
 * dict-freedict-ara-eng -> /usr/share/dictd/freedict-ara-eng.{index,dict.dz}).
 *
 * The .index file has one line per headword: headword TAB offset TAB length,
 * the numbers written in dictd's base64 digits (A=0 ... /=63, most
 * significant first), counting bytes of the uncompressed .dict. The .dict.dz
 * is dictzip, which is gzip with a random-access table we do not need: the
 * whole file is inflated once. An entry is "headword /pronunciation/" then
 * its senses, one per line, numbered "1. Sense" when there are several.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { foldText } from '../text/fold.js';
import { TranslateError } from './translator.js';

export const FREEDICT_DIR = '/usr/share/dictd';
export const FREEDICT_ARA_ENG = 'freedict-ara-eng';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** A dictd base64 number. */
export function decodeDictNumber(s: string): number {
  let n = 0;
  for (const ch of s) {
    const digit = B64.indexOf(ch);
    if (digit < 0) throw new TranslateError('malformed', `dictd index: '${s}' is not a dictd number`);
    n = n * 64 + digit;
  }
  return n;
}

/** The senses of one entry's text, without the headword line. */
export function parseEntry(text: string): string[] {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.slice(1).map((l) => l.replace(/^\d+\.\s*/, '').trim()).filter(Boolean);
}

export class DictdDictionary {
  private readonly index = new Map<string, Array<[number, number]>>();
  private readonly cache = new Map<string, string[]>();

  constructor(indexText: string, private readonly dict: Buffer) {
    for (const line of indexText.split('\n')) {
      const [headword, offset, length] = line.split('\t');
      // 00database... entries describe the file, not words.
      if (!headword || offset === undefined || length === undefined || headword.startsWith('00database')) continue;
      const key = foldText(headword.trim());
      const spans = this.index.get(key) ?? [];
      spans.push([decodeDictNumber(offset), decodeDictNumber(length)]);
      this.index.set(key, spans);
    }
  }

  /** Opens `name`.index and `name`.dict.dz (or .dict) in `dir`; null when the dictionary is not installed. */
  static open(dir: string = FREEDICT_DIR, name: string = FREEDICT_ARA_ENG): DictdDictionary | null {
    const indexPath = join(dir, `${name}.index`);
    const dz = join(dir, `${name}.dict.dz`);
    const plain = join(dir, `${name}.dict`);
    if (!existsSync(indexPath) || (!existsSync(dz) && !existsSync(plain))) return null;
    try {
      const dict = existsSync(dz) ? gunzipSync(readFileSync(dz)) : readFileSync(plain);
      return new DictdDictionary(readFileSync(indexPath, 'utf8'), dict);
    } catch (err) {
      if (err instanceof TranslateError) throw err;
      throw new TranslateError('malformed', `${dir}/${name}: cannot read the dictionary: ${(err as Error).message}`, { cause: err });
    }
  }

  get size(): number {
    return this.index.size;
  }

  /** Senses of every entry whose headword folds to the same form as `word`, in file order. */
  lookup(word: string): string[] {
    const key = foldText(word);
    const hit = this.cache.get(key);
    if (hit) return hit;
    const senses = (this.index.get(key) ?? []).flatMap(([offset, length]) => parseEntry(this.dict.subarray(offset, offset + length).toString('utf8')));
    this.cache.set(key, senses);
    return senses;
  }
}
