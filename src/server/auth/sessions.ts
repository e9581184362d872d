// Owns signed-in sessions: the browser holds a random token in a cookie, the hub its SHA-256
// with the account, the CSRF token forms must carry, and when it expires.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { and, eq, gt, isNull, lte } from 'drizzle-orm';
import { sessionExpiry } from '../../domain/account-session.ts';
import type { HubDb } from '../db/connect.ts';
import { accounts, accountSessions } from '../db/schema.ts';
import { hashSecret } from '../sync/device-auth.ts';
import type { Account } from './accounts.ts';

export interface SignedIn {
  account: Pick<Account, 'id' | 'email' | 'role' | 'organisation' | 'destination' | 'cities'>;
  csrfToken: string;
  expiresAt: Date;
}

export async function openSession(
  db: HubDb,
  accountId: string,
  now = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = sessionExpiry(now, now);
  // Expired sessions go when someone signs in, so the table keeps only live ones.
  await db.delete(accountSessions).where(lte(accountSessions.expiresAt, now));
  await db.insert(accountSessions).values({
    tokenHash: hashSecret(token),
    accountId,
    csrfToken: randomBytes(32).toString('base64url'),
    createdAt: now,
    expiresAt,
  });
  return { token, expiresAt };
}

/** The live session a cookie's token names (its idle time restarted), or undefined. */
export async function readSession(
  db: HubDb,
  token: string | undefined,
  now = new Date(),
): Promise<SignedIn | undefined> {
  if (!token) return undefined;
  const [found] = await db
    .select({
      account: {
        id: accounts.id,
        email: accounts.email,
        role: accounts.role,
        organisation: accounts.organisation,
        destination: accounts.destination,
        cities: accounts.cities,
      },
      session: accountSessions,
    })
    .from(accountSessions)
    .innerJoin(accounts, eq(accounts.id, accountSessions.accountId))
    .where(
      and(
        eq(accountSessions.tokenHash, hashSecret(token)),
        gt(accountSessions.expiresAt, now),
        isNull(accounts.disabledAt),
      ),
    );
  if (!found) return undefined;
  const expiresAt = sessionExpiry(found.session.createdAt, now);
  // Written at most once a minute: every page view need not be a write.
  if (expiresAt.getTime() - found.session.expiresAt.getTime() > 60_000)
    await db
      .update(accountSessions)
      .set({ expiresAt })
      .where(eq(accountSessions.tokenHash, found.session.tokenHash));
  return { account: found.account, csrfToken: found.session.csrfToken, expiresAt };
}

/** Whether a form's token is the session's, compared in constant time. */
export function csrfTokenMatches(session: SignedIn, sent: string | undefined): boolean {
  const expected = Buffer.from(session.csrfToken);
  const given = Buffer.from(sent ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export async function endSession(db: HubDb, token: string): Promise<void> {
  await db.delete(accountSessions).where(eq(accountSessions.tokenHash, hashSecret(token)));
}

/** Signs the account out on every browser; answers how many sessions ended. */
export async function endAllSessions(db: HubDb, accountId: string): Promise<number> {
  const ended = await db
    .delete(accountSessions)
    .where(eq(accountSessions.accountId, accountId))
    .returning({ tokenHash: accountSessions.tokenHash });
  return ended.length;
}
