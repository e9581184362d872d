// Owns pre/post-test answers scored by the trainer: appended with their outbox entry in one
// transaction; the latest score for an item counts.
import { quizAnswerSchema, type QuizAnswer } from '../../domain/results.ts';
import { uuidV7 } from '../../domain/record-id.ts';
import { browserClock, type RecordClock } from './cohort-repository.ts';
import type { WaypointDatabase } from './database.ts';

export class AnswerRepository {
  readonly #db: WaypointDatabase;
  readonly #clock: RecordClock;

  constructor(db: WaypointDatabase, clock: RecordClock = browserClock) {
    this.#db = db;
    this.#clock = clock;
  }

  inCohort(cohortId: string): Promise<QuizAnswer[]> {
    return this.#db.quizAnswers.where('cohortId').equals(cohortId).toArray();
  }

  async score(draft: Omit<QuizAnswer, 'id' | 'recordedAt'>): Promise<QuizAnswer> {
    const { quizAnswers, outbox } = this.#db;
    return this.#db.transaction('rw', quizAnswers, outbox, async () => {
      const now = this.#clock.now();
      const answer = quizAnswerSchema.parse({
        ...draft,
        id: uuidV7(now.getTime(), this.#clock.random()),
        recordedAt: now.toISOString(),
      });
      await quizAnswers.put(answer);
      await outbox.put({
        id: uuidV7(now.getTime(), this.#clock.random()),
        recordType: 'answer',
        recordId: answer.id,
        version: 1,
        queuedAt: now.toISOString(),
        payload: answer,
      });
      return answer;
    });
  }
}
