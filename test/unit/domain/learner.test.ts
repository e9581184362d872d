import { describe, expect, it } from 'vitest';
import type { Cohort } from '../../../src/domain/cohort.ts';
import {
  isIdle,
  learnerAvatar,
  registrationOrder,
  trackFor,
  trackForAge,
} from '../../../src/domain/learner.ts';
import type { Participant } from '../../../src/domain/participant.ts';

const cohort = (audiences: Cohort['draft']['audiences']): Cohort => ({
  id: '0193a8f0-0000-7000-8000-0000000000c0',
  version: 1,
  createdAt: '2026-12-01T09:00:00.000Z',
  updatedAt: '2026-12-01T09:00:00.000Z',
  draft: {
    destination: 'canada',
    audiences,
    location: 'Beirut',
    languages: ['ar'],
    courseStart: '2026-12-01',
    courseEnd: '2026-12-03',
    departure: '2026-12-10',
    destinationCity: 'Ottawa',
  },
});

const person = (
  id: string,
  ageBand: Participant['draft']['ageBand'],
  createdAt = '2026-12-01T09:00:00.000Z',
): Participant => ({
  id,
  cohortId: cohort(['adult']).id,
  version: 1,
  createdAt,
  updatedAt: createdAt,
  draft: {
    name: id,
    familyGroup: 'F',
    ageBand,
    gender: 'not-said',
    languages: ['ar'],
    literacy: 'none',
    intake: {},
  },
});

describe('learnerAvatar', () => {
  it('gives each of the first 64 learners a different picture', () => {
    const pictures = Array.from({ length: 64 }, (_, position) => learnerAvatar(position));
    expect(new Set(pictures.map((p) => `${p.colour}/${p.symbol}`)).size).toBe(64);
  });

  it('gives neighbours in the register a different symbol and colour, not colour alone', () => {
    for (let position = 0; position < 24; position += 1) {
      expect(learnerAvatar(position).colour).not.toBe(learnerAvatar(position + 1).colour);
      expect(learnerAvatar(position).symbol).not.toBe(learnerAvatar(position + 1).symbol);
    }
    expect(new Set(Array.from({ length: 8 }, (_, p) => learnerAvatar(p).symbol)).size).toBe(8);
  });
});

describe('trackFor', () => {
  it.each([
    ['5-11', ['adult', 'youth', 'child'], 'child'],
    ['12-17', ['adult', 'youth', 'child'], 'youth'],
    ['18-59', ['adult', 'youth'], 'adult'],
    ['60+', ['adult'], 'adult'],
    ['12-17', ['adult'], 'adult'],
    ['under-5', ['adult', 'child'], undefined],
  ] as const)('age %s in a cohort teaching %j takes %s', (age, audiences, track) => {
    expect(trackFor(person('p', age), cohort([...audiences]))).toBe(track);
    expect(trackForAge(age, audiences)).toBe(track);
  });
});

describe('registrationOrder', () => {
  it('orders by registration time, whatever order the records come in', () => {
    const later = person('b', '18-59', '2026-12-01T10:00:00.000Z');
    const earlier = person('a', '18-59', '2026-12-01T09:00:00.000Z');
    expect(registrationOrder([later, earlier]).map((p) => p.id)).toEqual(['a', 'b']);
  });
});

describe('isIdle', () => {
  const last = new Date('2026-12-01T09:00:00Z');
  it('is idle once the chosen minutes have passed without a tap', () => {
    expect(isIdle(last, new Date('2026-12-01T09:04:59Z'), 5)).toBe(false);
    expect(isIdle(last, new Date('2026-12-01T09:05:00Z'), 5)).toBe(true);
  });
});
