import { describe, expect, it } from 'vitest';
import { newAccountSchema, normaliseEmail } from '../../../src/domain/account.ts';
import {
  sessionExpiry,
  SESSION_IDLE_MS,
  SESSION_MAX_MS,
} from '../../../src/domain/account-session.ts';

const message = (input: unknown) =>
  newAccountSchema.safeParse(input).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

describe('a new account', () => {
  const operator = {
    email: '  Rania@Example.ORG ',
    role: 'operator',
    organisation: null,
    password: 'twelve chars',
  };

  it('keeps its email trimmed and in lower case', () => {
    expect(newAccountSchema.parse(operator).email).toBe('rania@example.org');
    expect(normaliseEmail(' A@B.Org')).toBe('a@b.org');
  });

  it.each([
    [{ password: 'eleven char' }, 'password: the password must be at least 12 characters'],
    [{ password: 'x'.repeat(257) }, 'password: the password must be at most 256 characters'],
    [{ email: 'rania' }, 'email: the email address is not valid (name@example.org)'],
    [
      { role: 'partner' },
      'organisation: a partner account needs its organisation',
      'destination: a partner account needs its destination country',
    ],
    [
      { role: 'partner', organisation: ' ', destination: 'Canada' },
      'organisation: a partner account needs its organisation',
      'destination: the destination is a content id, e.g. canada',
    ],
    [
      { role: 'partner', organisation: 'x'.repeat(201), destination: 'canada' },
      'organisation: the organisation is at most 200 characters',
    ],
  ])('refuses %j, saying what is wrong', (change, ...expected) => {
    expect(message({ ...operator, ...change })).toEqual(expected);
  });

  it('takes a partner with its organisation, destination and cities', () => {
    expect(
      newAccountSchema.parse({
        ...operator,
        role: 'partner',
        organisation: ' COSTI ',
        destination: 'canada',
        cities: [' Ottawa '],
      }),
    ).toMatchObject({ organisation: 'COSTI', destination: 'canada', cities: ['Ottawa'] });
  });
});

describe('sessionExpiry', () => {
  const created = new Date('2026-12-01T08:00:00.000Z');

  it('ends a session after its idle time, counted from the last use', () => {
    const used = new Date(created.getTime() + 3_600_000);
    expect(sessionExpiry(created, used).getTime()).toBe(used.getTime() + SESSION_IDLE_MS);
  });

  it('never lets use carry a session past its fixed end', () => {
    const late = new Date(created.getTime() + SESSION_MAX_MS - 60_000);
    expect(sessionExpiry(created, late).getTime()).toBe(created.getTime() + SESSION_MAX_MS);
  });
});
