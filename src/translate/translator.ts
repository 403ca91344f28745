/**
 * Translation: the contract every provider meets, and the record a
 * translation is stored as. A translation is kept beside the original text,
 * never in its place; spans and citations always point into the original.
 */
import { VigilError } from '../core/errors.js';

/** ISO 639-1 code ("ar", "en"), or "auto" as a source when the provider can detect it. */
export type LanguageCode = string;

/** A full translation by a service, or a word-by-word gist made offline. */
export type TranslationKind = 'translation' | 'gist';

export interface TranslationResult {
  text: string;
  provider: string;
  kind: TranslationKind;
  from: LanguageCode;
  to: LanguageCode;
}

export interface Translator {
  /** Short name recorded with every result: "libretranslate", "openai", "gist". */
  readonly provider: string;
  readonly kind: TranslationKind;
  /** One result per input text, in order. Throws TranslateError when the provider fails. */
  translate(texts: string[], from: LanguageCode, to: LanguageCode): Promise<TranslationResult[]>;
}

/** A translation as stored: beside the document it translates. */
export interface TranslationRecord {
  /** Id of the translated document (Doc.id). */
  docId: string;
  provider: string;
  kind: TranslationKind;
  from: LanguageCode;
  to: LanguageCode;
  text: string;
  /** ISO 8601 timestamp. */
  created: string;
}

export function toTranslationRecord(docId: string, result: TranslationResult, created: Date = new Date()): TranslationRecord {
  return {
    docId,
    provider: result.provider,
    kind: result.kind,
    from: result.from,
    to: result.to,
    text: result.text,
    created: created.toISOString(),
  };
}

/** Why a provider failed; callers decide on `reason` (auth failures are not worth retrying). */
export type TranslateFailure = 'config' | 'auth' | 'timeout' | 'unreachable' | 'server' | 'rejected' | 'malformed' | 'unavailable';

export class TranslateError extends VigilError {
  readonly reason: TranslateFailure;
  constructor(reason: TranslateFailure, message: string, options?: { cause?: unknown }) {
    super(reason === 'malformed' ? 'PARSE_FAILED' : reason === 'config' ? 'USAGE' : reason === 'unavailable' ? 'NOT_FOUND' : 'FETCH_FAILED', message, options);
    this.reason = reason;
  }
}
