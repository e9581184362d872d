// Reads the audit log for the operator page: the newest rows, optionally of one action.
import { desc, eq } from 'drizzle-orm';
import { AUDIT_PAGE_ROWS, auditDetailText, type AuditEntry } from '../../domain/audit-log.ts';
import type { HubDb } from '../db/connect.ts';
import { auditLog } from '../db/schema.ts';

export async function recentAudit(db: HubDb, action?: string): Promise<AuditEntry[]> {
  const rows = await db
    .select()
    .from(auditLog)
    .where(action === undefined ? undefined : eq(auditLog.action, action))
    .orderBy(desc(auditLog.at))
    .limit(AUDIT_PAGE_ROWS);
  return rows.map((row) => ({ ...row, detail: auditDetailText(row.detail) }));
}
