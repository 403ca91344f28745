/**
 * Local accounts: users with argon2 password hashes, cookie sessions (each
 * with its CSRF token), and API tokens for scripts. Secrets are random; only
 * their SHA-256 is stored, so a copy of the database logs nobody in.
 */
import { hash, verify } from '@node-rs/argon2';
import { createHash, randomBytes } from 'node:crypto';
import { StoreError, UsageError } from '../core/errors.js';
import type { AccountTables, UserRow } from '../store/account-tables.js';

export const roles = ['viewer', 'analyst', 'admin'] as const;
export type Role = typeof roles[number];

/** viewer < analyst < admin: each role can do what the ones before it can. */
export function roleAllows(have: Role, need: Role): boolean {
  return roles.indexOf(have) >= roles.indexOf(need);
}

export function isRole(s: string): s is Role {
  return (roles as readonly string[]).includes(s);
}

export interface User {
  id: number;
  name: string;
  role: Role;
  createdAt: number;
  disabled: boolean;
}

export interface Session {
  token: string;
  csrf: string;
  expiresAt: number;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const secret = () => randomBytes(32).toString('base64url');
const toUser = (r: UserRow): User => ({ id: r.id, name: r.name, role: isRole(r.role) ? r.role : 'viewer', createdAt: r.createdAt, disabled: r.disabled });

const userName = /^[A-Za-z0-9._-]{2,64}$/;
export const minPasswordLength = 10;

/**
 * How long a recognised session or API token is taken on trust before the
 * store is asked again. Every request presents one, and asking the store each
 * time was a tenth of a page's cost. This server's own changes (log out,
 * disable, role, password, token revoked) take effect at once; the same
 * changes made by another process on the store (`vigil users`, a second
 * server) take effect within this long.
 */
export const identityCacheMs = 3000;
// Bound on remembered identities (each a few hundred bytes); the oldest goes first.
const IDENTITY_CACHE_MAX = 10_000;

interface Remembered<T> { value: T; until: number }

/** Accounts over the store's account tables, so every server on one store shares them. */
export class Accounts {
  // Keyed by the secret's hash, like the store; only answers that recognised someone are kept.
  private readonly sessions = new Map<string, Remembered<{ user: User; csrf: string; expiresAt: number }>>();
  private readonly tokens = new Map<string, Remembered<User>>();

  constructor(private readonly tables: AccountTables, private readonly sessionMs = 12 * 3600_000, private readonly now: () => number = Date.now) {}

  // Bumped by forget(): a lookup that began before a change must not remember what it read.
  private generation = 0;

  /** Forgets every remembered session and token; called before and after any change to accounts, sessions or tokens. */
  private forget(): void {
    this.sessions.clear();
    this.tokens.clear();
    this.generation++;
  }

  private remember<T>(map: Map<string, Remembered<T>>, key: string, value: T, since: number): void {
    if (since !== this.generation) return;
    if (map.size >= IDENTITY_CACHE_MAX) map.delete(map.keys().next().value as string);
    map.set(key, { value, until: this.now() + identityCacheMs });
  }

  private recall<T>(map: Map<string, Remembered<T>>, key: string): T | undefined {
    const hit = map.get(key);
    if (!hit) return undefined;
    if (hit.until > this.now()) return hit.value;
    map.delete(key);
    return undefined;
  }

  count(): Promise<number> {
    return this.tables.countUsers();
  }

  async list(): Promise<User[]> {
    return (await this.tables.listUsers()).map(toUser);
  }

  async get(id: number): Promise<User | null> {
    const r = await this.tables.getUser(id);
    return r ? toUser(r) : null;
  }

  async create(name: string, role: Role, password: string): Promise<User> {
    if (!userName.test(name)) throw new UsageError('a user name is 2-64 letters, digits, dots, dashes or underscores');
    if (password.length < minPasswordLength) throw new UsageError(`a password needs at least ${minPasswordLength} characters`);
    if (await this.tables.findUser(name)) throw new UsageError(`user '${name}' already exists`);
    const row = await this.tables.insertUser({ name, role, passwordHash: await hash(password), createdAt: Date.now() });
    // Another server on the same store may have taken the name between the check and the insert.
    if (!row) throw new UsageError(`user '${name}' already exists`);
    return toUser(row);
  }

