/**
 * A document's title and text through one translator call, so a provider is
 * asked once per document and the title can be shown above the body. Used by
 * `vigil translate` and the workbench's translation route alike.
 */
import { TranslateError, type LanguageCode, type TranslationResult, type Translator } from './translator.js';

export interface DocumentSource {
  title: string | null;
  text: string;
}

export interface DocumentTranslation {
  /** The translated title; null when the document has none. */
  title: string | null;
  /** The translated text, with provider, kind and languages. */
  body: TranslationResult;
}

export async function translateDocument(translator: Translator, source: DocumentSource, from: LanguageCode, to: LanguageCode): Promise<DocumentTranslation> {
  const texts = source.title ? [source.title, source.text] : [source.text];
  const results = await translator.translate(texts, from, to);
  const body = results[texts.length - 1];
  if (results.length !== texts.length || !body) {
    throw new TranslateError('malformed', `${translator.provider}: sent ${texts.length} texts, got ${results.length} back`);
  }
  return { title: source.title ? results[0]!.text : null, body };
}
