import { WaypointDatabase } from '../db/database.ts';
import { SessionRepository } from '../db/session-repository.ts';

let sessions: SessionRepository | undefined;

/** The tablet's course-day sessions, made on first use (it needs the browser's IndexedDB). */
export function sessionStore(): SessionRepository {
  sessions ??= new SessionRepository(new WaypointDatabase());
  return sessions;
}
