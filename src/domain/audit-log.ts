/**
 * What the hub writes to its audit log, each labelled under `operator:audit.actions`. Partner
 * reads of individual data and exports are written too, so the operator sees who looked.
 */
export const knownAuditActions = [
  'view-profile',
  'export-csv',
  'export-hxl',
  'export-xapi',
  'set-lrs',
  'assign-cohort',
  'create-partner',
  'erase-participant',
  'resolve-conflict',
  'revoke-device',
] as const;
export type KnownAuditAction = (typeof knownAuditActions)[number];

export function isKnownAuditAction(action: string): action is KnownAuditAction {
  return (knownAuditActions as readonly string[]).includes(action);
}

/** How many rows the operator page shows, newest first. */
export const AUDIT_PAGE_ROWS = 100;

/** One audit row as the operator page shows it. */
export interface AuditEntry {
  id: string;
  at: Date;
  /** `operator:<email>`, `partner:<email>` or `device:<id>`. */
  actor: string;
  action: string;
  subject: string;
  /** The detail, short: see auditDetailText. */
  detail: string;
}

const DETAIL_LENGTH = 120;

/**
 * A row's detail on one short line: an object as `key: value` pairs, anything else as JSON,
 * cut at 120 characters. A conflict's detail holds a whole record, which would swamp the table.
 */
export function auditDetailText(detail: unknown): string {
  if (detail === null || detail === undefined) return '';
  const text =
    typeof detail === 'object' && !Array.isArray(detail)
      ? Object.entries(detail)
          .map(
            ([key, value]) =>
              `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`,
          )
          .join('; ')
      : JSON.stringify(detail);
  const characters = [...text];
  return characters.length > DETAIL_LENGTH
    ? `${characters.slice(0, DETAIL_LENGTH - 1).join('')}…`
    : text;
}
