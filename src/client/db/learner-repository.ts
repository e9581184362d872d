// Owns who uses the tablet: the class a trainer set it up for, and the learner signed in now.
// Neither leaves the tablet: they are settings of this device, not classroom records.
import {
  GUEST,
  learnerSessionSchema,
  tabletClassSchema,
  type LearnerSession,
  type TabletClass,
} from '../../domain/learner.ts';
import type { WaypointDatabase } from './database.ts';

export class LearnerRepository {
  readonly #db: WaypointDatabase;
  readonly #now: () => Date;

  constructor(db: WaypointDatabase, now: () => Date = () => new Date()) {
    this.#db = db;
    this.#now = now;
  }

  async tabletClass(): Promise<TabletClass | undefined> {
    return this.#db.tabletClass.get('class');
  }

  /** Sets the class; whoever was signed in for another class is signed out. */
  async setTabletClass(cohortId: string, idleMinutes: number): Promise<TabletClass> {
    const { tabletClass, learnerSession } = this.#db;
    const row = tabletClassSchema.parse({ id: 'class', cohortId, idleMinutes });
    await this.#db.transaction('rw', tabletClass, learnerSession, async () => {
      await tabletClass.put(row);
      const session = await learnerSession.get('learner');
      if (session && session.cohortId !== cohortId) await learnerSession.delete('learner');
    });
    return row;
  }

  async session(): Promise<LearnerSession | undefined> {
    return this.#db.learnerSession.get('learner');
  }

  /** Signs a participant of the tablet's class in, or a guest (`GUEST`). */
  async signIn(learnerId: string): Promise<LearnerSession> {
    const current = await this.tabletClass();
    if (!current) throw new Error('no class is set on this tablet');
    if (learnerId !== GUEST) {
      const person = await this.#db.participants.get(learnerId);
      if (person?.cohortId !== current.cohortId) {
        throw new Error(`learner ${learnerId} is not in this tablet's class`);
      }
    }
    const session = learnerSessionSchema.parse({
      id: 'learner',
      cohortId: current.cohortId,
      learnerId,
      startedAt: this.#now().toISOString(),
    });
    await this.#db.learnerSession.put(session);
    return session;
  }

  async signOut(): Promise<void> {
    await this.#db.learnerSession.delete('learner');
  }
}
