import { CohortRepository } from '../db/cohort-repository.ts';
import { WaypointDatabase } from '../db/database.ts';

let cohorts: CohortRepository | undefined;

/** The tablet's cohorts, made on first use (it needs the browser's IndexedDB). */
export function cohortStore(): CohortRepository {
  cohorts ??= new CohortRepository(new WaypointDatabase());
  return cohorts;
}
