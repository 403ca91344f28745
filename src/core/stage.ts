import type { Doc } from './types.js';

/**
 * A stage reads what earlier stages left on the document and adds its own
 * annotations. It records problems as warnings on the document rather than
 * throwing; it throws a VigilError only when the input cannot be analysed at all.
 */
export interface Stage<K> {
  readonly name: string;
  run(doc: Doc, knowledge: K): void;
}

export function warn(doc: Doc, stage: string, message: string, span: { start: number; end: number } | null = null): void {
  doc.warnings.push({ stage, message, span });
}
