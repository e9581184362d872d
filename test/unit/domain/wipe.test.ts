import { expect, it } from 'vitest';
import { confirmationsNeeded, unsentCounts } from '../../../src/domain/wipe.ts';

it('counts unsent records by kind and asks twice when any would be lost', () => {
  const counts = unsentCounts([
    { recordType: 'attendance' },
    { recordType: 'attendance' },
    { recordType: 'participant' },
  ]);
  expect(counts).toMatchObject({
    cohort: 0,
    participant: 1,
    consent: 0,
    attendance: 2,
    session: 0,
    answer: 0,
  });
  expect(confirmationsNeeded(counts)).toBe(2);
  expect(confirmationsNeeded(unsentCounts([]))).toBe(1);
});
