import { describe, expect, it } from 'vitest';
import {
  anonymousQuestionSchema,
  hasQuestion,
  summarizeFeedback,
  uuidV4,
  type Feedback,
} from '../../../src/domain/feedback.ts';

const cohortId = '0193a8f0-0000-7000-8000-0000000000c0';
let n = 0;
const entry = (satisfaction: number, helpedMost?: string): Feedback => ({
  id: `0193a8f0-0000-7000-8000-${String(++n).padStart(12, '0')}`,
  cohortId,
  day: 1,
  satisfaction,
  ...(helpedMost ? { helpedMost } : {}),
});

describe('feedback', () => {
  it('summarises faces, the average and what helped most', () => {
    const summary = summarizeFeedback([
      entry(5, 'housing'),
      entry(4, 'housing'),
      entry(2, 'health'),
      entry(5),
    ]);
    expect(summary).toEqual({
      responses: 4,
      faces: [0, 1, 0, 1, 2],
      average: 4,
      helpedMost: [
        { module: 'housing', count: 2 },
        { module: 'health', count: 1 },
      ],
    });
    expect(summarizeFeedback([]).average).toBeUndefined();
  });

  it('gives anonymous questions a random id and no time, so they cannot be linked to anyone', () => {
    const id = uuidV4(new Uint8Array(16).fill(7));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const question = anonymousQuestionSchema.parse({
      id,
      cohortId,
      day: 1,
      text: ' Can we bring medicine? ',
    });
    expect(Object.keys(question).sort()).toEqual(['cohortId', 'day', 'id', 'text']);
    expect(question.text).toBe('Can we bring medicine?');
  });

  it('takes a question typed or recorded, never an empty one or one naming more', () => {
    const id = uuidV4(new Uint8Array(16).fill(9));
    const recording = { audio: new Uint8Array([1]).buffer, mimeType: 'audio/ogg' };
    expect(anonymousQuestionSchema.parse({ id, cohortId, day: 3, recording }).recording).toEqual(
      recording,
    );
    expect(() => anonymousQuestionSchema.parse({ id, cohortId, day: 3 })).toThrow(
      /needs words or a recording/,
    );
    expect(() =>
      anonymousQuestionSchema.parse({ id, cohortId, day: 3, text: 'Hi', learnerId: 'x' }),
    ).toThrow();
    expect(() =>
      anonymousQuestionSchema.parse({
        id,
        cohortId,
        day: 3,
        recording: { audio: new ArrayBuffer(0), mimeType: 'audio/ogg' },
      }),
    ).toThrow(/empty/);
    expect(() =>
      anonymousQuestionSchema.parse({
        id,
        cohortId,
        day: 3,
        recording: { ...recording, mimeType: 'text/plain' },
      }),
    ).toThrow(/not audio/);
    expect(hasQuestion({ text: ' \n' })).toBe(false);
    expect(hasQuestion({ text: ' ?' })).toBe(true);
    expect(hasQuestion({ recording })).toBe(true);
    expect(hasQuestion(undefined)).toBe(false);
  });
});
