import { WaypointDatabase } from '../db/database.ts';
import { ParticipantRepository } from '../db/participant-repository.ts';

let participants: ParticipantRepository | undefined;

/** The tablet's participants, made on first use (it needs the browser's IndexedDB). */
export function participantStore(): ParticipantRepository {
  participants ??= new ParticipantRepository(new WaypointDatabase());
  return participants;
}
