// Owns sending a cohort's xAPI statements to a partner organisation's LRS, and the log of
// what was sent: one row per batch, plus an audit entry each time statements leave the hub.
import { randomUUID } from 'node:crypto';
import { lookup } from 'node:dns/promises';
import { setTimeout as wait } from 'node:timers/promises';
import { and, desc, eq } from 'drizzle-orm';
import { isPrivateAddress } from '../../domain/network-address.ts';
import { SyncRefusal } from '../../domain/sync-protocol.ts';
import type { XapiStatement } from '../../domain/xapi-statements.ts';
import type { HubDb } from '../db/connect.ts';
import { auditLog, partnerLrs, xapiForwardingLog } from '../db/schema.ts';

/** Statements per POST: small enough for any LRS's request limit. */
export const LRS_BATCH_SIZE = 100;
/** Tries per batch when the LRS is unreachable or busy. */
export const LRS_ATTEMPTS = 3;
/** The wait before the second try; each further try waits twice as long. */
export const LRS_FIRST_BACKOFF_MS = 1_000;
/** How long one request may take before it counts as a network failure. */
export const LRS_TIMEOUT_MS = 30_000;
/** How much of an LRS's refusal the log keeps. */
const DETAIL_CHARS = 500;

export interface ForwardingRequest {
  organisation: string;
  cohortId: string;
  /** Who sent them, for the log and the audit log (`partner:<email>`). */
  actor: string;
  statements: readonly XapiStatement[];
  fetch?: typeof globalThis.fetch;
  sleep?: (ms: number) => Promise<unknown>;
  timeoutMs?: number;
  /** An LRS on the hub's own network (set by WAYPOINT_LRS_PRIVATE=allow): off by default. */
  allowPrivate?: boolean;
  /** The addresses a host name stands for (DNS by default). */
  resolve?: (host: string) => Promise<string[]>;
}

const lookupAll = async (host: string) =>
  (await lookup(host, { all: true })).map((found) => found.address);

/** Refuses an LRS address that leads into a private network, unless the hub allows it. */
async function checkReachable(endpoint: string, request: ForwardingRequest): Promise<void> {
  if (request.allowPrivate) return;
  const host = new URL(endpoint).hostname.replace(/^\[|\]$/g, '');
  const addresses = await (request.resolve ?? lookupAll)(host).catch(() => []);
  if (addresses.length === 0)
    throw new SyncRefusal(400, `the LRS host ${host} cannot be found: check its address`);
  if (addresses.some(isPrivateAddress))
    throw new SyncRefusal(
      400,
      `the LRS address ${host} leads into a private network: the hub sends statements only to public addresses`,
    );
}

export type ForwardingLogEntry = typeof xapiForwardingLog.$inferSelect;
type BatchOutcome = Pick<ForwardingLogEntry, 'status' | 'attempts' | 'httpStatus' | 'detail'>;

export interface ForwardingSummary {
  /** Statements the LRS took. */
  sent: number;
  /** Statements of the batch the LRS did not take. */
  failed: number;
  /** Statements after a failed batch, not tried: send again once the LRS is fixed. */
  notSent: number;
  /** The log rows written, one per batch tried, in sending order. */
  batches: ForwardingLogEntry[];
}

/** Busy or broken on the LRS's side: another try may work. Any other refusal will not. */
const worthRetrying = (status: number) => status === 429 || status >= 500;

function networkFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.name}: ${error.message}${cause}`;
}

/**
 * Sends the statements in batches of LRS_BATCH_SIZE, each tried up to LRS_ATTEMPTS times
 * with a doubling wait. Stops at the first batch that fails, since the LRS would most likely
 * refuse the rest too; sending again is safe, as statement ids are derived from the records
 * and an LRS keeps one statement per id.
 */
export async function forwardStatements(
  db: HubDb,
  request: ForwardingRequest,
): Promise<ForwardingSummary> {
  const { organisation, cohortId, actor, statements } = request;
  const [lrs] = await db.select().from(partnerLrs).where(eq(partnerLrs.organisation, organisation));
  if (!lrs)
    throw new SyncRefusal(400, `"${organisation}" has no LRS set up: save its endpoint first`);
  if (statements.length === 0)
    throw new SyncRefusal(400, `cohort ${cohortId} has no statements to send yet`);
  await checkReachable(lrs.endpoint, request);
  // Written before anything leaves, so a crash mid-way cannot hide that data went out.
  await db.insert(auditLog).values({
    id: randomUUID(),
    actor,
    action: 'export-xapi',
    subject: `cohort:${cohortId}`,
    detail: { organisation, endpoint: lrs.endpoint, statements: statements.length },
  });
  const send = batchSender(lrs, request);
  const summary: ForwardingSummary = { sent: 0, failed: 0, notSent: 0, batches: [] };
  for (let start = 0; start < statements.length; start += LRS_BATCH_SIZE) {
    const batch = statements.slice(start, start + LRS_BATCH_SIZE);
    const outcome = await send(batch);
    summary.batches.push(
      ...(await db
        .insert(xapiForwardingLog)
        .values({
          id: randomUUID(),
          organisation,
          cohortId,
          actor,
          statementCount: batch.length,
          ...outcome,
        })
        .returning()),
    );
    if (outcome.status === 'failed') {
      summary.failed = batch.length;
      break;
    }
    summary.sent += batch.length;
  }
  summary.notSent = statements.length - summary.sent - summary.failed;
  return summary;
}

function batchSender(
  lrs: typeof partnerLrs.$inferSelect,
  { fetch = globalThis.fetch, sleep = wait, timeoutMs = LRS_TIMEOUT_MS }: ForwardingRequest,
) {
  const headers = {
    'X-Experience-API-Version': '1.0.3',
    'Content-Type': 'application/json',
    Authorization: `Basic ${Buffer.from(`${lrs.username}:${lrs.password}`).toString('base64')}`,
  };
  return async (batch: readonly XapiStatement[]): Promise<BatchOutcome> => {
    let outcome: BatchOutcome = { status: 'failed', attempts: 0, httpStatus: null, detail: null };
    for (let attempt = 1; attempt <= LRS_ATTEMPTS; attempt++) {
      if (attempt > 1) await sleep(LRS_FIRST_BACKOFF_MS * 2 ** (attempt - 2));
      try {
        const response = await fetch(`${lrs.endpoint}/statements`, {
          method: 'POST',
          headers,
          body: JSON.stringify(batch),
          signal: AbortSignal.timeout(timeoutMs),
        });
        const body = await response.text();
        if (response.ok)
          return { status: 'sent', attempts: attempt, httpStatus: response.status, detail: null };
        outcome = {
          status: 'failed',
          attempts: attempt,
          httpStatus: response.status,
          detail: body.slice(0, DETAIL_CHARS) || response.statusText,
        };
        if (!worthRetrying(response.status)) return outcome;
      } catch (error) {
        outcome = {
          status: 'failed',
          attempts: attempt,
          httpStatus: null,
          detail: networkFailure(error),
        };
      }
    }
    return outcome;
  };
}

/** What was sent to the organisation's LRS (of one cohort, when given), newest first. */
export async function forwardingLog(
  db: HubDb,
  organisation: string,
  cohortId?: string,
): Promise<ForwardingLogEntry[]> {
  return db
    .select()
    .from(xapiForwardingLog)
    .where(
      and(
        eq(xapiForwardingLog.organisation, organisation),
        cohortId === undefined ? undefined : eq(xapiForwardingLog.cohortId, cohortId),
      ),
    )
    .orderBy(desc(xapiForwardingLog.at), desc(xapiForwardingLog.id));
}
