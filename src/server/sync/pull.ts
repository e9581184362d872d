// Owns what a tablet pulls: the cohorts, rosters and consent decisions the tablets of its
// programme pushed (its own too: the hub may have settled a conflict or erased a name since),
// page by page from a cursor, and the content versions the hub serves for those cohorts'
// destinations. Names travel only as the hub holds them: a participant without
// consent to share is a pseudonym here too.
import { sql } from 'drizzle-orm';
import {
  MAX_PULL_RECORDS,
  pulledKinds,
  pulledRecordSchema,
  pullCursorSchema,
  SyncRefusal,
  type OfferedBundle,
  type PullResponse,
  type PulledRecord,
} from '../../domain/sync-protocol.ts';
import type { HubDb } from '../db/connect.ts';
import type { EnrolledDevice } from './device-auth.ts';

/** The bundles the hub serves now (read per request: the hub keeps nothing in memory). */
export type OfferedContent = () => Promise<readonly OfferedBundle[]>;

interface CursorPosition {
  txId: bigint;
  /** The last entry read within `txId`; absent: start at `txId` itself. */
  afterEntry?: string;
}

function readCursor(cursor: string): CursorPosition {
  const [txId, afterEntry] = cursor.split('~');
  return { txId: BigInt(txId ?? '0'), ...(afterEntry ? { afterEntry } : {}) };
}

interface PulledRow extends Record<string, unknown> {
  entry_id: string;
  kind: string;
  payload: unknown;
  received_at: string | Date;
  tx_id: string;
  horizon: string;
}

export async function pullAssignments(
  db: HubDb,
  device: EnrolledDevice,
  cursor: string,
  offeredContent: OfferedContent,
): Promise<PullResponse> {
  const from = readCursor(cursor);
  const after = from.afterEntry
    ? sql`(r.tx_id, r.entry_id) > (${from.txId.toString()}::bigint, ${from.afterEntry}::uuid)`
    : sql`r.tx_id >= ${from.txId.toString()}::bigint`;
  // Only transactions older than the oldest one still running are read: they have all
  // committed (or failed), so nothing can appear behind the cursor later.
  const result = await db.execute<PulledRow>(sql`
    with horizon as (select pg_snapshot_xmin(pg_current_snapshot())::text::bigint as tx)
    select r.entry_id, r.kind, r.payload, r.received_at, r.tx_id::text as tx_id,
           horizon.tx::text as horizon
    from horizon
    left join lateral (
      select s.* from sync_records s join devices d on d.id = s.device_id
      where d.programme = ${device.programme}
        and s.kind in (${sql.join(
          pulledKinds.map((kind) => sql`${kind}`),
          sql`, `,
        )})
    ) r on r.tx_id < horizon.tx and ${after}
    order by r.tx_id, r.entry_id
    limit ${MAX_PULL_RECORDS + 1}`);
  const rows = (result as unknown as { rows: PulledRow[] }).rows;
  const horizon = rows[0]?.horizon ?? from.txId.toString();
  const found = rows.filter((row) => row.entry_id !== null);
  const more = found.length > MAX_PULL_RECORDS;
  const page = found.slice(0, MAX_PULL_RECORDS);
  const last = page.at(-1);
  // A stored row today's schema cannot read (written by an older hub) is left out and logged,
  // not thrown: the cursor still moves past it, so it cannot stop every tablet's pull.
  const records = page.flatMap((row): PulledRecord[] => {
    const parsed = pulledRecordSchema.safeParse({
      kind: row.kind,
      receivedAt: new Date(row.received_at).toISOString(),
      payload: typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload,
    });
    if (parsed.success) return [parsed.data];
    console.error(`pull: entry ${row.entry_id} is not a ${row.kind} this hub can read; left out`);
    return [];
  });
  return {
    records,
    cursor: more && last ? `${last.tx_id}~${last.entry_id}` : maxCursor(horizon, from),
    more,
    content: await contentFor(db, device, offeredContent),
  };
}

/** Never move a cursor backwards, even if the database's horizon reads lower than it. */
function maxCursor(horizon: string, from: CursorPosition): string {
  if (BigInt(horizon) > from.txId) return horizon;
  return from.afterEntry ? `${from.txId}~${from.afterEntry}` : from.txId.toString();
}

/** Bundles for the destinations the programme's cohorts (this tablet's too) go to. */
async function contentFor(
  db: HubDb,
  device: EnrolledDevice,
  offeredContent: OfferedContent,
): Promise<OfferedBundle[]> {
  const result = await db.execute<{ destination: string }>(sql`
    select distinct s.payload->'draft'->>'destination' as destination
    from sync_records s join devices d on d.id = s.device_id
    where d.programme = ${device.programme} and s.kind = 'cohort'`);
  const destinations = new Set(
    (result as unknown as { rows: { destination: string }[] }).rows.map((row) => row.destination),
  );
  return (await offeredContent()).filter((bundle) => destinations.has(bundle.destination));
}

/** A cursor from a query string: absent is the beginning; anything else must be one we gave. */
export function cursorFromQuery(value: string | null): string {
  if (value === null || value === '') return '0';
  if (!pullCursorSchema.safeParse(value).success)
    throw new SyncRefusal(400, `since: "${value.slice(0, 60)}" is not a cursor the hub gave out`);
  return value;
}
