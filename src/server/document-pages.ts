/**
 * The reader's document page, kept serialized between requests. Building it
 * reads every annotation row of the document, rebuilds the analysis record
 * and explains each annotation: most of what a page request costs, for an
 * answer that changes only when the document is re-analysed or corrected.
 * So the part that depends on nothing else (metadata, record, explanations)
 * is kept as the UTF-8 JSON it was encoded to, under a stamp of the
 * document's analysis time and its corrections; a request whose stamp
 * differs (re-analysis or a correction, by this server or another process
 * on the same store) rebuilds it. What other documents can change (display
 * names, the near-duplicate cluster) and the corrections list are read on
 * every request, so the page stays as live as before.
 *
 * Bounded by bytes, least recently used dropped first.
 */

export interface DocumentPagePart {
  /** The analysis time and corrections the part was built from. */
  stamp: string;
  /** `{"id":…,"meta":…,"format":…,"ingestedAt":…,"record":…,"why":…` (no closing brace). */
  head: Buffer;
  /** Display names the registry gives (fixed while the server runs). */
  registryNames: Record<string, string>;
  /** Ids the registry does not know: their names come from the documents, read per request. */
  otherIds: string[];
}

export class DocumentPages {
  private readonly entries = new Map<string, DocumentPagePart>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  /** The part built for this stamp, or undefined (a part built for another stamp is dropped). */
  get(docId: string, stamp: string): DocumentPagePart | undefined {
    const part = this.entries.get(docId);
    if (!part) return undefined;
    this.entries.delete(docId);
    if (part.stamp !== stamp) {
      this.bytes -= sizeOf(part);
      return undefined;
    }
    this.entries.set(docId, part); // most recently used last
    return part;
  }

  set(docId: string, part: DocumentPagePart): void {
    const size = sizeOf(part);
    if (size > this.maxBytes) return;
    const old = this.entries.get(docId);
    if (old) {
      this.entries.delete(docId);
      this.bytes -= sizeOf(old);
    }
    this.entries.set(docId, part);
    this.bytes += size;
    for (const [id, oldest] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(id);
      this.bytes -= sizeOf(oldest);
    }
  }

  /** Bytes held (the serialized parts and a rough share for their names). */
  get size(): number {
    return this.bytes;
  }
}

// Names are a few dozen short strings next to tens of kilobytes of JSON: counted roughly.
const sizeOf = (p: DocumentPagePart): number => p.head.length + 64 * (p.otherIds.length + Object.keys(p.registryNames).length);

/** The stamp for a document analysed at `analysedAt` carrying these corrections (their ids only grow). */
export function pageStamp(analysedAt: number, correctionIds: readonly number[]): string {
  return `${analysedAt}:${correctionIds.join(',')}`;
}
