import { z } from 'zod';

/** What a narration reads: a lesson, or a quiz question. */
export type NarrationSubject = 'lesson' | 'question';

/**
 * The key a narration is kept under: one recording per language and lesson (or question),
 * whichever course shows it, e.g. `fa-AF/lesson/housing-lease-and-rent`.
 */
export function narrationKey(locale: string, subject: NarrationSubject, id: string): string {
  return `${locale}/${subject}/${id}`;
}

/** A narration a trainer recorded on the tablet, in the learners' language. */
export interface Narration {
  key: string;
  /** The recorded audio, as the browser's recorder encoded it. */
  audio: ArrayBuffer;
  mimeType: string;
  recordedAt: string;
}

/** Recordings shorter than this are a slip of the finger, not a narration. */
export const MIN_NARRATION_BYTES = 200;

/** One narration in a bundle's zip file: its key and what the audio entry must be. */
export const narrationEntrySchema = z.object({
  key: z.string().regex(/^[A-Za-z-]+\/(lesson|question)\/[a-z0-9-]+$/),
  mimeType: z.string().min(1),
  recordedAt: z.iso.datetime(),
  /** SHA-256 of the audio, lowercase hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().positive(),
});
export type NarrationEntry = z.infer<typeof narrationEntrySchema>;

/**
 * The narrations a bundle carries: those of its language for the lessons it holds, and for
 * its language's questions.
 */
export function narrationsForBundle(
  narrations: readonly Narration[],
  locale: string,
  lessonIds: ReadonlySet<string>,
): Narration[] {
  return narrations.filter((narration) => {
    const [language, subject, id = ''] = narration.key.split('/');
    if (language !== locale) return false;
    return subject === 'question' || lessonIds.has(id);
  });
}

/** Whether an imported narration should replace the one on the tablet (absent or older). */
export function isNewerNarration(incoming: { recordedAt: string }, kept?: { recordedAt: string }) {
  return !kept || incoming.recordedAt > kept.recordedAt;
}
