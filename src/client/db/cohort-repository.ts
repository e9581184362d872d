// Owns cohorts on the tablet. Every save also queues the cohort in the outbox, in the same
// transaction, so nothing a trainer entered can exist without a way to reach the hub.
import {
  cohortDraftSchema,
  cohortSchema,
  type Cohort,
  type CohortDraft,
} from '../../domain/cohort.ts';
import type { OutboxEntry } from '../../domain/outbox.ts';
import { uuidV7 } from '../../domain/record-id.ts';
import type { WaypointDatabase } from './database.ts';

export interface RecordClock {
  now: () => Date;
  random: () => Uint8Array;
}

let lastMs = 0;

/**
 * The device clock, made strictly increasing: two records made within the same millisecond
 * (a quick double tap) still get distinct, ordered times, so "the latest mark wins" holds.
 */
export const browserClock: RecordClock = {
  now: () => new Date((lastMs = Math.max(Date.now(), lastMs + 1))),
  random: () => crypto.getRandomValues(new Uint8Array(10)),
};

export class CohortRepository {
  readonly #db: WaypointDatabase;
  readonly #clock: RecordClock;

  constructor(db: WaypointDatabase, clock: RecordClock = browserClock) {
    this.#db = db;
    this.#clock = clock;
  }

  get(id: string): Promise<Cohort | undefined> {
    return this.#db.cohorts.get(id);
  }

  list(): Promise<Cohort[]> {
    return this.#db.cohorts.orderBy('updatedAt').reverse().toArray();
  }

  /** Creates a cohort, or saves a new version of one; invalid drafts throw before anything is written. */
  async save(draft: CohortDraft, id?: string): Promise<Cohort> {
    const valid = cohortDraftSchema.parse(draft);
    const { cohorts, outbox } = this.#db;
    return this.#db.transaction('rw', cohorts, outbox, async () => {
      const now = this.#clock.now();
      const previous = id ? await cohorts.get(id) : undefined;
      const cohort = cohortSchema.parse({
        id: previous?.id ?? uuidV7(now.getTime(), this.#clock.random()),
        version: (previous?.version ?? 0) + 1,
        createdAt: previous?.createdAt ?? now.toISOString(),
        updatedAt: now.toISOString(),
        draft: valid,
      });
      const entry: OutboxEntry = {
        id: uuidV7(now.getTime(), this.#clock.random()),
        recordType: 'cohort',
        recordId: cohort.id,
        version: cohort.version,
        queuedAt: now.toISOString(),
        payload: cohort,
      };
      await cohorts.put(cohort);
      await outbox.put(entry);
      return cohort;
    });
  }

  /** Changes queued for the hub and not yet acknowledged. */
  unsent(): Promise<number> {
    return this.#db.outbox.count();
  }
}
