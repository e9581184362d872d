// Owns taking in a tablet's push: every record checked on its own, all of a batch written in
// one transaction, each answered accepted, duplicate, conflict or rejected. A resend (after a
// lost answer, or twice, or out of order) changes nothing.
import { randomUUID } from 'node:crypto';
import { and, eq, inArray, like, sql, type SQLWrapper } from 'drizzle-orm';
import { pseudonym } from '../../domain/participant-for-hub.ts';
import {
  checkRecord,
  editableKinds,
  SyncRefusal,
  type PushedRecord,
  type PushRequest,
  type RecordResult,
} from '../../domain/sync-protocol.ts';
import type { HubDb } from '../db/connect.ts';
import { auditLog, recordConflicts, rewrittenNow, syncRecords } from '../db/schema.ts';
import type { EnrolledDevice } from './device-auth.ts';

type Tx = Parameters<Parameters<HubDb['transaction']>[0]>[0];

/** The cohort a record belongs to, where its payload says. */
function cohortOf(record: PushedRecord): string | null {
  const payload = record.payload as { id?: string; cohortId?: string };
  if (record.kind === 'cohort') return payload.id ?? null;
  return payload.cohortId ?? null;
}

export async function ingestPush(
  db: HubDb,
  device: EnrolledDevice,
  push: PushRequest,
): Promise<RecordResult[]> {
  const results = new Map<string, RecordResult>();
  const valid: PushedRecord[] = [];
  for (const record of push.records) {
    // The same entry twice in one batch: the second is a resend.
    if (results.has(record.id) || valid.some((v) => v.id === record.id)) continue;
    const checked = checkRecord(record);
    if (checked.reason !== undefined)
      results.set(record.id, { id: record.id, status: 'rejected', reason: checked.reason });
    // Stored as its schema gives it back: a field the schema does not know never reaches the hub.
    else valid.push({ ...record, payload: checked.payload });
  }
  if (valid.length > 0) {
    await db.transaction(async (tx) => {
      for (const result of await storeRecords(tx, device, valid)) results.set(result.id, result);
      // A withdrawal erases what the hub holds; a participant version arriving after its
      // withdrawal (a record retried late) is erased as it lands.
      // A participant version kept as a conflict is held too, so it is erased the same way.
      const held = valid.filter((r) => {
        const status = results.get(r.id)?.status;
        return status === 'accepted' || status === 'conflict';
      });
      await eraseWithdrawn(tx, device, [
        ...held
          .filter((r) => r.kind === 'consent')
          .map((r) => (r.payload as { participantId: string }).participantId),
        ...held.filter((r) => r.kind === 'participant').map((r) => r.recordId),
      ]);
    });
  }
  return push.records.map(
    (record) => results.get(record.id) ?? { id: record.id, status: 'duplicate' },
  );
}

async function storeRecords(
  tx: Tx,
  device: EnrolledDevice,
  records: PushedRecord[],
): Promise<RecordResult[]> {
  const ids = records.map((r) => r.id);
  const seen = await tx
    .select({ id: syncRecords.entryId, deviceId: syncRecords.deviceId })
    .from(syncRecords)
    .where(inArray(syncRecords.entryId, ids))
    .unionAll(
      tx
        .select({ id: recordConflicts.entryId, deviceId: recordConflicts.deviceId })
        .from(recordConflicts)
        .where(inArray(recordConflicts.entryId, ids)),
    );
  // Another tablet's records sent with this tablet's token: a replay, refused whole.
  const foreign = seen.find((row) => row.deviceId !== device.id);
  if (foreign)
    throw new SyncRefusal(
      409,
      `record ${foreign.id} was sent by another tablet: nothing was stored`,
      'replay',
    );
  const already = new Set(seen.map((row) => row.id));
  const fresh = records.filter((r) => !already.has(r.id));
  const inserted = new Set(
    fresh.length === 0
      ? []
      : (
          await tx
            .insert(syncRecords)
            .values(
              fresh.map((r) => ({
                entryId: r.id,
                deviceId: device.id,
                kind: r.kind,
                recordId: r.recordId,
                version: r.version,
                cohortId: cohortOf(r),
                payload: r.payload,
                queuedAt: new Date(r.queuedAt),
              })),
            )
            .onConflictDoNothing()
            .returning({ id: syncRecords.entryId })
        ).map((row) => row.id),
  );
  // Not inserted and not seen before: either another edit of the same version, or this very
  // entry stored by a concurrent resend (two pages pushing at once) since the first look.
  const missed = records.filter((r) => !already.has(r.id) && !inserted.has(r.id)).map((r) => r.id);
  const raced = new Set(
    missed.length === 0
      ? []
      : (
          await tx
            .select({ id: syncRecords.entryId })
            .from(syncRecords)
            .where(inArray(syncRecords.entryId, missed))
        ).map((row) => row.id),
  );
  const results: RecordResult[] = [];
  for (const record of records) {
    if (already.has(record.id) || raced.has(record.id))
      results.push({ id: record.id, status: 'duplicate' });
    else if (inserted.has(record.id)) results.push({ id: record.id, status: 'accepted' });
    else if (!editableKinds.includes(record.kind)) {
      // An event already on the hub under another entry id (re-queued): the same event.
      results.push({ id: record.id, status: 'duplicate' });
    } else if (await holdsSame(tx, record)) {
      // The same edit under a new entry id (a re-enrolled tablet resending): nothing new.
      results.push({ id: record.id, status: 'duplicate' });
    } else {
      // Another edit of the same version: both are kept; the operator decides.
      await tx
        .insert(recordConflicts)
        .values({
          entryId: record.id,
          deviceId: device.id,
          kind: record.kind,
          recordId: record.recordId,
          version: record.version,
          payload: record.payload,
        })
        .onConflictDoNothing();
      results.push({ id: record.id, status: 'conflict' });
    }
  }
  return results;
}

