import { newDoc, type Doc, type RawInput } from '../core/types.js';
import type { Knowledge } from './knowledge.js';
import { stages } from './stages.js';

/** Runs every stage over one raw input. Throws a VigilError when the input cannot be analysed. */
export function analyzeInput(input: RawInput, knowledge: Knowledge): Doc {
  const doc = newDoc(input);
  for (const stage of stages) stage.run(doc, knowledge);
  return doc;
}
