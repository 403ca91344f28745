/**
 * The knowledge the extract stages read (quotations, statements, events,
 * relations, dates), loaded from data/lexicons/ and data/cameo/, validated by
 * zod at load and compiled once into phrase matchers.
 *
 * Every cue carries a language ('en', 'ar', ...) so one file serves every
 * language; a stage picks the matcher for the document's language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { DataError } from '../core/errors.js';
import type { EventKind, RelationPredicate, StatementKind } from '../core/types.js';
import { PhraseMatcher } from './phrase-matcher.js';
import { defaultDataDir } from '../core/data-dir.js';

const lang = z.string().regex(/^[a-z]{2}$/, 'lang must be an ISO 639-1 code');
const cue = z.string().trim().min(1);
const statementKinds = ['threat', 'vow', 'claim', 'accusation', 'denial', 'demand', 'support', 'cooperation', 'warning', 'other'] as const;
const eventKinds = ['attack', 'strike', 'killing', 'sanction', 'designation', 'meeting', 'deployment', 'withdrawal', 'negotiation', 'founding', 'other'] as const;
const predicates = ['leads', 'spokesperson_of', 'member_of', 'former_member_of', 'part_of', 'backed_by', 'allied_with', 'founded', 'designated_by', 'sanctioned_by', 'located_in'] as const;

export const codebookSchema = z.object({
  version: z.string(),
  codes: z.array(z.object({
    code: z.string().regex(/^(0[1-9]|1\d|20)\d{0,2}$/, 'code must be a CAMEO code: a root 01-20 and up to two more digits'),
    name: z.string().min(3),
    goldstein: z.number().min(-10).max(10),
  }).strict()).min(20),
}).strict();

export const verbsSchema = z.object({
  version: z.number(),
  verbs: z.array(z.object({
    code: z.string().regex(/^\d{2,4}$/),
    kind: z.enum(eventKinds),
    voice: z.enum(['active', 'passive', 'nominal']),
    lang,
    cues: z.array(cue).min(1),
  }).strict()),
}).strict();

export const speechSchema = z.object({
  version: z.number(),
  cues: z.array(z.object({
    lang,
    position: z.enum(['either', 'after', 'passive', 'possessive', 'self']),
    words: z.array(cue).min(1),
  }).strict()),
}).strict();

export const statementsSchema = z.object({
  version: z.number(),
  entries: z.array(z.object({
    kind: z.enum(statementKinds),
    lang,
    where: z.enum(['report', 'content']),
    cues: z.array(cue).min(1),
  }).strict()),
  means: z.array(z.object({ lang, words: z.array(cue).min(1) }).strict()).optional(),
}).strict();

export const statementKindsSchema = z.object({
  version: z.number(),
  kinds: z.array(z.object({
    kind: z.enum(statementKinds),
    lang,
    cues: z.array(cue).min(1),
  }).strict()),
}).strict();

const actorId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an actor id of data/actors/');
export const referencesSchema = z.object({
  version: z.number(),
  refs: z.array(z.object({
    lang,
    to: z.enum(['person', 'group', 'groups', 'agency', 'leader', 'spokesperson', 'official', 'titled']),
    words: z.array(cue).min(1),
  }).strict()),
  epithets: z.array(z.object({
    lang,
    to: actorId,
    /** A speaker of this country (key) means this actor (value) instead. */
    from: z.record(actorId, actorId).optional(),
    words: z.array(cue).min(1),
  }).strict()).optional(),
}).strict();

export const relationsSchema = z.object({
  version: z.number(),
  roles: z.array(z.object({ predicate: z.enum(predicates), words: z.array(cue).min(1) }).strict()),
  links: z.array(z.object({
    predicate: z.enum(predicates),
    form: z.enum(['active', 'passive', 'modifier', 'prefix', 'copula']),
    cues: z.array(cue).min(1),
  }).strict()),
}).strict();

