// Owns signing in: the failure counts that lock an email or a client address for a while,
// the password check, and the session it opens.
import { randomUUID } from 'node:crypto';
import { and, eq, gt, lte, ne, or } from 'drizzle-orm';
import { MAX_PASSWORD_LENGTH, normaliseEmail } from '../../domain/account.ts';
import { SIGN_IN_WINDOW_MS, signInLock } from '../../domain/sign-in-limit.ts';
import type { HubDb } from '../db/connect.ts';
import { signInFailures } from '../db/schema.ts';
import { findAccount, type Account } from './accounts.ts';
import { decoyPasswordHash, verifyPassword } from './passwords.ts';
import { openSession } from './sessions.ts';

export type SignInResult =
  | { ok: true; account: Account; token: string; expiresAt: Date }
  | { ok: false; reason: 'wrong' }
  | { ok: false; reason: 'locked'; until: Date };

export async function signIn(
  db: HubDb,
  attempt: { email: string; password: string; client: string },
  now = new Date(),
): Promise<SignInResult> {
  const email = normaliseEmail(attempt.email);
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  // This try is written as a failure before anything is checked, so guesses sent at once each
  // see the others and cannot all slip under the limit while argon2 works.
  const pending = randomUUID();
  await db.insert(signInFailures).values({ id: pending, email, client: attempt.client, at: now });
  const recent = await db
    .select()
    .from(signInFailures)
    .where(
      and(
        gt(signInFailures.at, since),
        ne(signInFailures.id, pending),
        or(eq(signInFailures.email, email), eq(signInFailures.client, attempt.client)),
      ),
    );
  const lock = signInLock(
    {
      email: recent.filter((row) => row.email === email).map((row) => row.at),
      client: recent.filter((row) => row.client === attempt.client).map((row) => row.at),
    },
    now,
  );
  // Checked before the password, so a locked email cannot be guessed at even correctly. A try
  // while locked does not lengthen the lock.
  if (lock.locked) {
    await db.delete(signInFailures).where(eq(signInFailures.id, pending));
    return { ok: false, reason: 'locked', until: lock.until };
  }

  const account = await findAccount(db, email);
  // Longer than any account's password: wrong, without letting argon2 hash megabytes.
  const matches =
    attempt.password.length <= MAX_PASSWORD_LENGTH &&
    (await verifyPassword(account?.passwordHash ?? (await decoyPasswordHash()), attempt.password));
  if (!account || !matches || account.disabledAt) {
    await db.delete(signInFailures).where(lte(signInFailures.at, since));
    return { ok: false, reason: 'wrong' };
  }
  await db.delete(signInFailures).where(eq(signInFailures.email, email));
  return { ok: true, account, ...(await openSession(db, account.id, now)) };
}
