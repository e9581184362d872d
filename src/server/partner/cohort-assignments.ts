// Owns which partner organisation receives which cohort, and so what a partner may read: a
// cohort assigned to the partner's organisation, going to the partner's destination (and to
// one of its cities, when it names cities). Every partner route asks here first.
import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { HubCohort } from '../../domain/cohort-assignment.ts';
import { SyncRefusal } from '../../domain/sync-protocol.ts';
import type { HubDb } from '../db/connect.ts';
import { accounts, auditLog, cohortAssignments } from '../db/schema.ts';

/** Whom a partner account reads for. */
export interface PartnerScope {
  organisation: string;
  destination: string;
  cities: readonly string[];
}

/** The latest version of every cohort the hub holds. */
const latestCohorts = sql`(
  select distinct on (record_id) record_id as id, payload->'draft' as draft
  from sync_records where kind = 'cohort' order by record_id, version desc
)`;

export async function hubCohorts(db: HubDb): Promise<HubCohort[]> {
  const result = await db.execute<Record<string, unknown>>(sql`
    select c.id::text as id, c.draft->>'destination' as destination,
           c.draft->>'destinationCity' as "destinationCity", c.draft->>'location' as location,
           c.draft->>'departure' as departure,
           coalesce(array_agg(a.organisation order by a.organisation)
             filter (where a.organisation is not null), '{}') as organisations
    from ${latestCohorts} c left join cohort_assignments a on a.cohort_id = c.id
    group by c.id, c.draft order by c.draft->>'departure', c.id`);
  return (result as unknown as { rows: HubCohort[] }).rows;
}

/** The ids of the cohorts a partner may read. */
export async function partnerCohortIds(db: HubDb, scope: PartnerScope): Promise<string[]> {
  // Both sides lower-cased by the database, so a city matches however it was typed.
  const cities = scope.cities.length > 0 ? scope.cities : [''];
  const result = await db.execute<{ id: string }>(sql`
    select c.id::text as id from ${latestCohorts} c
    join cohort_assignments a on a.cohort_id = c.id and a.organisation = ${scope.organisation}
    where c.draft->>'destination' = ${scope.destination}
      and (${scope.cities.length === 0} or lower(c.draft->>'destinationCity') in (${sql.join(
        cities.map((city) => sql`lower(${city})`),
        sql`, `,
      )}))`);
  return (result as unknown as { rows: { id: string }[] }).rows.map((row) => row.id);
}

export async function mayRead(db: HubDb, scope: PartnerScope, cohortId: string): Promise<boolean> {
  return (await partnerCohortIds(db, scope)).includes(cohortId);
}

/**
 * Gives a cohort to a partner organisation. Refused when the hub holds no such cohort, or no
 * partner of that organisation receives cohorts in the cohort's destination.
 */
export async function assignCohort(
  db: HubDb,
  cohortId: string,
  organisation: string,
  actor: string,
): Promise<void> {
  const cohort = (await hubCohorts(db)).find((c) => c.id === cohortId);
  if (!cohort) throw new SyncRefusal(404, `the hub holds no cohort ${cohortId}`);
  const [partner] = await db
    .select({ id: accounts.id })
    .from(accounts)
    .where(
      and(
        eq(accounts.role, 'partner'),
        eq(accounts.organisation, organisation),
        eq(accounts.destination, cohort.destination),
      ),
    )
    .limit(1);
  if (!partner)
    throw new SyncRefusal(
      400,
      `no partner of "${organisation}" receives cohorts in ${cohort.destination}`,
    );
  await db.transaction(async (tx) => {
    const added = await tx
      .insert(cohortAssignments)
      .values({ cohortId, organisation, assignedBy: actor })
      .onConflictDoNothing()
      .returning({ cohortId: cohortAssignments.cohortId });
    if (added.length === 0) return;
    await tx.insert(auditLog).values({
      id: randomUUID(),
      actor,
      action: 'assign-cohort',
      subject: `cohort:${cohortId}`,
      detail: { organisation },
    });
  });
}
