import { z } from 'zod';
import { offeredBundleSchema, pullCursorSchema, syncProblems } from './sync-protocol.ts';

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
  /** The same problem by name, to say it in the trainer's language. */
  lastProblemCode: z.enum(syncProblems).optional(),
  /** Where the last pull of the programme's cohorts and rosters left off. */
  pullCursor: pullCursorSchema.optional(),
  /** When the last pull finished. */
  lastReceivedAt: z.iso.datetime().optional(),
  /** The content bundles the hub served at the last pull, for this tablet's destinations. */
  offeredContent: z.array(offeredBundleSchema).optional(),
});
export type HubLink = z.infer<typeof hubLinkSchema>;
