// A cohort's xAPI statements from what the hub holds, with name-based ids: what a partner
// downloads and what is forwarded to its LRS.
import type { StatementOptions, XapiStatement } from '../../domain/xapi-statements.ts';
import { cohortStatements } from '../../domain/xapi-statements.ts';
import type { HubDb } from '../db/connect.ts';
import { loadCohortRecords } from './cohort-records.ts';
import { statementId } from './statement-ids.ts';

/** The statements, or undefined when the hub holds no such cohort. */
export async function loadCohortStatements(
  db: HubDb,
  cohortId: string,
  options: Omit<StatementOptions, 'idFor'>,
): Promise<XapiStatement[] | undefined> {
  const records = await loadCohortRecords(db, cohortId);
  return records && cohortStatements(records, { ...options, idFor: statementId });
}
