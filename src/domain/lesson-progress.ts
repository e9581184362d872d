import { z } from 'zod';

/** Where a lesson sits in a course; progress does not depend on the language it was read in. */
export const lessonRefSchema = z.object({
  destination: z.string().min(1),
  audience: z.string().min(1),
  module: z.string().min(1),
  lesson: z.string().min(1),
});
export type LessonRef = z.infer<typeof lessonRefSchema>;

/** `canada/adult/housing/housing-lease-and-rent`: the stable key progress is stored under. */
export function lessonKey(ref: LessonRef): string {
  return [ref.destination, ref.audience, ref.module, ref.lesson].join('/');
}

/** Who progress belongs to. Until learners sign in on a shared tablet, it is the tablet itself. */
export const TABLET_LEARNER = 'tablet';

export const lessonProgressSchema = z.object({
  /** Learner id, or `tablet` before learner sign-in exists. */
  learnerId: z.string().min(1),
  /** See `lessonKey`. */
  lessonKey: z.string().min(1),
  /** How far the learner got: opening a lesson starts it, "finished" completes it. */
  state: z.enum(['opened', 'completed']),
  /** When the lesson was first opened (ISO 8601). */
  openedAt: z.iso.datetime(),
  /** When it was completed, if it was. */
  completedAt: z.iso.datetime().optional(),
});
export type LessonProgress = z.infer<typeof lessonProgressSchema>;
export type LessonState = LessonProgress['state'] | 'not-started';

/**
 * Applies one learner action to a lesson's progress. Progress only moves forward:
 * reopening a completed lesson keeps it completed, and the first times are kept.
 */
export function advanceProgress(
  current: LessonProgress | undefined,
  action: 'open' | 'complete',
  learnerId: string,
  key: string,
  at: Date,
): LessonProgress {
  const now = at.toISOString();
  const base = current ?? { learnerId, lessonKey: key, state: 'opened' as const, openedAt: now };
  if (action === 'open' || base.state === 'completed') return base;
  return { ...base, state: 'completed', completedAt: now };
}

/** Each lesson's state and how many are completed, for a module's lesson list. */
export function summarizeProgress(
  lessonKeys: readonly string[],
  records: readonly LessonProgress[],
) {
  const byKey = new Map(records.map((record) => [record.lessonKey, record.state]));
  const states = lessonKeys.map((key): LessonState => byKey.get(key) ?? 'not-started');
  return {
    states,
    completed: states.filter((s) => s === 'completed').length,
    total: lessonKeys.length,
  };
}
