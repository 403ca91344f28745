/**
 * Any OpenAI-compatible chat completions endpoint (OpenAI, vLLM, llama.cpp
 * server, Ollama's /v1, ...): POST {url}/v1/chat/completions {model, messages}
 * with a bearer key -> {choices: [{message: {content}}]}. One request per
 * piece, so a long article never overflows the model's context.
 */
import { z } from 'zod';
import { joinPieces, splitForTranslation } from './chunk.js';
import { postJson } from './http.js';
import { httpOptions, type ServiceOptions } from './libretranslate.js';
import { TranslateError, type LanguageCode, type TranslationResult, type Translator } from './translator.js';

export interface ChatOptions extends ServiceOptions {
  model?: string;
}

const answer = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string() }) })).min(1),
});

const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  ar: 'Arabic', en: 'English', fa: 'Persian', fr: 'French', he: 'Hebrew', ku: 'Kurdish', tr: 'Turkish', ur: 'Urdu',
};

function languageName(code: LanguageCode): string {
  return LANGUAGE_NAMES[code] ?? code;
}

/** The chat completions URL for a base URL given with or without /v1. */
export function chatCompletionsUrl(base: string): string {
  const trimmed = base.replace(/\/+$/, '');
  if (trimmed.endsWith('/chat/completions')) return trimmed;
  return `${trimmed.endsWith('/v1') ? trimmed : `${trimmed}/v1`}/chat/completions`;
}

export class OpenAiChatTranslator implements Translator {
  readonly provider = 'openai';
  readonly kind = 'translation' as const;
  private readonly endpoint: string;

  constructor(private readonly options: ChatOptions) {
    this.endpoint = chatCompletionsUrl(options.url);
  }

  private instructions(from: LanguageCode, to: LanguageCode): string {
    const source = from === 'auto' ? 'the source language' : languageName(from);
    return `Translate the user's text from ${source} to ${languageName(to)}. Keep names of people, groups and places ` +
      'as they are usually written in the target language. Keep quotation marks. Reply with the translation only.';
  }

  async translate(texts: string[], from: LanguageCode, to: LanguageCode): Promise<TranslationResult[]> {
    const http = httpOptions(this.provider, this.options);
    if (this.options.key) http.headers = { authorization: `Bearer ${this.options.key}` };
    const results: TranslationResult[] = [];
    for (const text of texts) {
      const pieces = splitForTranslation(text, this.options.maxChars ?? 4000);
      const out: string[] = [];
      for (const piece of pieces) {
        const body = {
          model: this.options.model ?? 'gpt-4o-mini',
          temperature: 0,
          messages: [
            { role: 'system', content: this.instructions(from, to) },
            { role: 'user', content: piece.text },
          ],
        };
        const parsed = answer.safeParse(await postJson(this.endpoint, body, http));
        if (!parsed.success) throw new TranslateError('malformed', `${this.provider}: the answer has no choices[0].message.content`);
        out.push(parsed.data.choices[0]?.message.content.trim() ?? '');
      }
      results.push({ text: joinPieces(pieces, out), provider: this.provider, kind: this.kind, from, to });
    }
    return results;
  }
}