const wordList = z.array(cue);
export const datesSchema = z.object({
  version: z.number(),
  languages: z.array(z.object({
    lang,
    months: z.array(z.array(cue).min(1)).length(12),
    weekdays: z.array(cue).length(7),
    habitual: wordList,
    anaphoric: wordList,
    recent: wordList,
    occasions: wordList,
  }).strict()),
}).strict();

export type SpeechPosition = z.infer<typeof speechSchema>['cues'][number]['position'];
export type RefKind = z.infer<typeof referencesSchema>['refs'][number]['to'];
export type LinkForm = z.infer<typeof relationsSchema>['links'][number]['form'];
export type DateWords = z.infer<typeof datesSchema>['languages'][number];

export interface CameoCode { code: string; name: string; goldstein: number }
export interface VerbCue { code: string; kind: EventKind; voice: 'active' | 'passive' | 'nominal' }
/** `gap`: the phrase skips words ("hold * responsible"), which may name its target. */
export interface StatementCue { kind: StatementKind; where: 'report' | 'content'; gap: boolean }
/** A content word of a declaration's kind; `rank` is the entry's place in the file (lower wins). */
export interface KindCue { kind: StatementKind; rank: number }
export interface LinkCue { predicate: RelationPredicate; form: LinkForm }
/** What an epithet stands for: `to`, or for a speaker of a country listed in `from`, the actor given there. */
export interface Epithet { to: string; from: Readonly<Record<string, string>> }

/** Matchers for one language. */
export interface LanguageCues {
  speech: PhraseMatcher<SpeechPosition>;
  statements: PhraseMatcher<StatementCue>;
  /** Loose content words that give a declaration no statement cue typed its kind (statement-classify.ts). */
  declarationKinds: PhraseMatcher<KindCue>;
  /** Weapons and methods a threat names. */
  means: PhraseMatcher<true>;
  verbs: PhraseMatcher<VerbCue>;
  refs: PhraseMatcher<RefKind>;
  /** What speakers call an adversary instead of naming it ("the Zionist entity", "the occupation"). */
  epithets: PhraseMatcher<Epithet>;
  roles: PhraseMatcher<RelationPredicate>;
  links: PhraseMatcher<LinkCue>;
  habitual: PhraseMatcher<true>;
  anaphoric: PhraseMatcher<true>;
  recent: PhraseMatcher<true>;
  occasions: PhraseMatcher<string>;
  dateWords: DateWords | null;
}

export interface ExtractKnowledge {
  /** The CAMEO codebook, by code. */
  cameo: ReadonlyMap<string, CameoCode>;
  /** Cues by language; `cuesFor` falls back to English. */
  cuesFor(language: string | null): LanguageCues;
}

/** The package's data/ folder (see core/data-dir.ts), for this module's callers. */
export { defaultDataDir };

/** The files this module reads, relative to data/, with their schemas (tests load each whole). */
export const extractDataFiles = {
  codebook: { path: join('cameo', 'codebook.yaml'), schema: codebookSchema },
  verbs: { path: join('cameo', 'verbs.yaml'), schema: verbsSchema },
  speech: { path: join('lexicons', 'speech.yaml'), schema: speechSchema },
  statements: { path: join('lexicons', 'statements.yaml'), schema: statementsSchema },
  statementKinds: { path: join('lexicons', 'statement-kinds.yaml'), schema: statementKindsSchema },
  references: { path: join('lexicons', 'references.yaml'), schema: referencesSchema },
  relations: { path: join('lexicons', 'relations.yaml'), schema: relationsSchema },
  dates: { path: join('lexicons', 'dates.yaml'), schema: datesSchema },
} as const;

export function loadDataFile<T>(dataDir: string, file: { path: string; schema: z.ZodType<T> }): T {
  const path = join(dataDir, file.path);
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new DataError(`${path}: cannot read: ${(err as Error).message.split('\n')[0]}`, { cause: err });
  }
  const result = file.schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new DataError(`${path}: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'}`);
  }
  return result.data;
}

