// Owns wiping the tablet's records: every personal and classroom record, the outbox (and the
// pushes the service worker kept to send later) and the trainer PIN. Downloaded course bundles
// stay: they hold no personal data.
import { unsentCounts, type UnsentCounts } from '../../domain/wipe.ts';
import { forgetQueuedPushes } from '../sync/queued-pushes.ts';
import type { WaypointDatabase } from './database.ts';

export class TabletWipe {
  readonly #db: WaypointDatabase;

  constructor(db: WaypointDatabase) {
    this.#db = db;
  }

  async unsent(): Promise<UnsentCounts> {
    return unsentCounts(await this.#db.outbox.toArray());
  }

  async wipe(): Promise<void> {
    const db = this.#db;
    const tables = [
      db.cohorts,
      db.participants,
      db.consentEvents,
      db.attendanceMarks,
      db.sessionEvents,
      db.quizAnswers,
      db.feedback,
      db.anonymousQuestions,
      db.outbox,
      db.lessonProgress,
      db.trainerPin,
      db.tabletClass,
      db.learnerSession,
      db.stickers,
      db.gbvDeliveries,
      db.referralContacts,
      db.hubLink,
    ];
    await db.transaction('rw', tables, () => Promise.all(tables.map((table) => table.clear())));
    await forgetQueuedPushes();
  }
}
