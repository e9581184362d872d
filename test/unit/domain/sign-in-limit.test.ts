import { describe, expect, it } from 'vitest';
import {
  MAX_FAILURES_PER_CLIENT,
  MAX_FAILURES_PER_EMAIL,
  minutesUntil,
  SIGN_IN_WINDOW_MS,
  signInLock,
} from '../../../src/domain/sign-in-limit.ts';

const now = new Date('2026-12-01T12:00:00.000Z');
const minutesAgo = (...minutes: number[]) =>
  minutes.map((m) => new Date(now.getTime() - m * 60_000));
const times = (count: number, minutes: number) =>
  Array.from({ length: count }, () => minutesAgo(minutes)[0] ?? now);

describe('signInLock', () => {
  it.each([
    ['four failures in the window', minutesAgo(1, 2, 3, 4), false],
    ['five failures in the window', minutesAgo(1, 2, 3, 4, 5), true],
    ['five failures, one older than the window', minutesAgo(1, 2, 3, 4, 16), false],
  ])('%s for an email: locked %s', (_, email, locked) => {
    expect(signInLock({ email, client: [] }, now).locked).toBe(locked);
  });

  it('unlocks when the oldest counted failure leaves the window', () => {
    const lock = signInLock({ email: minutesAgo(14, 1, 2, 3, 4, 10), client: [] }, now);
    // Failures 1–4 and 10 minutes ago are the five most recent: the 10-minute one goes first.
    expect(lock).toEqual({
      locked: true,
      until: new Date(now.getTime() - 10 * 60_000 + SIGN_IN_WINDOW_MS),
    });
    expect(lock.locked && minutesUntil(lock.until, now)).toBe(5);
  });

  it('locks a client address only after more failures than an email', () => {
    expect(MAX_FAILURES_PER_CLIENT).toBeGreaterThan(MAX_FAILURES_PER_EMAIL);
    const client = times(MAX_FAILURES_PER_CLIENT - 1, 1);
    expect(signInLock({ email: [], client }, now).locked).toBe(false);
    expect(signInLock({ email: [], client: [...client, now] }, now).locked).toBe(true);
  });

  it('says at least one minute', () => {
    expect(minutesUntil(new Date(now.getTime() + 1_000), now)).toBe(1);
  });
});
