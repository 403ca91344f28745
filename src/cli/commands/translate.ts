import { parseArgs } from 'node:util';
import { UsageError } from '../../core/errors.js';
import { readInputFile } from '../../ingest/read.js';
import { loadKnowledge } from '../../pipeline/knowledge.js';
import { analyzeInput } from '../../pipeline/analyze.js';
import { openStore } from '../../store/store.js';
import { translateConfig, translatorFor } from '../../translate/config.js';
import { translateDocument, type DocumentSource } from '../../translate/document.js';
import { toTranslationRecord, type Translator } from '../../translate/translator.js';
import { registryNameGlosses } from '../../translate/registry-names.js';
import type { Command } from './command.js';

const help = `usage: vigil translate FILE [--to en] [--from ar|auto] [--provider libretranslate|openai|gist] [--format text|json]
       vigil translate --store ID [--db FILE] [same options]

Prints the document's text and its translation, one after the other. The
original is never replaced. With --store, ID names a document in the store
(--db FILE, else VIGIL_DB or DATABASE_URL as for 'vigil serve'): the
translation is also stored beside it, replacing an earlier one by the same
provider into the same language, and the workbench's reader shows it.
Providers: LibreTranslate or an OpenAI-compatible chat endpoint
(VIGIL_TRANSLATE_URL, VIGIL_TRANSLATE_KEY, VIGIL_TRANSLATE_MODEL), or 'gist':
word-by-word English glosses made offline, Arabic to English only. Without
--provider: VIGIL_TRANSLATE_PROVIDER, else libretranslate when
VIGIL_TRANSLATE_URL is set, else gist.`;

interface Source extends DocumentSource { id: string; language: string | null }

export const translateCommand: Command = {
  summary: 'print a document with its translation (or offline gist); --store keeps it beside a stored document',
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        to: { type: 'string', default: 'en' },
        from: { type: 'string' },
        provider: { type: 'string' },
        format: { type: 'string', default: 'text' },
        store: { type: 'boolean' },
        db: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) { console.log(help); return 0; }
    if (positionals.length !== 1) throw new UsageError(`give exactly one ${values.store ? 'document ID' : 'file'}\n${help}`);
    if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`unknown format '${values.format}' (text or json)`);
    if (values.db && !values.store) throw new UsageError('--db goes with --store');

    const knowledge = loadKnowledge();
    const translator = translatorFor(translateConfig(process.env, values.provider), registryNameGlosses(knowledge.actors));
    if (!values.store) {
      const doc = analyzeInput(readInputFile(positionals[0]!), knowledge);
      return print(await translated(translator, sourceOf(doc), values), values.format);
    }
    const store = await openStore({ sqlitePath: values.db ?? null });
    try {
      const doc = await store.getDocument(positionals[0]!);
      if (!doc) throw new UsageError(`no document ${positionals[0]} in the store`);
      const out = await translated(translator, sourceOf(doc), values);
      await store.putTranslation(doc.id, { ...out.record, title: out.title });
      return print(out, values.format);
    } finally {
      await store.close();
    }
  },
};

/** What is translated of a document, analysed from a file or read from the store. */
function sourceOf(doc: { id: string; text: string; meta: { title: string | null; language: string | null } }): Source {
  return { id: doc.id, title: doc.meta.title, text: doc.text, language: doc.meta.language };
}

interface Translated { source: Source; from: string; title: string | null; record: ReturnType<typeof toTranslationRecord> }

async function translated(translator: Translator, source: Source, options: { from?: string | undefined; to: string }): Promise<Translated> {
  const from = options.from ?? source.language ?? 'auto';
  const made = await translateDocument(translator, source, from, options.to);
  return { source, from, title: made.title, record: toTranslationRecord(source.id, made.body) };
}

function print(t: Translated, format: 'text' | 'json'): number {
  const { source, record } = t;
  // Title above body, in both columns.
  const original = source.title ? `${source.title}\n\n${source.text}` : source.text;
  const translation = t.title ? `${t.title}\n\n${record.text}` : record.text;
  if (format === 'json') {
    process.stdout.write(JSON.stringify({ original: { docId: source.id, language: t.from, text: original }, translation: { ...record, text: translation } }, null, 2) + '\n');
    return 0;
  }
  const label = record.kind === 'gist'
    ? `GIST ${record.from}->${record.to} (offline word-by-word glosses, NOT a translation; words no dictionary knows stay in Arabic)`
    : `TRANSLATION ${record.from}->${record.to} by ${record.provider}`;
  process.stdout.write(`ORIGINAL (${t.from})\n\n${original}\n\n${label}\n\n${translation}\n`);
  return 0;
}
