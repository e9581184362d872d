import { describe, expect, it } from 'vitest';
import {
  currentAnswers,
  formFor,
  objectiveResults,
  percent,
  type QuizAnswer,
} from '../../../src/domain/results.ts';

let n = 0;
const answer = (
  participant: string,
  objective: string,
  test: 'pre' | 'post',
  correct: boolean,
  minute = 0,
): QuizAnswer => ({
  id: `0193a8f0-0000-7000-8000-${String(++n).padStart(12, '0')}`,
  cohortId: '0193a8f0-0000-7000-8000-0000000000c0',
  participantId: `0193a8f0-0000-7000-8000-0000000000${participant}`,
  itemId: `${objective}-${test === 'pre' ? 'a' : 'b'}`,
  objective,
  test,
  correct,
  recordedAt: `2026-12-01T09:${String(minute).padStart(2, '0')}:00.000Z`,
});

describe('results', () => {
  it('counterbalances forms: half take A first, half B first', () => {
    expect([0, 1, 2, 3].map((i) => formFor(i, 'pre'))).toEqual(['A', 'B', 'A', 'B']);
    expect([0, 1, 2, 3].map((i) => formFor(i, 'post'))).toEqual(['B', 'A', 'B', 'A']);
  });

  it('compares pre and post per objective and flags weak ones to repeat after arrival', () => {
    const answers = [
      answer('a1', 'doctor', 'pre', false),
      answer('b2', 'doctor', 'pre', false),
      answer('a1', 'doctor', 'post', true),
      answer('b2', 'doctor', 'post', false),
      answer('a1', 'rent', 'pre', true),
      answer('a1', 'rent', 'post', true),
    ];
    const [doctor, rent, untested] = objectiveResults(answers, ['doctor', 'rent', 'bank']);
    expect(doctor).toMatchObject({
      pre: { correct: 0, total: 2 },
      post: { correct: 1, total: 2 },
      reEmphasise: true,
    });
    expect(rent).toMatchObject({ post: { correct: 1, total: 1 }, reEmphasise: false });
    expect(untested).toMatchObject({ post: { total: 0 }, reEmphasise: false });
    expect(percent(doctor!.post)).toBe(50);
    expect(percent(untested!.post)).toBeUndefined();
  });

  it('a re-score replaces the earlier score', () => {
    const answers = [
      answer('a1', 'doctor', 'post', false, 1),
      answer('a1', 'doctor', 'post', true, 2),
    ];
    expect(currentAnswers(answers).map((a) => a.correct)).toEqual([true]);
  });
});
