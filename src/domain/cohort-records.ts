import type { z } from 'zod';
import type { AttendanceMark } from './attendance.ts';
import type { Cohort } from './cohort.ts';
import type { ConsentEvent } from './consent.ts';
import type { SessionEvent } from './course-day.ts';
import type { Feedback } from './feedback.ts';
import type { GbvDelivery } from './gbv.ts';
import type { HubParticipant } from './participant-for-hub.ts';
import type { QuizAnswer } from './results.ts';
import type { wireQuestionSchema } from './sync-protocol.ts';

/**
 * An anonymous question as the hub holds it. Read for partners without its recording: a
 * question with no text was said aloud.
 */
export type HubQuestion = z.infer<typeof wireQuestionSchema>;

/**
 * Everything the hub holds of one cohort, as the tablets pushed it: the latest version of the
 * cohort and of each participant, and every event. What profiles, exports and xAPI statements
 * are made from.
 */
export interface CohortRecords {
  cohort: Cohort;
  participants: HubParticipant[];
  consents: ConsentEvent[];
  attendance: AttendanceMark[];
  sessions: SessionEvent[];
  answers: QuizAnswer[];
  feedback: Feedback[];
  questions: HubQuestion[];
  gbvDeliveries: GbvDelivery[];
}
