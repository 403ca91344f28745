/**
 * The document object that flows through every stage, and the annotation
 * types the stages add. All offsets are UTF-16 indices into `Doc.text`.
 */

export interface Span {
  start: number;
  end: number;
}

export type EntityType = 'person' | 'organization' | 'armed_group' | 'state' | 'location' | 'facility';

export type StatementKind =
  | 'threat' | 'vow' | 'claim' | 'accusation' | 'denial' | 'demand'
  | 'support' | 'cooperation' | 'warning' | 'other';

export type EventKind =
  | 'attack' | 'strike' | 'killing' | 'sanction' | 'designation' | 'meeting'
  | 'deployment' | 'withdrawal' | 'negotiation' | 'founding' | 'other';

export type RelationPredicate =
  | 'leads' | 'spokesperson_of' | 'member_of' | 'former_member_of' | 'part_of'
  | 'backed_by' | 'allied_with' | 'founded' | 'designated_by' | 'sanctioned_by' | 'located_in';

/** Where an annotation came from: the rule or registry entry, and how sure. */
export interface Provenance {
  /** e.g. "registry:akram-al-kaabi", "pattern:cameo/190", "rule:apposition" */
  rule: string;
  /** 0..1 */
  confidence: number;
}

export interface Sentence extends Span {
  index: number;
  /** Paragraph number, for quotations that span paragraphs. */
  paragraph: number;
}

export interface Token extends Span {
  /** Folded form used for matching: lower case, no marks, Arabic letters unified. */
  norm: string;
  /** Index of the sentence that holds this token. */
  sentence: number;
}

export interface Mention extends Span {
  text: string;
  entityId: string;
  provenance: Provenance;
}

export interface Entity {
  /** Stable across documents and runs: registry id, or derived from the normalized name. */
  id: string;
  type: EntityType;
  name: string;
  /** True when the entity is in the actor registry. */
  inRegistry: boolean;
}

export interface Quote extends Span {
  text: string;
  /** Entity id, or null when the text does not say who spoke. */
  speaker: string | null;
  /** Span of the words that name the speaker ("he said"), if any. */
  cue: Span | null;
  sentence: number;
  provenance: Provenance;
}

/** A date as precise as the text supports: YYYY-MM-DD, YYYY-MM or YYYY. */
export type PartialDate = string;

export interface Statement extends Span {
  kind: StatementKind;
  actor: string | null;
  target: string | null;
  date: PartialDate | null;
  text: string;
  /** Threat details, when the text gives them. */
  means: string | null;
  condition: string | null;
  deadline: PartialDate | null;
  quote: number | null;
  sentence: number;
  provenance: Provenance;
}

export interface Event extends Span {
  kind: EventKind;
  actor: string | null;
  target: string | null;
  date: PartialDate | null;
  place: string | null;
  /** CAMEO code, e.g. "195". */
  cameo: string;
  goldstein: number;
  text: string;
  sentence: number;
  provenance: Provenance;
}

export interface Relation {
  subject: string;
  predicate: RelationPredicate;
  object: string;
  text: string;
  span: Span | null;
  /** "document" when read from this text, "registry" when added from registry facts. */
  origin: 'document' | 'registry';
  provenance: Provenance;
}

export interface Warning {
  stage: string;
  message: string;
  span: Span | null;
}

export interface DocumentMeta {
  title: string | null;
  /** YYYY-MM-DD, or less precise, or null. */
  published: string | null;
  author: string | null;
  /** Outlet name as a reader would name it. */
  source: string | null;
  /** Source registry id, when the outlet is known. */
  sourceId: string | null;
  /** ISO 639-1 code. */
  language: string | null;
  url: string | null;
}

/** Raw input as it arrived. */
export interface RawInput {
  /** File name (basename) or URL the input is known by. */
  name: string;
  bytes: Uint8Array;
  /** MIME type when known (HTTP header, file extension). */
  contentType: string | null;
  /** Where it came from: a path, URL, or feed. */
  origin: string;
  /**
   * Metadata the source stated outright (a feed item's title, date, author,
   * link; a Telegram channel's name and post date). The metadata stage
   * should prefer these over what it guesses from the text.
   */
  hints?: Partial<DocumentMeta>;
}

export interface Doc {
  /** sha256 (hex) of the normalized body text; set by the text stage. */
  id: string;
  input: RawInput;
  /** The input decoded to a string. */
  decoded: string;
  /** Encoding the input was decoded from. */
  charset: string | null;
  format: 'html' | 'text';
  /** Clean, normalized body text. Every span points into this. */
  text: string;
  meta: DocumentMeta;
  sentences: Sentence[];
  tokens: Token[];
  entities: Entity[];
  mentions: Mention[];
  quotes: Quote[];
  statements: Statement[];
  events: Event[];
  relations: Relation[];
  warnings: Warning[];
}

export function emptyMeta(): DocumentMeta {
  return { title: null, published: null, author: null, source: null, sourceId: null, language: null, url: null };
}

export function newDoc(input: RawInput): Doc {
  return {
    id: '',
    input,
    decoded: '',
    charset: null,
    format: 'text',
    text: '',
    meta: emptyMeta(),
    sentences: [],
    tokens: [],
    entities: [],
    mentions: [],
    quotes: [],
    statements: [],
    events: [],
    relations: [],
    warnings: [],
  };
}
