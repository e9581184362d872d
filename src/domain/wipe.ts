import type { OutboxEntry } from './outbox.ts';

/** What a wipe would lose: records not yet sent to the hub, by kind. */
export type UnsentCounts = Record<OutboxEntry['recordType'], number>;

export function unsentCounts(entries: readonly Pick<OutboxEntry, 'recordType'>[]): UnsentCounts {
  const counts: UnsentCounts = {
    cohort: 0,
    participant: 0,
    consent: 0,
    attendance: 0,
    session: 0,
    answer: 0,
    feedback: 0,
    question: 0,
    'gbv-delivery': 0,
  };
  for (const entry of entries) counts[entry.recordType]++;
  return counts;
}

/**
 * How many confirmations a wipe needs: one when everything has reached the hub, two (the
 * second naming what will be lost) when anything is still unsent.
 */
export function confirmationsNeeded(counts: UnsentCounts): 1 | 2 {
  return Object.values(counts).some((n) => n > 0) ? 2 : 1;
}
