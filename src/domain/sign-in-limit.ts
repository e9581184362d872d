// Failed sign-ins are counted per email and per client address in a sliding window; past the
// limit that email (or address) is locked until its oldest counted failure leaves the window.

export const SIGN_IN_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_EMAIL = 5;
/** Higher than per email: an office or a camp's connection shares one address. */
export const MAX_FAILURES_PER_CLIENT = 30;

export type SignInLock = { locked: false } | { locked: true; until: Date };

/** Whether another try is allowed, given the failures (any order) of the last window. */
export function signInLock(
  failures: { email: readonly Date[]; client: readonly Date[] },
  now: Date,
): SignInLock {
  const until = [
    lockedUntil(failures.email, MAX_FAILURES_PER_EMAIL, now),
    lockedUntil(failures.client, MAX_FAILURES_PER_CLIENT, now),
  ]
    .filter((date): date is Date => date !== undefined)
    .sort((a, b) => b.getTime() - a.getTime())[0];
  return until ? { locked: true, until } : { locked: false };
}

function lockedUntil(failures: readonly Date[], limit: number, now: Date): Date | undefined {
  const recent = failures
    .map((at) => at.getTime())
    .filter((at) => at > now.getTime() - SIGN_IN_WINDOW_MS && at <= now.getTime())
    .sort((a, b) => b - a);
  if (recent.length < limit) return undefined;
  // Unlocked once fewer than `limit` failures remain in the window.
  const oldestCounted = recent[limit - 1] ?? 0;
  return new Date(oldestCounted + SIGN_IN_WINDOW_MS);
}

/** Whole minutes until `until`, at least one: what the sign-in page tells a locked operator. */
export function minutesUntil(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
}
