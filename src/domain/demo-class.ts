import type { AttendanceStatus } from './attendance.ts';
import type { Participant } from './participant.ts';
import type { RecordKind } from './sync-protocol.ts';

/** The demo course as its parts see it while they make their records. */
export interface DemoClass {
  cohortId: string;
  /** In registration order. */
  participants: readonly Participant[];
  statusOn(day: number, participant: Participant): AttendanceStatus;
  /** A moment of a course day, `minutes` after midnight UTC. */
  at(day: number, minutes: number): Date;
  /** A UUIDv7 for a record made at that moment. */
  newId(at: Date): string;
  random(): number;
}

/** A record as the tablet queued it; the entry id is the record's time-based id unless given. */
export interface QueuedRecord {
  kind: RecordKind;
  payload: { id: string; version?: number };
  queuedAt: Date;
  entryId?: string;
}
