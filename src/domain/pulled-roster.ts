import type { Cohort } from './cohort.ts';
import type { HubParticipant } from './participant-for-hub.ts';
import type { Participant } from './participant.ts';

// How records pulled from the hub join what the tablet holds. The tablet's own copy is never
// made poorer: an older or equal version is ignored, and a pseudonymous newer version keeps
// the name, family, needs and intake this tablet already knows (they never left it).

/** The cohort to store, or undefined to keep the tablet's. */
export function cohortFromHub(pulled: Cohort, local: Cohort | undefined): Cohort | undefined {
  return local && local.version >= pulled.version ? undefined : pulled;
}

/** The participant to store, or undefined to keep the tablet's. */
export function participantFromHub(
  pulled: HubParticipant,
  local: Participant | undefined,
  receivedAt: string,
): Participant | undefined {
  if (local && local.version >= pulled.version) return undefined;
  const fromHub = {
    name: pulled.name,
    familyGroup: pulled.familyGroup,
    ageBand: pulled.ageBand,
    gender: pulled.gender,
    languages: pulled.languages,
    literacy: pulled.literacy,
    ...(pulled.specialNeeds === undefined ? {} : { specialNeeds: pulled.specialNeeds }),
    intake: pulled.intake ?? {},
  };
  const kept =
    local && !pulled.shared
      ? {
          name: local.draft.name,
          familyGroup: local.draft.familyGroup,
          ...(local.draft.specialNeeds === undefined
            ? {}
            : { specialNeeds: local.draft.specialNeeds }),
          intake: local.draft.intake,
        }
      : {};
  return {
    id: pulled.id,
    cohortId: pulled.cohortId,
    version: pulled.version,
    createdAt: local?.createdAt ?? receivedAt,
    updatedAt: receivedAt,
    draft: { ...fromHub, ...kept },
  };
}
