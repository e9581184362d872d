import { z } from 'zod';

const id = z.string().min(1);

/** One objective of a module, with the quiz items that check it. */
export const outlineObjectiveSchema = z.object({
  id,
  /** Its quiz items and their pre/post form. */
  items: z.array(z.object({ id, form: z.enum(['A', 'B']) })),
});
export type OutlineObjective = z.infer<typeof outlineObjectiveSchema>;

/**
 * `/curriculum/{destination}/{audience}.json`: what records of a course refer to, without its
 * words. Built with the site, so code outside the build (the hub's demo data) can read it.
 */
export const courseOutlineSchema = z.object({
  destination: id,
  audience: z.enum(['adult', 'youth', 'child']),
  /** The five-day plan: module ids for each course day. */
  days: z.array(z.array(id).min(1)).length(5),
  /** Every module of the course, in teaching order. */
  modules: z.array(z.object({ id, objectives: z.array(outlineObjectiveSchema).min(1) })),
  /** The facilitated GBV module, if the course has one: never quizzed per person. */
  gbv: z.object({ moduleId: id, objectives: z.array(id).min(1) }).nullable(),
});
export type CourseOutline = z.infer<typeof courseOutlineSchema>;

export function courseOutlinePath(destination: string, audience: string): string {
  return `/curriculum/${destination}/${audience}.json`;
}
