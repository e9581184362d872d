// Owns the trainer PIN record: its salted hash and lock state, one row per tablet.
import type { PinRecord } from '../../domain/trainer-pin.ts';
import type { WaypointDatabase } from './database.ts';

export class TrainerPinRepository {
  readonly #db: WaypointDatabase;

  constructor(db: WaypointDatabase) {
    this.#db = db;
  }

  async get(): Promise<PinRecord | undefined> {
    const row = await this.#db.trainerPin.get('trainer');
    if (!row) return undefined;
    const { id: _id, ...record } = row;
    return record;
  }

  /** Replaces the record only if it is still the one read, so two tabs cannot undo a lockout. */
  async update(change: (current: PinRecord | undefined) => PinRecord): Promise<PinRecord> {
    return this.#db.transaction('rw', this.#db.trainerPin, async () => {
      const next = change(await this.get());
      await this.#db.trainerPin.put({ ...next, id: 'trainer' });
      return next;
    });
  }
}
