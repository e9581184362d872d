import 'fake-indexeddb/auto';
import { afterEach, expect, it } from 'vitest';
import { AttendanceRepository } from '../../../src/client/db/attendance-repository.ts';
import { WaypointDatabase } from '../../../src/client/db/database.ts';
import { currentMarks, markFor } from '../../../src/domain/attendance.ts';

const databases: WaypointDatabase[] = [];
afterEach(async () => {
  for (const db of databases.splice(0)) await db.delete();
});

const cohortId = '0193a8f0-0000-7000-8000-0000000000c0';
const people = ['a1', 'b2', 'c3'].map((s) => `0193a8f0-0000-7000-8000-0000000000${s}`);

it('appends marks with their outbox entries; a correction supersedes without erasing', async () => {
  const db = new WaypointDatabase(`attendance-${Math.random()}`);
  databases.push(db);
  let tick = Date.UTC(2026, 11, 1, 9);
  const register = new AttendanceRepository(db, {
    now: () => new Date((tick += 1000)),
    random: () => crypto.getRandomValues(new Uint8Array(10)),
  });
  await register.mark(
    cohortId,
    1,
    people.map((participantId) => ({ participantId, status: 'present' as const })),
  );
  await register.mark(cohortId, 1, [{ participantId: people[1]!, status: 'late' }]);

  const marks = await register.inCohort(cohortId);
  expect(marks).toHaveLength(4);
  expect(markFor(currentMarks(marks), people[1]!, 1)?.status).toBe('late');
  expect(
    await db.outbox
      .where('recordId')
      .anyOf(marks.map((m) => m.id))
      .count(),
  ).toBe(4);
});
