// Owns learner feedback and the anonymous question box. A question (typed or recorded) is
// written with a random id and a day-level time in the outbox, so nothing ties it to who asked
// or when exactly. Feedback and question go in one transaction: both are kept, or neither.
import {
  anonymousQuestionSchema,
  feedbackSchema,
  hasQuestion,
  uuidV4,
  type QuestionDraft,
  type AnonymousQuestion,
  type Feedback,
} from '../../domain/feedback.ts';
import { uuidV7 } from '../../domain/record-id.ts';
import { browserClock, type RecordClock } from './cohort-repository.ts';
import type { WaypointDatabase } from './database.ts';

export class FeedbackRepository {
  readonly #db: WaypointDatabase;
  readonly #clock: RecordClock;
  readonly #random16: () => Uint8Array;

  constructor(
    db: WaypointDatabase,
    clock: RecordClock = browserClock,
    random16 = () => crypto.getRandomValues(new Uint8Array(16)),
  ) {
    this.#db = db;
    this.#clock = clock;
    this.#random16 = random16;
  }

  async give(draft: Omit<Feedback, 'id'>, question?: QuestionDraft): Promise<void> {
    const { feedback, anonymousQuestions, outbox } = this.#db;
    await this.#db.transaction('rw', feedback, anonymousQuestions, outbox, async () => {
      const now = this.#clock.now();
      const entry = feedbackSchema.parse({
        ...draft,
        id: uuidV7(now.getTime(), this.#clock.random()),
      });
      await feedback.put(entry);
      await outbox.put({
        id: uuidV7(now.getTime(), this.#clock.random()),
        recordType: 'feedback',
        recordId: entry.id,
        version: 1,
        queuedAt: now.toISOString(),
        payload: entry,
      });
      if (!question || !hasQuestion(question)) return;
      const text = question.text?.trim();
      const asked = anonymousQuestionSchema.parse({
        id: uuidV4(this.#random16()),
        cohortId: draft.cohortId,
        day: draft.day,
        ...(text ? { text } : {}),
        ...(question.recording ? { recording: question.recording } : {}),
      });
      await anonymousQuestions.put(asked);
      await outbox.put({
        id: uuidV4(this.#random16()),
        recordType: 'question',
        recordId: asked.id,
        version: 1,
        queuedAt: `${now.toISOString().slice(0, 10)}T00:00:00.000Z`,
        payload: asked,
      });
    });
  }

  inCohort(cohortId: string): Promise<Feedback[]> {
    return this.#db.feedback.where('cohortId').equals(cohortId).toArray();
  }

  questions(cohortId: string): Promise<AnonymousQuestion[]> {
    return this.#db.anonymousQuestions.where('cohortId').equals(cohortId).toArray();
  }
}
