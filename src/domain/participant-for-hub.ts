import { z } from 'zod';
import { mayShare, type ConsentEvent } from './consent.ts';
import {
  ageBands,
  genders,
  intakeSchema,
  literacyLevels,
  type Participant,
} from './participant.ts';

/** A participant as it may leave the tablet: the hub validates every one it receives. */
export const hubParticipantSchema = z
  .object({
    id: z.uuid(),
    cohortId: z.uuid(),
    version: z.number().int().positive(),
    /** The name, or a stable pseudonym when there is no consent to share. */
    name: z.string().min(1),
    shared: z.boolean(),
    familyGroup: z.string().min(1),
    /**
     * The family's pseudonym, with or without consent: families stay countable on the hub
     * when some members share their name and others do not. Absent from older tablets.
     */
    familyKey: z.string().min(1).optional(),
    ageBand: z.enum(ageBands),
    gender: z.enum(genders),
    languages: z.array(z.string().min(1)).min(1),
    literacy: z.enum(literacyLevels),
    /** Intake details only with consent. */
    intake: intakeSchema.optional(),
    specialNeeds: z.string().optional(),
  })
  .strict()
  .refine((p) => p.shared || (p.intake === undefined && p.specialNeeds === undefined), {
    message: 'intake and special needs travel only with consent to share',
    path: ['intake'],
  });
export type HubParticipant = z.infer<typeof hubParticipantSchema>;

/** `P-` and the last 8 hex digits of the record id (random bits): stable, and says nothing. */
export function pseudonym(id: string, prefix = 'P'): string {
  return `${prefix}-${id.replace(/-/g, '').slice(-8)}`;
}

/**
 * A pseudonym per family group of a cohort, taken from the id of the family's first
 * participant, so families stay countable on the hub without their names.
 */
export function familyPseudonyms(participants: readonly Participant[]): Map<string, string> {
  const keys = new Map<string, string>();
  const ordered = [...participants].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  );
  for (const participant of ordered) {
    const family = participant.draft.familyGroup.toLocaleLowerCase();
    if (!keys.has(family)) keys.set(family, pseudonym(participant.id, 'F'));
  }
  return keys;
}

/**
 * What may be queued for the hub: names, family group labels, special needs and intake leave
 * the tablet only with recorded consent to share; without it the record is pseudonymous.
 */
export function participantForHub(
  participant: Participant,
  consents: readonly ConsentEvent[],
  families: ReadonlyMap<string, string>,
): HubParticipant {
  const shared = mayShare(consents.filter((event) => event.participantId === participant.id));
  const { draft } = participant;
  const familyKey =
    families.get(draft.familyGroup.toLocaleLowerCase()) ?? pseudonym(participant.id, 'F');
  return {
    id: participant.id,
    cohortId: participant.cohortId,
    version: participant.version,
    name: shared ? draft.name : pseudonym(participant.id),
    shared,
    familyGroup: shared ? draft.familyGroup : familyKey,
    familyKey,
    ageBand: draft.ageBand,
    gender: draft.gender,
    languages: draft.languages,
    literacy: draft.literacy,
    ...(shared ? { intake: draft.intake, specialNeeds: draft.specialNeeds } : {}),
  };
}
