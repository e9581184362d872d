import { z } from 'zod';

const isoDate = z.iso.date();

/** The fields a trainer fills in for a cohort. */
export const cohortDraftSchema = z
  .object({
    /** Destination id, e.g. `canada`. */
    destination: z.string().min(1, 'destination'),
    /** Tracks taught in this cohort. */
    audiences: z.array(z.enum(['adult', 'youth', 'child'])).min(1, 'audiences'),
    /** Where the course is held (centre, camp, city). */
    location: z.string().trim().min(1, 'location'),
    /** Languages the course is taught in (locale codes). */
    languages: z.array(z.string().min(1)).min(1, 'languages'),
    /** First and last course day. */
    courseStart: isoDate,
    courseEnd: isoDate,
    /** Expected departure date. */
    departure: isoDate,
    /** City the cohort is going to. */
    destinationCity: z.string().trim().min(1, 'destinationCity'),
  })
  .refine((c) => c.courseEnd >= c.courseStart, { path: ['courseEnd'], message: 'end-before-start' })
  .refine((c) => c.departure >= c.courseEnd, {
    path: ['departure'],
    message: 'departure-before-course',
  });
export type CohortDraft = z.infer<typeof cohortDraftSchema>;

/** A cohort as stored: the draft plus identity and version (edits bump the version). */
export const cohortSchema = z.object({
  id: z.uuid(),
  version: z.number().int().positive(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  draft: cohortDraftSchema,
});
export type Cohort = z.infer<typeof cohortSchema>;

/** Practice the source documents recommend, broken: shown as warnings, never blocking. */
export type CohortWarning = 'short-course' | 'large-class' | 'too-early';

const DAY_MS = 86_400_000;

/** Course days, first and last included. */
export function courseDayCount(draft: Pick<CohortDraft, 'courseStart' | 'courseEnd'>): number {
  return Math.round((Date.parse(draft.courseEnd) - Date.parse(draft.courseStart)) / DAY_MS) + 1;
}

/**
 * IOM's practice: at least three course days; classes under 25 participants; a course
 * within two weeks before departure.
 */
export function cohortWarnings(draft: CohortDraft, participants: number): CohortWarning[] {
  const warnings: CohortWarning[] = [];
  if (courseDayCount(draft) < 3) warnings.push('short-course');
  if (participants >= 25) warnings.push('large-class');
  if ((Date.parse(draft.departure) - Date.parse(draft.courseEnd)) / DAY_MS > 14)
    warnings.push('too-early');
  return warnings;
}
