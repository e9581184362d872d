// The GBV session open on this tablet, kept where BaseLayout's head script reads it before a
// page paints (see GBV_SESSION_KEY).
import {
  GBV_NOTE_KEY,
  GBV_SESSION_KEY,
  gbvSessionSchema,
  parseGbvSession,
  type GbvSession,
} from '../domain/gbv.ts';
import { GbvRepository } from './db/gbv-repository.ts';
import { tabletDatabase } from './db/tablet-database.ts';

let repository: GbvRepository | undefined;
export function gbvStore(): GbvRepository {
  repository ??= new GbvRepository(tabletDatabase());
  return repository;
}

/** The session open now, if any (an expired one counts as none). */
export function currentGbvSession(now = new Date()): GbvSession | undefined {
  const session = parseGbvSession(localStorage.getItem(GBV_SESSION_KEY));
  return session && new Date(session.until) > now ? session : undefined;
}

export function openGbvSession(session: GbvSession): void {
  localStorage.setItem(GBV_SESSION_KEY, JSON.stringify(gbvSessionSchema.parse(session)));
}

export function closeGbvSession(): void {
  localStorage.removeItem(GBV_SESSION_KEY);
}

/** A new learner reads the content note again: the last one's "read" does not carry over. */
export function forgetGbvNote(): void {
  sessionStorage.removeItem(GBV_NOTE_KEY);
}