/** Whether the hub holds this very version of the record, field for field. */
async function holdsSame(tx: Tx, record: PushedRecord): Promise<boolean> {
  const [held] = await tx
    .select({
      same: sql<boolean>`${syncRecords.payload} = ${JSON.stringify(record.payload)}::jsonb`,
    })
    .from(syncRecords)
    .where(
      and(
        eq(syncRecords.kind, record.kind),
        eq(syncRecords.recordId, record.recordId),
        eq(syncRecords.version, record.version),
      ),
    );
  return held?.same === true;
}

/**
 * A withdrawn consent travels like any record; when it is the participant's latest decision,
 * their name, family label, special needs and intake are erased from every version the hub
 * holds (pseudonymous events stay), and the erasure is logged.
 */
async function eraseWithdrawn(tx: Tx, device: EnrolledDevice, participantIds: string[]) {
  for (const participantId of new Set(participantIds)) {
    const [latest] = await tx
      .select({ granted: sql<boolean>`(${syncRecords.payload}->>'granted')::boolean` })
      .from(syncRecords)
      .where(
        and(
          eq(syncRecords.kind, 'consent'),
          sql`${syncRecords.payload}->>'participantId' = ${participantId}`,
        ),
      )
      .orderBy(sql`${syncRecords.payload}->>'recordedAt' desc`)
      .limit(1);
    if (!latest || latest.granted) continue;
    const mask = JSON.stringify({
      name: pseudonym(participantId),
      familyGroup: pseudonym(participantId, 'F'),
      shared: false,
    });
    const anonymised = (payload: SQLWrapper) =>
      sql`((${payload}) - 'intake' - 'specialNeeds') || ${mask}::jsonb`;
    const erased = await tx
      .update(syncRecords)
      .set({ payload: anonymised(syncRecords.payload), txId: rewrittenNow })
      .where(
        and(
          eq(syncRecords.kind, 'participant'),
          eq(syncRecords.recordId, participantId),
          sql`(${syncRecords.payload}->>'shared')::boolean`,
        ),
      )
      .returning({ id: syncRecords.entryId });
    const erasedConflicts = await tx
      .update(recordConflicts)
      .set({ payload: anonymised(recordConflicts.payload) })
      .where(
        and(
          eq(recordConflicts.kind, 'participant'),
          eq(recordConflicts.recordId, participantId),
          sql`(${recordConflicts.payload}->>'shared')::boolean`,
        ),
      )
      .returning({ id: recordConflicts.entryId });
    // A settled conflict keeps the edit set aside in the audit log: erased there too.
    const setAside = sql`${auditLog.detail}->'setAside'`;
    const erasedAudit = await tx
      .update(auditLog)
      .set({
        detail: sql`jsonb_set(${auditLog.detail}, '{setAside}', ${anonymised(setAside)})`,
      })
      .where(
        and(
          eq(auditLog.action, 'resolve-conflict'),
          like(auditLog.subject, `participant:${participantId}@%`),
          sql`(${setAside}->>'shared')::boolean`,
        ),
      )
      .returning({ id: auditLog.id });
    const versions = erased.length + erasedConflicts.length + erasedAudit.length;
    if (versions === 0) continue;
    await tx.insert(auditLog).values({
      id: randomUUID(),
      actor: `device:${device.id}`,
      action: 'erase-participant',
      subject: participantId,
      detail: { reason: 'consent withdrawn', versions },
    });
  }
}
