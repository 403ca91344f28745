/**
 * Aliases analysts add from the workbench. The registry is YAML under
 * version control, so the server does not rewrite it: additions are kept in
 * the store with who and when, shown on the actor page, and exported as a
 * YAML fragment to paste into data/actors/ (GET /api/aliases.yaml).
 */
import { stringify } from 'yaml';
import type { AccountTables, ProposedAliasRow } from '../store/account-tables.js';

export type ProposedAlias = ProposedAliasRow;

export class ProposedAliases {
  constructor(private readonly tables: AccountTables) {}

  /** Adds the alias; returns null when this actor already has it. */
  add(actorId: string, alias: string, author: string): Promise<ProposedAlias | null> {
    return this.tables.insertProposedAlias({ actorId, alias, author, createdAt: Date.now() });
  }

  of(actorId: string): Promise<ProposedAlias[]> {
    return this.tables.proposedAliases(actorId);
  }

  /** `{ actor-id: [alias, ...] }` as YAML, for an analyst to merge into the registry files. */
  async toYaml(): Promise<string> {
    const byActor: Record<string, string[]> = {};
    for (const a of await this.tables.proposedAliases(null)) (byActor[a.actorId] ??= []).push(a.alias);
    return stringify({ aliases: byActor });
  }
}
