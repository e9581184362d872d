import { z } from 'zod';
import type { Cohort } from './cohort.ts';
import type { Participant } from './participant.ts';

/** Colours of learner pictures: the content palette, each readable with a white symbol. */
export const avatarColours = [
  '#0a6b66',
  '#e07a5f',
  '#3d6fa8',
  '#6a994e',
  '#8a4f9e',
  '#b5651d',
  '#1f2a30',
  '#c2185b',
] as const;
/** Symbols drawn on learner pictures; each has an SVG in `src/components/learner/`. */
export const avatarSymbols = [
  'star',
  'sun',
  'moon',
  'leaf',
  'heart',
  'drop',
  'bird',
  'house',
] as const;

export interface LearnerAvatar {
  colour: (typeof avatarColours)[number];
  symbol: (typeof avatarSymbols)[number];
}

/**
 * A learner's picture, from their place in the order the cohort was registered: stable for
 * the whole course, and different for each of the first 64 learners (classes stay under 25).
 * Neighbours differ in both symbol and colour, so learners who cannot tell colours apart
 * still find their own.
 */
export function learnerAvatar(position: number): LearnerAvatar {
  const symbolIndex = position % avatarSymbols.length;
  const round = Math.floor(position / avatarSymbols.length);
  const symbol = avatarSymbols[symbolIndex] ?? avatarSymbols[0];
  const colour = avatarColours[(symbolIndex + round) % avatarColours.length] ?? avatarColours[0];
  return { colour, symbol };
}

/** The order participants were registered in: the order counterbalancing and pictures use. */
export function registrationOrder(people: readonly Participant[]): Participant[] {
  return [...people].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  );
}

export type Track = Cohort['draft']['audiences'][number];

/**
 * The course a participant takes, from their age and the tracks the cohort teaches: the
 * track for their age when taught, else the cohort's first; none for children under five.
 */
export function trackFor(person: Participant, cohort: Cohort): Track | undefined {
  return trackForAge(person.draft.ageBand, cohort.draft.audiences);
}

/** `trackFor` from the age band alone, as the hub holds participants. */
export function trackForAge(
  ageBand: Participant['draft']['ageBand'],
  audiences: readonly Track[],
): Track | undefined {
  const wanted = (
    {
      'under-5': undefined,
      '5-11': 'child',
      '12-17': 'youth',
      '18-59': 'adult',
      '60+': 'adult',
    } as const
  )[ageBand];
  if (!wanted) return undefined;
  return audiences.includes(wanted) ? wanted : audiences[0];
}

/** Minutes without a tap after which a shared tablet goes back to the learner picker. */
export const idleChoices = [2, 5, 10, 15] as const;
export const DEFAULT_IDLE_MINUTES = 5;

/** Which class this tablet is used for, set by the trainer. */
export const tabletClassSchema = z.object({
  /** Always `class`: one row. */
  id: z.literal('class'),
  cohortId: z.uuid(),
  /** See `idleChoices`. */
  idleMinutes: z.number().int().positive(),
});
export type TabletClass = z.infer<typeof tabletClassSchema>;

/** Who is learning on the tablet now: a participant, or a guest whose work is not kept. */
export const learnerSessionSchema = z.object({
  /** Always `learner`: one row. */
  id: z.literal('learner'),
  cohortId: z.uuid(),
  /** The participant, or `guest`. */
  learnerId: z.union([z.uuid(), z.literal('guest')]),
  startedAt: z.iso.datetime(),
});
export type LearnerSession = z.infer<typeof learnerSessionSchema>;

export const GUEST = 'guest';

/** Whether a learner who last touched the tablet at `lastActive` has left it. */
export function isIdle(lastActive: Date, now: Date, idleMinutes: number): boolean {
  return now.getTime() - lastActive.getTime() >= idleMinutes * 60_000;
}
