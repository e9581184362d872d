import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { WaypointDatabase } from '../../../src/client/db/database.ts';
import { LessonProgressRepository } from '../../../src/client/db/lesson-progress-repository.ts';
import type { LessonProgress } from '../../../src/domain/lesson-progress.ts';

const opened: WaypointDatabase[] = [];
let clock = new Date('2026-11-23T09:00:00Z');

function openRepository(name: string) {
  const db = new WaypointDatabase(name);
  opened.push(db);
  return new LessonProgressRepository(db, () => clock);
}

afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

describe('LessonProgressRepository', () => {
  it('keeps progress after the database is closed and opened again (a reload)', async () => {
    await openRepository('reload').record('tablet', 'canada/adult/housing/rent', 'open');
    clock = new Date('2026-11-23T09:05:00Z');
    await openRepository('reload').record('tablet', 'canada/adult/housing/rent', 'complete');
    opened[0]?.close();
    opened[1]?.close();

    const rows = await new WaypointDatabase('reload').lessonProgress.toArray();
    expect(rows).toEqual([
      {
        learnerId: 'tablet',
        lessonKey: 'canada/adult/housing/rent',
        state: 'completed',
        openedAt: '2026-11-23T09:00:00.000Z',
        completedAt: '2026-11-23T09:05:00.000Z',
      },
    ]);
  });

  it('does not undo a completion when the lesson is opened again', async () => {
    const repository = openRepository('reopen');
    await repository.record('tablet', 'k', 'complete');
    const again = await repository.record('tablet', 'k', 'open');
    expect(again.state).toBe('completed');
  });

  it('keeps learners apart and streams only the lessons asked for', async () => {
    const repository = openRepository('watch');
    await repository.record('tablet', 'a', 'open');
    await repository.record('amina', 'a', 'complete');
    await repository.record('tablet', 'elsewhere', 'complete');

    const seen = await new Promise<LessonProgress[]>((resolve) => {
      const subscription = repository.watch('tablet', ['a', 'b']).subscribe((rows) => {
        subscription.unsubscribe();
        resolve(rows);
      });
    });
    expect(seen.map((row) => [row.learnerId, row.lessonKey, row.state])).toEqual([
      ['tablet', 'a', 'opened'],
    ]);
  });
});
