// How long a signed-in session lasts: it ends after a spell unused, and in any case some
// time after sign-in, so a forgotten browser on a shared office computer does not stay in.

export const SESSION_IDLE_MS = 12 * 60 * 60_000;
export const SESSION_MAX_MS = 7 * 24 * 60 * 60_000;

/** When a session used at `now` expires: idle time from now, never past its fixed end. */
export function sessionExpiry(createdAt: Date, now: Date): Date {
  return new Date(Math.min(now.getTime() + SESSION_IDLE_MS, createdAt.getTime() + SESSION_MAX_MS));
}
