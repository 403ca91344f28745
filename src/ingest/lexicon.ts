/**
 * The page lexicon: the cue words of page furniture (data/lexicons/boilerplate.yaml)
 * and of page headers and bylines (data/lexicons/page-header.yaml), validated
 * at load and compiled into the matchers the readers use.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { defaultDataDir, loadYamlFile } from './data-files.js';

const cueList = z.array(z.string().min(1)).min(1);

export const boilerplateSchema = z.object({
  whole_lines: cueList,
  line_starts: cueList,
  strong_phrases: cueList,
  section_starts: cueList,
  pitches: z.object({ address: cueList, products: cueList, calls: cueList }).strict(),
  house_notes: cueList,
  captions: z.object({
    phrases: cueList,
    trailing_credits: cueList,
    position_words: cueList,
    credit_labels: cueList,
  }).strict(),
}).strict();

export const pageHeaderSchema = z.object({
  months: z.record(z.string().regex(/^(?:[1-9]|1[0-2])$/, 'month keys are 1..12'), cueList)
    .refine((m) => Object.keys(m).length === 12, 'all twelve months are needed'),
  weekdays: z.record(z.string().regex(/^[0-6]$/, 'weekday keys are 0 (Sunday) ..6'), cueList)
    .refine((m) => Object.keys(m).length === 7, 'all seven weekdays are needed'),
  month_first_countries: z.array(z.string().regex(/^[A-Z]{2}$/)),
  date_labels: cueList,
  byline_prefixes: cueList,
  name_particles: cueList,
  not_author: cueList,
  desk_words: cueList,
  header_labels: cueList,
  section_labels: cueList,
  publisher_words: cueList,
  platform_words: cueList,
  issuer_heads: cueList,
  function_words: z.object({ en: cueList, ar: cueList }).strict(),
}).strict();

/** The Hijri part of data/lexicons/months-ar.yaml (the file the Arabic date reader owns; its other keys are its own). */
export const hijriMonthsSchema = z.object({
  hijri: z.array(z.object({ month: z.number().int().min(1).max(12), names: cueList }).strict()).length(12),
  hijri_markers: cueList,
}).passthrough();

export interface PageLexicon {
  /** Whole line is furniture. Keys are folded with foldCue. */
  wholeLines: ReadonlySet<string>;
  lineStart: RegExp;
  strongPhrase: RegExp;
  sectionStart: RegExp;
  /** A pitch for the outlet's products: all three must occur in a short unit. */
  pitch: { address: RegExp; product: RegExp; call: RegExp };
  /** The outlet speaking of its own coverage ("will continue to follow"). */
  houseNote: RegExp;
  captionPhrase: RegExp;
  /** "(AFP)" or "(Reuters)" closing a line. */
  trailingCredit: RegExp;
  /** "(right)", "(center)" inside a line. */
  positionWord: RegExp;
  /** A label opening a photo credit ("Photo:", "File", "Source"), at the start of a segment, any case. */
  creditLabel: RegExp;
  /** Agencies and sources a credit names alone ("AFP", "Getty Images", "social media"), folded. */
  creditSources: ReadonlySet<string>;
  /** Month name (folded, lower case) to month number. */
  months: ReadonlyMap<string, number>;
  /** Alternation of month names, longest first, for building date patterns. */
  monthPattern: string;
  /** Hijri month name (folded with foldDateText) to month number, for headers that print only the Hijri date. */
  hijriMonths: ReadonlyMap<string, number>;
  hijriMonthPattern: string;
  /** Year marks of a Hijri year ("هـ"), folded, longest first. */
  hijriMarkerPattern: string;
  /** Weekday name (folded) to its number, 0 for Sunday. */
  weekdays: ReadonlyMap<string, number>;
  /** Alternation of weekday names, longest first. */
  weekdayPattern: string;
  /** Countries whose outlets print numeric dates month first (03/04/2024 is March 4). */
  monthFirstCountries: ReadonlySet<string>;
  dateLabel: RegExp;
  bylinePrefix: RegExp;
  nameParticles: ReadonlySet<string>;
  notAuthor: ReadonlySet<string>;
  /** "staff" closing "By Reuters staff": the byline names a desk. */
  deskEnd: RegExp;
  /** Section, genre and organisation words of page headers: never in a person's name. */
  headerLabels: ReadonlySet<string>;
  /** Whole header lines that only label a section or genre. Folded with foldCue. */
  sectionLabels: ReadonlySet<string>;
  /** Words that make a short capitalised line read as a publisher's name. */
  publisherWords: ReadonlySet<string>;
  /** Messaging and social platforms ("Telegram", "تلغرام") and the words of an account's label. */
  platformWords: ReadonlySet<string>;
  /** First words of an issuing office's name ("Office", "Ministry"). */
  issuerHeads: ReadonlySet<string>;
  functionWords: ReadonlySet<string>;
}

/**
 * Arabic letters that pages write either way (hamza seats on alef, alef
 * maqsura for ya) made one, character for character so offsets survive.
 */
export function foldArabicLetters(s: string): string {
  return s.replace(/[أإآ]/g, 'ا').replace(/ى/g, 'ي');
}

