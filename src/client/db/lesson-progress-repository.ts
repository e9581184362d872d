// Owns lesson progress records in the tablet database: reading them and moving them forward.
// Writes go through `advanceProgress`, so no caller can move a lesson back to "opened".
import { liveQuery, type Observable } from 'dexie';
import { advanceProgress, type LessonProgress } from '../../domain/lesson-progress.ts';
import type { WaypointDatabase } from './database.ts';

export class LessonProgressRepository {
  readonly #db: WaypointDatabase;
  readonly #now: () => Date;

  constructor(db: WaypointDatabase, now: () => Date = () => new Date()) {
    this.#db = db;
    this.#now = now;
  }

  /** Records that a learner opened or completed a lesson; returns the stored record. */
  record(
    learnerId: string,
    lessonKey: string,
    action: 'open' | 'complete',
  ): Promise<LessonProgress> {
    const table = this.#db.lessonProgress;
    // Read and write in one transaction so two tabs cannot interleave and lose a completion.
    return this.#db.transaction('rw', table, async () => {
      const current = await table.get({ learnerId, lessonKey });
      const next = advanceProgress(current, action, learnerId, lessonKey, this.#now());
      if (next !== current) await table.put(next);
      return next;
    });
  }

  /** A learner's progress on the given lessons, updated live as records change. */
  watch(learnerId: string, lessonKeys: readonly string[]): Observable<LessonProgress[]> {
    return liveQuery(() =>
      this.#db.lessonProgress
        .where('[learnerId+lessonKey]')
        .anyOf(lessonKeys.map((key) => [learnerId, key]))
        .toArray(),
    );
  }
}
