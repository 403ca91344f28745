/**
 * The names lexicon (data/actors/names/lexicon.yaml): articles, spelling
 * variants, titles, cue words and generic words that the name folding, the
 * registry matcher and the unknown-name detector read. Validated at load.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { DataError } from '../core/errors.js';

const words = z.array(z.string().min(1));

export const lexiconSchema = z.object({
  articles: words,
  articles_without_hyphen: words,
  spelling_variants: z.array(words.min(2)),
  honorifics: words,
  /** Honorifics kept inside a person's mention (forms of address, ranks); the others (offices) stay outside it. */
  mention_honorifics: words.default([]),
  person_cues: words,
  /** Offices that close a capitalised title before a name ("Defence Secretary X", "Deputy Foreign Minister X"). */
  office_heads: words.default([]),
  speech_verbs: words,
  place_cues: words,
  /** Words before a name that make it a place ("near X", "west of X"). */
  place_before: words.default([]),
  place_heads: words,
  /** Place heads that belong to the name even in lower case ("Zobe junction"). */
  place_name_heads: words.default([]),
  /** Administrative heads a registry place's mention takes in ("Idlib province"). */
  administrative_heads: words.default([]),
  /** Lower-case heads of buildings named after a place or a person ("Medina hospital"). */
  building_heads: words.default([]),
  outlet_heads: words,
  outlet_verbs: words,
  generic_words: words,
  group_openers: words,
  group_closers: words,
  /** Heads of a numbered unit's name ("the 22nd Infantry Division", "Brigade 44"). */
  unit_heads: words.default([]),
  /** Ordinals written as words that open a unit's name ("the Third Army"). */
  ordinal_words: words.default([]),
  /** Last words of a party's, body's or agency's name ("X Party", "X Service"). */
  organization_closers: words.default([]),
  /** "X Forces", "X Force": they close an armed group's name when a word of X is not in force_generic. */
  force_closers: words.default([]),
  /** Words that make "X Forces" a description rather than a name ("Special Forces", "Government Forces"). */
  force_generic: words.default([]),
  group_heads: words,
  group_head_modifiers: words,
  facility_heads: words,
  /** "USS Carney", "MV Galaxy Leader": a prefix before a ship's name. */
  vessel_prefixes: words.default([]),
  /** "the tanker Sounion": a word for a ship before its name. */
  vessel_nouns: words.default([]),
  /** Nouns after a nationality adjective that make it name the state acting ("Israeli troops"). */
  state_agent_nouns: words.default([]),
  not_names: words,
  non_actor_names: words,
  /**
   * Words of a ministry's name that news writes in lower case ("the foreign ministry", "Turkey's defence
   * ministry"): in an alias holding "Ministry" they match text of any case; the state's word keeps its capital.
   */
  caseless_office_words: words.default([]),
  /** Words that close such an alias; an alias holding one of them is the one relaxed. */
  caseless_office_heads: words.default([]),
  /**
   * Head nouns closing a party's, a movement's or an outlet's name that many outlets write in lower case ("the
   * Nationalist Movement party", "Firat news agency"): at the end of an alias of two words or more they match any case.
   */
  caseless_name_heads: words.default([]),
  /** Arabic verbs and complementisers after which a capital is the clause's subject, so its state ("واتهمت أنقرة"). */
  arabic_state_verbs: words.default([]),
  /** Arabic head nouns of an armed force's units, ordinals and branch words ("الفرقة السادسة مشاة", "اللواء 128"). */
  arabic_unit_heads: words.default([]),
  arabic_ordinals: words.default([]),
  arabic_unit_branches: words.default([]),
  /** Arabic prepositions after which a capital is the place ("في طهران"). */
  arabic_place_before: words.default([]),
  /** Arabic forms of address and ranks written right before a name ("الحاج", "اللواء"). */
  arabic_honorifics: words.default([]),
  /** Qualifiers written between an Arabic rank and the name ("العقيد أركان حرب فلان"), as phrases. */
  arabic_rank_qualifiers: words.default([]),
  /** Arabic command titles whose complement ends in the holder's name ("قائد لواء الشمال فلان"). */
  arabic_command_titles: words.default([]),
  /** Arabic offices whose holder's name follows the body they serve ("المتحدث باسم الحكومة فلان الفلاني"). */
  arabic_office_titles: words.default([]),
  /** Arabic function words and verbs that never stand in a name. */
  arabic_not_names: words.default([]),
  /** Arabic words that open a clause (complementisers, speech verbs): a title's complement or a name never runs past one. */
  arabic_clause_words: words.default([]),
  /** Arabic nouns before a place's own name ("حارة القريون", "ساحة الطيران"): head and name make the place. */
  arabic_place_heads: words.default([]),
  /** Arabic nouns before a village's or town's name that stay outside it ("قرية الروضة" names "الروضة"). */
  arabic_place_descriptors: words.default([]),
  /** First words of two-word Arabic place names ("بيت لاهيا", "دير البلح"). */
  arabic_place_openers: words.default([]),
  /** Common nouns after a place head that make no name ("ساحة المعركة", "مخيم اللاجئين"). */
  arabic_place_not_names: words.default([]),
}).strict();

export type NamesLexicon = z.infer<typeof lexiconSchema>;

export const LEXICON_PATH = join('actors', 'names', 'lexicon.yaml');

export function parseLexicon(text: string, origin: string): NamesLexicon {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (err) {
    throw new DataError(`${origin}: not valid YAML (${(err as Error).message.split('\n')[0]})`, { cause: err });
  }
  const result = lexiconSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new DataError(`${origin}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}

export function loadLexicon(dataDir: string): NamesLexicon {
  const path = join(dataDir, LEXICON_PATH);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new DataError(`cannot read ${path}`, { cause: err });
  }
  return parseLexicon(text, path);
}
