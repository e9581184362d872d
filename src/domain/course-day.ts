import { z } from 'zod';

/** One thing that happened in a course day's session: a module delivered (or un-ticked), or notes. */
export const sessionEventSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('delivered'),
    id: z.uuid(),
    cohortId: z.uuid(),
    day: z.number().int().positive(),
    audience: z.enum(['adult', 'youth', 'child']),
    moduleId: z.string().min(1),
    /** False records that an earlier tick was a mistake. */
    delivered: z.boolean(),
    recordedAt: z.iso.datetime(),
  }),
  z.object({
    kind: z.literal('notes'),
    id: z.uuid(),
    cohortId: z.uuid(),
    day: z.number().int().positive(),
    /** Questions raised and concerns, in the trainer's words. */
    text: z.string(),
    recordedAt: z.iso.datetime(),
  }),
]);
export type SessionEvent = z.infer<typeof sessionEventSchema>;

type Plan = readonly (readonly string[])[];

/**
 * The modules to teach on each day of a course of `days` days, from the curriculum's plans:
 * the five-day plan for five days or more, else the three-day plan. A shorter course gets
 * the remaining plan days on its last day; extra days are free for review.
 */
export function modulesByDay(
  plans: { 'three-day': Plan; 'five-day': Plan },
  days: number,
): string[][] {
  const plan = days >= 5 ? plans['five-day'] : plans['three-day'];
  return Array.from({ length: days }, (_, i) =>
    i === days - 1 ? plan.slice(i).flat() : [...(plan[i] ?? [])],
  );
}

export type DeliveredEvent = Extract<SessionEvent, { kind: 'delivered' }>;

/** The tick in force per day, audience and module (see `deliveryKey`): the latest recorded. */
export function currentDeliveries(events: readonly SessionEvent[]): Map<string, DeliveredEvent> {
  const latest = new Map<string, DeliveredEvent>();
  for (const event of [...events].sort((a, b) => a.recordedAt.localeCompare(b.recordedAt))) {
    if (event.kind === 'delivered')
      latest.set(deliveryKey(event.day, event.audience, event.moduleId), event);
  }
  return latest;
}

/** Whether each module counts as delivered, from the latest tick per day, audience and module. */
export function deliveredModules(events: readonly SessionEvent[]): Set<string> {
  return new Set(
    [...currentDeliveries(events)].filter(([, event]) => event.delivered).map(([key]) => key),
  );
}

export function deliveryKey(day: number, audience: string, moduleId: string): string {
  return `${day}|${audience}|${moduleId}`;
}

/** A day's notes: the latest saved. */
export function dayNotes(events: readonly SessionEvent[], day: number): string {
  const notes = events
    .filter(
      (event): event is Extract<SessionEvent, { kind: 'notes' }> =>
        event.kind === 'notes' && event.day === day,
    )
    .sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));
  return notes.at(-1)?.text ?? '';
}
