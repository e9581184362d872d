// Owns hub accounts: creating them (the password hashed) and finding them by email.
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { newAccountSchema, normaliseEmail, type NewAccount } from '../../domain/account.ts';
import { SyncRefusal } from '../../domain/sync-protocol.ts';
import type { HubDb } from '../db/connect.ts';
import { accounts } from '../db/schema.ts';
import { hashPassword } from './passwords.ts';

export type Account = typeof accounts.$inferSelect;

export async function createAccount(
  db: HubDb,
  request: NewAccount,
): Promise<{ id: string; email: string }> {
  const parsed = newAccountSchema.safeParse(request);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SyncRefusal(400, `${issue?.path.join('.') || 'account'}: ${issue?.message}`);
  }
  const { email, role, organisation, destination, cities, password } = parsed.data;
  if (await findAccount(db, email))
    throw new SyncRefusal(409, `an account for ${email} already exists`);
  const id = randomUUID();
  await db.insert(accounts).values({
    id,
    email,
    role,
    organisation,
    destination,
    cities,
    passwordHash: await hashPassword(password),
  });
  return { id, email };
}

export async function findAccount(db: HubDb, email: string): Promise<Account | undefined> {
  const [found] = await db
    .select()
    .from(accounts)
    .where(eq(sql`lower(${accounts.email})`, normaliseEmail(email)));
  return found;
}
