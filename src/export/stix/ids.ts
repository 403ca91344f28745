/**
 * Deterministic STIX ids: UUIDv5 (RFC 4122, SHA-1, name-based) of Vigil's own
 * ids in one fixed namespace, so exporting the same data twice gives the same
 * ids and a consumer updates objects instead of duplicating them.
 */
import { createHash } from 'node:crypto';

// Vigil's namespace: a fixed random UUID, never to change once data is exported.
const namespace = Buffer.from('6f1c2b4e8d3a4f7b9c0e1d2a3b4c5d6e', 'hex');

export function uuidv5(name: string, ns: Buffer = namespace): string {
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50; // version 5
  hash[8] = (hash[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const h = hash.subarray(0, 16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function stixId(type: string, vigilKey: string): string {
  return `${type}--${uuidv5(`${type}:${vigilKey}`)}`;
}

/** STIX timestamps need milliseconds; partial dates take their first instant. */
export function stixTime(date: string | null | undefined, fallback: string): string {
  if (!date) return fallback;
  const d = date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date.slice(0, 10);
  const t = new Date(`${d}T00:00:00.000Z`);
  return Number.isNaN(t.getTime()) ? fallback : t.toISOString();
}
