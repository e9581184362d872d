// Owns the tablet's one IndexedDB database: every record Waypoint keeps on the device.
// Each schema version stays listed; a new release adds a version, never edits an old one.
import { Dexie, type Table } from 'dexie';
import type { AttendanceMark } from '../../domain/attendance.ts';
import type { BundleManifest, BundleProblem } from '../../domain/bundle-manifest.ts';
import type { Cohort } from '../../domain/cohort.ts';
import type { SessionEvent } from '../../domain/course-day.ts';
import type { AnonymousQuestion, Feedback } from '../../domain/feedback.ts';
import type { GbvDelivery } from '../../domain/gbv.ts';
import type { HubLink } from '../../domain/hub-link.ts';
import type { ReferralContact } from '../../domain/referral-contact.ts';
import type { ConsentEvent } from '../../domain/consent.ts';
import type { Participant } from '../../domain/participant.ts';
import type { OutboxEntry } from '../../domain/outbox.ts';
import type { LearnerSession, TabletClass } from '../../domain/learner.ts';
import type { Narration } from '../../domain/narration.ts';
import type { LessonProgress } from '../../domain/lesson-progress.ts';
import type { QuizAnswer } from '../../domain/results.ts';
import type { PinRecord } from '../../domain/trainer-pin.ts';

/** A sticker a learner earned by finishing a child activity. */
export interface Sticker {
  learnerId: string;
  activityId: string;
  earnedAt: string;
}

/** A bundle whose every file is verified and in the bundle cache. */
export interface InstalledBundle {
  id: string;
  manifest: BundleManifest;
  installedAt: string;
}

/** A download (or update, or import) not finished yet: what it is fetching and how far it got. */
export interface BundleDownload {
  id: string;
  target: BundleManifest;
  /** File keys (url#sha256) already verified and staged. */
  doneKeys: string[];
  doneBytes: number;
  /** Why it stopped, when it failed; absent while running. */
  error?: BundleProblem | undefined;
}

export class WaypointDatabase extends Dexie {
  declare lessonProgress: Table<LessonProgress, [string, string]>;
  declare installedBundles: Table<InstalledBundle, string>;
  declare bundleDownloads: Table<BundleDownload, string>;
  declare trainerPin: Table<PinRecord & { id: 'trainer' }, string>;
  declare cohorts: Table<Cohort, string>;
  declare outbox: Table<OutboxEntry, string>;
  declare participants: Table<Participant, string>;
  declare consentEvents: Table<ConsentEvent, string>;
  declare attendanceMarks: Table<AttendanceMark, string>;
  declare sessionEvents: Table<SessionEvent, string>;
  declare quizAnswers: Table<QuizAnswer, string>;
  declare feedback: Table<Feedback, string>;
  declare anonymousQuestions: Table<AnonymousQuestion, string>;
  declare tabletClass: Table<TabletClass, string>;
  declare learnerSession: Table<LearnerSession, string>;
  declare stickers: Table<Sticker, [string, string]>;
  declare narrations: Table<Narration, string>;
  declare gbvDeliveries: Table<GbvDelivery, string>;
  declare referralContacts: Table<ReferralContact, string>;
  declare hubLink: Table<HubLink, string>;

  constructor(name = 'waypoint') {
    super(name);
    // Version 1: lesson progress, one row per learner and lesson.
    this.version(1).stores({ lessonProgress: '[learnerId+lessonKey], learnerId' });
    // Version 2: offline bundles installed on the tablet and downloads in progress.
    // No upgrade step: both tables start empty.
    this.version(2).stores({ installedBundles: '&id', bundleDownloads: '&id' });
    // Version 3: the trainer PIN's salted hash and lock state (one row). Starts empty: the
    // trainer sets a PIN on first use.
    this.version(3).stores({ trainerPin: '&id' });
    // Version 4: cohorts, and the outbox of changes not yet sent to the hub. Both start empty.
    this.version(4).stores({ cohorts: '&id, updatedAt', outbox: '&id, queuedAt, recordId' });
    // Version 5: participants and their consent events (a withdrawal is a new event).
    this.version(5).stores({ participants: '&id, cohortId', consentEvents: '&id, participantId' });
    // Version 6: attendance marks, append-only (corrections are new marks).
    this.version(6).stores({ attendanceMarks: '&id, cohortId' });
    // Version 7: course-day sessions: modules delivered and notes, append-only.
    this.version(7).stores({ sessionEvents: '&id, cohortId' });
    // Version 8: pre/post-test answers scored by the trainer, append-only (a re-score supersedes).
    this.version(8).stores({ quizAnswers: '&id, cohortId' });
    // Version 9: end-of-day feedback and the anonymous question box, in separate tables so
    // a question can never be joined to the feedback (or learner) it came with.
    this.version(9).stores({ feedback: '&id, cohortId', anonymousQuestions: '&id, cohortId' });
    // Version 10: the class this tablet is used for and who is learning on it now (one row
    // each). Both start empty: until a trainer picks a class, progress stays the tablet's.
    this.version(10).stores({ tabletClass: '&id', learnerSession: '&id' });
    // Version 11: stickers children earn for finished activities, one per learner and activity.
    // Starts empty.
    this.version(11).stores({ stickers: '[learnerId+activityId], learnerId' });
    // Version 12: narrations trainers record for lessons, by language and lesson. Starts empty.
    this.version(12).stores({ narrations: '&key' });
    // Version 13: GBV sessions delivered (a count, never a name) and the centre's referral
    // contacts for the help card. Both start empty.
    this.version(13).stores({ gbvDeliveries: '&id, cohortId', referralContacts: '&id' });
    // Version 14: the tablet's enrolment with the hub (one row). Starts empty: a trainer
    // enrols the tablet with the operator's code.
    this.version(14).stores({ hubLink: '&id' });
  }
}
