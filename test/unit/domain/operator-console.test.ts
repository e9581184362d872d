import { describe, expect, it } from 'vitest';
import { conflictFields, parseCodeForm } from '../../../src/domain/operator-console.ts';

const now = new Date('2026-12-01T12:00:00.000Z');

describe('parseCodeForm', () => {
  it('reads a programme, the last valid day (to its end, UTC) and a count', () => {
    expect(
      parseCodeForm({ programme: ' Beirut 2026 ', expires: '2026-12-08', count: '3' }, now),
    ).toEqual({
      ok: true,
      value: {
        programme: 'Beirut 2026',
        expiresAt: new Date('2026-12-08T23:59:59.999Z'),
        count: 3,
      },
    });
  });

  it('takes today as the last day', () => {
    expect(parseCodeForm({ programme: 'X', expires: '2026-12-01', count: '1' }, now).ok).toBe(true);
  });

  it.each([
    [{ programme: ' ' }, { programme: 'programme' }],
    [{ programme: 'x'.repeat(201) }, { programme: 'programme' }],
    [{ expires: '' }, { expires: 'expires' }],
    [{ expires: '2026-02-30' }, { expires: 'expires' }],
    [{ expires: '2026-11-30' }, { expires: 'past' }],
    [{ count: '0' }, { count: 'count' }],
    [{ count: '51' }, { count: 'count' }],
    [{ count: '2.5' }, { count: 'count' }],
    [
      { programme: '', count: '' },
      { programme: 'programme', count: 'count' },
    ],
  ])('names each wrong field: %j', (change, errors) => {
    expect(
      parseCodeForm({ programme: 'X', expires: '2026-12-08', count: '1', ...change }, now),
    ).toEqual({ ok: false, errors });
  });
});

describe('conflictFields', () => {
  it('lists every field of either edit, marking those that differ', () => {
    expect(
      conflictFields(
        { id: 'p1', name: 'Amina', intake: { education: 'secondary' } },
        { id: 'p1', name: 'Aminah', languages: ['ar'] },
      ),
    ).toEqual([
      { field: 'id', held: '"p1"', incoming: '"p1"', differs: false },
      { field: 'name', held: '"Amina"', incoming: '"Aminah"', differs: true },
      { field: 'intake.education', held: '"secondary"', incoming: '', differs: true },
      { field: 'languages', held: '', incoming: '["ar"]', differs: true },
    ]);
  });
});
