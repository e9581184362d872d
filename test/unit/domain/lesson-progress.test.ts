import { describe, expect, it } from 'vitest';
import {
  advanceProgress,
  lessonKey,
  summarizeProgress,
  type LessonProgress,
} from '../../../src/domain/lesson-progress.ts';

const key = lessonKey({
  destination: 'canada',
  audience: 'adult',
  module: 'housing',
  lesson: 'rent',
});
const monday = new Date('2026-11-23T09:00:00Z');
const tuesday = new Date('2026-11-24T09:00:00Z');

describe('lessonKey', () => {
  it('does not depend on the language, so progress survives a language switch', () => {
    expect(key).toBe('canada/adult/housing/rent');
  });
});

describe('advanceProgress', () => {
  const opened = advanceProgress(undefined, 'open', 'tablet', key, monday);

  it.each<[string, LessonProgress | undefined, 'open' | 'complete', Partial<LessonProgress>]>([
    [
      'first open starts the lesson',
      undefined,
      'open',
      { state: 'opened', openedAt: tuesday.toISOString() },
    ],
    [
      'reopening keeps the first open time',
      opened,
      'open',
      { state: 'opened', openedAt: monday.toISOString() },
    ],
    [
      'finishing completes it',
      opened,
      'complete',
      { state: 'completed', completedAt: tuesday.toISOString() },
    ],
    [
      'completing an unopened lesson opens and completes it',
      undefined,
      'complete',
      { state: 'completed', openedAt: tuesday.toISOString(), completedAt: tuesday.toISOString() },
    ],
  ])('%s', (_name, current, action, expected) => {
    expect(advanceProgress(current, action, 'tablet', key, tuesday)).toMatchObject(expected);
  });

  it('never moves a completed lesson back to opened', () => {
    const done = advanceProgress(opened, 'complete', 'tablet', key, monday);
    const reopened = advanceProgress(done, 'open', 'tablet', key, tuesday);
    expect(reopened).toEqual(done);
    expect(advanceProgress(done, 'complete', 'tablet', key, tuesday).completedAt).toBe(
      monday.toISOString(),
    );
  });
});

describe('summarizeProgress', () => {
  it('gives each lesson its state in order and counts the completed ones', () => {
    const records: LessonProgress[] = [
      { learnerId: 'tablet', lessonKey: 'b', state: 'completed', openedAt: monday.toISOString() },
      { learnerId: 'tablet', lessonKey: 'c', state: 'opened', openedAt: monday.toISOString() },
      {
        learnerId: 'tablet',
        lessonKey: 'elsewhere',
        state: 'completed',
        openedAt: monday.toISOString(),
      },
    ];
    expect(summarizeProgress(['a', 'b', 'c'], records)).toEqual({
      states: ['not-started', 'completed', 'opened'],
      completed: 1,
      total: 3,
    });
  });
});
