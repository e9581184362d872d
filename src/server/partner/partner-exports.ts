// Writes a partner's downloads: CSV text (with csv-stringify, which quotes what needs it) and
// the cohort's xAPI statements as JSON.
import { stringify } from 'csv-stringify/sync';
import { GBV_TOPIC } from '../../domain/gbv.ts';
import { hxlAggregates, participantTable } from '../../domain/cohort-export.ts';
import type { CohortProfile } from '../../domain/cohort-profile.ts';
import type { CohortRecords } from '../../domain/cohort-records.ts';
import type { PartnerExportContext } from '../../domain/partner-portal.ts';
import { cohortStatements, type StatementOptions } from '../../domain/xapi-statements.ts';
import { statementId } from './statement-ids.ts';

const csv = 'text/csv; charset=utf-8';
// A byte-order mark, so spreadsheet programs read Arabic and accented names as UTF-8.
const bom = '\ufeff';

/** How statements name activities and actors on this hub, and which modules are GBV. */
function statementOptions(
  origin: string,
  curriculum: PartnerExportContext['curriculum'],
): Omit<StatementOptions, 'idFor'> {
  const moduleOfObjective = new Map<string, string>();
  const gbvModules = new Set<string>();
  for (const [moduleId, module] of curriculum) {
    for (const objective of module.objectives) moduleOfObjective.set(objective, moduleId);
    if (module.topic === GBV_TOPIC) gbvModules.add(moduleId);
  }
  return { activityBase: `${origin}/xapi`, homePage: origin, moduleOfObjective, gbvModules };
}

export function cohortXapi(
  records: CohortRecords,
  origin: string,
  curriculum: PartnerExportContext['curriculum'],
) {
  return cohortStatements(records, { ...statementOptions(origin, curriculum), idFor: statementId });
}

export function exportedFile(
  records: CohortRecords,
  profile: CohortProfile,
  context: Pick<PartnerExportContext, 'file' | 'describe' | 'curriculum'> & { origin: string },
): { body: string; type: string; action: string } {
  if (context.file === 'xapi.json')
    return {
      body: JSON.stringify(cohortXapi(records, context.origin, context.curriculum), null, 2),
      type: 'application/json; charset=utf-8',
      action: 'export-xapi',
    };
  if (context.file === 'aggregates-hxl.csv')
    return { body: bom + stringify(hxlAggregates(profile)), type: csv, action: 'export-hxl' };
  const table = participantTable(records, profile);
  if (context.file === 'columns.csv')
    return {
      body:
        bom +
        stringify([
          ['column', 'meaning'],
          ...table.columns.map((column) => [column.name, context.describe(column)]),
        ]),
      type: csv,
      action: 'export-csv',
    };
  return {
    body: bom + stringify([table.columns.map((column) => column.name), ...table.rows]),
    type: csv,
    action: 'export-csv',
  };
}
