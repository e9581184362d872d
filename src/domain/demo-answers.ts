import type { OutlineObjective } from './course-outline.ts';
import type { Participant } from './participant.ts';
import { formFor, type QuizAnswer, type TestKind } from './results.ts';

/** Someone taking a test of the demo course, with the time each answer was scored. */
export interface DemoTaker {
  participant: Participant;
  /** Registration order, which sets the form (A or B) they take. */
  position: number;
  answeredAt(objective: number): Date;
}

// Readers get more right: the demo's scores follow literacy, with some luck on top.
const literacyAbility = { none: 0.2, basic: 0.4, functional: 0.6, fluent: 0.8 };

/**
 * One test's answers for every objective. The share answered right is set per objective (from
 * `share`), then given to the takers most likely to know it, so the cohort's results per key
 * message are exactly as planned while each learner's look like a person's.
 */
export function demoAnswers(
  test: TestKind,
  takers: readonly DemoTaker[],
  objectives: readonly OutlineObjective[],
  share: (objective: string) => number,
  random: () => number,
  newId: (at: Date) => string,
): QuizAnswer[] {
  return objectives.flatMap((objective, index) => {
    const ranked = takers
      .map((taker) => ({
        taker,
        chance: literacyAbility[taker.participant.draft.literacy] + random() * 0.6,
      }))
      .sort((a, b) => b.chance - a.chance)
      .map(({ taker }) => taker);
    const right = new Set(ranked.slice(0, Math.round(share(objective.id) * takers.length)));
    return takers.map((taker): QuizAnswer => {
      const form = formFor(taker.position, test);
      const item = objective.items.find((candidate) => candidate.form === form);
      if (!item) throw new Error(`objective ${objective.id} has no quiz item of form ${form}`);
      const at = taker.answeredAt(index);
      return {
        id: newId(at),
        cohortId: taker.participant.cohortId,
        participantId: taker.participant.id,
        itemId: item.id,
        objective: objective.id,
        test,
        correct: right.has(taker),
        recordedAt: at.toISOString(),
      };
    });
  });
}
