import { describe, expect, it } from 'vitest';
import {
  cohortDraftSchema,
  cohortWarnings,
  courseDayCount,
  type CohortDraft,
} from '../../../src/domain/cohort.ts';
import { uuidV7 } from '../../../src/domain/record-id.ts';

const draft: CohortDraft = {
  destination: 'canada',
  audiences: ['adult', 'child'],
  location: 'Beirut training centre',
  languages: ['ar'],
  courseStart: '2026-12-01',
  courseEnd: '2026-12-03',
  departure: '2026-12-10',
  destinationCity: 'Ottawa',
};

describe('cohort warnings', () => {
  it.each<[string, Partial<CohortDraft>, number, string[]]>([
    ['a good plan', {}, 22, []],
    ['two course days', { courseEnd: '2026-12-02' }, 22, ['short-course']],
    ['25 participants', {}, 25, ['large-class']],
    ['24 participants', {}, 24, []],
    ['departure 15 days after the course', { departure: '2026-12-18' }, 10, ['too-early']],
    ['departure 14 days after the course', { departure: '2026-12-17' }, 10, []],
  ])('%s', (_name, change, participants, expected) => {
    expect(cohortWarnings({ ...draft, ...change }, participants)).toEqual(expected);
  });

  it('counts course days with both ends included', () => {
    expect(courseDayCount(draft)).toBe(3);
  });
});

describe('cohort validation', () => {
  it.each<[Partial<CohortDraft>, string]>([
    [{ courseEnd: '2026-11-30' }, 'courseEnd'],
    [{ departure: '2026-12-02' }, 'departure'],
    [{ location: '  ' }, 'location'],
    [{ audiences: [] }, 'audiences'],
  ])('refuses %j, naming the field', (change, field) => {
    const result = cohortDraftSchema.safeParse({ ...draft, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(field);
  });
});

describe('uuidV7', () => {
  it('puts the time first, so ids sort by creation, and sets version and variant', () => {
    const random = new Uint8Array(10).fill(0xff);
    const early = uuidV7(Date.UTC(2026, 0, 1), random);
    const late = uuidV7(Date.UTC(2026, 0, 2), new Uint8Array(10));
    expect(early).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(early < late).toBe(true);
  });
});
