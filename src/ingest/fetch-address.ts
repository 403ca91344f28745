import { isIP } from 'node:net';

/**
 * Which network addresses a fetch may connect to. Feeds and pages are
 * untrusted: a URL that resolves to loopback, a private network, link-local
 * (where cloud metadata services live) or another special range could make
 * Vigil probe the operator's own network, so those are refused unless the
 * operator lists them.
 */

type Range = { bytes: number[]; prefix: number };

function parseV4(ip: string): number[] | null {
  const parts = ip.split('.');
  if (parts.length !== 4) return null;
  const out: number[] = [];
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p)) return null;
    const n = Number(p);
    if (n > 255) return null;
    out.push(n);
  }
  return out;
}

/** Sixteen bytes of an IPv6 address, with an embedded dotted IPv4 tail handled. */
function parseV6(ip: string): number[] | null {
  let text = ip.toLowerCase();
  const zone = text.indexOf('%');
  if (zone >= 0) text = text.slice(0, zone);
  let tail: number[] = [];
  const lastColon = text.lastIndexOf(':');
  if (text.slice(lastColon + 1).includes('.')) {
    const v4 = parseV4(text.slice(lastColon + 1));
    if (!v4) return null;
    tail = v4;
    text = text.slice(0, lastColon + 1) + '0:0';
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const groups = (s: string): string[] => (s === '' ? [] : s.split(':'));
  const head = groups(halves[0] ?? '');
  const rest = halves.length === 2 ? groups(halves[1] ?? '') : [];
  const missing = 8 - head.length - rest.length;
  if (halves.length === 1 && missing !== 0) return null;
  if (missing < 0) return null;
  const all = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...rest];
  const out: number[] = [];
  for (const g of all) {
    if (!/^[0-9a-f]{1,4}$/.test(g)) return null;
    const n = parseInt(g, 16);
    out.push(n >> 8, n & 0xff);
  }
  if (tail.length === 4) out.splice(12, 4, ...tail);
  return out.length === 16 ? out : null;
}

function inRange(addr: number[], range: Range): boolean {
  if (addr.length !== range.bytes.length) return false;
  let bits = range.prefix;
  for (let i = 0; i < addr.length && bits > 0; i++) {
    const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
    if (((addr[i] ?? 0) & mask) !== ((range.bytes[i] ?? 0) & mask)) return false;
    bits -= 8;
  }
  return true;
}

function parseCidr(cidr: string): Range | null {
  const [ip = '', len] = cidr.split('/');
  const bytes = isIP(ip) === 4 ? parseV4(ip) : isIP(ip) === 6 ? parseV6(ip) : null;
  if (!bytes) return null;
  const max = bytes.length * 8;
  const prefix = len === undefined ? max : Number(len);
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > max) return null;
  return { bytes, prefix };
}

function ranges(list: string[]): Range[] {
  return list.map((c) => {
    const r = parseCidr(c);
    if (!r) throw new Error(`bad address range in the built-in list: ${c}`);
    return r;
  });
}

// Special-purpose IPv4 ranges (RFC 6890 and friends) that a public feed never lives on.
const forbiddenV4 = ranges([
  '0.0.0.0/8', // "this network"
  '10.0.0.0/8', // private
  '100.64.0.0/10', // carrier-grade NAT
  '127.0.0.0/8', // loopback
  '169.254.0.0/16', // link-local, includes cloud metadata 169.254.169.254
  '172.16.0.0/12', // private
  '192.0.0.0/24', // IETF protocol assignments
  '192.0.2.0/24', // documentation
  '192.88.99.0/24', // 6to4 relay anycast
  '192.168.0.0/16', // private
  '198.18.0.0/15', // benchmarking
  '198.51.100.0/24', // documentation
  '203.0.113.0/24', // documentation
  '224.0.0.0/4', // multicast
  '240.0.0.0/4', // reserved, includes broadcast
]);

const forbiddenV6 = ranges([
  '::/128', // unspecified
  '::1/128', // loopback
  '100::/64', // discard
  '2001:db8::/32', // documentation
  'fc00::/7', // unique local, includes fd00:ec2::254 (a cloud metadata address)
  'fe80::/10', // link-local
  'fec0::/10', // old site-local
  'ff00::/8', // multicast
]);

// IPv6 forms that carry an IPv4 address inside: judge the IPv4 address.
const embeddedV4 = ranges(['::ffff:0:0/96', '64:ff9b::/96', '::/96']);

/** The IPv4 address inside an IPv4-mapped, NAT64 or IPv4-compatible IPv6 address. */
function embedded(addr: number[]): number[] | null {
  for (const r of embeddedV4) if (inRange(addr, r)) return addr.slice(12);
  // 6to4 (2002::/16) carries the IPv4 address in bytes 2..5.
  if (addr[0] === 0x20 && addr[1] === 0x02) return addr.slice(2, 6);
  return null;
}

export type AddressVerdict = { allowed: true } | { allowed: false; reason: string };

/** An operator's list of addresses or CIDR ranges that may be fetched even though they are special. */
export class AddressAllowList {
  private readonly list: Range[];
  constructor(entries: readonly string[]) {
    this.list = entries.map((e) => {
      const r = parseCidr(e.trim());
      if (!r) throw new Error(`not an IP address or CIDR range: '${e}'`);
      return r;
    });
  }
  has(bytes: number[]): boolean {
    return this.list.some((r) => inRange(bytes, r));
  }
}

/** Whether a fetch may connect to `ip` (a literal address, as DNS returned it). */
export function checkAddress(ip: string, allow: AddressAllowList = new AddressAllowList([])): AddressVerdict {
  const family = isIP(ip);
  const bytes = family === 4 ? parseV4(ip) : family === 6 ? parseV6(ip) : null;
  if (!bytes) return { allowed: false, reason: `'${ip}' is not an IP address` };
  if (allow.has(bytes)) return { allowed: true };
  if (bytes.length === 16) {
    const v4 = embedded(bytes);
    if (v4 && !forbiddenV6.some((r) => inRange(bytes, r))) {
      if (allow.has(v4)) return { allowed: true };
      if (forbiddenV4.some((r) => inRange(v4, r))) return { allowed: false, reason: `${ip} carries the private or special address ${v4.join('.')}` };
      return { allowed: true };
    }
    if (forbiddenV6.some((r) => inRange(bytes, r))) return { allowed: false, reason: `${ip} is a loopback, private, link-local or special address` };
    return { allowed: true };
  }
  if (forbiddenV4.some((r) => inRange(bytes, r))) return { allowed: false, reason: `${ip} is a loopback, private, link-local or special address` };
  return { allowed: true };
}
