/**
 * Everything the stages read from `data/`, loaded and validated once.
 * Each module owns the loader for its own data; this file only gathers them.
 */
import { loadSourceRegistry, type SourceRegistry } from '../ingest/sources.js';
import { loadPageLexicon, type PageLexicon } from '../ingest/lexicon.js';
import { loadActorRegistry, type ActorRegistry } from '../resolve/registry.js';
import { loadExtractKnowledge, type ExtractKnowledge } from '../extract/lexicons.js';

export interface Knowledge {
  sources: SourceRegistry;
  pageLexicon: PageLexicon;
  actors: ActorRegistry;
  extract: ExtractKnowledge;
}

export interface KnowledgeOptions {
  /** Folder holding the data files; defaults to the repository's data/. */
  dataDir?: string;
}

export function loadKnowledge(options: KnowledgeOptions = {}): Knowledge {
  return {
    sources: loadSourceRegistry(options.dataDir),
    pageLexicon: loadPageLexicon(options.dataDir),
    actors: loadActorRegistry(options.dataDir),
    extract: loadExtractKnowledge(options.dataDir),
  };
}
