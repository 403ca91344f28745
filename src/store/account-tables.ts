/**
 * The workbench's accounts in the store: users (with their password hashes),
 * cookie sessions, API tokens, the audit log, and aliases analysts proposed.
 * Plain rows in and out; hashing, roles and secrets are the server's business
 * (src/server/accounts.ts). Both dialects, one Kysely query layer.
 */
import type { Generated, Kysely } from 'kysely';
import { StoreError } from '../core/errors.js';
import type { Database } from './schema.js';

/* ------------------------------------------------------------------ tables */

export interface UsersTable {
  id: Generated<number>;
  name: string;
  role: string;
  password_hash: string;
  created_at: number;
  disabled: Generated<number>;
}

export interface SessionsTable {
  /** SHA-256 of the cookie secret: a copy of the database logs nobody in. */
  token_hash: string;
  user_id: number;
  csrf: string;
  expires_at: number;
}

export interface ApiTokensTable {
  id: Generated<number>;
  token_hash: string;
  user_id: number;
  label: string;
  created_at: number;
}

export interface AuditTable {
  id: Generated<number>;
  at: number;
  actor: string;
  action: string;
  subject: string;
  /** JSON. */
  detail: string;
}

export interface ProposedAliasesTable {
  id: Generated<number>;
  actor_id: string;
  alias: string;
  author: string;
  created_at: number;
}

export interface AccountSchema {
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  audit: AuditTable;
  proposed_aliases: ProposedAliasesTable;
}

/* --------------------------------------------------------------- interface */

export interface UserRow {
  id: number;
  name: string;
  role: string;
  passwordHash: string;
  createdAt: number;
  disabled: boolean;
}

export interface AuditRow {
  id: number;
  at: number;
  actor: string;
  action: string;
  subject: string;
  detail: string;
}

export interface ProposedAliasRow {
  id: number;
  actorId: string;
  alias: string;
  author: string;
  createdAt: number;
}

export interface AccountTables {
  countUsers(): Promise<number>;
  listUsers(): Promise<UserRow[]>;
  getUser(id: number): Promise<UserRow | null>;
  findUser(name: string): Promise<UserRow | null>;
  /** Null when the name is taken. */
  insertUser(user: { name: string; role: string; passwordHash: string; createdAt: number }): Promise<UserRow | null>;
  /** Changes the given fields; false when there is no such user. */
  updateUser(id: number, change: { role?: string; disabled?: boolean; passwordHash?: string }): Promise<boolean>;

  insertSession(s: { tokenHash: string; userId: number; csrf: string; expiresAt: number }): Promise<void>;
  /** The session's user and CSRF token, whatever the expiry (the caller decides). */
  findSession(tokenHash: string): Promise<{ user: UserRow; csrf: string; expiresAt: number } | null>;
  deleteSession(tokenHash: string): Promise<void>;
  deleteSessionsOf(userId: number): Promise<void>;
  deleteSessionsExpiredBy(now: number): Promise<void>;

  insertToken(t: { tokenHash: string; userId: number; label: string; createdAt: number }): Promise<number>;
  tokenUser(tokenHash: string): Promise<UserRow | null>;
  listTokens(userId: number): Promise<Array<{ id: number; label: string; createdAt: number }>>;
  deleteToken(userId: number, tokenId: number): Promise<boolean>;

  appendAudit(e: Omit<AuditRow, 'id'>): Promise<void>;
  /** Newest first; `before` pages on the id. */
  listAudit(limit: number, before: number | null): Promise<AuditRow[]>;

  /** Null when the actor already has this alias. */
  insertProposedAlias(a: Omit<ProposedAliasRow, 'id'>): Promise<ProposedAliasRow | null>;
  /** One actor's aliases, or every actor's (by actor, then age) when actorId is null. */
  proposedAliases(actorId: string | null): Promise<ProposedAliasRow[]>;
}

/* ---------------------------------------------------------- implementation */

interface UserSelect { id: number; name: string; role: string; password_hash: string; created_at: number; disabled: number }

const toUser = (r: UserSelect): UserRow => ({
  id: Number(r.id), name: r.name, role: r.role, passwordHash: r.password_hash, createdAt: Number(r.created_at), disabled: Number(r.disabled) === 1,
});

const userColumns = ['users.id', 'users.name', 'users.role', 'users.password_hash', 'users.created_at', 'users.disabled'] as const;

export class SqlAccountTables implements AccountTables {
  constructor(private readonly db: Kysely<Database>) {}

  async countUsers(): Promise<number> {
    const r = await this.db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(r.n);
  }

  async listUsers(): Promise<UserRow[]> {
    return (await this.db.selectFrom('users').select(userColumns).orderBy('id').execute()).map(toUser);
  }

  async getUser(id: number): Promise<UserRow | null> {
    const r = await this.db.selectFrom('users').select(userColumns).where('id', '=', id).executeTakeFirst();
    return r ? toUser(r) : null;
  }

  async findUser(name: string): Promise<UserRow | null> {
    const r = await this.db.selectFrom('users').select(userColumns).where('name', '=', name).executeTakeFirst();
    return r ? toUser(r) : null;
  }

