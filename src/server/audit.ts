/** The audit log: who changed what, when. Written on every state change the API makes. */
import type { WorkbenchDb } from './workbench-db.js';

export interface AuditEntry {
  id: number;
  at: number;
  actor: string;
  action: string;
  subject: string;
  detail: string;
}

export class AuditLog {
  constructor(private readonly db: WorkbenchDb) {}

  record(actor: string, action: string, subject: string, detail: unknown = {}): void {
    this.db.prepare('INSERT INTO audit (at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?)')
      .run(Date.now(), actor, action, subject, JSON.stringify(detail));
  }

  /** Newest first. */
  list(limit: number, before: number | null = null): AuditEntry[] {
    const rows = before === null
      ? this.db.prepare('SELECT * FROM audit ORDER BY id DESC LIMIT ?').all(limit)
      : this.db.prepare('SELECT * FROM audit WHERE id < ? ORDER BY id DESC LIMIT ?').all(before, limit);
    return rows as AuditEntry[];
  }
}
