// Reads what the hub holds of one cohort into CohortRecords: the latest version of each edited
// record, every event. Stored payloads passed their schemas on the way in.
import { sql } from 'drizzle-orm';
import type { CohortRecords } from '../../domain/cohort-records.ts';
import type { HubDb } from '../db/connect.ts';

interface Row extends Record<string, unknown> {
  kind: string;
  payload: unknown;
}

/** The cohort's records, or undefined when the hub holds no such cohort. */
export async function loadCohortRecords(
  db: HubDb,
  cohortId: string,
): Promise<CohortRecords | undefined> {
  // Edited kinds: only each record's highest version. Consent events carry no cohort: they
  // belong to it through their participant.
  const result = await db.execute<Row>(sql`
    with cohort_rows as (
      select kind, record_id, version, payload from sync_records where cohort_id = ${cohortId}::uuid
    ),
    latest as (
      select distinct on (kind, record_id) kind, payload from cohort_rows
      where kind in ('cohort', 'participant')
      order by kind, record_id, version desc
    )
    select kind, payload from latest
    union all
    -- Spoken questions' audio stays on the hub: partners never hear a voice, and it is large.
    select kind, case when kind = 'question' then payload - 'recording'
                      else payload end
    from cohort_rows where kind not in ('cohort', 'participant')
    union all
    select s.kind, s.payload from sync_records s
    where s.kind = 'consent'
      and s.payload->>'participantId' in (
        select record_id::text from cohort_rows where kind = 'participant'
      )`);
  const rows = (result as unknown as { rows: Row[] }).rows.map((row) => ({
    kind: row.kind,
    payload: typeof row.payload === 'string' ? (JSON.parse(row.payload) as unknown) : row.payload,
  }));
  const of = <T>(kind: string) =>
    rows.filter((row) => row.kind === kind).map((row) => row.payload as T);
  const [cohort] = of<CohortRecords['cohort']>('cohort');
  if (!cohort) return undefined;
  return {
    cohort,
    participants: of('participant'),
    consents: of('consent'),
    attendance: of('attendance'),
    sessions: of('session'),
    answers: of('answer'),
    feedback: of('feedback'),
    questions: of('question'),
    gbvDeliveries: of('gbv-delivery'),
  };
}
