import { z } from 'zod';

/**
 * A change waiting to be sent to the hub. It is written in the same transaction as the
 * record it carries, so a record is never saved without a way to reach the hub.
 */
export const outboxEntrySchema = z.object({
  /** UUIDv7 of the entry itself; the hub acknowledges by this id. */
  id: z.uuid(),
  /** Which kind of record it carries. */
  recordType: z.enum([
    'cohort',
    'participant',
    'consent',
    'attendance',
    'session',
    'answer',
    'feedback',
    'question',
    'gbv-delivery',
  ]),
  /** The record's own id. */
  recordId: z.uuid(),
  /** The record's version when queued. */
  version: z.number().int().positive(),
  /** When it was queued (ISO 8601). */
  queuedAt: z.iso.datetime(),
  /** The record as it will be sent. */
  payload: z.unknown(),
  /**
   * Set when the hub refused the record: it stays on the tablet, shown as needing attention,
   * and is not sent again until the trainer asks.
   */
  rejection: z.object({ reason: z.string(), at: z.iso.datetime() }).optional(),
});
export type OutboxEntry = z.infer<typeof outboxEntrySchema>;

/** Entries still to reach the hub: waiting to go, and refused (needing attention). */
export function splitUnsent(entries: readonly OutboxEntry[]): {
  waiting: OutboxEntry[];
  refused: OutboxEntry[];
} {
  return {
    waiting: entries.filter((entry) => !entry.rejection),
    refused: entries.filter((entry) => entry.rejection),
  };
}
