import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { analyzeInput } from '../../pipeline/analyze.js';
import { loadKnowledge } from '../../pipeline/knowledge.js';
import { readInputFile } from '../../ingest/read.js';
import { ingestInputs, walkPaths } from '../../store/ingestion.js';
import { describeStoreLocation, openStore } from '../../store/store.js';
import { packageRoot, startWorkbench } from '../../server/start.js';
import { parsePort, untilStopped } from './serve.js';
import type { Command } from './command.js';

const help = `usage: vigil demo [--port 8080] [--db FILE]

Ingests the repository's sample corpus (samples/) into the embedded store
(documents already there are left as they are) and serves the workbench on
http://localhost:PORT, ready to explore. The first run creates an admin and
prints how to log in (or set VIGIL_ADMIN_PASSWORD).`;

export const demoCommand: Command = {
  summary: 'ingest the sample corpus and serve the workbench on localhost',
  async run(args) {
    const { values } = parseArgs({ args, options: { port: { type: 'string', default: '8080' }, db: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
    if (values.help) { console.log(help); return 0; }
    const samples = join(packageRoot(), 'samples');
    const knowledge = loadKnowledge();
    const store = await openStore({ sqlitePath: values.db ?? null });
    const summary = await ingestInputs(
      store,
      [...walkPaths([samples])].filter((p) => !/README/i.test(p)).map((path) => ({ label: path, read: () => readInputFile(path) })),
      (input) => analyzeInput(input, knowledge),
      (o) => { if (o.status === 'failed') console.error(`vigil: ${o.label}: ${o.error}`); },
    );
    console.error(`vigil: samples: ${summary.stored} stored, ${summary.unchanged} already stored, ${summary.failed} failed, in ${describeStoreLocation({ sqlitePath: values.db ?? null })}`);
    const server = await startWorkbench({
      store, host: '127.0.0.1', port: parsePort(values.port), log: (l) => console.error(l),
    });
    return untilStopped(async () => { await server.close(); await store.close(); });
  },
};
