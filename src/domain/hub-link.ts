import { z } from 'zod';

/** This tablet's enrolment with the hub, and how its last sync went. One row on the tablet. */
export const hubLinkSchema = z.object({
  id: z.literal('hub'),
  deviceId: z.uuid(),
  /** The device token; sent as `Authorization: Bearer …`. */
  token: z.string().min(32),
  programme: z.string().min(1),
  deviceName: z.string().min(1),
  enrolledAt: z.iso.datetime(),
  /** When the hub last took records from this tablet. */
  lastSentAt: z.iso.datetime().optional(),
  /** Why the last try failed, if it did (cleared by a good one). */
  lastProblem: z.string().optional(),
});
export type HubLink = z.infer<typeof hubLinkSchema>;
