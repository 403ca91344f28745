/**
 * The text budget stage: the text and extract stages cost time in
 * proportion to the text (and some more than that on hostile shapes), so a
 * document's body text is cut to a bounded length before they run. The cut
 * falls at the last paragraph break, else sentence end, else space, before
 * the limit; the document records a warning saying how much was left out.
 */
import type { Stage } from '../core/stage.js';
import { warn } from '../core/stage.js';
import type { Doc } from '../core/types.js';
import { configuredLimits } from './limits.js';

/** Where to cut `text` to at most `limit` characters, preferring a natural break in the last fifth. */
export function budgetCut(text: string, limit: number): number {
  if (text.length <= limit) return text.length;
  const floor = Math.floor(limit * 0.8);
  const window = text.slice(floor, limit + 1);
  const paragraph = window.lastIndexOf('\n\n');
  if (paragraph !== -1) return floor + paragraph;
  const sentence = Math.max(...['. ', '! ', '? ', '؟ ', '.\n', '\n'].map((m) => {
    const i = window.lastIndexOf(m);
    return i === -1 || floor + i + 1 > limit ? -1 : i + 1;
  }));
  if (sentence > 0) return floor + sentence;
  const space = window.lastIndexOf(' ');
  if (space > 0) return floor + space;
  // No break at all: never split a surrogate pair.
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

export function applyTextBudget(doc: Doc, limit: number): void {
  const cut = budgetCut(doc.text, limit);
  if (cut >= doc.text.length) return;
  const total = doc.text.length;
  doc.text = doc.text.slice(0, cut);
  warn(doc, 'budget', `text cut to its first ${cut} of ${total} characters (VIGIL_MAX_TEXT_CHARS=${limit}); the rest was not analysed`);
}

export const textBudgetStage: Stage<unknown> = {
  name: 'budget',
  run(doc: Doc): void {
    applyTextBudget(doc, configuredLimits().maxTextChars);
  },
};
