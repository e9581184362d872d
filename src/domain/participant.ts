import { z } from 'zod';

export const ageBands = ['under-5', '5-11', '12-17', '18-59', '60+'] as const;
export const genders = ['female', 'male', 'other', 'not-said'] as const;
export const literacyLevels = ['none', 'basic', 'functional', 'fluent'] as const;
export const educationLevels = [
  'none',
  'primary',
  'secondary',
  'vocational',
  'university',
] as const;

/** Social intake, as IOM's practice describes it: education, languages and work history. */
export const intakeSchema = z.object({
  /** Highest education completed. */
  education: z.enum(educationLevels).optional(),
  /** Languages the person speaks, in their own words. */
  languagesSpoken: z.string().trim().optional(),
  /** Trades and vocational skills. */
  vocational: z.string().trim().optional(),
  /** Work done before. */
  employment: z.string().trim().optional(),
});
export type Intake = z.infer<typeof intakeSchema>;

/** What a trainer records about a participant. */
export const participantDraftSchema = z.object({
  /** First name or an alias the person chooses. */
  name: z.string().trim().min(1, 'required'),
  /** Family or case group, so families sit together in the register. */
  familyGroup: z.string().trim().min(1, 'required'),
  ageBand: z.enum(ageBands),
  gender: z.enum(genders),
  /** Languages for the course, as locale codes or names. */
  languages: z.array(z.string().min(1)).min(1, 'required'),
  literacy: z.enum(literacyLevels),
  /** Anything the trainer needs to adapt for (hearing, sight, mobility…). */
  specialNeeds: z.string().trim().optional(),
  intake: intakeSchema,
});
export type ParticipantDraft = z.infer<typeof participantDraftSchema>;

export const participantSchema = z.object({
  id: z.uuid(),
  cohortId: z.uuid(),
  version: z.number().int().positive(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  draft: participantDraftSchema,
  /**
   * Known here only as the hub holds them (pulled, added on another tablet): the hub's later
   * word replaces them whole, an erased name included.
   */
  fromHub: z.literal(true).optional(),
});
export type Participant = z.infer<typeof participantSchema>;

/** Two participants of one cohort are the same person when name and family group match. */
export function isDuplicate(
  draft: ParticipantDraft,
  others: readonly Participant[],
  self?: string,
): boolean {
  const key = (d: ParticipantDraft) =>
    `${d.name.toLocaleLowerCase()}|${d.familyGroup.toLocaleLowerCase()}`;
  return others.some((other) => other.id !== self && key(other.draft) === key(draft));
}
