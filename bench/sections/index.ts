/**
 * The benchmark sections, in the order they run. A new measurement (store
 * ingest, search latency, API load...) is a file in this folder and a line here.
 */
import type { Section } from '../section.js';
import { pipelineSection } from './pipeline.js';
import { baselinesSection } from './baselines.js';
import { storeSection } from './store.js';
import { apiLoadSection } from './api-load.js';

export const sections: readonly Section[] = [
  pipelineSection, // analyzeInput over the whole corpus; per-stage breakdown
  baselinesSection, // compromise and wink-nlp entity recognition on an English subset
  storeSection, // ingest into SQLite with analysis; search latency over a 200,000-document corpus
  apiLoadSection, // 100 clients on document and actor pages while another process ingests
];
