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
