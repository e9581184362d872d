import { attended } from './attendance.ts';
import type { OutlineObjective } from './course-outline.ts';
import type { DemoClass, QueuedRecord } from './demo-class.ts';
import type { Participant } from './participant.ts';
import { formFor, type QuizAnswer, type TestKind } from './results.ts';

/** Someone taking a test, with the time each answer was scored. */
interface Taker {
  participant: Participant;
  /** Registration order, which sets the form (A or B) they take. */
  position: number;
  answeredAt(objective: number): Date;
}

// Readers get more right: the demo's scores follow literacy, with some luck on top.
const literacyAbility = { none: 0.2, basic: 0.4, functional: 0.6, fluent: 0.8 };

/**
 * The pre-test on the first morning and the post-test on the last, for everyone present. Most
 * key messages go from about half right to most right; the weak ones stay under the share
 * that flags them for re-emphasis after arrival.
 */
export function demoTests(
  demo: DemoClass,
  objectives: readonly OutlineObjective[],
  weak: ReadonlySet<string>,
  lastDay: number,
): QueuedRecord[] {
  const takers = (day: number, startMinutes: number): Taker[] =>
    demo.participants.flatMap((participant, position) =>
      attended(demo.statusOn(day, participant))
        ? [
            {
              participant,
              position,
              answeredAt: (objective: number) =>
                new Date(demo.at(day, startMinutes + position * 4).getTime() + objective * 4000),
            },
          ]
        : [],
    );
  const shares = (weakShare: number, share: number, spread: number) =>
    new Map(
      objectives.map((o) => [o.id, (weak.has(o.id) ? weakShare : share) + demo.random() * spread]),
    );
  const pre = shares(0.15, 0.3, 0.3);
  const post = shares(0.3, 0.78, 0.2);
  return [
    ...testAnswers(demo, 'pre', takers(1, 7 * 60), objectives, pre),
    ...testAnswers(demo, 'post', takers(lastDay, 9 * 60), objectives, post),
  ].map((payload) => ({ kind: 'answer', payload, queuedAt: new Date(payload.recordedAt) }));
}

/**
 * One test's answers for every objective. The share answered right is set per objective, then
 * given to the takers most likely to know it, so the cohort's results per key message are as
 * planned while each learner's look like a person's.
 */
function testAnswers(
  demo: DemoClass,
  test: TestKind,
  takers: readonly Taker[],
  objectives: readonly OutlineObjective[],
  shares: ReadonlyMap<string, number>,
): QuizAnswer[] {
  return objectives.flatMap((objective, index) => {
    const ranked = takers
      .map((taker) => ({
        taker,
        chance: literacyAbility[taker.participant.draft.literacy] + demo.random() * 0.6,
      }))
      .sort((a, b) => b.chance - a.chance)
      .map(({ taker }) => taker);
    const right = new Set(
      ranked.slice(0, Math.round((shares.get(objective.id) ?? 0) * takers.length)),
    );
    return takers.map((taker): QuizAnswer => {
      const form = formFor(taker.position, test);
      const item = objective.items.find((candidate) => candidate.form === form);
      if (!item) throw new Error(`objective ${objective.id} has no quiz item of form ${form}`);
      const at = taker.answeredAt(index);
      return {
        id: demo.newId(at),
        cohortId: demo.cohortId,
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
