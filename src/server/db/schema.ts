// The hub's tables. drizzle-kit reads this file to write migrations into ./migrations;
// the same migrations run on PGlite and PostgreSQL.
import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** A content version the operator published: what tablets download and report against. */
export const contentReleases = pgTable('content_releases', {
  id: uuid('id').primaryKey(),
  /** Content hash or semantic version, unique per release. */
  version: text('version').notNull().unique(),
  publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One-time codes an operator hands a trainer to enrol a tablet; only their hash is kept. */
export const enrolmentCodes = pgTable('enrolment_codes', {
  id: uuid('id').primaryKey(),
  codeHash: text('code_hash').notNull().unique(),
  programme: text('programme').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  /** Set when a tablet used it; a used code never works again. */
  usedAt: timestamp('used_at', { withTimezone: true }),
  usedBy: uuid('used_by'),
});

/** Enrolled tablets. The token is shown to the tablet once; the hub keeps its hash. */
export const devices = pgTable('devices', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  programme: text('programme').notNull(),
  tokenHash: text('token_hash').notNull().unique(),
  enrolledAt: timestamp('enrolled_at', { withTimezone: true }).notNull().defaultNow(),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
});

/** The writing transaction's number: set on a row a pull must deliver again. */
export const rewrittenNow = sql<bigint>`(pg_current_xact_id()::text::bigint)`;

/**
 * Every record tablets pushed, once: keyed by the tablet's outbox entry id (so a resend is a
 * duplicate), and by kind, record and version (so two edits of the same version conflict).
 */
export const syncRecords = pgTable(
  'sync_records',
  {
    entryId: uuid('entry_id').primaryKey(),
    deviceId: uuid('device_id').notNull(),
    kind: text('kind').notNull(),
    recordId: uuid('record_id').notNull(),
    version: integer('version').notNull(),
    cohortId: uuid('cohort_id'),
    payload: jsonb('payload').notNull(),
    queuedAt: timestamp('queued_at', { withTimezone: true }).notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    /**
     * The transaction that last wrote the row: pulls read in this order, up to the oldest
     * transaction still running, so a row committed late behind a pull's cursor is never
     * skipped (a timestamp or sequence could be). Rewrites (erasure, a resolved conflict) set
     * it again, so other tablets pull them too.
     */
    txId: bigint('tx_id', { mode: 'bigint' }).notNull().default(rewrittenNow),
  },
  (table) => [
    unique('sync_records_record_version').on(table.kind, table.recordId, table.version),
    index('sync_records_cohort').on(table.cohortId),
    index('sync_records_pull').on(table.txId, table.entryId),
  ],
);

/** A second edit of the same version from another tablet: kept for the operator to resolve. */
export const recordConflicts = pgTable('record_conflicts', {
  entryId: uuid('entry_id').primaryKey(),
  deviceId: uuid('device_id').notNull(),
  kind: text('kind').notNull(),
  recordId: uuid('record_id').notNull(),
  version: integer('version').notNull(),
  payload: jsonb('payload').notNull(),
  receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  resolvedAt: timestamp('resolved_at', { withTimezone: true }),
});

/** What was done to personal data on the hub, by whom and when: erasures, views, exports. */
export const auditLog = pgTable('audit_log', {
  id: uuid('id').primaryKey(),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  actor: text('actor').notNull(),
  action: text('action').notNull(),
  subject: text('subject').notNull(),
  detail: jsonb('detail'),
});

/** People who sign in to the hub: operators, and partners scoped to their organisation. */
export const accounts = pgTable(
  'accounts',
  {
    id: uuid('id').primaryKey(),
    /** Stored in lower case; unique whatever its case. */
    email: text('email').notNull(),
    role: text('role', { enum: ['operator', 'partner'] }).notNull(),
    /** The partner organisation the account reads for; null for operators. */
    organisation: text('organisation'),
    /** The destination country (content id, e.g. `canada`) a partner receives cohorts in. */
    destination: text('destination'),
    /** Cities a partner works in; empty: the whole destination. */
    cities: jsonb('cities').$type<string[]>().notNull().default([]),
    /** argon2id, in its PHC string form (algorithm, parameters and salt included). */
    passwordHash: text('password_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Set when the account may no longer sign in. */
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('accounts_email_lower').on(sql`lower(${table.email})`),
    check('accounts_role', sql`${table.role} in ('operator', 'partner')`),
  ],
);

/** A signed-in browser. Only the SHA-256 of the cookie's token is kept. */
export const accountSessions = pgTable(
  'account_sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    /** Every form the session posts must carry it. */
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Moves forward with use (idle time), never past the fixed maximum from createdAt. */
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('account_sessions_account').on(table.accountId)],
);

/**
 * Failed sign-ins of the last window, per email and client address: the limit lives in the
 * database because several hub processes share it.
 */
export const signInFailures = pgTable(
  'sign_in_failures',
  {
    id: uuid('id').primaryKey(),
    /** As typed (normalised), whether or not an account has it. */
    email: text('email').notNull(),
    client: text('client').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('sign_in_failures_email').on(table.email, table.at),
    index('sign_in_failures_client').on(table.client, table.at),
  ],
);

/**
 * Which partner organisation receives a cohort: set by the operator. A partner reads a cohort
 * only when it is assigned to the partner's organisation and goes to the partner's destination
 * (and city, when the partner names cities).
 */
export const cohortAssignments = pgTable(
  'cohort_assignments',
  {
    cohortId: uuid('cohort_id').notNull(),
    organisation: text('organisation').notNull(),
    assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull().defaultNow(),
    assignedBy: text('assigned_by').notNull(),
  },
  (table) => [primaryKey({ columns: [table.cohortId, table.organisation] })],
);

/**
 * Where a partner organisation's Learning Record Store takes xAPI statements. The password
 * authenticates the hub to the LRS, so it is kept as given (it cannot be hashed) and never
 * read back out.
 */
export const partnerLrs = pgTable('partner_lrs', {
  organisation: text('organisation').primaryKey(),
  /** The LRS's xAPI endpoint, without `/statements`. */
  endpoint: text('endpoint').notNull(),
  username: text('username').notNull(),
  password: text('password').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One batch of statements sent (or not) to a partner's LRS. */
export const xapiForwardingLog = pgTable(
  'xapi_forwarding_log',
  {
    id: uuid('id').primaryKey(),
    organisation: text('organisation').notNull(),
    cohortId: uuid('cohort_id').notNull(),
    actor: text('actor').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    statementCount: integer('statement_count').notNull(),
    status: text('status', { enum: ['sent', 'failed'] }).notNull(),
    attempts: integer('attempts').notNull(),
    /** The LRS's last answer; null when it could not be reached. */
    httpStatus: integer('http_status'),
    /** Why it failed: the LRS's words or the network error. */
    detail: text('detail'),
  },
  (table) => [
    index('xapi_forwarding_log_cohort').on(table.organisation, table.cohortId, table.at),
    check('xapi_forwarding_log_status', sql`${table.status} in ('sent', 'failed')`),
  ],
);
