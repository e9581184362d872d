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
    { text: 'Is school free?' },
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

it('keeps a recorded question like a typed one: random id, day-level time, no learner', async () => {
  const db = new WaypointDatabase(`feedback-${Math.random()}`);
  const repository = new FeedbackRepository(db);
  const cohortId = '0193a8f0-0000-7000-8000-0000000000c1';
  const audio = new Uint8Array([1, 2, 3, 4, 5]).buffer;
  await repository.give(
    { cohortId, day: 2, satisfaction: 3 },
    { text: '   ', recording: { audio, mimeType: 'audio/webm;codecs=opus' } },
  );
  const [question] = await db.anonymousQuestions.toArray();
  expect(Object.keys(question ?? {}).sort()).toEqual(['cohortId', 'day', 'id', 'recording']);
  expect(new Uint8Array(question!.recording!.audio)).toEqual(new Uint8Array([1, 2, 3, 4, 5]));
  expect(question!.recording!.mimeType).toBe('audio/webm;codecs=opus');
  const queued = (await db.outbox.toArray()).find((entry) => entry.recordType === 'question');
  expect(queued?.queuedAt).toMatch(/T00:00:00\.000Z$/);
  await db.delete();
});

it('leaves no question for a blank box, and keeps neither record when a recording is refused', async () => {
  const db = new WaypointDatabase(`feedback-${Math.random()}`);
  const repository = new FeedbackRepository(db);
  const cohortId = '0193a8f0-0000-7000-8000-0000000000c2';
  await repository.give({ cohortId, day: 1, satisfaction: 5 }, { text: '  \n ' });
  expect(await db.anonymousQuestions.count()).toBe(0);
  expect(await db.feedback.count()).toBe(1);

  await expect(
    repository.give(
      { cohortId, day: 1, satisfaction: 2 },
      { recording: { audio: new ArrayBuffer(720_001), mimeType: 'audio/webm' } },
    ),
  ).rejects.toThrow(/too long/);
  expect(await db.feedback.count()).toBe(1);
  expect(await db.anonymousQuestions.count()).toBe(0);
  await db.delete();
});
