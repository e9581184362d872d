import { LearnerRepository } from './db/learner-repository.ts';
import { LessonProgressRepository } from './db/lesson-progress-repository.ts';
import { StickerRepository } from './db/sticker-repository.ts';
import { tabletDatabase } from './db/tablet-database.ts';
import { GUEST } from '../domain/learner.ts';
import { TABLET_LEARNER } from '../domain/lesson-progress.ts';

let repository: LessonProgressRepository | undefined;
let learners: LearnerRepository | undefined;

function progress(): LessonProgressRepository {
  repository ??= new LessonProgressRepository(tabletDatabase());
  return repository;
}

let stickerRepository: StickerRepository | undefined;
function stickers(): StickerRepository {
  stickerRepository ??= new StickerRepository(tabletDatabase());
  return stickerRepository;
}

export function learnerStore(): LearnerRepository {
  learners ??= new LearnerRepository(tabletDatabase());
  return learners;
}

/**
 * Whose progress a page shows and records: the learner signed in, or the tablet's own when
 * nobody is (a tablet not set up for a class). A guest's is never kept.
 */
async function currentLearner(): Promise<string> {
  return (await learnerStore().session())?.learnerId ?? TABLET_LEARNER;
}

/** The store islands use: the current learner's lesson progress on this tablet. */
export const learnerProgress = {
  async open(lessonKey: string) {
    const learner = await currentLearner();
    if (learner !== GUEST) await progress().record(learner, lessonKey, 'open');
  },
  async complete(lessonKey: string) {
    const learner = await currentLearner();
    if (learner !== GUEST) await progress().record(learner, lessonKey, 'complete');
  },
  async watch(lessonKeys: readonly string[]) {
    return progress().watch(await currentLearner(), lessonKeys);
  },
  /** Whether the current learner already has the sticker for an activity. */
  async hasSticker(activityId: string) {
    return stickers().has(await currentLearner(), activityId);
  },
  /** Gives the current learner the sticker for a finished activity (a guest keeps none). */
  async awardSticker(activityId: string) {
    const learnerId = await currentLearner();
    if (learnerId === GUEST) return;
    await stickers().award(learnerId, activityId);
  },
};
