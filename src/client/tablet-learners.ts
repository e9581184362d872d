// What learner screens read about the tablet's class: its roster as learners pick themselves
// from it, and who is signed in now.
import type { Cohort } from '../domain/cohort.ts';
import {
  learnerAvatar,
  registrationOrder,
  trackFor,
  type LearnerAvatar,
  type LearnerSession,
  type Track,
} from '../domain/learner.ts';
import { learnerStore } from './learner-progress.ts';
import { cohortStore, participantStore } from './trainer/trainer-stores.ts';

export interface RosterEntry {
  id: string;
  /** Place in registration order: picks the picture and the pre/post-test forms. */
  position: number;
  name: string;
  avatar: LearnerAvatar;
  track: Track;
}

export interface TabletRoster {
  cohort: Cohort;
  idleMinutes: number;
  learners: RosterEntry[];
}

/** The class set on this tablet with its learners in registration order; none when unset. */
export async function tabletRoster(): Promise<TabletRoster | undefined> {
  const setting = await learnerStore().tabletClass();
  const cohort = setting && (await cohortStore().get(setting.cohortId));
  if (!setting || !cohort) return undefined;
  const people = registrationOrder(await participantStore().inCohort(cohort.id));
  const learners = people.flatMap((person, position) => {
    const track = trackFor(person, cohort);
    return track
      ? [
          {
            id: person.id,
            position,
            name: person.draft.name,
            avatar: learnerAvatar(position),
            track,
          },
        ]
      : [];
  });
  return { cohort, idleMinutes: setting.idleMinutes, learners };
}

/** Who is learning now, with the roster they belong to. */
export async function currentLearner(): Promise<
  { session: LearnerSession; roster: TabletRoster; learner: RosterEntry | undefined } | undefined
> {
  const session = await learnerStore().session();
  const roster = session && (await tabletRoster());
  if (!session || !roster || roster.cohort.id !== session.cohortId) return undefined;
  return {
    session,
    roster,
    learner: roster.learners.find((entry) => entry.id === session.learnerId),
  };
}
