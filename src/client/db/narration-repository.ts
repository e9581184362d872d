// Owns the narrations trainers record on this tablet: one per language and lesson. A wipe
// keeps them: they are course material in the learners' language, not personal records.
import { MIN_NARRATION_BYTES, type Narration } from '../../domain/narration.ts';
import type { WaypointDatabase } from './database.ts';

export class NarrationTooShort extends Error {
  constructor() {
    super('the recording is too short to keep');
    this.name = 'NarrationTooShort';
  }
}

export class NarrationRepository {
  readonly #db: WaypointDatabase;
  readonly #now: () => Date;

  constructor(db: WaypointDatabase, now: () => Date = () => new Date()) {
    this.#db = db;
    this.#now = now;
  }

  get(key: string): Promise<Narration | undefined> {
    return this.#db.narrations.get(key);
  }

  /** Keeps a recording, replacing the one before it (re-recording). */
  async save(key: string, audio: ArrayBuffer, mimeType: string): Promise<Narration> {
    if (audio.byteLength < MIN_NARRATION_BYTES) throw new NarrationTooShort();
    const narration = { key, audio, mimeType, recordedAt: this.#now().toISOString() };
    await this.#db.narrations.put(narration);
    return narration;
  }

  async remove(key: string): Promise<void> {
    await this.#db.narrations.delete(key);
  }
}
