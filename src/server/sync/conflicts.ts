// Owns conflicts: two tablets' edits of the same version of a participant or cohort. Both
// are kept on arrival; the operator sees them side by side and chooses, and the choice (with
// the version set aside) goes in the audit log, so nothing is overwritten silently.
import { randomUUID } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { SyncRefusal } from '../../domain/sync-protocol.ts';
import type { HubDb } from '../db/connect.ts';
import { auditLog, recordConflicts, rewrittenNow, syncRecords } from '../db/schema.ts';

export interface OpenConflict {
  entryId: string;
  kind: string;
  recordId: string;
  version: number;
  receivedAt: Date;
  /** The edit the hub holds. */
  held: Record<string, unknown>;
  /** The other tablet's edit of the same version. */
  incoming: Record<string, unknown>;
  /** Top-level fields where the two differ. */
  differences: string[];
}

export async function openConflicts(db: HubDb): Promise<OpenConflict[]> {
  const rows = await db
    .select({ conflict: recordConflicts, held: syncRecords.payload })
    .from(recordConflicts)
    .innerJoin(
      syncRecords,
      and(
        eq(syncRecords.kind, recordConflicts.kind),
        eq(syncRecords.recordId, recordConflicts.recordId),
        eq(syncRecords.version, recordConflicts.version),
      ),
    )
    .where(isNull(recordConflicts.resolvedAt))
    .orderBy(recordConflicts.receivedAt);
  return rows.map(({ conflict, held }) => {
    const a = held as Record<string, unknown>;
    const b = conflict.payload as Record<string, unknown>;
    return {
      entryId: conflict.entryId,
      kind: conflict.kind,
      recordId: conflict.recordId,
      version: conflict.version,
      receivedAt: conflict.receivedAt,
      held: a,
      incoming: b,
      differences: [...new Set([...Object.keys(a), ...Object.keys(b)])].filter(
        (key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]),
      ),
    };
  });
}

/**
 * Settles a conflict: keep the edit the hub holds, or take the other tablet's. The edit set
 * aside is written to the audit log whole.
 */
export async function resolveConflict(
  db: HubDb,
  entryId: string,
  keep: 'held' | 'incoming',
  actor: string,
): Promise<void> {
  await db.transaction(async (tx) => {
    const [conflict] = await tx
      .select()
      .from(recordConflicts)
      .where(and(eq(recordConflicts.entryId, entryId), isNull(recordConflicts.resolvedAt)));
    if (!conflict) throw new SyncRefusal(404, `no open conflict ${entryId}`);
    const same = and(
      eq(syncRecords.kind, conflict.kind),
      eq(syncRecords.recordId, conflict.recordId),
      eq(syncRecords.version, conflict.version),
    );
    const [held] = await tx.select({ payload: syncRecords.payload }).from(syncRecords).where(same);
    if (keep === 'incoming')
      await tx
        .update(syncRecords)
        .set({ payload: conflict.payload, txId: rewrittenNow })
        .where(same);
    await tx
      .update(recordConflicts)
      .set({ resolvedAt: new Date() })
      .where(eq(recordConflicts.entryId, entryId));
    await tx.insert(auditLog).values({
      id: randomUUID(),
      actor,
      action: 'resolve-conflict',
      subject: `${conflict.kind}:${conflict.recordId}@${conflict.version}`,
      detail: { kept: keep, setAside: keep === 'incoming' ? held?.payload : conflict.payload },
    });
  });
}