  async insertUser(u: { name: string; role: string; passwordHash: string; createdAt: number }): Promise<UserRow | null> {
    const r = await this.db.insertInto('users')
      .values({ name: u.name, role: u.role, password_hash: u.passwordHash, created_at: u.createdAt, disabled: 0 })
      .onConflict((oc) => oc.column('name').doNothing())
      .returning(['id', 'name', 'role', 'password_hash', 'created_at', 'disabled'])
      .executeTakeFirst()
      .catch((err: unknown) => { throw new StoreError(`cannot store user '${u.name}': ${err instanceof Error ? err.message : String(err)}`, { cause: err }); });
    return r ? toUser(r) : null;
  }

  async updateUser(id: number, change: { role?: string; disabled?: boolean; passwordHash?: string }): Promise<boolean> {
    const set: { role?: string; disabled?: number; password_hash?: string } = {};
    if (change.role !== undefined) set.role = change.role;
    if (change.disabled !== undefined) set.disabled = change.disabled ? 1 : 0;
    if (change.passwordHash !== undefined) set.password_hash = change.passwordHash;
    if (Object.keys(set).length === 0) return (await this.getUser(id)) !== null;
    const r = await this.db.updateTable('users').set(set).where('id', '=', id).executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  async insertSession(s: { tokenHash: string; userId: number; csrf: string; expiresAt: number }): Promise<void> {
    await this.db.insertInto('sessions').values({ token_hash: s.tokenHash, user_id: s.userId, csrf: s.csrf, expires_at: s.expiresAt }).execute();
  }

  async findSession(tokenHash: string): Promise<{ user: UserRow; csrf: string; expiresAt: number } | null> {
    const r = await this.db.selectFrom('sessions').innerJoin('users', 'users.id', 'sessions.user_id')
      .select([...userColumns, 'sessions.csrf', 'sessions.expires_at'])
      .where('sessions.token_hash', '=', tokenHash).executeTakeFirst();
    return r ? { user: toUser(r), csrf: r.csrf, expiresAt: Number(r.expires_at) } : null;
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
  }

  async deleteSessionsOf(userId: number): Promise<void> {
    await this.db.deleteFrom('sessions').where('user_id', '=', userId).execute();
  }

  async deleteSessionsExpiredBy(now: number): Promise<void> {
    await this.db.deleteFrom('sessions').where('expires_at', '<', now).execute();
  }

  async insertToken(t: { tokenHash: string; userId: number; label: string; createdAt: number }): Promise<number> {
    const r = await this.db.insertInto('api_tokens')
      .values({ token_hash: t.tokenHash, user_id: t.userId, label: t.label, created_at: t.createdAt })
      .returning('id').executeTakeFirstOrThrow();
    return Number(r.id);
  }

  async tokenUser(tokenHash: string): Promise<UserRow | null> {
    const r = await this.db.selectFrom('api_tokens').innerJoin('users', 'users.id', 'api_tokens.user_id')
      .select(userColumns).where('api_tokens.token_hash', '=', tokenHash).executeTakeFirst();
    return r ? toUser(r) : null;
  }

  async listTokens(userId: number): Promise<Array<{ id: number; label: string; createdAt: number }>> {
    const rows = await this.db.selectFrom('api_tokens').select(['id', 'label', 'created_at']).where('user_id', '=', userId).orderBy('id').execute();
    return rows.map((r) => ({ id: Number(r.id), label: r.label, createdAt: Number(r.created_at) }));
  }

  async deleteToken(userId: number, tokenId: number): Promise<boolean> {
    const r = await this.db.deleteFrom('api_tokens').where('id', '=', tokenId).where('user_id', '=', userId).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  async appendAudit(e: Omit<AuditRow, 'id'>): Promise<void> {
    await this.db.insertInto('audit').values(e).execute();
  }

  async listAudit(limit: number, before: number | null): Promise<AuditRow[]> {
    let q = this.db.selectFrom('audit').selectAll().orderBy('id', 'desc').limit(limit);
    if (before !== null) q = q.where('id', '<', before);
    return (await q.execute()).map((r) => ({ ...r, id: Number(r.id), at: Number(r.at) }));
  }

  async insertProposedAlias(a: Omit<ProposedAliasRow, 'id'>): Promise<ProposedAliasRow | null> {
    const r = await this.db.insertInto('proposed_aliases')
      .values({ actor_id: a.actorId, alias: a.alias, author: a.author, created_at: a.createdAt })
      .onConflict((oc) => oc.columns(['actor_id', 'alias']).doNothing())
      .returning('id').executeTakeFirst();
    return r ? { ...a, id: Number(r.id) } : null;
  }

  async proposedAliases(actorId: string | null): Promise<ProposedAliasRow[]> {
    let q = this.db.selectFrom('proposed_aliases').selectAll();
    q = actorId === null ? q.orderBy('actor_id').orderBy('id') : q.where('actor_id', '=', actorId).orderBy('id');
    return (await q.execute()).map((r) => ({ id: Number(r.id), actorId: r.actor_id, alias: r.alias, author: r.author, createdAt: Number(r.created_at) }));
  }
}
