/**
 * Aliases analysts add from the workbench. The registry is YAML under
 * version control, so the server does not rewrite it: additions are kept
 * here with who and when, shown on the actor page, and exported as a YAML
 * fragment to paste into data/actors/ (GET /api/aliases.yaml).
 */
import { stringify } from 'yaml';
import type { WorkbenchDb } from './workbench-db.js';

export interface ProposedAlias {
  id: number;
  actorId: string;
  alias: string;
  author: string;
  createdAt: number;
}

export class ProposedAliases {
  constructor(private readonly db: WorkbenchDb) {}

  /** Adds the alias; returns null when this actor already has it. */
  add(actorId: string, alias: string, author: string): ProposedAlias | null {
    const info = this.db.prepare('INSERT OR IGNORE INTO proposed_aliases (actor_id, alias, author, created_at) VALUES (?, ?, ?, ?)')
      .run(actorId, alias, author, Date.now());
    if (info.changes === 0) return null;
    return { id: Number(info.lastInsertRowid), actorId, alias, author, createdAt: Date.now() };
  }

  of(actorId: string): ProposedAlias[] {
    return (this.db.prepare('SELECT id, actor_id AS actorId, alias, author, created_at AS createdAt FROM proposed_aliases WHERE actor_id = ? ORDER BY id')
      .all(actorId)) as ProposedAlias[];
  }

  all(): ProposedAlias[] {
    return (this.db.prepare('SELECT id, actor_id AS actorId, alias, author, created_at AS createdAt FROM proposed_aliases ORDER BY actor_id, id').all()) as ProposedAlias[];
  }

  /** `{ actor-id: [alias, ...] }` as YAML, for an analyst to merge into the registry files. */
  toYaml(): string {
    const byActor: Record<string, string[]> = {};
    for (const a of this.all()) (byActor[a.actorId] ??= []).push(a.alias);
    return stringify({ aliases: byActor });
  }
}
