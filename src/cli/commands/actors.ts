import { parseArgs } from 'node:util';
import { UsageError } from '../../core/errors.js';
import { ENTITY_TYPES } from '../../resolve/registry-schema.js';
import { loadActorRegistry } from '../../resolve/registry.js';
import { explainName } from '../../resolve/explain.js';
import type { Command } from './command.js';

const help = `usage: vigil actors list [--type TYPE]
       vigil actors show ID
       vigil actors match "NAME"

list:  every actor in the registry (data/actors/), optionally of one type
       (${ENTITY_TYPES.join(', ')}).
show:  one actor: names, roles, affiliations, designations, place.
match: how a spelling resolves against the registry, and why.`;

export const actorsCommand: Command = {
  summary: 'inspect the actor registry; see how a spelling resolves',
  async run(args) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { type: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
    if (values.help) { console.log(help); return 0; }
    const [action, arg] = positionals;
    const registry = loadActorRegistry();
    if (action === 'list') {
      if (values.type && !(ENTITY_TYPES as readonly string[]).includes(values.type)) throw new UsageError(`unknown type '${values.type}' (${ENTITY_TYPES.join(', ')})`);
      const rows = [...registry.all()].filter((a) => !values.type || a.type === values.type).sort((a, b) => a.id.localeCompare(b.id));
      for (const a of rows) console.log(`${a.id.padEnd(36)} ${a.type.padEnd(12)} ${a.name}`);
      console.log(`${rows.length} actors`);
      return 0;
    }
    if (action === 'show') {
      if (!arg) throw new UsageError(`show needs an actor id\n${help}`);
      const a = registry.byId(arg);
      if (!a) throw new UsageError(`no actor '${arg}' in the registry (try: vigil actors match "${arg}")`);
      console.log(`${a.name}  [${a.id}, ${a.type}${a.country ? `, ${a.country}` : ''}]`);
      if (a.aliases.length) console.log(`  aliases: ${a.aliases.join(' | ')}`);
      if (a.generic_aliases.length) console.log(`  generic aliases (context needed): ${a.generic_aliases.join(' | ')}`);
      if (a.coordinates) console.log(`  coordinates: ${a.coordinates.lat}, ${a.coordinates.lon}`);
      for (const f of registry.factsAbout(a.id)) {
        const when = f.from || f.to ? ` (${f.from ?? '?'} – ${f.to ?? ''})` : '';
        console.log(`  ${f.predicate} ${f.object}${f.detail ? ` [${f.detail}]` : ''}${when}`);
      }
      for (const f of registry.factsAgainst(a.id)) console.log(`  ← ${f.subject} ${f.predicate}${f.detail ? ` [${f.detail}]` : ''}`);
      return 0;
    }
    if (action === 'match') {
      if (!arg) throw new UsageError(`match needs a name\n${help}`);
      console.log(`name key: '${registry.folder.key(arg)}'`);
      const found = explainName(registry, arg);
      if (found.length === 0) console.log('no registry actor: the entity stage would give it the id ' + `'${registry.folder.key(arg).replace(/\s+/g, '-')}'`);
      for (const r of found) console.log(`${r.score.toFixed(2)}  ${r.actor.id.padEnd(32)} ${r.how.padEnd(13)} ${r.reason}`);
      return 0;
    }
    throw new UsageError(`list, show or match?\n${help}`);
  },
};
