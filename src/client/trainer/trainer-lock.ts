import {
  afterRightPin,
  afterWrongPin,
  AUTO_LOCK_MS,
  isUnlocked,
  pinProblem,
  waitBeforeTry,
  type PinProblem,
} from '../../domain/trainer-pin.ts';
import type { TrainerPinRepository } from '../db/trainer-pin-repository.ts';
import { hashPin, newSalt, PIN_ITERATIONS } from './pin-hash.ts';

export type UnlockResult = { kind: 'open' } | { kind: 'wrong' } | { kind: 'wait'; ms: number };

/**
 * Trainer mode: set the PIN once, unlock with it, lock by hand or after five idle minutes.
 * Learners on the same tablet meet the PIN prompt instead of trainer screens.
 */
export class TrainerLock {
  readonly #pins: TrainerPinRepository;
  readonly #now: () => Date;

  constructor(pins: TrainerPinRepository, now: () => Date = () => new Date()) {
    this.#pins = pins;
    this.#now = now;
  }

  async hasPin(): Promise<boolean> {
    return (await this.#pins.get()) !== undefined;
  }

  async isOpen(): Promise<boolean> {
    return isUnlocked(await this.#pins.get(), this.#now());
  }

  /** Sets the first PIN; refuses when one exists (changing it needs the old one: a later issue). */
  async setPin(pin: string, again: string): Promise<PinProblem | undefined> {
    const problem = pinProblem(pin, again);
    if (problem) return problem;
    if (await this.hasPin()) return 'mismatch';
    const salt = newSalt();
    const hash = await hashPin(pin, salt);
    await this.#pins.update(() =>
      afterRightPin({ hash, salt, iterations: PIN_ITERATIONS, failures: 0 }, this.#now()),
    );
    return undefined;
  }

  async unlock(pin: string): Promise<UnlockResult> {
    const record = await this.#pins.get();
    if (!record) return { kind: 'wrong' };
    const wait = waitBeforeTry(record, this.#now());
    if (wait > 0) return { kind: 'wait', ms: wait };
    const right = (await hashPin(pin, record.salt, record.iterations)) === record.hash;
    const next = await this.#pins.update((current) =>
      right
        ? afterRightPin(current ?? record, this.#now())
        : afterWrongPin(current ?? record, this.#now()),
    );
    if (right) return { kind: 'open' };
    const after = waitBeforeTry(next, this.#now());
    return after > 0 ? { kind: 'wait', ms: after } : { kind: 'wrong' };
  }

  async lock(): Promise<void> {
    const record = await this.#pins.get();
    if (record)
      await this.#pins.update((current) => ({ ...(current ?? record), unlockedUntil: undefined }));
  }

  /** Keeps trainer mode open while the trainer is using it. */
  async stillHere(): Promise<void> {
    const now = this.#now();
    const record = await this.#pins.get();
    if (!record || !isUnlocked(record, now)) return;
    await this.#pins.update((current) => ({
      ...(current ?? record),
      unlockedUntil: new Date(now.getTime() + AUTO_LOCK_MS).toISOString(),
    }));
  }
}
