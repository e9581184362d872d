import { describe, expect, it } from 'vitest';
import {
  answeredItems,
  isCorrect,
  isQuizMode,
  learnerItems,
  nextItemIndex,
  type LearnerQuizItem,
} from '../../../src/domain/learner-quiz.ts';
import type { QuizAnswer } from '../../../src/domain/results.ts';

const item = (id: string, form: 'A' | 'B', kind: LearnerQuizItem['kind'] = 'single-choice') => ({
  id,
  objective: id.slice(0, -2),
  form,
  kind,
  prompt: id,
  answer: 'b',
  options: [
    { id: 'a', text: 'A' },
    { id: 'b', text: 'B' },
  ],
});
const items: LearnerQuizItem[] = [
  item('rent-a', 'A'),
  item('rent-b', 'B'),
  item('doctor-a', 'A', 'oral'),
  item('doctor-b', 'B'),
  item('school-a', 'A', 'picture-choice'),
];

describe('learnerItems', () => {
  it('keeps the learner’s form in course order and leaves oral items to the trainer', () => {
    expect(learnerItems(items, 'A').map((i) => i.id)).toEqual(['rent-a', 'school-a']);
    expect(learnerItems(items, 'B').map((i) => i.id)).toEqual(['rent-b', 'doctor-b']);
  });
});

describe('nextItemIndex', () => {
  const formA = learnerItems(items, 'A');
  it('resumes at the first unanswered item, and is done when all are answered', () => {
    expect(nextItemIndex(formA, new Set())).toBe(0);
    expect(nextItemIndex(formA, new Set(['rent-a']))).toBe(1);
    expect(nextItemIndex(formA, new Set(['rent-a', 'school-a']))).toBeUndefined();
  });
});

describe('answeredItems', () => {
  const answer = (participantId: string, itemId: string, test: 'pre' | 'post'): QuizAnswer => ({
    id: crypto.randomUUID(),
    cohortId: crypto.randomUUID(),
    participantId,
    itemId,
    objective: 'rent',
    test,
    correct: true,
    recordedAt: '2026-12-01T09:00:00.000Z',
  });
  it('counts only this learner’s answers in this test', () => {
    const answers = [
      answer('amina', 'rent-a', 'pre'),
      answer('omar', 'school-a', 'pre'),
      answer('amina', 'school-a', 'post'),
    ];
    expect(answeredItems(answers, 'amina', 'pre')).toEqual(new Set(['rent-a']));
  });
});

describe('isCorrect and isQuizMode', () => {
  it('compares the chosen option with the key', () => {
    expect(isCorrect(items[0]!, 'b')).toBe(true);
    expect(isCorrect(items[0]!, 'a')).toBe(false);
  });
  it('knows the three modes and nothing else', () => {
    expect(['pre', 'post', 'practice', 'exam', null].map(isQuizMode)).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});
