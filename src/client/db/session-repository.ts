// Owns what happened in each course day's session (modules delivered, notes): events are
// appended with their outbox entry in one transaction.
import { sessionEventSchema, type SessionEvent } from '../../domain/course-day.ts';
import { uuidV7 } from '../../domain/record-id.ts';
import { browserClock, type RecordClock } from './cohort-repository.ts';
import type { WaypointDatabase } from './database.ts';

type EventDraft =
  | Omit<Extract<SessionEvent, { kind: 'delivered' }>, 'id' | 'recordedAt'>
  | Omit<Extract<SessionEvent, { kind: 'notes' }>, 'id' | 'recordedAt'>;

export class SessionRepository {
  readonly #db: WaypointDatabase;
  readonly #clock: RecordClock;

  constructor(db: WaypointDatabase, clock: RecordClock = browserClock) {
    this.#db = db;
    this.#clock = clock;
  }

  inCohort(cohortId: string): Promise<SessionEvent[]> {
    return this.#db.sessionEvents.where('cohortId').equals(cohortId).toArray();
  }

  async record(draft: EventDraft): Promise<SessionEvent> {
    const { sessionEvents, outbox } = this.#db;
    return this.#db.transaction('rw', sessionEvents, outbox, async () => {
      const now = this.#clock.now();
      const event = sessionEventSchema.parse({
        ...draft,
        id: uuidV7(now.getTime(), this.#clock.random()),
        recordedAt: now.toISOString(),
      });
      await sessionEvents.put(event);
      await outbox.put({
        id: uuidV7(now.getTime(), this.#clock.random()),
        recordType: 'session',
        recordId: event.id,
        version: 1,
        queuedAt: now.toISOString(),
        payload: event,
      });
      return event;
    });
  }
}
