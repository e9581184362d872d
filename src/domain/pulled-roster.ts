import type { Cohort } from './cohort.ts';
import type { HubParticipant } from './participant-for-hub.ts';
import type { Participant } from './participant.ts';

// How records pulled from the hub join what the tablet holds. A newer version replaces an
// older one. The same version rewritten on the hub (a settled conflict, an erasure after a
// withdrawal) replaces it too, unless this tablet still has its own edit to send. Names this
// tablet recorded itself never give way to a pseudonym; names it only had from the hub do.

/** Equal as data, whatever the order of their keys. */
function sameData(a: unknown, b: unknown): boolean {
  const sorted = (value: unknown): unknown =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(
          Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .sort(([x], [y]) => x.localeCompare(y))
            .map(([k, v]) => [k, sorted(v)]),
        )
      : value;
  return JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
}

/** Whether the hub's version should be stored over the tablet's (or stored at all). */
function hubWins(
  pulled: { version: number },
  local: { version: number } | undefined,
  unsent: boolean,
): boolean {
  if (!local || pulled.version > local.version) return true;
  return pulled.version === local.version && !unsent;
}

/** The cohort to store, or undefined to keep the tablet's. */
export function cohortFromHub(
  pulled: Cohort,
  local: Cohort | undefined,
  unsent: boolean,
): Cohort | undefined {
  if (!hubWins(pulled, local, unsent) || sameData(pulled, local)) return undefined;
  return pulled;
}

/** The participant to store, or undefined to keep the tablet's. */
export function participantFromHub(
  pulled: HubParticipant,
  local: Participant | undefined,
  receivedAt: string,
  unsent: boolean,
): Participant | undefined {
  if (!hubWins(pulled, local, unsent)) return undefined;
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
  const recordedHere = local !== undefined && local.fromHub !== true;
  const draft =
    recordedHere && !pulled.shared
      ? {
          ...fromHub,
          name: local.draft.name,
          familyGroup: local.draft.familyGroup,
          ...(local.draft.specialNeeds === undefined
            ? {}
            : { specialNeeds: local.draft.specialNeeds }),
          intake: local.draft.intake,
        }
      : fromHub;
  if (local && local.version === pulled.version && sameData(draft, local.draft)) return undefined;
  return {
    id: pulled.id,
    cohortId: pulled.cohortId,
    version: pulled.version,
    createdAt: local?.createdAt ?? receivedAt,
    updatedAt: receivedAt,
    draft,
    ...(recordedHere ? {} : { fromHub: true as const }),
  };
}
