/**
 * Local accounts: users with argon2 password hashes, cookie sessions (each
 * with its CSRF token), and API tokens for scripts. Secrets are random; only
 * their SHA-256 is stored, so a copy of the database logs nobody in.
 */
import { hash, verify } from '@node-rs/argon2';
import { createHash, randomBytes } from 'node:crypto';
import { StoreError, UsageError } from '../core/errors.js';
import type { WorkbenchDb } from './workbench-db.js';

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

interface UserRow { id: number; name: string; role: string; password_hash: string; created_at: number; disabled: number }

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const secret = () => randomBytes(32).toString('base64url');
const toUser = (r: UserRow): User => ({ id: r.id, name: r.name, role: isRole(r.role) ? r.role : 'viewer', createdAt: r.created_at, disabled: r.disabled === 1 });

const userName = /^[A-Za-z0-9._-]{2,64}$/;
export const minPasswordLength = 10;

export class Accounts {
  constructor(private readonly db: WorkbenchDb, private readonly sessionMs = 12 * 3600_000) {}

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n;
  }

  list(): User[] {
    return (this.db.prepare('SELECT * FROM users ORDER BY id').all() as UserRow[]).map(toUser);
  }

  get(id: number): User | null {
    const r = this.db.prepare('SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined;
    return r ? toUser(r) : null;
  }

  async create(name: string, role: Role, password: string): Promise<User> {
    if (!userName.test(name)) throw new UsageError('a user name is 2-64 letters, digits, dots, dashes or underscores');
    if (password.length < minPasswordLength) throw new UsageError(`a password needs at least ${minPasswordLength} characters`);
    if (this.db.prepare('SELECT 1 FROM users WHERE name = ?').get(name)) throw new UsageError(`user '${name}' already exists`);
    const passwordHash = await hash(password);
    const info = this.db.prepare('INSERT INTO users (name, role, password_hash, created_at) VALUES (?, ?, ?, ?)')
      .run(name, role, passwordHash, Date.now());
    const user = this.get(Number(info.lastInsertRowid));
    if (!user) throw new StoreError(`user '${name}' was not stored`);
    return user;
  }

  update(id: number, change: { role?: Role; disabled?: boolean }): User | null {
    if (change.role) this.db.prepare('UPDATE users SET role = ? WHERE id = ?').run(change.role, id);
    if (change.disabled !== undefined) {
      this.db.prepare('UPDATE users SET disabled = ? WHERE id = ?').run(change.disabled ? 1 : 0, id);
      if (change.disabled) this.db.prepare('DELETE FROM sessions WHERE user_id = ?').run(id);
    }
    return this.get(id);
  }

  async setPassword(id: number, password: string): Promise<void> {
    if (password.length < minPasswordLength) throw new UsageError(`a password needs at least ${minPasswordLength} characters`);
    this.db.prepare('UPDATE users SET password_hash = ? WHERE id = ?').run(await hash(password), id);
    this.db.prepare('DELETE FROM sessions WHERE user_id = ?').run(id);
  }

  /** The user, when the name and password match an enabled account; null otherwise (never says which part was wrong). */
  async verifyPassword(name: string, password: string): Promise<User | null> {
    const r = this.db.prepare('SELECT * FROM users WHERE name = ?').get(name) as UserRow | undefined;
    if (!r || r.disabled === 1) return null;
    return (await verify(r.password_hash, password)) ? toUser(r) : null;
  }

  startSession(userId: number): Session {
    const token = secret();
    const csrf = secret();
    const expiresAt = Date.now() + this.sessionMs;
    this.db.prepare('DELETE FROM sessions WHERE expires_at < ?').run(Date.now());
    this.db.prepare('INSERT INTO sessions (token_hash, user_id, csrf, expires_at) VALUES (?, ?, ?, ?)').run(sha256(token), userId, csrf, expiresAt);
    return { token, csrf, expiresAt };
  }

  /** The session's user and CSRF token, when the session is live and its user enabled. */
  session(token: string): { user: User; csrf: string } | null {
    const r = this.db.prepare(`SELECT u.*, s.csrf, s.expires_at FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?`)
      .get(sha256(token)) as (UserRow & { csrf: string; expires_at: number }) | undefined;
    if (!r || r.expires_at < Date.now() || r.disabled === 1) return null;
    return { user: toUser(r), csrf: r.csrf };
  }

  endSession(token: string): void {
    this.db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(sha256(token));
  }

  /** A new API token; the secret is returned once and only its hash kept. */
  createToken(userId: number, label: string): { id: number; token: string } {
    const token = `vgl_${secret()}`;
    const info = this.db.prepare('INSERT INTO api_tokens (token_hash, user_id, label, created_at) VALUES (?, ?, ?, ?)')
      .run(sha256(token), userId, label, Date.now());
    return { id: Number(info.lastInsertRowid), token };
  }

  tokenUser(token: string): User | null {
    const r = this.db.prepare('SELECT u.* FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = ?')
      .get(sha256(token)) as UserRow | undefined;
    return r && r.disabled === 0 ? toUser(r) : null;
  }

  listTokens(userId: number): Array<{ id: number; label: string; createdAt: number }> {
    return (this.db.prepare('SELECT id, label, created_at FROM api_tokens WHERE user_id = ? ORDER BY id').all(userId) as Array<{ id: number; label: string; created_at: number }>)
      .map((r) => ({ id: r.id, label: r.label, createdAt: r.created_at }));
  }

  revokeToken(userId: number, tokenId: number): boolean {
    return this.db.prepare('DELETE FROM api_tokens WHERE id = ? AND user_id = ?').run(tokenId, userId).changes > 0;
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
  if (accounts.count() > 0) return null;
  const given = env['VIGIL_ADMIN_PASSWORD'];
  const password = given && given.length > 0 ? given : generatePassword();
  const user = await accounts.create(env['VIGIL_ADMIN_USER'] || 'admin', 'admin', password);
  return { name: user.name, password: given ? null : password };
}
