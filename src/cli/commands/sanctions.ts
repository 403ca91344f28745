import { parseArgs } from 'node:util';
import { UsageError } from '../../core/errors.js';
import { readOfacFolder } from '../../analyze/sanctions/ofac-csv.js';
import { loadSanctionsList, saveSanctionsList, sanctionsPath } from '../../analyze/sanctions/snapshot.js';
import { buildIndex, screenActors, type ScreenedActor } from '../../analyze/sanctions/matcher.js';
import { corpusFrom, corpusOptions, emit } from './corpus-args.js';
import type { Command } from './command.js';

const help = `usage: vigil sanctions import DIR
       vigil sanctions screen [NAME --type person|organization] [--threshold 0.8] [--format text|json] [--db FILE]

import: reads an OFAC SDN folder in its legacy CSV form (sdn.csv, alt.csv,
        add.csv, sdn_comments.csv) and keeps it as the list to screen against
        (${sanctionsPath()}, or VIGIL_SANCTIONS).
screen: matches NAME, or every person, organization and armed group in the
        stored documents (under every spelling seen), against the list.`;

export const sanctionsCommand: Command = {
  summary: 'import an OFAC SDN list; screen actors against it',
  async run(args) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { ...corpusOptions, type: { type: 'string', default: 'person' }, threshold: { type: 'string', default: '0.8' }, format: { type: 'string', default: 'text' } } });
    if (values.help) { console.log(help); return 0; }
    const [action, arg] = positionals;
    if (action === 'import') {
      if (!arg) throw new UsageError(`import needs a folder\n${help}`);
      const list = readOfacFolder(arg);
      saveSanctionsList(list);
      console.log(`imported ${list.entries.length} entries (${list.entries.reduce((n, e) => n + e.aliases.length, 0)} aliases) from ${arg}`);
      return 0;
    }
    if (action !== 'screen') throw new UsageError(`import or screen?\n${help}`);
    const threshold = Number(values.threshold);
    if (!(threshold > 0 && threshold <= 1)) throw new UsageError('--threshold is a number in (0, 1]');
    if (values.type !== 'person' && values.type !== 'organization') throw new UsageError('--type is person or organization');
    const list = loadSanctionsList();
    if (!list) throw new UsageError(`no sanctions list imported yet: run 'vigil sanctions import DIR'`);
    const index = buildIndex(list);
    let actors: ScreenedActor[];
    if (arg) actors = [{ id: arg, name: arg, type: values.type }];
    else {
      const byId = new Map<string, ScreenedActor & { aliases: string[] }>();
      for (const d of await corpusFrom(values)) for (const e of d.record.entities) {
        if (e.type !== 'person' && e.type !== 'organization' && e.type !== 'armed_group') continue;
        let a = byId.get(e.id);
        if (!a) byId.set(e.id, (a = { id: e.id, name: e.name, type: e.type === 'person' ? 'person' : 'organization', aliases: [] }));
        for (const m of e.mentions) if (!a.aliases.includes(m.text)) a.aliases.push(m.text);
      }
      actors = [...byId.values()];
    }
    const results = screenActors(index, actors, { threshold });
    if (values.format === 'json') { emit(JSON.stringify(results, null, 2) + '\n', values.out); return 0; }
    emit(results.filter((r) => r.matches.length > 0).map((r) => `${r.actor.id} (${r.actor.name})\n${r.matches.map((m) =>
      `    ${m.score.toFixed(2)}  ent_num ${m.entry.entNum}  ${m.entry.name}  [${m.entry.programs.join('] [')}]${m.entry.designatedOn ? `  designated ${m.entry.designatedOn}` : ''}  via "${m.matchedName}"`).join('\n')}`).join('\n') + '\n', values.out);
    return 0;
  },
};
