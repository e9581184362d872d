// Owns the narrations trainers record on this tablet: one per language and lesson. A wipe
// keeps them: they are course material in the learners' language, not personal records.
import { isNewerNarration, MIN_NARRATION_BYTES, type Narration } from '../../domain/narration.ts';
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

  /** Every narration in one language (`fa-AF/…`). */
  inLocale(locale: string): Promise<Narration[]> {
    return this.#db.narrations.where('key').startsWith(`${locale}/`).toArray();
  }

  /** Takes a narration from another tablet unless this one holds a newer recording. */
  async keepNewer(narration: Narration): Promise<boolean> {
    return this.#db.transaction('rw', this.#db.narrations, async () => {
      if (!isNewerNarration(narration, await this.#db.narrations.get(narration.key))) return false;
      await this.#db.narrations.put(narration);
      return true;
    });
  }

  async remove(key: string): Promise<void> {
    await this.#db.narrations.delete(key);
  }
}
