import { z } from 'zod';

/**
 * One scored answer: the trainer marks a learner's answer (oral or on paper) right or wrong,
 * or the learner answers on the tablet.
 */
export const quizAnswerSchema = z.object({
  id: z.uuid(),
  cohortId: z.uuid(),
  participantId: z.uuid(),
  itemId: z.string().min(1),
  objective: z.string().min(1),
  test: z.enum(['pre', 'post']),
  correct: z.boolean(),
  /** The option the learner chose, when they answered on the tablet themselves. */
  chosen: z.string().min(1).optional(),
  recordedAt: z.iso.datetime(),
});
export type QuizAnswer = z.infer<typeof quizAnswerSchema>;
export type TestKind = QuizAnswer['test'];

/**
 * Counterbalancing: participants alternate in the order they were registered; the first
 * takes form A before the course and B after, the second B then A, and so on.
 */
export function formFor(position: number, test: TestKind): 'A' | 'B' {
  const first = position % 2 === 0 ? 'A' : 'B';
  return test === 'pre' ? first : first === 'A' ? 'B' : 'A';
}

/** The answer in force per participant, item and test: the latest (a re-score supersedes). */
export function currentAnswers(answers: readonly QuizAnswer[]): QuizAnswer[] {
  const latest = new Map<string, QuizAnswer>();
  for (const answer of [...answers].sort((a, b) => a.recordedAt.localeCompare(b.recordedAt))) {
    latest.set(`${answer.participantId}|${answer.itemId}|${answer.test}`, answer);
  }
  return [...latest.values()];
}

export interface Score {
  correct: number;
  total: number;
}

export interface ObjectiveResult {
  objective: string;
  pre: Score;
  post: Score;
  /** Fewer than `threshold` of post-test answers right: repeat this message after arrival. */
  reEmphasise: boolean;
}

/** Share of post-test answers right below which an objective is flagged. */
export const RE_EMPHASISE_BELOW = 0.7;

const share = (score: Score) => (score.total ? score.correct / score.total : 0);

/** Pre- and post-test results per objective, for the cohort or (filtered answers) one learner. */
export function objectiveResults(
  answers: readonly QuizAnswer[],
  objectives: readonly string[],
  threshold = RE_EMPHASISE_BELOW,
): ObjectiveResult[] {
  const current = currentAnswers(answers);
  return objectives.map((objective) => {
    const tally = (test: TestKind): Score => {
      const mine = current.filter((a) => a.objective === objective && a.test === test);
      return { correct: mine.filter((a) => a.correct).length, total: mine.length };
    };
    const post = tally('post');
    return {
      objective,
      pre: tally('pre'),
      post,
      reEmphasise: post.total > 0 && share(post) < threshold,
    };
  });
}

export function percent(score: Score): number | undefined {
  return score.total ? Math.round(100 * share(score)) : undefined;
}
