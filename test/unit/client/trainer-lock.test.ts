import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { WaypointDatabase } from '../../../src/client/db/database.ts';
import { TrainerPinRepository } from '../../../src/client/db/trainer-pin-repository.ts';
import { TrainerLock } from '../../../src/client/trainer/trainer-lock.ts';
import { AUTO_LOCK_MS } from '../../../src/domain/trainer-pin.ts';

const databases: WaypointDatabase[] = [];
afterEach(async () => {
  for (const db of databases.splice(0)) await db.delete();
});

function tablet() {
  const db = new WaypointDatabase(`pin-${Math.random()}`);
  databases.push(db);
  let now = new Date('2026-11-23T09:00:00Z');
  const lock = new TrainerLock(new TrainerPinRepository(db), () => now);
  return { db, lock, advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

describe('TrainerLock', () => {
  it('stores only a salted slow hash of the PIN, never the PIN', async () => {
    const { db, lock } = tablet();
    expect(await lock.setPin('2580', '2580')).toBeUndefined();
    const row = await db.trainerPin.get('trainer');
    expect(JSON.stringify(row)).not.toContain('2580');
    expect(row).toMatchObject({
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      iterations: 310_000,
    });
    expect(row?.salt).toMatch(/^[0-9a-f]{32}$/);
  }, 30_000);

  it('refuses a simple PIN and a mistyped repetition', async () => {
    const { lock } = tablet();
    expect(await lock.setPin('1111', '1111')).toBe('too-simple');
    expect(await lock.setPin('2580', '2581')).toBe('mismatch');
    expect(await lock.hasPin()).toBe(false);
  });

  it('opens with the right PIN, stays shut with a wrong one, and locks after idle minutes', async () => {
    const { lock, advance } = tablet();
    await lock.setPin('2580', '2580');
    await lock.lock();
    expect(await lock.isOpen()).toBe(false);
    expect(await lock.unlock('1357')).toEqual({ kind: 'wrong' });
    expect(await lock.unlock('2580')).toEqual({ kind: 'open' });
    expect(await lock.isOpen()).toBe(true);
    advance(AUTO_LOCK_MS - 1000);
    await lock.stillHere();
    advance(AUTO_LOCK_MS - 1000);
    expect(await lock.isOpen()).toBe(true);
    advance(2000);
    expect(await lock.isOpen()).toBe(false);
  }, 30_000);

  it('makes tries wait after three wrong PINs, even the right one', async () => {
    const { lock, advance } = tablet();
    await lock.setPin('2580', '2580');
    await lock.lock();
    await lock.unlock('0001');
    await lock.unlock('0002');
    expect(await lock.unlock('0003')).toEqual({ kind: 'wait', ms: 30_000 });
    expect(await lock.unlock('2580')).toEqual({ kind: 'wait', ms: 30_000 });
    advance(30_000);
    expect(await lock.unlock('2580')).toEqual({ kind: 'open' });
  }, 30_000);
});