export function loadExtractKnowledge(dataDir: string = defaultDataDir()): ExtractKnowledge {
  const codebook = loadDataFile(dataDir, extractDataFiles.codebook);
  const verbs = loadDataFile(dataDir, extractDataFiles.verbs);
  const speech = loadDataFile(dataDir, extractDataFiles.speech);
  const statements = loadDataFile(dataDir, extractDataFiles.statements);
  const kindWords = loadDataFile(dataDir, extractDataFiles.statementKinds);
  const references = loadDataFile(dataDir, extractDataFiles.references);
  const relations = loadDataFile(dataDir, extractDataFiles.relations);
  const dates = loadDataFile(dataDir, extractDataFiles.dates);

  const cameo = new Map<string, CameoCode>();
  for (const c of codebook.codes) {
    if (cameo.has(c.code)) throw new DataError(`${extractDataFiles.codebook.path}: code ${c.code} listed twice`);
    cameo.set(c.code, c);
  }
  for (const v of verbs.verbs) {
    if (!cameo.has(v.code)) throw new DataError(`${extractDataFiles.verbs.path}: code ${v.code} is not in the codebook`);
  }

  const languages = new Set<string>(['en']);
  for (const list of [verbs.verbs, speech.cues, statements.entries, references.refs]) for (const e of list) languages.add(e.lang);
  for (const d of dates.languages) languages.add(d.lang);

  const byLang = new Map<string, LanguageCues>();
  for (const l of languages) {
    const words = dates.languages.find((d) => d.lang === l) ?? null;
    const flag = (list: string[] | undefined): PhraseMatcher<true> => new PhraseMatcher((list ?? []).map((phrase) => ({ phrase, value: true as const })));
    byLang.set(l, {
      speech: new PhraseMatcher(speech.cues.filter((c) => c.lang === l).flatMap((c) => c.words.map((phrase) => ({ phrase, value: c.position })))),
      statements: new PhraseMatcher(statements.entries.filter((e) => e.lang === l).flatMap((e) => e.cues.map((phrase) => ({ phrase, value: { kind: e.kind, where: e.where, gap: phrase.includes('*') } })))),
      declarationKinds: new PhraseMatcher(kindWords.kinds.flatMap((e, rank) => (e.lang === l ? e.cues.map((phrase) => ({ phrase, value: { kind: e.kind, rank } })) : []))),
      means: flag((statements.means ?? []).filter((m) => m.lang === l).flatMap((m) => m.words)),
      verbs: new PhraseMatcher(verbs.verbs.filter((v) => v.lang === l).flatMap((v) => v.cues.map((phrase) => ({ phrase, value: { code: v.code, kind: v.kind, voice: v.voice } })))),
      refs: new PhraseMatcher(references.refs.filter((r) => r.lang === l).flatMap((r) => r.words.map((phrase) => ({ phrase, value: r.to })))),
      epithets: new PhraseMatcher((references.epithets ?? []).filter((e) => e.lang === l)
        .flatMap((e) => { const value: Epithet = { to: e.to, from: e.from ?? {} }; return e.words.map((phrase) => ({ phrase, value })); })),
      // Roles and links are English wording for now; other languages get their own entries when written.
      roles: new PhraseMatcher(l === 'en' ? relations.roles.flatMap((r) => r.words.map((phrase) => ({ phrase, value: r.predicate }))) : []),
      links: new PhraseMatcher(l === 'en' ? relations.links.flatMap((k) => k.cues.map((phrase) => ({ phrase, value: { predicate: k.predicate, form: k.form } }))) : []),
      habitual: flag(words?.habitual),
      anaphoric: flag(words?.anaphoric),
      recent: flag(words?.recent),
      occasions: new PhraseMatcher((words?.occasions ?? []).map((phrase) => ({ phrase, value: phrase }))),
      dateWords: words,
    });
  }
  const english = byLang.get('en');
  if (!english) throw new DataError('no English cues loaded');
  return { cameo, cuesFor: (language) => (language ? byLang.get(language) : undefined) ?? english };
}
