// Owns the attendance register: marks are appended, never changed, each with its outbox
// entry in the same transaction.
import {
  attendanceMarkSchema,
  type AttendanceMark,
  type AttendanceStatus,
} from '../../domain/attendance.ts';
import { uuidV7 } from '../../domain/record-id.ts';
import { browserClock, type RecordClock } from './cohort-repository.ts';
import type { WaypointDatabase } from './database.ts';

export class AttendanceRepository {
  readonly #db: WaypointDatabase;
  readonly #clock: RecordClock;

  constructor(db: WaypointDatabase, clock: RecordClock = browserClock) {
    this.#db = db;
    this.#clock = clock;
  }

  inCohort(cohortId: string): Promise<AttendanceMark[]> {
    return this.#db.attendanceMarks.where('cohortId').equals(cohortId).toArray();
  }

  /** Records marks (one, or "all present" for many) in one transaction. */
  async mark(
    cohortId: string,
    day: number,
    entries: readonly { participantId: string; status: AttendanceStatus }[],
  ): Promise<AttendanceMark[]> {
    const { attendanceMarks, outbox } = this.#db;
    return this.#db.transaction('rw', attendanceMarks, outbox, async () => {
      const now = this.#clock.now();
      const marks = entries.map((entry) =>
        attendanceMarkSchema.parse({
          id: uuidV7(now.getTime(), this.#clock.random()),
          cohortId,
          day,
          ...entry,
          recordedAt: now.toISOString(),
        }),
      );
      await attendanceMarks.bulkPut(marks);
      await outbox.bulkPut(
        marks.map((mark) => ({
          id: uuidV7(now.getTime(), this.#clock.random()),
          recordType: 'attendance' as const,
          recordId: mark.id,
          version: 1,
          queuedAt: now.toISOString(),
          payload: mark,
        })),
      );
      return marks;
    });
  }
}
