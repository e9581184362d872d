// Records as a tablet queues them, for the hub suite: valid by the shared schemas, with fresh
// ids each time.
import { randomBytes } from 'node:crypto';
import { uuidV7 } from '../../../src/domain/record-id.ts';
import type { PushedRecord, RecordKind } from '../../../src/domain/sync-protocol.ts';

let clock = Date.parse('2026-12-01T08:00:00.000Z');
export const newId = () => uuidV7((clock += 1), randomBytes(10));

export function pushed<Payload extends { id: string; version?: number }>(
  kind: RecordKind,
  payload: Payload,
  queuedAt = new Date(clock).toISOString(),
): PushedRecord {
  return {
    id: newId(),
    kind,
    recordId: payload.id,
    version: payload.version ?? 1,
    queuedAt,
    payload,
  };
}

export function cohortPayload(id = newId(), version = 1) {
  return {
    id,
    version,
    createdAt: '2026-12-01T08:00:00.000Z',
    updatedAt: '2026-12-01T08:00:00.000Z',
    draft: {
      destination: 'canada',
      audiences: ['adult'],
      location: 'Beirut training centre',
      languages: ['ar'],
      courseStart: '2026-12-01',
      courseEnd: '2026-12-03',
      departure: '2026-12-10',
      destinationCity: 'Ottawa',
    },
  };
}

export function participantPayload(cohortId: string, id = newId(), version = 1, shared = true) {
  return {
    id,
    cohortId,
    version,
    name: shared ? 'Amina' : `P-${id.replace(/-/g, '').slice(-8)}`,
    shared,
    familyGroup: shared ? 'Haddad' : 'F-00000001',
    ageBand: '18-59',
    gender: 'female',
    languages: ['ar'],
    literacy: 'basic',
    ...(shared ? { intake: { education: 'secondary', employment: 'Tailor' } } : {}),
  };
}

export function attendancePayload(cohortId: string, participantId: string, day = 1) {
  return {
    id: newId(),
    cohortId,
    participantId,
    day,
    status: 'present',
    recordedAt: new Date(clock).toISOString(),
  };
}

export function consentPayload(participantId: string, granted: boolean, recordedAt: string) {
  return {
    id: newId(),
    participantId,
    purpose: 'share-with-partner',
    granted,
    date: recordedAt.slice(0, 10),
    explainedBy: 'Rania',
    language: 'ar',
    recordedAt,
  };
}
