/**
 * Throughput of two general-purpose JavaScript NLP libraries doing entity
 * recognition only, on a fixed prefix of the English documents, against
 * Vigil's whole pipeline on the same documents. Both libraries read English
 * only, so Arabic documents are left out of this comparison.
 */
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { BenchDoc } from '../corpus.js';
import type { BenchContext, Section } from '../section.js';
import { cpuSecondsSince, formatRate } from '../section.js';
import { timePipeline } from './pipeline.js';

function timeWords(docs: readonly BenchDoc[], work: (text: string) => number): { rate: number; found: number } {
  let words = 0;
  let found = 0;
  const start = process.cpuUsage();
  for (const d of docs) {
    found += work(d.text);
    words += d.words;
  }
  return { rate: words / cpuSecondsSince(start), found };
}

export const baselinesSection: Section = {
  name: 'baselines',
  run(ctx: BenchContext) {
    const docs = ctx.corpus.filter((d) => d.language === 'en').slice(0, ctx.options.baselineDocs);
    const words = docs.reduce((a, d) => a + d.words, 0);
    ctx.print('subset', `first ${docs.length} English documents, ${formatRate(words)} words`);

    const vigil = timePipeline(ctx, docs);
    const vigilRate = vigil.words / vigil.cpu;
    const note = vigil.failed > 0 ? ` (${vigil.failed} documents failed and are not counted)` : '';
    ctx.print('vigil (whole pipeline)', `${formatRate(vigilRate)} words/s/core${note}`);

    const compromise = timeWords(docs, (text) => {
      const doc = nlp(text);
      return doc.people().out('array').length + doc.places().out('array').length + doc.organizations().out('array').length;
    });
    ctx.print('compromise (people/places/organizations)', `${formatRate(compromise.rate)} words/s/core, ${compromise.found} entities; vigil is ${(vigilRate / compromise.rate).toFixed(1)}x`);

    const wink = winkNLP(model);
    const its = wink.its;
    const winkRate = timeWords(docs, (text) => wink.readDoc(text).entities().out(its.value).length);
    ctx.print('wink-nlp + eng-lite-web-model (entities)', `${formatRate(winkRate.rate)} words/s/core, ${winkRate.found} entities; vigil is ${(vigilRate / winkRate.rate).toFixed(1)}x`);

    ctx.results.set('baselines.compromiseWordsPerCpuSecond', compromise.rate);
    ctx.results.set('baselines.winkWordsPerCpuSecond', winkRate.rate);
  },
};
