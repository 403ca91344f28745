/**
 * The imported sanctions list lives as one JSON file beside the local
 * database (default .vigil/sanctions.json, or VIGIL_SANCTIONS), written
 * whole and renamed into place so a reader never sees half a list.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { DataError } from '../../core/errors.js';
import type { SanctionsList } from './list.js';

export const defaultSanctionsPath = './.vigil/sanctions.json';

export function sanctionsPath(): string {
  return process.env.VIGIL_SANCTIONS ?? defaultSanctionsPath;
}

const listSchema = z.object({
  source: z.string(),
  importedAt: z.string(),
  entries: z.array(z.object({
    entNum: z.number().int(),
    name: z.string(),
    type: z.enum(['individual', 'entity', 'vessel', 'aircraft']),
    programs: z.array(z.string()),
    title: z.string().nullable(),
    remarks: z.string(),
    aliases: z.array(z.object({ name: z.string(), kind: z.string(), weak: z.boolean() })),
    countries: z.array(z.string()),
    designatedOn: z.string().nullable(),
  })),
});

export function saveSanctionsList(list: SanctionsList, path = sanctionsPath()): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(list));
  renameSync(tmp, path);
}

/** The imported list, or null when none has been imported. */
export function loadSanctionsList(path = sanctionsPath()): SanctionsList | null {
  if (!existsSync(path)) return null;
  let raw: unknown;
  try { raw = JSON.parse(readFileSync(path, 'utf8')); } catch (err) {
    throw new DataError(`${path}: not a sanctions list (${err instanceof Error ? err.message : String(err)}); re-run vigil sanctions import`, { cause: err });
  }
  const parsed = listSchema.safeParse(raw);
  if (!parsed.success) throw new DataError(`${path}: not a sanctions list (${parsed.error.issues[0]?.message ?? 'invalid'}); re-run vigil sanctions import`);
  return parsed.data;
}
