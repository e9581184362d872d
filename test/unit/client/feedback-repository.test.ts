import 'fake-indexeddb/auto';
import { expect, it } from 'vitest';
import { WaypointDatabase } from '../../../src/client/db/database.ts';
import { FeedbackRepository } from '../../../src/client/db/feedback-repository.ts';

it('stores a question apart from the feedback, with nothing to link the two', async () => {
  const db = new WaypointDatabase(`feedback-${Math.random()}`);
  const repository = new FeedbackRepository(db);
  const cohortId = '0193a8f0-0000-7000-8000-0000000000c0';
  await repository.give(
    { cohortId, day: 1, satisfaction: 4, helpedMost: 'housing' },
    'Is school free?',
  );
  const [feedback] = await db.feedback.toArray();
  const [question] = await db.anonymousQuestions.toArray();
  expect(question).toEqual({
    id: expect.stringMatching(/^[0-9a-f-]{14}4/),
    cohortId,
    day: 1,
    text: 'Is school free?',
  });
  expect(JSON.stringify(question)).not.toContain(feedback!.id);
  const queued = (await db.outbox.toArray()).filter((entry) => entry.recordType === 'question');
  expect(queued[0]?.queuedAt).toMatch(/T00:00:00\.000Z$/);
  await db.delete();
});