  async update(id: number, change: { role?: Role; disabled?: boolean }): Promise<User | null> {
    this.forget();
    try {
      if (!(await this.tables.updateUser(id, change))) return null;
      if (change.disabled) await this.tables.deleteSessionsOf(id);
    } finally {
      this.forget();
    }
    return this.get(id);
  }

  async setPassword(id: number, password: string): Promise<void> {
    if (password.length < minPasswordLength) throw new UsageError(`a password needs at least ${minPasswordLength} characters`);
    const passwordHash = await hash(password);
    this.forget();
    try {
      if (!(await this.tables.updateUser(id, { passwordHash }))) throw new StoreError(`no user ${id}`);
      await this.tables.deleteSessionsOf(id);
    } finally {
      this.forget();
    }
  }

  /** The user, when the name and password match an enabled account; null otherwise (never says which part was wrong). */
  async verifyPassword(name: string, password: string): Promise<User | null> {
    const r = await this.tables.findUser(name);
    if (!r || r.disabled) return null;
    return (await verify(r.passwordHash, password)) ? toUser(r) : null;
  }

  async startSession(userId: number): Promise<Session> {
    const token = secret();
    const csrf = secret();
    const expiresAt = this.now() + this.sessionMs;
    await this.tables.deleteSessionsExpiredBy(this.now());
    await this.tables.insertSession({ tokenHash: sha256(token), userId, csrf, expiresAt });
    return { token, csrf, expiresAt };
  }

  /** The session's user and CSRF token, when the session is live and its user enabled. */
  async session(token: string): Promise<{ user: User; csrf: string } | null> {
    const key = sha256(token);
    const known = this.recall(this.sessions, key);
    if (known && known.expiresAt >= this.now()) return { user: known.user, csrf: known.csrf };
    const since = this.generation;
    const r = await this.tables.findSession(key);
    if (!r || r.expiresAt < this.now() || r.user.disabled) return null;
    // Frozen: one object answers every request of the session while it is remembered.
    const found = { user: Object.freeze(toUser(r.user)), csrf: r.csrf, expiresAt: r.expiresAt };
    this.remember(this.sessions, key, found, since);
    return { user: found.user, csrf: found.csrf };
  }

  async endSession(token: string): Promise<void> {
    this.forget();
    try {
      await this.tables.deleteSession(sha256(token));
    } finally {
      this.forget();
    }
  }

  /** A new API token; the secret is returned once and only its hash kept. */
  async createToken(userId: number, label: string): Promise<{ id: number; token: string }> {
    const token = `vgl_${secret()}`;
    const id = await this.tables.insertToken({ tokenHash: sha256(token), userId, label, createdAt: Date.now() });
    return { id, token };
  }

  async tokenUser(token: string): Promise<User | null> {
    const key = sha256(token);
    const known = this.recall(this.tokens, key);
    if (known) return known;
    const since = this.generation;
    const r = await this.tables.tokenUser(key);
    if (!r || r.disabled) return null;
    const user = Object.freeze(toUser(r));
    this.remember(this.tokens, key, user, since);
    return user;
  }

  listTokens(userId: number): Promise<Array<{ id: number; label: string; createdAt: number }>> {
    return this.tables.listTokens(userId);
  }

  async revokeToken(userId: number, tokenId: number): Promise<boolean> {
    this.forget();
    try {
      return await this.tables.deleteToken(userId, tokenId);
    } finally {
      this.forget();
    }
  }
}

/** A password for the first admin: 20 random characters, easy to copy. */
export function generatePassword(): string {
  return randomBytes(15).toString('base64url');
}

/**
 * On first run (no accounts yet) creates the admin account, with the
 * password from VIGIL_ADMIN_PASSWORD or a generated one. Returns what to tell
 * the person starting the server; the generated password is shown only then.
 */
export async function ensureAdmin(accounts: Accounts, env: NodeJS.ProcessEnv = process.env): Promise<{ name: string; password: string | null } | null> {
  if ((await accounts.count()) > 0) return null;
  const given = env['VIGIL_ADMIN_PASSWORD'];
  const password = given && given.length > 0 ? given : generatePassword();
  const user = await accounts.create(env['VIGIL_ADMIN_USER'] || 'admin', 'admin', password);
  return { name: user.name, password: given ? null : password };
}
