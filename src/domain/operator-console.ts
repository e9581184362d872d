// What the operator page shows and accepts: the hub answers every request to
// `/{locale}/operator/` with one of these, and the page only renders it.
import type { RedirectPage, SignInPage } from './account.ts';
import type { AuditEntry } from './audit-log.ts';
import type { HubCohort, PartnerSummary } from './cohort-assignment.ts';
import type { PartnerFormErrors, PartnerFormValues } from './partner-form.ts';

/** A code the operator made; the code itself is never kept, only that it exists. */
export interface EnrolmentCodeSummary {
  id: string;
  programme: string;
  createdAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
}

export interface TabletSummary {
  id: string;
  name: string;
  programme: string;
  enrolledAt: Date;
  revokedAt: Date | null;
}

/** One field of a conflicted record, as the two tablets wrote it. */
export interface ConflictField {
  field: string;
  /** JSON text of the value; empty when the edit lacks the field. */
  held: string;
  incoming: string;
  differs: boolean;
}

export interface ConflictSummary {
  entryId: string;
  kind: string;
  recordId: string;
  version: number;
  receivedAt: Date;
  fields: ConflictField[];
}

/** Problems with the enrolment code form, by field, as locale keys under `operator:codes.errors`. */
export type CodeFormErrors = Partial<
  Record<'programme' | 'expires' | 'count', 'programme' | 'expires' | 'past' | 'count'>
>;

/** The result of an action, shown once after the redirect (`?done=`). */
export const doneMessages = ['revoked', 'resolved', 'assigned'] as const;
export type DoneMessage = (typeof doneMessages)[number];

/** Why a cohort was not assigned: the hub holds no such cohort, or no such partner. */
export interface AssignProblem {
  problem: 'no-cohort' | 'no-partner';
  cohortId: string;
  organisation: string;
}

/** What the page tells the hub about each request besides the request itself. */
export interface OperatorRequestContext {
  locale: string;
  /** The client's address, for the sign-in limits. */
  client: string;
  /** The destination ids the content has: a partner's destination must be one. */
  destinations: readonly string[];
}

export type OperatorPage = { setCookies: string[] } & (
  | SignInPage
  | RedirectPage
  | {
      kind: 'refused';
      status: 400 | 401 | 403 | 404;
      reason: 'csrf' | 'signed-out' | 'not-operator' | 'unknown-action' | 'gone';
      /** A signed-in account's CSRF token, so a refused partner can still sign out. */
      csrfToken?: string;
    }
  | {
      kind: 'console';
      status: 200 | 400;
      email: string;
      csrfToken: string;
      codes: EnrolmentCodeSummary[];
      tablets: TabletSummary[];
      conflicts: ConflictSummary[];
      partners: PartnerSummary[];
      cohorts: HubCohort[];
      /** The newest audit rows, newest first; only `auditAction`'s when that is set. */
      audit: AuditEntry[];
      auditAction?: string;
      done?: DoneMessage;
      /** Codes just made: shown this once. */
      newCodes?: { programme: string; expiresAt: Date; codes: string[] };
      codeForm?: { programme: string; expires: string; count: string; errors: CodeFormErrors };
      /** A partner account just made, with its generated password: shown this once. */
      newPartner?: { email: string; organisation: string; password: string };
      partnerForm?: { values: PartnerFormValues; errors: PartnerFormErrors };
      assignProblem?: AssignProblem;
      /** A tablet the operator asked to revoke, waiting for the confirmation. */
      confirmRevoke?: TabletSummary;
    }
);

/** What a signed-in operator sees. */
export type ConsolePage = Extract<OperatorPage, { kind: 'console' }>;

export const MAX_CODES_PER_REQUEST = 50;

export interface CodeRequest {
  programme: string;
  expiresAt: Date;
  count: number;
}

/**
 * The enrolment code form: a programme, an expiry date (the code works to the end of that day,
 * UTC) and how many codes (1–50).
 */
export function parseCodeForm(
  form: { programme: string; expires: string; count: string },
  now: Date,
): { ok: true; value: CodeRequest } | { ok: false; errors: CodeFormErrors } {
  const errors: CodeFormErrors = {};
  const programme = form.programme.trim();
  if (!programme || programme.length > 200) errors.programme = 'programme';
  const expiresAt = /^\d{4}-\d{2}-\d{2}$/.test(form.expires)
    ? new Date(`${form.expires}T23:59:59.999Z`)
    : new Date(Number.NaN);
  if (Number.isNaN(expiresAt.getTime()) || expiresAt.toISOString().slice(0, 10) !== form.expires)
    errors.expires = 'expires';
  else if (expiresAt <= now) errors.expires = 'past';
  const count = /^\d{1,3}$/.test(form.count.trim()) ? Number(form.count) : Number.NaN;
  if (!Number.isInteger(count) || count < 1 || count > MAX_CODES_PER_REQUEST)
    errors.count = 'count';
  return Object.keys(errors).length > 0
    ? { ok: false, errors }
    : { ok: true, value: { programme, expiresAt, count } };
}

/** Both edits field by field, differing fields marked; fields in the held edit's order first. */
export function conflictFields(
  held: Record<string, unknown>,
  incoming: Record<string, unknown>,
): ConflictField[] {
  const text = (value: unknown) => (value === undefined ? '' : JSON.stringify(value));
  const a = leaves(held);
  const b = leaves(incoming);
  return [...new Set([...a.keys(), ...b.keys()])].map((field) => ({
    field,
    held: text(a.get(field)),
    incoming: text(b.get(field)),
    differs: text(a.get(field)) !== text(b.get(field)),
  }));
}

/**
 * Nested records (a cohort's `draft`) as dotted fields, so the operator sees which field
 * changed (`draft.location`) rather than two long blobs; lists stay whole.
 */
function leaves(record: Record<string, unknown>, prefix = ''): Map<string, unknown> {
  const found = new Map<string, unknown>();
  for (const [key, value] of Object.entries(record)) {
    const field = `${prefix}${key}`;
    if (value !== null && typeof value === 'object' && !Array.isArray(value))
      for (const [inner, leaf] of leaves(value as Record<string, unknown>, `${field}.`))
        found.set(inner, leaf);
    else found.set(field, value);
  }
  return found;
}
