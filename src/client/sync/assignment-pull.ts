// Owns taking in what the hub assigns this tablet: the programme's cohorts and rosters as the
// hub holds them (other tablets' records, and this tablet's as the hub settled them), page by
// page. Each page and the cursor after it are written in one
// transaction, so a pull cut off anywhere resumes where it stopped. Nothing pulled is queued
// to go back.
import type { HubLink } from '../../domain/hub-link.ts';
import { cohortFromHub, participantFromHub } from '../../domain/pulled-roster.ts';
import { pullResponseSchema, type PullResponse } from '../../domain/sync-protocol.ts';
import type { WaypointDatabase } from '../db/database.ts';
import { hubAnswer } from './hub-answer.ts';

/** Pulls every page waiting; returns how many records came. */
export async function pullAssignments(
  db: WaypointDatabase,
  fetcher: typeof fetch,
  link: HubLink,
): Promise<number> {
  let cursor = link.pullCursor ?? '0';
  let received = 0;
  for (;;) {
    const response = await fetcher(`/api/sync/pull?since=${encodeURIComponent(cursor)}`, {
      headers: { authorization: `Bearer ${link.token}` },
    });
    const page = pullResponseSchema.parse(await hubAnswer(response));
    await storePage(db, page);
    received += page.records.length;
    cursor = page.cursor;
    if (!page.more) return received;
  }
}

async function storePage(db: WaypointDatabase, page: PullResponse): Promise<void> {
  const { cohorts, participants, consentEvents, hubLink, outbox } = db;
  await db.transaction('rw', [cohorts, participants, consentEvents, hubLink, outbox], async () => {
    // This tablet's own edit still to send outranks the hub's copy of the same version.
    const unsent = async (id: string) => (await outbox.where('recordId').equals(id).count()) > 0;
    for (const record of page.records) {
      if (record.kind === 'cohort') {
        const { id } = record.payload;
        const cohort = cohortFromHub(record.payload, await cohorts.get(id), await unsent(id));
        if (cohort) await cohorts.put(cohort);
      } else if (record.kind === 'participant') {
        const { id } = record.payload;
        const local = await participants.get(id);
        const participant = participantFromHub(
          record.payload,
          local,
          record.receivedAt,
          await unsent(id),
        );
        if (participant) await participants.put(participant);
      } else if (!(await consentEvents.get(record.payload.id))) {
        await consentEvents.put(record.payload);
      }
    }
    await hubLink.update('hub', {
      pullCursor: page.cursor,
      lastReceivedAt: new Date().toISOString(),
      offeredContent: page.content,
    });
  });
}
