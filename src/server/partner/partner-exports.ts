// Writes a partner's downloads as CSV text (with csv-stringify, which quotes what needs it).
import { stringify } from 'csv-stringify/sync';
import { hxlAggregates, participantTable } from '../../domain/cohort-export.ts';
import type { CohortProfile } from '../../domain/cohort-profile.ts';
import type { CohortRecords } from '../../domain/cohort-records.ts';
import type { PartnerExportContext } from '../../domain/partner-portal.ts';

const csv = 'text/csv; charset=utf-8';
// A byte-order mark, so spreadsheet programs read Arabic and accented names as UTF-8.
const bom = '\ufeff';

export function exportedFile(
  records: CohortRecords,
  profile: CohortProfile,
  context: Pick<PartnerExportContext, 'file' | 'describe'>,
): { body: string; type: string; action: string } {
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
