// The stores trainer screens use, all on the page's one database connection. Each is made on
// first use: prerendering has no IndexedDB.
import type { Cohort } from '../../domain/cohort.ts';
import { AnswerRepository } from '../db/answer-repository.ts';
import { AttendanceRepository } from '../db/attendance-repository.ts';
import { CohortRepository } from '../db/cohort-repository.ts';
import { FeedbackRepository } from '../db/feedback-repository.ts';
import { ParticipantRepository } from '../db/participant-repository.ts';
import { SessionRepository } from '../db/session-repository.ts';
import { tabletDatabase } from '../db/tablet-database.ts';
import { TabletWipe } from '../db/tablet-wipe.ts';
import { TrainerPinRepository } from '../db/trainer-pin-repository.ts';
import { TrainerLock } from './trainer-lock.ts';

function once<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

export const cohortStore = once(() => new CohortRepository(tabletDatabase()));
export const participantStore = once(() => new ParticipantRepository(tabletDatabase()));
export const attendanceStore = once(() => new AttendanceRepository(tabletDatabase()));
export const sessionStore = once(() => new SessionRepository(tabletDatabase()));
export const answerStore = once(() => new AnswerRepository(tabletDatabase()));
export const feedbackStore = once(() => new FeedbackRepository(tabletDatabase()));
export const trainerLock = once(() => new TrainerLock(new TrainerPinRepository(tabletDatabase())));
export const tabletWipe = once(() => new TabletWipe(tabletDatabase()));

/** The cohort a per-cohort screen shows, from `?cohort=` in its address; null when unknown. */
export async function cohortFromAddress(): Promise<Cohort | null> {
  const id = new URLSearchParams(location.search).get('cohort') ?? '';
  return (await cohortStore().get(id)) ?? null;
}
