import { attended, type AttendanceMark, type AttendanceStatus } from './attendance.ts';
import type { SessionEvent } from './course-day.ts';
import type { DemoClass, QueuedRecord } from './demo-class.ts';
import { demoNotes } from './demo-roster.ts';
import type { Feedback } from './feedback.ts';
import type { Participant } from './participant.ts';

// Five faces, mostly happy ones: what end-of-day feedback from a good class looks like.
const faces = [1, 2, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5, 5, 5];

/**
 * The register of every day, taken at the start of class: a late arrival is marked absent
 * then corrected, an early leaver marked present then corrected, as a trainer would.
 */
export function demoRegister(demo: DemoClass, days: number): QueuedRecord[] {
  const mark = (day: number, participant: Participant, status: AttendanceStatus, at: Date) => {
    const payload: AttendanceMark = {
      id: demo.newId(at),
      cohortId: demo.cohortId,
      participantId: participant.id,
      day,
      status,
      recordedAt: at.toISOString(),
    };
    return { kind: 'attendance', payload, queuedAt: at } as const;
  };
  return Array.from({ length: days }, (_, index) => index + 1).flatMap((day) =>
    demo.participants.flatMap((participant, position) => {
      const status = demo.statusOn(day, participant);
      const register = new Date(demo.at(day, 6 * 60 + 5).getTime() + position * 3000);
      const first = status === 'late' || status === 'absent' ? 'absent' : 'present';
      return [
        mark(day, participant, first, register),
        ...(status === 'late' ? [mark(day, participant, 'late', demo.at(day, 6 * 60 + 40))] : []),
        ...(status === 'left-early'
          ? [mark(day, participant, 'left-early', demo.at(day, 11 * 60))]
          : []),
      ];
    }),
  );
}

/** Every module of each day ticked as delivered after class, and the trainer's notes. */
export function demoSessions(
  demo: DemoClass,
  days: readonly (readonly string[])[],
): QueuedRecord[] {
  const delivered = days.flatMap((modules, index) =>
    modules.map((moduleId, position): QueuedRecord => {
      const at = demo.at(index + 1, 12 * 60 + 30 + position);
      const payload: SessionEvent = {
        kind: 'delivered',
        id: demo.newId(at),
        cohortId: demo.cohortId,
        day: index + 1,
        audience: 'adult',
        moduleId,
        delivered: true,
        recordedAt: at.toISOString(),
      };
      return { kind: 'session', payload, queuedAt: at };
    }),
  );
  const notes = demoNotes.map((note): QueuedRecord => {
    const at = demo.at(note.day, 13 * 60);
    const payload: SessionEvent = {
      kind: 'notes',
      id: demo.newId(at),
      cohortId: demo.cohortId,
      day: note.day,
      text: note.text,
      recordedAt: at.toISOString(),
    };
    return { kind: 'session', payload, queuedAt: at };
  });
  return [...delivered, ...notes];
}

/**
 * End-of-day feedback from most of those present, each choosing one of the day's modules (not
 * the GBV one) as the most helpful, or none.
 */
export function demoFeedback(
  demo: DemoClass,
  days: readonly (readonly string[])[],
  gbvModule: string,
): QueuedRecord[] {
  return days.flatMap((modules, index) => {
    const day = index + 1;
    const taught = modules.filter((id) => id !== gbvModule);
    const present = demo.participants.filter((p) => attended(demo.statusOn(day, p))).length;
    return Array.from({ length: present }, (_, learner) => learner).flatMap((learner) => {
      if (demo.random() < 0.15) return [];
      const at = demo.at(day, 13 * 60 + 5 + learner);
      const helped =
        demo.random() < 0.85 ? taught[Math.floor(demo.random() * taught.length)] : undefined;
      const payload: Feedback = {
        id: demo.newId(at),
        cohortId: demo.cohortId,
        day,
        satisfaction: faces[Math.floor(demo.random() * faces.length)] ?? 4,
        ...(helped ? { helpedMost: helped } : {}),
      };
      return [{ kind: 'feedback', payload, queuedAt: at } as const];
    });
  });
}
