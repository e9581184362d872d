import { liveQuery, type Observable } from 'dexie';
import { splitUnsent, type OutboxEntry } from '../../domain/outbox.ts';
import type { WaypointDatabase } from './database.ts';

/** What still has to reach the hub, updated live as records are saved, sent or refused. */
export function watchUnsent(
  db: WaypointDatabase,
): Observable<{ waiting: OutboxEntry[]; refused: OutboxEntry[] }> {
  return liveQuery(async () => splitUnsent(await db.outbox.orderBy('queuedAt').toArray()));
}
