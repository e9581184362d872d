import { describe, expect, it } from 'vitest';
import {
  currentDeliveries,
  dayNotes,
  deliveredModules,
  deliveryKey,
  modulesByDay,
  type SessionEvent,
} from '../../../src/domain/course-day.ts';

const plans = {
  'three-day': [['a', 'b'], ['c', 'd'], ['e']],
  'five-day': [['a'], ['b'], ['c'], ['d'], ['e']],
};

describe('modulesByDay', () => {
  it.each<[number, string[][]]>([
    [3, [['a', 'b'], ['c', 'd'], ['e']]],
    [5, [['a'], ['b'], ['c'], ['d'], ['e']]],
    [
      2,
      [
        ['a', 'b'],
        ['c', 'd', 'e'],
      ],
    ],
    [4, [['a', 'b'], ['c', 'd'], ['e'], []]],
    [6, [['a'], ['b'], ['c'], ['d'], ['e'], []]],
  ])('a %i-day course', (days, expected) => {
    expect(modulesByDay(plans, days)).toEqual(expected);
  });
});

const base = { cohortId: '0193a8f0-0000-7000-8000-0000000000c0' };
let n = 0;
const id = () => `0193a8f0-0000-7000-8000-${String(++n).padStart(12, '0')}`;

describe('session events', () => {
  it('takes the latest tick per module, so a mistaken tick can be undone', () => {
    const events: SessionEvent[] = [
      {
        ...base,
        kind: 'delivered',
        id: id(),
        day: 1,
        audience: 'adult',
        moduleId: 'a',
        delivered: true,
        recordedAt: '2026-12-01T10:00:00.000Z',
      },
      {
        ...base,
        kind: 'delivered',
        id: id(),
        day: 1,
        audience: 'adult',
        moduleId: 'b',
        delivered: true,
        recordedAt: '2026-12-01T10:01:00.000Z',
      },
      {
        ...base,
        kind: 'delivered',
        id: id(),
        day: 1,
        audience: 'adult',
        moduleId: 'b',
        delivered: false,
        recordedAt: '2026-12-01T10:02:00.000Z',
      },
    ];
    expect(deliveredModules(events)).toEqual(new Set([deliveryKey(1, 'adult', 'a')]));
    expect(currentDeliveries(events)).toEqual(
      new Map([
        [deliveryKey(1, 'adult', 'a'), events[0]],
        [deliveryKey(1, 'adult', 'b'), events[2]],
      ]),
    );
  });

  it('shows the latest notes of a day', () => {
    const events: SessionEvent[] = [
      {
        ...base,
        kind: 'notes',
        id: id(),
        day: 1,
        text: 'first',
        recordedAt: '2026-12-01T10:00:00.000Z',
      },
      {
        ...base,
        kind: 'notes',
        id: id(),
        day: 1,
        text: 'second',
        recordedAt: '2026-12-01T11:00:00.000Z',
      },
      {
        ...base,
        kind: 'notes',
        id: id(),
        day: 2,
        text: 'other day',
        recordedAt: '2026-12-02T11:00:00.000Z',
      },
    ];
    expect(dayNotes(events, 1)).toBe('second');
    expect(dayNotes(events, 3)).toBe('');
  });
});