/** Lower case, curly quotes straightened, white space folded: the form cues are compared in. */
export function foldCue(s: string): string {
  const lower = s.toLowerCase();
  // Most units hold no curly quote and no white space but single spaces: one scan, no copies.
  if (!NEEDS_FOLDING.test(lower)) return lower.trim();
  return lower.replace(/[’‘`´]/g, "'").replace(/[“”«»]/g, '"').replace(/[\s\u00a0]+/g, ' ').trim();
}

/** A quote foldCue straightens, a white space other than a plain space, or two spaces in a row. */
const NEEDS_FOLDING = /[’‘`´“”«»]|[^\S ]| {2}/;

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function alternation(list: readonly string[]): string {
  return [...list].map(foldCue).sort((a, b) => b.length - a.length).map(escapeRegex).join('|');
}

/** Cue at a word boundary; cues that start or end in punctuation carry their own boundary. */
function bounded(list: readonly string[]): string {
  return `(?<![\\p{L}\\p{N}])(?:${alternation(list)})(?![\\p{L}\\p{N}])`;
}

export function compileLexicon(b: z.infer<typeof boilerplateSchema>, h: z.infer<typeof pageHeaderSchema>, m: z.infer<typeof hijriMonthsSchema>): PageLexicon {
  const hijriMonths = new Map<string, number>();
  for (const entry of m.hijri) for (const n of entry.names) hijriMonths.set(foldArabicLetters(foldCue(n)), entry.month);
  const months = new Map<string, number>();
  for (const [num, names] of Object.entries(h.months)) for (const n of names) months.set(foldCue(n), Number(num));
  const weekdays = new Map<string, number>();
  for (const [num, names] of Object.entries(h.weekdays)) for (const n of names) weekdays.set(foldCue(n), Number(num));
  return {
    wholeLines: new Set(b.whole_lines.map(foldCue)),
    lineStart: new RegExp(`^(?:${alternation(b.line_starts)})`, 'u'),
    strongPhrase: new RegExp(bounded(b.strong_phrases), 'u'),
    sectionStart: new RegExp(`^(?:${alternation(b.section_starts)})(?![\\p{L}\\p{N}])`, 'u'),
    pitch: {
      address: new RegExp(bounded(b.pitches.address), 'u'),
      product: new RegExp(bounded(b.pitches.products), 'u'),
      call: new RegExp(bounded(b.pitches.calls), 'u'),
    },
    houseNote: new RegExp(bounded(b.house_notes), 'u'),
    captionPhrase: new RegExp(alternation(b.captions.phrases), 'u'),
    trailingCredit: new RegExp(`[(\\[](?:${alternation(b.captions.trailing_credits)})(?:\\s*[/|,]\\s*[^)\\]]{0,40})?[)\\]]\\s*$`, 'u'),
    positionWord: new RegExp(`\\((?:${alternation(b.captions.position_words)})\\)`, 'u'),
    creditLabel: new RegExp(`^(?:${alternation(b.captions.credit_labels)})(?![\\p{L}\\p{N}])`, 'iu'),
    creditSources: new Set(b.captions.trailing_credits.map(foldCue)),
    months,
    monthPattern: [...months.keys()].sort((a, b2) => b2.length - a.length).map(escapeRegex).join('|'),
    hijriMonths,
    hijriMonthPattern: [...hijriMonths.keys()].sort((a, b2) => b2.length - a.length).map(escapeRegex).join('|'),
    hijriMarkerPattern: [...m.hijri_markers].map((x) => foldArabicLetters(foldCue(x))).sort((a, b2) => b2.length - a.length).map(escapeRegex).join('|'),
    weekdays,
    weekdayPattern: [...weekdays.keys()].sort((a, b2) => b2.length - a.length).map(escapeRegex).join('|'),
    monthFirstCountries: new Set(h.month_first_countries),
    dateLabel: new RegExp(`^(?:${alternation(h.date_labels)})\\s*:?\\s*`, 'u'),
    // "By: NAME", "كتب - NAME": a colon or a dash may follow the prefix.
    bylinePrefix: new RegExp(`^(?:${alternation(h.byline_prefixes)})\\s*[:\\-–—]?\\s+`, 'u'),
    nameParticles: new Set(h.name_particles.map(foldCue)),
    notAuthor: new Set(h.not_author.map(foldCue)),
    deskEnd: new RegExp(`\\s(?:${alternation(h.desk_words)})$`, 'u'),
    headerLabels: new Set(h.header_labels.map(foldCue)),
    sectionLabels: new Set(h.section_labels.map(foldCue)),
    publisherWords: new Set(h.publisher_words.map(foldCue)),
    platformWords: new Set(h.platform_words.map(foldCue)),
    issuerHeads: new Set(h.issuer_heads.map(foldCue)),
    functionWords: new Set([...h.function_words.en, ...h.function_words.ar].map(foldCue)),
  };
}

export function loadPageLexicon(dataDir: string = defaultDataDir()): PageLexicon {
  const b = loadYamlFile(join(dataDir, 'lexicons', 'boilerplate.yaml'), boilerplateSchema);
  const h = loadYamlFile(join(dataDir, 'lexicons', 'page-header.yaml'), pageHeaderSchema);
  const m = loadYamlFile(join(dataDir, 'lexicons', 'months-ar.yaml'), hijriMonthsSchema);
  return compileLexicon(b, h, m);
}
