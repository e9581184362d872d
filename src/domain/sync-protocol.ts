import { z } from 'zod';
import { attendanceMarkSchema } from './attendance.ts';
import { cohortSchema } from './cohort.ts';
import { consentEventSchema } from './consent.ts';
import { sessionEventSchema } from './course-day.ts';
import { feedbackSchema } from './feedback.ts';
import { gbvDeliverySchema } from './gbv.ts';
import { outboxEntrySchema } from './outbox.ts';
import { hubParticipantSchema } from './participant-for-hub.ts';
import { quizAnswerSchema } from './results.ts';

// The messages tablets and the hub exchange. One module, used by both sides, so a record the
// tablet sends is checked by the very schema the hub checks it with.

/** A push carries at most this many records… */
export const MAX_PUSH_RECORDS = 500;
/** …and at most this many bytes of JSON. */
export const MAX_PUSH_BYTES = 1_000_000;

export const recordKinds = outboxEntrySchema.shape.recordType.options;
export type RecordKind = (typeof recordKinds)[number];

/** Kinds whose records are edited (each edit a new version); the rest are events. */
export const editableKinds: readonly RecordKind[] = ['cohort', 'participant'];

/** A spoken question travels as base64 text: JSON has no bytes. */
export const wireQuestionSchema = z
  .object({
    id: z.uuid(),
    cohortId: z.uuid(),
    day: z.number().int().positive(),
    text: z.string().trim().min(1).max(1000).optional(),
    recording: z
      .object({
        audioBase64: z.base64().min(1),
        mimeType: z.string().regex(/^audio\/[\w.+-]+/, 'not audio'),
      })
      .strict()
      .optional(),
  })
  .strict()
  .refine((asked) => asked.text !== undefined || asked.recording !== undefined, {
    message: 'a question needs words or a recording',
  });

/** What each kind's payload must be. */
export const payloadSchemas = {
  cohort: cohortSchema,
  participant: hubParticipantSchema,
  consent: consentEventSchema,
  attendance: attendanceMarkSchema,
  session: sessionEventSchema,
  answer: quizAnswerSchema,
  feedback: feedbackSchema,
  question: wireQuestionSchema,
  'gbv-delivery': gbvDeliverySchema,
} satisfies Record<RecordKind, z.ZodType>;

/**
 * One record as pushed: its outbox entry (the entry id is the client id the hub deduplicates
 * and answers by) with the record inside. The payload is checked per kind on the hub, so one
 * bad record is rejected alone, not with its batch.
 */
export const pushedRecordSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(recordKinds),
    recordId: z.uuid(),
    /** Stored in a 32-bit column: a larger version is a broken record, not a busy one. */
    version: z.number().int().positive().max(2_147_483_647),
    queuedAt: z.iso
      .datetime()
      .refine((at) => at >= '2000' && at < '2200', 'queuedAt is not a date a tablet could have'),
    payload: z.unknown(),
  })
  .strict();
export type PushedRecord = z.infer<typeof pushedRecordSchema>;

export const pushRequestSchema = z
  .object({
    /** The tablet's clock when it sent the batch: a skewed clock is noted, never trusted. */
    sentAt: z.iso.datetime(),
    records: z
      .array(pushedRecordSchema)
      .min(1, 'a push carries at least one record')
      .max(MAX_PUSH_RECORDS, `a push carries at most ${MAX_PUSH_RECORDS} records`),
  })
  .strict();
export type PushRequest = z.infer<typeof pushRequestSchema>;

/** The hub's answer for one record. */
export const recordResultSchema = z.discriminatedUnion('status', [
  z.object({ id: z.uuid(), status: z.literal('accepted') }),
  /** Already on the hub (a resend): the tablet may forget it, as for accepted. */
  z.object({ id: z.uuid(), status: z.literal('duplicate') }),
  /** Stored as a conflict beside the other edit of the same version, for the operator. */
  z.object({ id: z.uuid(), status: z.literal('conflict') }),
  /** Not stored: the tablet keeps it and shows it as needing attention. */
  z.object({ id: z.uuid(), status: z.literal('rejected'), reason: z.string().min(1) }),
]);
export type RecordResult = z.infer<typeof recordResultSchema>;

