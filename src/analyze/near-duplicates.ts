/**
 * Near-duplicate detection: MinHash signatures over word shingles, and LSH
 * banding so that candidates are found by key lookup, never by comparing
 * all pairs. The same wire statement carried by several outlets, or a page
 * re-published with small edits, shares most shingles and so most bands.
 *
 * With 16 bands of 4 rows, two documents become candidates with probability
 * 1-(1-J^4)^16: about 0.2 at Jaccard 0.3, 0.65 at 0.5 and 0.99 at 0.7; a
 * candidate then joins the cluster only when its estimated Jaccard reaches
 * `sameClusterThreshold`.
 */

export const shingleSize = 3;
export const bandCount = 16;
export const rowsPerBand = 4;
export const signatureLength = bandCount * rowsPerBand;
export const sameClusterThreshold = 0.5;

// Fixed seeds: signatures must stay comparable across runs and machines.
const SEEDS: Uint32Array = (() => {
  const seeds = new Uint32Array(signatureLength);
  let x = 0x9e3779b9;
  for (let i = 0; i < signatureLength; i++) {
    x = fmix32(x + 0x6d2b79f5 + i);
    seeds[i] = x;
  }
  return seeds;
})();

/** MurmurHash3's finaliser: a cheap 32-bit mix with full avalanche. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over UTF-16 code units. */
function hashString(s: string): number {
  return fnvChars(0x811c9dc5, s) >>> 0;
}

const FNV_PRIME = 0x01000193;
const SPACE = 0x20;

/** FNV-1a state `h` carried on over the code units of `s` (not finalised to unsigned). */
function fnvChars(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

/**
 * The hash of each shingle, in order, with repeats: FNV-1a over the
 * shingle's words joined by single spaces, computed over the words
 * themselves, so no joined string is built for each of a document's
 * hundreds of shingles.
 */
function shingleHashList(words: readonly string[]): Uint32Array {
  if (words.length === 0) return new Uint32Array(0);
  if (words.length < shingleSize) return Uint32Array.of(hashString(words.join(' ')));
  const out = new Uint32Array(words.length - shingleSize + 1);
  for (let i = 0; i < out.length; i++) {
    let h = fnvChars(0x811c9dc5, words[i] as string);
    for (let k = 1; k < shingleSize; k++) h = fnvChars(Math.imul(h ^ SPACE, FNV_PRIME), words[i + k] as string);
    out[i] = h >>> 0;
  }
  return out;
}

/** The distinct shingle hashes of a word sequence (already folded). Shorter texts give one shingle of all their words. */
export function shingleHashes(words: readonly string[]): Set<number> {
  return new Set(shingleHashList(words));
}

/** MinHash signature; empty when there are no words (such a document clusters with nothing). */
export function minhashSignature(words: readonly string[]): Uint32Array {
  // Repeated shingles cannot change a minimum, so the list need not be made distinct.
  const shingles = shingleHashList(words);
  if (shingles.length === 0) return new Uint32Array(0);
  const sig = new Uint32Array(signatureLength);
  // One seed at a time over a typed array: a tight loop V8 keeps in registers.
  for (let i = 0; i < signatureLength; i++) {
    const seed = SEEDS[i] as number;
    let min = 0xffffffff;
    for (let j = 0; j < shingles.length; j++) {
      const h = fmix32((shingles[j] as number) ^ seed);
      if (h < min) min = h;
    }
    sig[i] = min;
  }
  return sig;
}

/** Fraction of equal positions: an unbiased estimate of the shingle sets' Jaccard similarity. */
export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== signatureLength || b.length !== signatureLength) return 0;
  let same = 0;
  for (let i = 0; i < signatureLength; i++) if (a[i] === b[i]) same++;
  return same / signatureLength;
}

/**
 * One bucket key per band: band number in the high bits, a hash of the
 * band's rows in the low 32, so one indexed integer column serves every band.
 */
export function bandBuckets(sig: Uint32Array): number[] {
  if (sig.length !== signatureLength) return [];
  const buckets: number[] = [];
  for (let b = 0; b < bandCount; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < rowsPerBand; r++) h = fmix32(h ^ (sig[b * rowsPerBand + r] as number)) ;
    buckets.push(b * 0x100000000 + h);
  }
  return buckets;
}

export function signatureToBytes(sig: Uint32Array): Uint8Array {
  const out = new Uint8Array(sig.length * 4);
  const view = new DataView(out.buffer);
  sig.forEach((v, i) => view.setUint32(i * 4, v, true));
  return out;
}

export function signatureFromBytes(bytes: Uint8Array): Uint32Array {
  const n = Math.floor(bytes.byteLength / 4);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sig = new Uint32Array(n);
  for (let i = 0; i < n; i++) sig[i] = view.getUint32(i * 4, true);
  return sig;
}

/** An earlier document found through the buckets: its cluster and signature. */
export interface ClusterCandidate {
  clusterId: string;
  signature: Uint32Array;
}

export interface ClusterChoice {
  /** The cluster the new document joins: its own id when nothing is similar enough. */
  clusterId: string;
  /** Other clusters the new document bridges; they merge into `clusterId` (lowest id kept, so ids only ever move down). */
  merged: string[];
}

/**
 * Union-find over clusters: every candidate at or above the threshold links
 * the new document to its cluster, so one document similar to members of two
 * clusters joins them. The lowest id survives, which makes the result the
 * same whatever order the links are found in.
 */
export function chooseCluster(docId: string, signature: Uint32Array, candidates: readonly ClusterCandidate[]): ClusterChoice {
  const linked = new Set<string>();
  for (const c of candidates) {
    if (estimatedJaccard(signature, c.signature) >= sameClusterThreshold) linked.add(c.clusterId);
  }
  if (linked.size === 0) return { clusterId: docId, merged: [] };
  const sorted = [...linked].sort();
  return { clusterId: sorted[0] as string, merged: sorted.slice(1) };
}
