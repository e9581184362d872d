import { describe, expect, it } from 'vitest';
import {
  GBV_SESSION_HOURS,
  gbvDeliverySchema,
  gbvSessionEnd,
  isGbvOpenFor,
  parseGbvSession,
} from '../../../src/domain/gbv.ts';
import {
  isolatedNumber,
  referralContactSchema,
  telHref,
} from '../../../src/domain/referral-contact.ts';

const now = new Date('2026-12-07T09:00:00.000Z');
const session = {
  destination: 'canada',
  audiences: ['adult', 'youth'] as ('adult' | 'youth')[],
  group: 'women' as const,
  until: gbvSessionEnd(now),
};

describe('the GBV session a trainer opens', () => {
  it('lasts one session and opens only its own courses, never the child track', () => {
    expect(session.until).toBe(
      `2026-12-07T${String(9 + GBV_SESSION_HOURS).padStart(2, '0')}:00:00.000Z`,
    );
    expect(isGbvOpenFor(session, 'canada', 'adult', now)).toBe(true);
    expect(isGbvOpenFor(session, 'canada', 'youth', now)).toBe(true);
    expect(isGbvOpenFor(session, 'canada', 'child', now)).toBe(false);
    expect(isGbvOpenFor(session, 'germany', 'adult', now)).toBe(false);
    expect(isGbvOpenFor(session, 'canada', 'adult', new Date(session.until))).toBe(false);
    expect(isGbvOpenFor(undefined, 'canada', 'adult', now)).toBe(false);
  });

  it('counts anything stored that is not a session as closed', () => {
    expect(parseGbvSession(JSON.stringify(session))).toEqual(session);
    for (const stored of [
      null,
      '',
      'not json',
      '{"destination":"canada"}',
      JSON.stringify({ ...session, audiences: ['child'] }),
    ]) {
      expect(parseGbvSession(stored)).toBeUndefined();
    }
  });
});

describe('the one GBV record', () => {
  const delivery = {
    id: '5b0e7a0c-1d7e-4f4a-9a57-2f0f3c1d9e11',
    cohortId: '0193a8f0-0000-7000-8000-0000000000c0',
    moduleId: 'gbv-help',
    date: '2026-12-07',
    group: 'everyone',
    attending: 12,
    reemphasise: ['gbv-never-your-fault'],
  };

  it('holds a count and the key messages, and nothing that could name a person', () => {
    expect(gbvDeliverySchema.parse(delivery)).toEqual(delivery);
    expect(() => gbvDeliverySchema.parse({ ...delivery, learnerId: 'x' })).toThrow();
    expect(() => gbvDeliverySchema.parse({ ...delivery, date: '2026-12-07T09:12:00Z' })).toThrow();
  });

  it('says what is wrong with the number attending', () => {
    const message = (attending: unknown) =>
      gbvDeliverySchema.safeParse({ ...delivery, attending }).error?.issues[0]?.message;
    expect(message(0)).toBe('at least one person attends');
    expect(message(2.5)).toBe('a whole number of people');
    expect(message(101)).toBe('at most 100 people');
    expect(message(Number.NaN)).toBe('the number attending is required');
  });
});

describe('referral contacts on the help card', () => {
  it('take numbers as dialled and call them without spaces', () => {
    const contact = referralContactSchema.parse({
      id: '5b0e7a0c-1d7e-4f4a-9a57-2f0f3c1d9e12',
      name: ' Protection focal point ',
      phone: '+963 11-555 0100',
      addedAt: now.toISOString(),
    });
    expect(contact.name).toBe('Protection focal point');
    expect(telHref(contact.phone)).toBe('tel:+963115550100');
    expect(isolatedNumber('911')).toBe('\u2066911\u2069');
    expect(
      referralContactSchema.safeParse({ ...contact, phone: 'ask at desk' }).error?.issues[0]
        ?.message,
    ).toBe('digits, spaces, + and - only, as dialled');
  });
});
