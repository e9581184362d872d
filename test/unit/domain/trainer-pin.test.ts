import { describe, expect, it } from 'vitest';
import {
  afterRightPin,
  afterWrongPin,
  AUTO_LOCK_MS,
  isUnlocked,
  lockoutMs,
  pinProblem,
  waitBeforeTry,
  type PinRecord,
} from '../../../src/domain/trainer-pin.ts';

describe('pinProblem', () => {
  it.each([
    ['12a4', '12a4', 'not-digits'],
    ['123', '123', 'too-short'],
    ['123456789', '123456789', 'too-long'],
    ['0000', '0000', 'too-simple'],
    ['1234', '1234', 'too-simple'],
    ['98765', '98765', 'too-simple'],
    ['2580', '2581', 'mismatch'],
    ['2580', '2580', undefined],
    ['13579', '13579', undefined],
  ])('%s / %s → %s', (pin, again, expected) => {
    expect(pinProblem(pin, again)).toBe(expected);
  });
});

describe('lockout', () => {
  it('lets three wrong PINs pass, then makes each further try wait longer, up to 15 minutes', () => {
    expect([1, 2, 3, 4, 5, 6, 20].map(lockoutMs)).toEqual([
      0, 0, 30_000, 60_000, 120_000, 240_000, 900_000,
    ]);
  });

  const record: PinRecord = { hash: 'h', salt: 's', iterations: 1, failures: 0 };
  const now = new Date('2026-11-23T10:00:00Z');

  it('locks after the third wrong PIN and counts the wait down', () => {
    let state = record;
    for (let i = 0; i < 3; i++) state = afterWrongPin(state, now);
    expect(waitBeforeTry(state, now)).toBe(30_000);
    expect(waitBeforeTry(state, new Date(now.getTime() + 20_000))).toBe(10_000);
    expect(waitBeforeTry(state, new Date(now.getTime() + 31_000))).toBe(0);
  });

  it('a right PIN clears the failures and opens trainer mode until it auto-locks', () => {
    const open = afterRightPin(afterWrongPin(afterWrongPin(record, now), now), now);
    expect(open.failures).toBe(0);
    expect(isUnlocked(open, now)).toBe(true);
    expect(isUnlocked(open, new Date(now.getTime() + AUTO_LOCK_MS + 1))).toBe(false);
  });

  it('a wrong PIN closes trainer mode', () => {
    expect(isUnlocked(afterWrongPin(afterRightPin(record, now), now), now)).toBe(false);
  });
});
