import { LessonProgressRepository } from './db/lesson-progress-repository.ts';
import { tabletDatabase } from './db/tablet-database.ts';
import { TABLET_LEARNER } from '../domain/lesson-progress.ts';

let repository: LessonProgressRepository | undefined;

function progress(): LessonProgressRepository {
  repository ??= new LessonProgressRepository(tabletDatabase());
  return repository;
}

/** The store islands use: the current learner's lesson progress on this tablet. */
export const learnerProgress = {
  open: (lessonKey: string) => progress().record(TABLET_LEARNER, lessonKey, 'open'),
  complete: (lessonKey: string) => progress().record(TABLET_LEARNER, lessonKey, 'complete'),
  watch: (lessonKeys: readonly string[]) => progress().watch(TABLET_LEARNER, lessonKeys),
};
