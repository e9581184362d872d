import { describe, expect, it } from 'vitest';
import {
  attendedEveryDay,
  currentMarks,
  daysAttended,
  markFor,
  markHistory,
  nextStatus,
  type AttendanceMark,
} from '../../../src/domain/attendance.ts';

const cohortId = '0193a8f0-0000-7000-8000-0000000000c0';
let n = 0;
const mark = (
  participantId: string,
  day: number,
  status: AttendanceMark['status'],
  minute: number,
): AttendanceMark => ({
  id: `0193a8f0-0000-7000-8000-${String(++n).padStart(12, '0')}`,
  cohortId,
  participantId,
  day,
  status,
  recordedAt: `2026-12-01T09:${String(minute).padStart(2, '0')}:00.000Z`,
});
const amina = '0193a8f0-0000-7000-8000-0000000000a1';
const omar = '0193a8f0-0000-7000-8000-0000000000b2';

describe('attendance', () => {
  it('counts the latest mark per participant and day, keeping the history', () => {
    const marks = [
      mark(amina, 1, 'absent', 1),
      mark(amina, 1, 'late', 5),
      mark(omar, 1, 'present', 2),
    ];
    const current = currentMarks(marks);
    expect(markFor(current, amina, 1)?.status).toBe('late');
    expect(markHistory(marks, amina, 1).map((m) => m.status)).toEqual(['absent', 'late']);
  });

  it('counts present, late and left-early as attending, absent not', () => {
    const marks = [
      mark(amina, 1, 'present', 1),
      mark(amina, 2, 'left-early', 1),
      mark(amina, 3, 'absent', 1),
      mark(omar, 1, 'late', 1),
      mark(omar, 1, 'absent', 9),
    ];
    expect(daysAttended(marks)).toEqual(new Map([[amina, 2]]));
  });

  it.each([
    [undefined, 'present'],
    ['present', 'absent'],
    ['absent', 'late'],
    ['late', 'left-early'],
    ['left-early', 'present'],
  ] as const)('one tap moves %s to %s', (from, to) => {
    expect(nextStatus(from)).toBe(to);
  });
});

describe('certificates', () => {
  it('go to those who attended every course day', () => {
    const marks = [1, 2, 3].flatMap((day) => [
      mark(amina, day, 'present', day),
      mark(omar, day, day === 2 ? 'absent' : 'late', day),
    ]);
    expect(attendedEveryDay(marks, 3)).toEqual(new Set([amina]));
  });
});
