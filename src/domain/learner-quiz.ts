import type { QuizAnswer, TestKind } from './results.ts';

/** A quiz item as a learner answers it on the tablet, in the course's language. */
export interface LearnerQuizItem {
  id: string;
  objective: string;
  form: 'A' | 'B';
  kind: 'single-choice' | 'true-false' | 'picture-choice' | 'oral';
  prompt: string;
  options: { id: string; text: string; picture?: string | undefined }[];
  answer: string;
}

/** What a learner is doing: a test whose answers count, or practice whose answers do not. */
export type QuizMode = TestKind | 'practice';

export function isQuizMode(value: string | null): value is QuizMode {
  return value === 'pre' || value === 'post' || value === 'practice';
}

/**
 * The items a learner answers on the tablet, in course order: those of their form (practice
 * repeats the pre-test form, so the post-test stays new). Oral items are left to the trainer,
 * who asks them aloud and scores them on the results screen.
 */
export function learnerItems(
  items: readonly LearnerQuizItem[],
  form: 'A' | 'B',
): LearnerQuizItem[] {
  return items.filter((item) => item.form === form && item.kind !== 'oral');
}

/** The item to show next: the first not answered yet, so a reload resumes where it was. */
export function nextItemIndex(
  items: readonly LearnerQuizItem[],
  answered: ReadonlySet<string>,
): number | undefined {
  const index = items.findIndex((item) => !answered.has(item.id));
  return index < 0 ? undefined : index;
}

/** Items this learner already answered in this test. */
export function answeredItems(
  answers: readonly QuizAnswer[],
  participantId: string,
  test: TestKind,
): Set<string> {
  return new Set(
    answers
      .filter((a) => a.participantId === participantId && a.test === test)
      .map((a) => a.itemId),
  );
}

export function isCorrect(item: LearnerQuizItem, chosen: string): boolean {
  return item.answer === chosen;
}
