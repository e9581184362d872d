// Owns each partner organisation's LRS settings: where its xAPI statements go and the
// credentials to send them. The password is kept to authenticate the hub to the LRS, and
// nothing here ever reads it back out.
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { lrsEndpoint, lrsUsername } from '../../domain/lrs-settings.ts';
import { SyncRefusal } from '../../domain/sync-protocol.ts';
import type { HubDb } from '../db/connect.ts';
import { auditLog, partnerLrs } from '../db/schema.ts';

export interface LrsInput {
  endpoint: string;
  username: string;
  /** Empty or missing: keep the saved password (a form never shows it again). */
  password?: string;
}

/** An organisation's LRS settings as they may be shown: whether a password is kept, not it. */
export interface LrsSettings {
  organisation: string;
  endpoint: string;
  username: string;
  hasPassword: boolean;
  updatedAt: Date;
}

const shown = {
  organisation: partnerLrs.organisation,
  endpoint: partnerLrs.endpoint,
  username: partnerLrs.username,
  hasPassword: sql<boolean>`${partnerLrs.password} <> ''`,
  updatedAt: partnerLrs.updatedAt,
};

export async function readLrs(db: HubDb, organisation: string): Promise<LrsSettings | undefined> {
  const [settings] = await db
    .select(shown)
    .from(partnerLrs)
    .where(eq(partnerLrs.organisation, organisation));
  return settings;
}

/**
 * Sets up or changes where the organisation's statements go; a 400 names what is wrong. The
 * saved secret is kept only for the same host: sent anywhere new, it must be typed again, or
 * changing the address would hand the organisation's secret to that host. Audited.
 */
export async function saveLrs(
  db: HubDb,
  organisation: string,
  input: LrsInput,
  actor: string,
): Promise<LrsSettings> {
  const endpoint = lrsEndpoint(input.endpoint);
  const username = lrsUsername(input.username);
  const password = input.password ?? '';
  await db.transaction(async (tx) => {
    const [saved] = await tx
      .select({ endpoint: partnerLrs.endpoint })
      .from(partnerLrs)
      .where(eq(partnerLrs.organisation, organisation));
    if (!password && (!saved || new URL(saved.endpoint).origin !== new URL(endpoint).origin))
      throw new SyncRefusal(
        400,
        saved
          ? 'the LRS address is on another host: type its password (secret) again'
          : 'the LRS password (secret) is required',
      );
    if (password)
      await tx
        .insert(partnerLrs)
        .values({ organisation, endpoint, username, password })
        .onConflictDoUpdate({
          target: partnerLrs.organisation,
          set: { endpoint, username, password, updatedAt: sql`now()` },
        });
    else
      await tx
        .update(partnerLrs)
        .set({ endpoint, username, updatedAt: sql`now()` })
        .where(eq(partnerLrs.organisation, organisation));
    await tx.insert(auditLog).values({
      id: randomUUID(),
      actor,
      action: 'set-lrs',
      subject: `organisation:${organisation}`,
      detail: { endpoint, username },
    });
  });
  const settings = await readLrs(db, organisation);
  if (!settings) throw new Error(`the LRS of ${organisation} was saved but cannot be read`);
  return settings;
}