export const pushResponseSchema = z.object({
  results: z.array(recordResultSchema),
  receivedAt: z.iso.datetime(),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

/** Whether the tablet may remove the outbox entry: the hub holds the record. */
export function isSettled(result: RecordResult): boolean {
  return result.status !== 'rejected';
}

/**
 * The payload as the hub stores it (its schema's output: unknown fields dropped), or why it
 * is not the record its kind says, in words for the trainer and the operator.
 */
export function checkRecord(
  record: PushedRecord,
): { payload: unknown; reason?: undefined } | { reason: string } {
  // PostgreSQL's jsonb holds neither a NUL character nor half a surrogate pair: refused here,
  // not failed in the database (which would fail the whole batch, again and again).
  const json = JSON.stringify(record.payload ?? null);
  if (json.includes('\\u0000')) return { reason: `${record.kind}: text contains a NUL character` };
  if (/\\ud[89a-f][0-9a-f]{2}/i.test(json))
    return { reason: `${record.kind}: text contains a broken character (a lone surrogate)` };
  const parsed = payloadSchemas[record.kind].safeParse(record.payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    return { reason: `${record.kind} ${where}${issue?.message ?? 'invalid'}` };
  }
  // Every kind's payload carries its own id; editable kinds also their version.
  const payload = parsed.data as { id: string; version?: number };
  if (payload.id !== record.recordId)
    return { reason: `${record.kind}: recordId ${record.recordId} is not the payload's id` };
  if (editableKinds.includes(record.kind) && payload.version !== record.version)
    return { reason: `${record.kind}: version ${record.version} is not the payload's version` };
  return { payload: parsed.data };
}

/** Why a payload is not the record its kind says, if it is not. */
export function payloadProblem(record: PushedRecord): string | undefined {
  return checkRecord(record).reason;
}

/** Kinds a tablet pulls: the programme's cohorts and their rosters, with consent decisions. */
export const pulledKinds = ['cohort', 'participant', 'consent'] as const satisfies RecordKind[];
export type PulledKind = (typeof pulledKinds)[number];

/** A pull returns at most this many records; `more` says to ask again at once. */
export const MAX_PULL_RECORDS = 500;

/**
 * Where a tablet's pull left off: the hub's transaction number, and the last entry read in
 * it when a page ended inside one. `0` is the beginning. Opaque to the tablet.
 */
export const pullCursorSchema = z
  .string()
  .regex(/^\d{1,18}(~[0-9a-f-]{36})?$/, 'the cursor is not one the hub gave out');

/** One record another tablet of the programme pushed, as the hub holds it now. */
export const pulledRecordSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('cohort'), receivedAt: z.iso.datetime(), payload: cohortSchema }),
  z.object({
    kind: z.literal('participant'),
    receivedAt: z.iso.datetime(),
    payload: hubParticipantSchema,
  }),
  z.object({
    kind: z.literal('consent'),
    receivedAt: z.iso.datetime(),
    payload: consentEventSchema,
  }),
]);
export type PulledRecord = z.infer<typeof pulledRecordSchema>;

/** A content bundle the hub serves now, for a destination this tablet's cohorts go to. */
export const offeredBundleSchema = z.object({
  id: z.string().min(1),
  destination: z.string().min(1),
  locale: z.string().min(1),
  version: z.string().min(1),
});
export type OfferedBundle = z.infer<typeof offeredBundleSchema>;

export const pullResponseSchema = z.object({
  records: z.array(pulledRecordSchema).max(MAX_PULL_RECORDS),
  cursor: pullCursorSchema,
  /** More records wait beyond this page. */
  more: z.boolean(),
  content: z.array(offeredBundleSchema),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

/** A one-time enrolment code as the operator reads it out: four groups of four. */
export const enrolmentCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z2-9]{4}(-?[A-Z2-9]{4}){3}$/, 'an enrolment code is 16 letters and digits');

export const enrolRequestSchema = z
  .object({
    code: enrolmentCodeSchema,
    /** What the trainer calls the tablet, e.g. "Tablet 3, Beirut centre". */
    deviceName: z.string().trim().min(1, 'name the tablet').max(80),
  })
  .strict();
export type EnrolRequest = z.infer<typeof enrolRequestSchema>;

export const enrolResponseSchema = z.object({
  deviceId: z.uuid(),
  /** Shown once: the hub keeps only its hash. */
  token: z.string().min(32),
  programme: z.string().min(1),
});
export type EnrolResponse = z.infer<typeof enrolResponseSchema>;

/**
 * Problems a trainer can act on, named so the tablet says them in the trainer's language
 * (the hub's own words are English, for operators and logs). `offline` is the tablet's own.
 */
export const syncProblems = [
  'no-token',
  'unknown-token',
  'revoked',
  'code-unknown',
  'code-used',
  'code-expired',
  'replay',
  'hub-failed',
  'offline',
] as const;
export type SyncProblem = (typeof syncProblems)[number];

/** A 4xx/5xx answer: what is wrong, in words, and as a problem name where there is one. */
export const hubErrorSchema = z.object({
  error: z.string().min(1),
  problem: z.enum(syncProblems).optional(),
});
export type HubError = z.infer<typeof hubErrorSchema>;

/**
 * A refusal (4xx), with the HTTP status and what is wrong: the hub throws it to answer one;
 * the tablet gets it back from one, and knows trying again will not help until someone acts.
 */
export class SyncRefusal extends Error {
  readonly status: number;
  readonly problem: SyncProblem | undefined;
  constructor(status: number, message: string, problem?: SyncProblem) {
    super(message);
    this.name = 'SyncRefusal';
    this.status = status;
    this.problem = problem;
  }
}
