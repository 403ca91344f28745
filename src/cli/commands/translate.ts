import { parseArgs } from 'node:util';
import { UsageError } from '../../core/errors.js';
import { readInputFile } from '../../ingest/read.js';
import { loadKnowledge } from '../../pipeline/knowledge.js';
import { analyzeInput } from '../../pipeline/analyze.js';
import { translateConfig, translatorFor } from '../../translate/config.js';
import { toTranslationRecord } from '../../translate/translator.js';
import type { Command } from './command.js';

const help = `usage: vigil translate FILE [--to en] [--from ar|auto] [--provider libretranslate|openai|gist] [--format text|json]

Prints the document's text and its translation, one after the other. The
original is never replaced. Providers: LibreTranslate or an OpenAI-compatible
chat endpoint (VIGIL_TRANSLATE_URL, VIGIL_TRANSLATE_KEY, VIGIL_TRANSLATE_MODEL),
or 'gist': word-by-word English glosses made offline, Arabic to English only.
Without --provider: VIGIL_TRANSLATE_PROVIDER, else libretranslate when
VIGIL_TRANSLATE_URL is set, else gist.`;

export const translateCommand: Command = {
  summary: 'print a document with its translation (or offline gist)',
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        to: { type: 'string', default: 'en' },
        from: { type: 'string' },
        provider: { type: 'string' },
        format: { type: 'string', default: 'text' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) { console.log(help); return 0; }
    if (positionals.length !== 1) throw new UsageError(`give exactly one file\n${help}`);
    if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`unknown format '${values.format}' (text or json)`);

    const translator = translatorFor(translateConfig(process.env, values.provider));
    const doc = analyzeInput(readInputFile(positionals[0]!), loadKnowledge());
    const from = values.from ?? doc.meta.language ?? 'auto';
    // The title is translated with the body (one request) and shown above it.
    const title = doc.meta.title;
    const texts = title ? [title, doc.text] : [doc.text];
    const results = await translator.translate(texts, from, values.to);
    const result = results[results.length - 1];
    if (!result) throw new UsageError('the translator returned nothing');
    const translatedTitle = title ? results[0]?.text ?? null : null;
    const record = toTranslationRecord(doc.id, translatedTitle ? { ...result, text: `${translatedTitle}\n\n${result.text}` } : result);
    const original = title ? `${title}\n\n${doc.text}` : doc.text;

    if (values.format === 'json') {
      process.stdout.write(JSON.stringify({ original: { docId: doc.id, language: from, text: original }, translation: record }, null, 2) + '\n');
      return 0;
    }
    const label = result.kind === 'gist'
      ? `GIST ${result.from}->${result.to} (offline word-by-word glosses, NOT a translation; words no dictionary knows stay in Arabic)`
      : `TRANSLATION ${result.from}->${result.to} by ${result.provider}`;
    process.stdout.write(`ORIGINAL (${from})\n\n${original}\n\n${label}\n\n${record.text}\n`);
    return 0;
  },
};
