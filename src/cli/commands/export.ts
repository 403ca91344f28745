import { parseArgs } from 'node:util';
import { UsageError } from '../../core/errors.js';
import { buildStixBundle } from '../../export/stix/bundle.js';
import { stixValidator } from '../../export/stix/validate.js';
import { tableNames, tableRows, toCsv, type TableName } from '../../export/tabular.js';
import { placesFromRegistry } from '../../export/stix/places.js';
import { sanctionsFor } from '../../analyze/sanctions/actor-sanctions.js';
import { loadActorRegistry } from '../../resolve/registry.js';
import { corpusFrom, corpusOptions, emit } from './corpus-args.js';
import type { Command } from './command.js';

const help = `usage: vigil export stix|csv|json [--table statements|events|actors] [--actor ID] [--outlet S]
                    [--since D] [--until D] [--out FILE] [--validate SCHEMA_DIR] [--db FILE]

stix: a STIX 2.1 bundle (identities, threat actors, locations, one report per
      document, relationships, notes for quotations, statements and events);
      ids are UUIDv5 of Vigil's ids, so re-export is stable. --validate checks
      every object against the OASIS JSON schemas in SCHEMA_DIR first.
csv, json: one row per statement, event or actor (--table, default statements),
      with document, outlet, date and the cited sentence.`;

export const exportCommand: Command = {
  summary: 'export STIX 2.1, CSV or JSON',
  async run(args) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { ...corpusOptions, table: { type: 'string', default: 'statements' }, validate: { type: 'string' } } });
    if (values.help) { console.log(help); return 0; }
    const format = positionals[0];
    if (format !== 'stix' && format !== 'csv' && format !== 'json') throw new UsageError(`export what? stix, csv or json\n${help}`);
    if (!tableNames.includes(values.table as TableName)) throw new UsageError(`unknown table '${values.table}' (${tableNames.join(', ')})`);
    const docs = await corpusFrom(values);
    if (format === 'stix') {
      const bundle = buildStixBundle(docs, {
        placeOf: placesFromRegistry(loadActorRegistry()),
        designationsOf: (id) => sanctionsFor(id).matches.map((m) => ({ source: m.list, entNum: m.entNum, programs: m.programs })),
      });
      if (values.validate) {
        const errors = stixValidator(values.validate)(bundle.objects);
        if (errors.length > 0) {
          for (const e of errors.slice(0, 20)) console.error(`vigil: ${e.type} ${e.id}: ${e.message}`);
          console.error(`vigil: ${errors.length} schema errors; nothing written`);
          return 1;
        }
      }
      emit(JSON.stringify(bundle, null, 2) + '\n', values.out);
      return 0;
    }
    const rows = tableRows(docs, values.table as TableName);
    emit(format === 'csv' ? toCsv(rows) : JSON.stringify(rows, null, 2) + '\n', values.out);
    return 0;
  },
};
