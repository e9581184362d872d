import { z } from 'zod';

// The GBV module is facilitated, never tracked per person (issue 7): the trainer opens it on
// the tablet for one session; learners see it only then; the only record kept is that the
// session took place and how many attended.

/** The module topic that marks GBV content. */
export const GBV_TOPIC = 'gbv';

/**
 * Where the open session is kept: localStorage, because pages must know before they paint
 * whether GBV may show (BaseLayout's head script), and only synchronous storage allows that.
 * It names no learner.
 */
export const GBV_SESSION_KEY = 'waypoint-gbv-session';

/** Set for the tab once the content note was read; quick exit and a new learner clear it. */
export const GBV_NOTE_KEY = 'waypoint-gbv-note';

/** A session is a morning or an afternoon: the module closes by itself after this. */
export const GBV_SESSION_HOURS = 3;

/** Who the session is for: trainers can run it gender-separated. */
export const gbvGroups = ['everyone', 'women', 'men'] as const;
export type GbvGroup = (typeof gbvGroups)[number];

/** The trainer opened the GBV module on this tablet, for one course and one session. */
export const gbvSessionSchema = z.object({
  destination: z.string().regex(/^[a-z0-9-]+$/),
  /** Adult and youth tracks only: the child track never shows GBV. */
  audiences: z.array(z.enum(['adult', 'youth'])).min(1),
  group: z.enum(gbvGroups),
  until: z.iso.datetime(),
});
export type GbvSession = z.infer<typeof gbvSessionSchema>;

/** The stored session, if the text is one (anything else counts as closed). */
export function parseGbvSession(text: string | null | undefined): GbvSession | undefined {
  if (!text) return undefined;
  try {
    const parsed = gbvSessionSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Whether GBV pages of a course may show now. */
export function isGbvOpenFor(
  session: GbvSession | undefined,
  destination: string,
  audience: string,
  now: Date,
): boolean {
  return Boolean(
    session &&
    session.destination === destination &&
    (session.audiences as readonly string[]).includes(audience) &&
    new Date(session.until).getTime() > now.getTime(),
  );
}

/** When a session opened now closes by itself. */
export function gbvSessionEnd(now: Date): string {
  return new Date(now.getTime() + GBV_SESSION_HOURS * 3_600_000).toISOString();
}

/** The most people one session can hold: classes are under 25, several may join. */
export const MAX_GBV_ATTENDING = 100;

/**
 * The one record of a GBV session: that the module was delivered, to how many, and which key
 * messages partners should repeat after arrival. A random id and the day only, never a name.
 */
export const gbvDeliverySchema = z
  .object({
    id: z.uuid(),
    cohortId: z.uuid(),
    moduleId: z.string().min(1),
    date: z.iso.date(),
    group: z.enum(gbvGroups),
    attending: z
      .number({ error: 'the number attending is required' })
      .int('a whole number of people')
      .min(1, 'at least one person attends')
      .max(MAX_GBV_ATTENDING, `at most ${MAX_GBV_ATTENDING} people`),
    /** The module's objectives: every GBV key message is re-emphasised after arrival. */
    reemphasise: z.array(z.string().min(1)).min(1),
  })
  .strict();
export type GbvDelivery = z.infer<typeof gbvDeliverySchema>;
