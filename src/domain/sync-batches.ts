import type { OutboxEntry } from './outbox.ts';
import { MAX_PUSH_BYTES, MAX_PUSH_RECORDS, type PushedRecord } from './sync-protocol.ts';

// How a tablet turns its outbox into pushes, and when it tries again. Pure: the sync client
// does the I/O.

/** An outbox entry as the hub receives it: spoken questions' audio as base64 text. */
export function pushedRecordOf(
  entry: OutboxEntry,
  base64: (bytes: ArrayBuffer) => string,
): PushedRecord {
  let payload = entry.payload;
  if (entry.recordType === 'question') {
    const { recording, ...question } = payload as {
      recording?: { audio: ArrayBuffer; mimeType: string };
    };
    payload = recording
      ? {
          ...question,
          recording: { audioBase64: base64(recording.audio), mimeType: recording.mimeType },
        }
      : question;
  }
  return {
    id: entry.id,
    kind: entry.recordType,
    recordId: entry.recordId,
    version: entry.version,
    queuedAt: entry.queuedAt,
    payload,
  };
}

/** Room kept in every push for its envelope (`{"sentAt": …, "records": […]}`). */
const ENVELOPE_BYTES = 100;

/**
 * Records in pushes of at most `maxRecords` and `maxBytes` of JSON each, in the order given.
 * A record too large for any push is returned apart, to be shown rather than sent forever.
 */
export function pushBatches(
  records: readonly PushedRecord[],
  maxRecords = MAX_PUSH_RECORDS,
  maxBytes = MAX_PUSH_BYTES,
): { batches: PushedRecord[][]; oversized: PushedRecord[] } {
  const encoder = new TextEncoder();
  const batches: PushedRecord[][] = [];
  const oversized: PushedRecord[] = [];
  let current: PushedRecord[] = [];
  let size = ENVELOPE_BYTES;
  for (const record of records) {
    // One comma between records.
    const bytes = encoder.encode(JSON.stringify(record)).byteLength + 1;
    if (ENVELOPE_BYTES + bytes > maxBytes) {
      oversized.push(record);
      continue;
    }
    if (current.length === maxRecords || size + bytes > maxBytes) {
      batches.push(current);
      current = [];
      size = ENVELOPE_BYTES;
    }
    current.push(record);
    size += bytes;
  }
  if (current.length > 0) batches.push(current);
  return { batches, oversized };
}

/** The first retry after a failure, and the longest wait between tries. */
export const FIRST_RETRY_MS = 5_000;
export const MAX_RETRY_MS = 15 * 60_000;

/**
 * How long to wait before try number `attempt` (1 = first retry): doubling from five seconds
 * up to fifteen minutes, each wait drawn between half and all of that, so 25 tablets coming
 * online together spread out.
 */
export function retryDelay(attempt: number, random: () => number): number {
  const ceiling = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
