/**
 * Reads the OFAC SDN list in its published legacy CSV form: sdn.csv,
 * alt.csv, add.csv and sdn_comments.csv, no header rows, "-0-" for empty.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataError } from '../../core/errors.js';
import type { SanctionsEntry, SanctionsList } from './list.js';

/** RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(input: string): string[][] {
  // OFAC's files end with a DOS end-of-file mark (0x1A); it is not a row.
  const text = input.replace(/\x1A+\s*$/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') { field += '"'; i++; } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); field = '';
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
    } else field += c;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

function value(field: string | undefined): string | null {
  const v = (field ?? '').trim();
  return v === '' || v === '-0-' ? null : v;
}

const months: Record<string, string> = { jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06', jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12' };

/** A designation date stated in the remarks, when OFAC gives one (most legacy entries do not). */
export function designationDateIn(remarks: string): string | null {
  const m = /(?:designat\w*|listed)(?:\s+date)?(?:\s+on)?\s*:?\s*(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})/i.exec(remarks);
  if (!m) return null;
  const month = months[m[2]!.toLowerCase()];
  return month ? `${m[3]}-${month}-${m[1]!.padStart(2, '0')}` : null;
}

/** Names quoted after "a.k.a." in the remarks: 'NAME'. Quotes inside names are doubled or unbalanced, so split on the "; a.k.a." marks. */
export function akasIn(remarks: string): string[] {
  const out: string[] = [];
  const re = /\b[afn]\.k\.a\.\s+'(.+?)'(?=[;.]\s|[;.]?$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(remarks)) !== null) out.push(m[1]!);
  return out;
}

const typeOf = (t: string | null): SanctionsEntry['type'] =>
  t === 'individual' ? 'individual' : t === 'vessel' ? 'vessel' : t === 'aircraft' ? 'aircraft' : 'entity';

/** Reads the four files of a folder (alt, add and comments are optional) into a list. */
export function readOfacFolder(dir: string, importedAt = new Date().toISOString()): SanctionsList {
  const file = (name: string, required: boolean): string | null => {
    const path = join(dir, name);
    if (!existsSync(path)) {
      if (required) throw new DataError(`${path}: no such file (an OFAC SDN folder holds sdn.csv, alt.csv, add.csv, sdn_comments.csv)`);
      return null;
    }
    return readFileSync(path, 'utf8');
  };
  const sdn = parseCsv(file('sdn.csv', true)!);
  const entries = new Map<number, SanctionsEntry>();
  for (const [i, row] of sdn.entries()) {
    const entNum = Number(value(row[0]));
    const name = value(row[1]);
    if (!Number.isInteger(entNum) || !name || row.length < 12) throw new DataError(`${dir}/sdn.csv row ${i + 1}: not an SDN row (ent_num, name, ... 12 fields)`);
    entries.set(entNum, {
      entNum, name, type: typeOf(value(row[2])),
      programs: (value(row[3]) ?? '').split(/\]\s*\[/).map((p) => p.replace(/[[\]]/g, '').trim()).filter(Boolean),
      title: value(row[4]), remarks: value(row[11]) ?? '', aliases: [], countries: [], designatedOn: null,
    });
  }
  for (const row of parseCsv(file('sdn_comments.csv', false) ?? '')) {
    const e = entries.get(Number(value(row[0])));
    const more = value(row[1]);
    if (e && more) e.remarks += more;
  }
  for (const row of parseCsv(file('alt.csv', false) ?? '')) {
    const e = entries.get(Number(value(row[0])));
    const name = value(row[3]);
    if (e && name) e.aliases.push({ name, kind: (value(row[2]) ?? 'aka').toLowerCase(), weak: false });
  }
  for (const row of parseCsv(file('add.csv', false) ?? '')) {
    const e = entries.get(Number(value(row[0])));
    const country = value(row[4]);
    if (e && country && !e.countries.includes(country)) e.countries.push(country);
  }
  for (const e of entries.values()) {
    e.designatedOn = designationDateIn(e.remarks);
    for (const aka of akasIn(e.remarks)) {
      if (!e.aliases.some((a) => a.name.toLowerCase() === aka.toLowerCase())) e.aliases.push({ name: aka, kind: 'aka', weak: true });
    }
  }
  return { source: 'OFAC SDN', importedAt, entries: [...entries.values()] };
}
