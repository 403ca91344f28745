/**
 * The Arabic date vocabulary (data/lexicons/months-ar.yaml): month names of
 * both Gregorian series and the Hijri calendar, weekdays, relative phrases,
 * cue words. Validated by a zod schema at load; the parser in
 * dates-arabic.ts builds its patterns from it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { DataError } from '../core/errors.js';
import { foldText } from '../text/fold.js';
import { defaultDataDir } from '../core/data-dir.js';

const names = z.array(z.string().trim().min(1)).min(1);

export const arabicDateLexiconSchema = z
  .object({
    gregorian: z.array(z.object({ month: z.number().int().min(1).max(12), names }).strict()).length(12),
    hijri: z.array(z.object({ month: z.number().int().min(1).max(12), names }).strict()).length(12),
    weekdays: z.array(z.object({ day: z.number().int().min(0).max(6), names }).strict()).length(7),
    direction: z.object({ past: names, next: names, current: names }).strict(),
    relative: z.array(
      z.object({ phrases: names, unit: z.enum(['day', 'week', 'month', 'year']), offset: z.number().int() }).strict(),
    ),
    month_cues: names,
    year_cues: names,
    hijri_markers: names,
    gregorian_markers: names,
    ordinal_days: z.array(z.object({ day: z.number().int().min(1).max(31), names }).strict()),
  })
  .strict()
  .superRefine((lex, ctx) => {
    // Each number appears once, and no spelling means two different things
    // within one list: either would make the parser's answer depend on order.
    const lists: Array<[string, Array<{ n: number; names: string[] }>]> = [
      ['gregorian', lex.gregorian.map((e) => ({ n: e.month, names: e.names }))],
      ['hijri', lex.hijri.map((e) => ({ n: e.month, names: e.names }))],
      ['weekdays', lex.weekdays.map((e) => ({ n: e.day, names: e.names }))],
      ['ordinal_days', lex.ordinal_days.map((e) => ({ n: e.day, names: e.names }))],
      ['relative', lex.relative.map((e, i) => ({ n: i, names: e.phrases }))],
    ];
    for (const [list, entries] of lists) {
      const numbers = new Set<number>();
      const seen = new Map<string, number>();
      for (const entry of entries) {
        if (numbers.has(entry.n)) ctx.addIssue({ code: 'custom', path: [list], message: `${list}: ${entry.n} is listed twice` });
        numbers.add(entry.n);
        for (const name of entry.names) {
          const key = foldText(name);
          const other = seen.get(key);
          if (other !== undefined) {
            ctx.addIssue({ code: 'custom', path: [list], message: `${list}: '${name}' is listed twice (${other} and ${entry.n})` });
          }
          seen.set(key, entry.n);
        }
      }
    }
  });

export type ArabicDateLexicon = z.infer<typeof arabicDateLexiconSchema>;


export const MONTHS_AR_FILE = join('lexicons', 'months-ar.yaml');

export function loadArabicDateLexicon(dataDir: string = defaultDataDir()): ArabicDateLexicon {
  const path = join(dataDir, MONTHS_AR_FILE);
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new DataError(`${path}: cannot read: ${(err as Error).message.split('\n')[0]}`, { cause: err });
  }
  const result = arabicDateLexiconSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new DataError(`${path}: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'}`);
  }
  return result.data;
}
