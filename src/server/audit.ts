/** The audit log: who changed what, when. Written on every state change the API makes; kept in the store. */
import type { AccountTables, AuditRow } from '../store/account-tables.js';

export type AuditEntry = AuditRow;

export class AuditLog {
  constructor(private readonly tables: AccountTables) {}

  record(actor: string, action: string, subject: string, detail: unknown = {}): Promise<void> {
    return this.tables.appendAudit({ at: Date.now(), actor, action, subject, detail: JSON.stringify(detail) });
  }

  /** Newest first. */
  list(limit: number, before: number | null = null): Promise<AuditEntry[]> {
    return this.tables.listAudit(limit, before);
  }
}
