// Owns partner accounts as the operator page makes and lists them: each new account and its
// audit row are written in one transaction, so no partner exists without a record of who made it.
import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { PartnerSummary } from '../../domain/cohort-assignment.ts';
import {
  parsePartnerForm,
  type PartnerFormErrors,
  type PartnerFormValues,
} from '../../domain/partner-form.ts';
import { SyncRefusal } from '../../domain/sync-protocol.ts';
import { createAccount } from '../auth/accounts.ts';
import { generatePassword } from '../auth/passwords.ts';
import type { HubDb } from '../db/connect.ts';
import { accounts, auditLog } from '../db/schema.ts';

export async function listPartners(db: HubDb): Promise<PartnerSummary[]> {
  const rows = await db
    .select({
      email: accounts.email,
      organisation: accounts.organisation,
      destination: accounts.destination,
      cities: accounts.cities,
      createdAt: accounts.createdAt,
    })
    .from(accounts)
    .where(eq(accounts.role, 'partner'))
    .orderBy(asc(accounts.organisation), asc(accounts.email));
  // Partner accounts always carry both: the account schema refuses one without.
  return rows.map((row) => ({
    ...row,
    organisation: row.organisation ?? '',
    destination: row.destination ?? '',
  }));
}

/** A partner account with a generated password, returned this once; the hub keeps its hash. */
export async function addPartner(
  db: HubDb,
  form: PartnerFormValues,
  destinations: readonly string[],
  actor: string,
): Promise<
  | { ok: true; partner: { email: string; organisation: string; password: string } }
  | { ok: false; errors: PartnerFormErrors }
> {
  const parsed = parsePartnerForm(form, destinations);
  if (!parsed.ok) return parsed;
  const partner = parsed.value;
  const password = generatePassword();
  try {
    await db.transaction(async (tx) => {
      const { id, email } = await createAccount(tx, { ...partner, role: 'partner', password });
      await tx.insert(auditLog).values({
        id: randomUUID(),
        actor,
        action: 'create-partner',
        subject: `account:${id}`,
        detail: {
          email,
          organisation: partner.organisation,
          destination: partner.destination,
          cities: partner.cities,
        },
      });
    });
  } catch (error) {
    if (error instanceof SyncRefusal && error.status === 409)
      return { ok: false, errors: { email: 'taken' } };
    throw error;
  }
  return {
    ok: true,
    partner: { email: partner.email, organisation: partner.organisation, password },
  };
}
