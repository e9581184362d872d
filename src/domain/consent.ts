import { z } from 'zod';

/** One decision about sharing, recorded as an event: a withdrawal is a new event, never an edit. */
export const consentEventSchema = z.object({
  id: z.uuid(),
  participantId: z.uuid(),
  /** What the consent is for. */
  purpose: z.literal('share-with-partner'),
  /** Yes or no. */
  granted: z.boolean(),
  /** The day it was given or withdrawn (YYYY-MM-DD). */
  date: z.iso.date(),
  /** Who explained it. */
  explainedBy: z.string().trim().min(1, 'required'),
  /** The language it was explained in (locale code or name). */
  language: z.string().trim().min(1, 'required'),
  /** When it was recorded (ISO 8601): later events supersede earlier ones. */
  recordedAt: z.iso.datetime(),
});
export type ConsentEvent = z.infer<typeof consentEventSchema>;

/** The decision in force: the latest event, or none (which means no). */
export function currentConsent(events: readonly ConsentEvent[]): ConsentEvent | undefined {
  return [...events].sort((a, b) => a.recordedAt.localeCompare(b.recordedAt)).at(-1);
}

export function mayShare(events: readonly ConsentEvent[]): boolean {
  return currentConsent(events)?.granted === true;
}
