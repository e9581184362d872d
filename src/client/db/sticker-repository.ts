// Owns the stickers children earn on this tablet: one per learner and finished activity.
// They stay on the tablet: a reward for the child, not a classroom record.
import type { WaypointDatabase } from './database.ts';

export class StickerRepository {
  readonly #db: WaypointDatabase;
  readonly #now: () => Date;

  constructor(db: WaypointDatabase, now: () => Date = () => new Date()) {
    this.#db = db;
    this.#now = now;
  }

  async has(learnerId: string, activityId: string): Promise<boolean> {
    return (await this.#db.stickers.get([learnerId, activityId])) !== undefined;
  }

  async award(learnerId: string, activityId: string): Promise<void> {
    await this.#db.stickers.put({ learnerId, activityId, earnedAt: this.#now().toISOString() });
  }
}
