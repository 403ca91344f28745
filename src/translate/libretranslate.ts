/**
 * LibreTranslate (https://libretranslate.com, self-hostable):
 * POST {url}/translate {q: string[], source, target, format: "text", api_key}
 * -> {translatedText: string[]}.
 */
import { z } from 'zod';
import { batchByLength, joinPieces, splitForTranslation, type Piece } from './chunk.js';
import { postJson, type HttpOptions } from './http.js';
import { TranslateError, type LanguageCode, type TranslationResult, type Translator } from './translator.js';

export interface ServiceOptions {
  /** Base URL of the service. */
  url: string;
  key?: string | null;
  timeoutMs?: number;
  retries?: number;
  retryDelayMs?: number;
  /** Longest piece of text sent at once; longer texts are cut at sentence ends. */
  maxChars?: number;
}

const answer = z.object({ translatedText: z.union([z.string(), z.array(z.string())]) });

export function httpOptions(provider: string, options: ServiceOptions): HttpOptions {
  return {
    provider,
    timeoutMs: options.timeoutMs ?? 30_000,
    retries: options.retries ?? 2,
    retryDelayMs: options.retryDelayMs ?? 500,
  };
}

export class LibreTranslateTranslator implements Translator {
  readonly provider = 'libretranslate';
  readonly kind = 'translation' as const;
  private readonly endpoint: string;

  constructor(private readonly options: ServiceOptions) {
    this.endpoint = new URL('translate', options.url.endsWith('/') ? options.url : `${options.url}/`).toString();
  }

  async translate(texts: string[], from: LanguageCode, to: LanguageCode): Promise<TranslationResult[]> {
    const maxChars = this.options.maxChars ?? 2000;
    const pieces: Array<{ doc: number; piece: Piece }> = texts.flatMap((t, doc) => splitForTranslation(t, maxChars).map((piece) => ({ doc, piece })));
    const translated = new Map<{ doc: number; piece: Piece }, string>();
    // Several pieces travel in one request (q as an array), up to the same size limit.
    for (const batch of batchByLength(pieces, (p) => p.piece.text.length, maxChars, 50)) {
      const body = {
        q: batch.map((p) => p.piece.text),
        source: from,
        target: to,
        format: 'text',
        ...(this.options.key ? { api_key: this.options.key } : {}),
      };
      const parsed = answer.safeParse(await postJson(this.endpoint, body, httpOptions(this.provider, this.options)));
      if (!parsed.success) throw new TranslateError('malformed', `${this.provider}: the answer has no translatedText`);
      const out = typeof parsed.data.translatedText === 'string' ? [parsed.data.translatedText] : parsed.data.translatedText;
      if (out.length !== batch.length) {
        throw new TranslateError('malformed', `${this.provider}: sent ${batch.length} texts, got ${out.length} translations back`);
      }
      batch.forEach((p, i) => translated.set(p, out[i] ?? ''));
    }
    return texts.map((_, doc) => {
      const mine = pieces.filter((p) => p.doc === doc);
      return {
        text: joinPieces(mine.map((p) => p.piece), mine.map((p) => translated.get(p) ?? '')),
        provider: this.provider,
        kind: this.kind,
        from,
        to,
      };
    });
  }
}
