import { z } from 'zod';

export const attendanceStatuses = ['present', 'absent', 'late', 'left-early'] as const;
export type AttendanceStatus = (typeof attendanceStatuses)[number];

/**
 * One mark in the register. Marks are never edited: a correction is a new mark for the
 * same participant and day, and the latest one counts. The history stays visible.
 */
export const attendanceMarkSchema = z.object({
  id: z.uuid(),
  cohortId: z.uuid(),
  participantId: z.uuid(),
  /** Course day, from 1. */
  day: z.number().int().positive(),
  status: z.enum(attendanceStatuses),
  /** When it was recorded (ISO 8601). */
  recordedAt: z.iso.datetime(),
});
export type AttendanceMark = z.infer<typeof attendanceMarkSchema>;

const key = (participantId: string, day: number) => `${participantId}|${day}`;

/** The mark in force for each participant and day: the latest recorded. */
export function currentMarks(marks: readonly AttendanceMark[]): Map<string, AttendanceMark> {
  const current = new Map<string, AttendanceMark>();
  for (const mark of [...marks].sort(
    (a, b) => a.recordedAt.localeCompare(b.recordedAt) || a.id.localeCompare(b.id),
  )) {
    current.set(key(mark.participantId, mark.day), mark);
  }
  return current;
}

export function markFor(
  current: ReadonlyMap<string, AttendanceMark>,
  participantId: string,
  day: number,
) {
  return current.get(key(participantId, day));
}

/** The status one tap moves to: unmarked → present → absent → late → left early → present. */
export function nextStatus(status: AttendanceStatus | undefined): AttendanceStatus {
  if (!status) return 'present';
  const order: AttendanceStatus[] = ['present', 'absent', 'late', 'left-early'];
  return order[(order.indexOf(status) + 1) % order.length] ?? 'present';
}

/** Whether a status counts as attending the day (for certificates and completion). */
export function attended(status: AttendanceStatus | undefined): boolean {
  return status === 'present' || status === 'late' || status === 'left-early';
}

/** Days each participant attended, from the marks in force. */
export function daysAttended(marks: readonly AttendanceMark[]): Map<string, number> {
  const days = new Map<string, number>();
  for (const mark of currentMarks(marks).values()) {
    if (attended(mark.status))
      days.set(mark.participantId, (days.get(mark.participantId) ?? 0) + 1);
  }
  return days;
}

/** Every mark ever recorded for one participant and day, oldest first. */
export function markHistory(
  marks: readonly AttendanceMark[],
  participantId: string,
  day: number,
): AttendanceMark[] {
  return marks
    .filter((mark) => mark.participantId === participantId && mark.day === day)
    .sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));
}

/** Who earns a certificate: participants present (or late, or leaving early) every course day. */
export function attendedEveryDay(
  marks: readonly AttendanceMark[],
  courseDays: number,
): Set<string> {
  return new Set(
    [...daysAttended(marks)].filter(([, days]) => days >= courseDays).map(([id]) => id),
  );
}
