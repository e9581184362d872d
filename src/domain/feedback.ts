import { z } from 'zod';

/** A learner's end-of-day answer on the five faces, and what helped most. Never names the learner. */
export const feedbackSchema = z.object({
  id: z.uuid(),
  cohortId: z.uuid(),
  day: z.number().int().positive(),
  /** 1 (very unhappy face) to 5 (very happy face). */
  satisfaction: z.number().int().min(1).max(5),
  /** The module that helped most, if one was chosen. */
  helpedMost: z.string().min(1).optional(),
});
export type Feedback = z.infer<typeof feedbackSchema>;

/** The longest spoken question kept: a worry fits in two minutes; the box is not a diary. */
export const MAX_QUESTION_SECONDS = 120;
/**
 * Questions are recorded at a speech bitrate, so two minutes stay small enough to travel to
 * the hub inside one sync batch (at most 1 MB, base64 included).
 */
export const QUESTION_AUDIO_BITS_PER_SECOND = 24_000;
/** Twice what two minutes at that bitrate take, for browsers that overshoot it. */
export const MAX_QUESTION_RECORDING_BYTES = 720_000;

/** A question said aloud instead of typed, as the browser's recorder encoded it. */
export const questionRecordingSchema = z.object({
  audio: z
    .instanceof(ArrayBuffer)
    .refine((audio) => audio.byteLength > 0, 'empty')
    .refine((audio) => audio.byteLength <= MAX_QUESTION_RECORDING_BYTES, 'too long'),
  mimeType: z.string().regex(/^audio\/[\w.+-]+/, 'not audio'),
});
export type QuestionRecording = z.infer<typeof questionRecordingSchema>;

/**
 * A question or worry left in the box, typed or recorded. It is stored apart from feedback,
 * with a random id and no time, so nothing can link it to the learner who left it.
 */
export const anonymousQuestionSchema = z
  .object({
    id: z.uuid(),
    cohortId: z.uuid(),
    day: z.number().int().positive(),
    text: z.string().trim().min(1, 'required').max(1000).optional(),
    recording: questionRecordingSchema.optional(),
  })
  .strict()
  .refine((asked) => asked.text !== undefined || asked.recording !== undefined, {
    message: 'a question needs words or a recording',
  });
export type AnonymousQuestion = z.infer<typeof anonymousQuestionSchema>;

/** What a learner put in the box: typed words, a recording, both or neither. */
export interface QuestionDraft {
  text?: string | undefined;
  recording?: QuestionRecording | undefined;
}

/** Whether the box holds anything worth keeping (blank typing is nothing). */
export function hasQuestion(draft: QuestionDraft | undefined): boolean {
  return Boolean(draft?.text?.trim() || draft?.recording);
}

export interface FeedbackSummary {
  responses: number;
  /** Count per face, index 0 = face 1. */
  faces: [number, number, number, number, number];
  /** Mean on the 1–5 scale, one decimal; undefined with no responses. */
  average: number | undefined;
  /** Modules chosen as most helpful, most chosen first. */
  helpedMost: { module: string; count: number }[];
}

export function summarizeFeedback(entries: readonly Feedback[]): FeedbackSummary {
  const faces: FeedbackSummary['faces'] = [0, 0, 0, 0, 0];
  const helped = new Map<string, number>();
  for (const entry of entries) {
    faces[entry.satisfaction - 1] = (faces[entry.satisfaction - 1] ?? 0) + 1;
    if (entry.helpedMost) helped.set(entry.helpedMost, (helped.get(entry.helpedMost) ?? 0) + 1);
  }
  const total = entries.reduce((sum, entry) => sum + entry.satisfaction, 0);
  return {
    responses: entries.length,
    faces,
    average: entries.length ? Math.round((10 * total) / entries.length) / 10 : undefined,
    helpedMost: [...helped]
      .map(([module, count]) => ({ module, count }))
      .sort((a, b) => b.count - a.count),
  };
}

/** A random (version 4) UUID from 16 random bytes: unlike UUIDv7 it carries no time. */
export function uuidV4(random: Uint8Array): string {
  const bytes = random.slice(0, 16);
  bytes[6] = 0x40 | ((bytes[6] ?? 0) & 0x0f);
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
