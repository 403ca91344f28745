import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  bandBuckets, bandCount, chooseCluster, estimatedJaccard, minhashSignature, sameClusterThreshold, shingleHashes, signatureFromBytes, signatureLength, signatureToBytes,
} from './near-duplicates.js';

const words = (s: string) => s.split(/\s+/).filter(Boolean);

function trueJaccard(a: Set<number>, b: Set<number>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

test('identical texts: same signature, every band shared', () => {
  const w = words('the council met on sunday and agreed to extend the ceasefire for another month');
  const a = minhashSignature(w);
  assert.equal(a.length, signatureLength);
  assert.deepEqual(a, minhashSignature([...w]));
  assert.equal(estimatedJaccard(a, a), 1);
  assert.deepEqual(bandBuckets(a), bandBuckets(minhashSignature(w)));
});

test('no words: empty signature, no buckets, similar to nothing', () => {
  const empty = minhashSignature([]);
  assert.equal(empty.length, 0);
  assert.deepEqual(bandBuckets(empty), []);
  assert.equal(estimatedJaccard(empty, empty), 0);
});

test('a lightly edited copy clears the cluster threshold; an unrelated text does not', () => {
  const base = words('ministers from both countries said the pipeline agreement would be signed next week after months of delay over transit fees and security guarantees for the route');
  const edited = [...base.slice(0, 10), 'formally', ...base.slice(10), 'officials', 'added'];
  const other = words('a powerful storm knocked out electricity across the coastal region and forced the closure of the main airport for two days');
  assert.ok(estimatedJaccard(minhashSignature(base), minhashSignature(edited)) >= sameClusterThreshold);
  assert.ok(estimatedJaccard(minhashSignature(base), minhashSignature(other)) < 0.2);
  const shared = bandBuckets(minhashSignature(base)).filter((b) => bandBuckets(minhashSignature(edited)).includes(b));
  assert.ok(shared.length > 0, 'the copy is found through at least one band');
});

test('the estimate tracks the true shingle Jaccard (within sampling error)', () => {
  fc.assert(fc.property(
    fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'), { minLength: 20, maxLength: 80 }),
    fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'), { minLength: 20, maxLength: 80 }),
    (x, y) => {
      const j = trueJaccard(shingleHashes(x), shingleHashes(y));
      const est = estimatedJaccard(minhashSignature(x), minhashSignature(y));
      // 64 permutations: standard error <= 0.0625; 4.5 sigma keeps this from flaking.
      return Math.abs(est - j) <= 0.29;
    },
  ), { numRuns: 100 });
});

test('buckets carry their band number, so equal band hashes in different bands never collide', () => {
  const b = bandBuckets(minhashSignature(words('one two three four five six')));
  assert.equal(b.length, bandCount);
  assert.deepEqual(b.map((x) => Math.floor(x / 0x100000000)), Array.from({ length: bandCount }, (_, i) => i));
});

test('signatures survive the byte round trip', () => {
  fc.assert(fc.property(fc.array(fc.string(), { maxLength: 30 }), (w) => {
    const sig = minhashSignature(w);
    assert.deepEqual(signatureFromBytes(signatureToBytes(sig)), sig);
  }));
});

test('chooseCluster: alone, joining one cluster, and bridging two (lowest id kept, order-independent)', () => {
  const text = words('the port authority said on monday that two cargo ships had been turned away after inspectors found forged manifests and undeclared fuel');
  const sig = minhashSignature(text);
  const near = minhashSignature([...text, 'officials', 'said']);
  const unrelated = minhashSignature(words('a new library opened downtown with a reading room for children and a small cafe on the ground floor'));

  assert.deepEqual(chooseCluster('doc-new', sig, []), { clusterId: 'doc-new', merged: [] });
  assert.deepEqual(chooseCluster('doc-new', sig, [{ clusterId: 'c-9', signature: unrelated }]), { clusterId: 'doc-new', merged: [] });
  assert.deepEqual(chooseCluster('doc-new', sig, [{ clusterId: 'c-9', signature: near }]), { clusterId: 'c-9', merged: [] });

  // Similar documents sit in two clusters (c-7, c-3); the new one bridges them; the unrelated c-1 stays apart.
  const members = [
    { clusterId: 'c-7', signature: near },
    { clusterId: 'c-3', signature: sig },
    { clusterId: 'c-1', signature: unrelated },
    { clusterId: 'c-7', signature: sig },
  ];
  const choice = chooseCluster('doc-new', sig, members);
  assert.deepEqual(choice, { clusterId: 'c-3', merged: ['c-7'] });
  assert.deepEqual(chooseCluster('doc-new', sig, [...members].reverse()), choice);
});

/** The definition the stored signatures were made with: FNV-1a over each shingle's words joined by spaces, minimum per seed. */
function referenceShingles(w: readonly string[]): Set<number> {
  const fnv = (s: string): number => {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    return h >>> 0;
  };
  const out = new Set<number>();
  if (w.length === 0) return out;
  if (w.length < 3) return out.add(fnv(w.join(' ')));
  for (let i = 0; i + 3 <= w.length; i++) out.add(fnv(w.slice(i, i + 3).join(' ')));
  return out;
}

test('shingle hashes are those of the space-joined shingles (signatures stay comparable with stored ones)', () => {
  fc.assert(fc.property(fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 12 }), (w) => {
    assert.deepEqual([...shingleHashes(w)].sort(), [...referenceShingles(w)].sort());
  }), { numRuns: 300 });
});

test('signatures and buckets of a fixed text do not move (stored stores compare against them)', () => {
  const sig = minhashSignature(words('the convoy left the border crossing at dawn with fuel and medicine for the northern towns'));
  assert.deepEqual([...sig.slice(0, 4)], [102424177, 255841141, 162720268, 192773434]);
  assert.deepEqual(bandBuckets(sig).slice(0, 2), [65290765, 7937561363]);
  assert.deepEqual([...minhashSignature(['قال', 'المتحدث']).slice(0, 2)], [1932800726, 2096581851]);
});
