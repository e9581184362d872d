import { WaypointDatabase } from '../db/database.ts';
import { TrainerPinRepository } from '../db/trainer-pin-repository.ts';
import { TrainerLock } from './trainer-lock.ts';

let lock: TrainerLock | undefined;

/** The tablet's trainer lock, made on first use (it needs the browser's IndexedDB). */
export function trainerLock(): TrainerLock {
  lock ??= new TrainerLock(new TrainerPinRepository(new WaypointDatabase()));
  return lock;
}
