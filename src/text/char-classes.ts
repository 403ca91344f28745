/**
 * Which of a few character classes each character belongs to, for scans
 * that test every character of a text: each class is a regular expression
 * matching one character, asked once per character seen and kept in a table
 * (astral characters, which are rare, are asked every time).
 */
const KNOWN = 0x80;

export class CharClasses {
  private readonly table = new Uint8Array(0x10000);

  /** `classes[i]` matches exactly one character of class i (e.g. /^[\p{L}\p{N}]$/u); at most seven. */
  constructor(private readonly classes: readonly RegExp[]) {
    if (classes.length > 7) throw new RangeError('CharClasses: at most seven classes');
  }

  /** The classes of the code point `cp`: bit i set when it is in class i. */
  of(cp: number): number {
    if (cp < 0x10000) {
      const known = this.table[cp]!;
      if (known !== 0) return known & ~KNOWN;
    }
    return this.ask(cp);
  }

  /**
   * The classes of a character not in the table yet. A method of its own, with
   * no closure: a closure here made `of` allocate its variables' context on
   * every call, fast path included (some 50 bytes per character scanned).
   */
  private ask(cp: number): number {
    const ch = String.fromCodePoint(cp);
    let bits = 0;
    for (let i = 0; i < this.classes.length; i++) if (this.classes[i]!.test(ch)) bits |= 1 << i;
    if (cp < 0x10000) this.table[cp] = bits | KNOWN;
    return bits;
  }
}
