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
 * Whether a narration belongs in a bundle: it is in the bundle's language, and reads one of
 * the bundle's lessons or a quiz question (every course of a language shares the questions).
 */
export function isNarrationInBundle(
  key: string,
  locale: string,
  lessonIds: ReadonlySet<string>,
): boolean {
  const [language, subject, id = ''] = key.split('/');
  if (language !== locale) return false;
  return subject === 'question' || (subject === 'lesson' && lessonIds.has(id));
}

/** The narrations recorded on the tablet that a bundle's zip carries. */
export function narrationsForBundle(
  narrations: readonly Narration[],
  locale: string,
  lessonIds: ReadonlySet<string>,
): Narration[] {
  return narrations.filter((narration) => isNarrationInBundle(narration.key, locale, lessonIds));
}

/** Audio files content may ship, by extension, with the type they are served as. */
export const shippedNarrationTypes = {
  ogg: 'audio/ogg',
  opus: 'audio/ogg',
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  webm: 'audio/webm',
  wav: 'audio/wav',
} as const;
export type ShippedNarrationExtension = keyof typeof shippedNarrationTypes;

/** Ten minutes of speech is far more than a 300-word lesson; more is a mistake. */
export const MAX_SHIPPED_NARRATION_BYTES = 8_000_000;

/**
 * Narrations shipped with the content for one language: narration key → audio URL. Learners
 * hear them when the trainer has recorded none on the tablet.
 */
export const shippedNarrationIndexSchema = z.record(
  z.string().regex(/^[A-Za-z-]+\/(lesson|question)\/[a-z0-9-]+$/),
  z.string().regex(/^\/narration\/[A-Za-z-]+\/(lesson|question)\/[a-z0-9-]+\.[a-z0-9]+$/),
);
export type ShippedNarrationIndex = z.infer<typeof shippedNarrationIndexSchema>;

/** Where a language's shipped narrations are listed. */
export function shippedNarrationIndexPath(locale: string): string {
  return `/narration/${locale}.json`;
}

/** Where a shipped narration's audio is served. */
export function shippedNarrationPath(
  locale: string,
  subject: NarrationSubject,
  id: string,
  extension: ShippedNarrationExtension,
): string {
  return `/narration/${locale}/${subject}/${id}.${extension}`;
}

/** Whether an imported narration should replace the one on the tablet (absent or older). */
export function isNewerNarration(incoming: { recordedAt: string }, kept?: { recordedAt: string }) {
  return !kept || incoming.recordedAt > kept.recordedAt;
}
