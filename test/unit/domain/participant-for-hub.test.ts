import { describe, expect, it } from 'vitest';
import { currentConsent, type ConsentEvent } from '../../../src/domain/consent.ts';
import { isDuplicate, type Participant } from '../../../src/domain/participant.ts';
import { familyPseudonyms, participantForHub } from '../../../src/domain/participant-for-hub.ts';

const amina: Participant = {
  id: '0193a8f0-0000-7000-8000-00000000a1a1',
  cohortId: '0193a8f0-0000-7000-8000-0000000000c0',
  version: 1,
  createdAt: '2026-12-01T09:00:00.000Z',
  updatedAt: '2026-12-01T09:00:00.000Z',
  draft: {
    name: 'Amina',
    familyGroup: 'Haddad',
    ageBand: '18-59',
    gender: 'female',
    languages: ['ar'],
    literacy: 'basic',
    specialNeeds: 'Reading glasses',
    intake: { education: 'secondary', employment: 'Tailor for 12 years' },
  },
};
const omar: Participant = {
  ...amina,
  id: '0193a8f0-0000-7000-8000-00000000b2b2',
  createdAt: '2026-12-01T09:05:00.000Z',
  draft: { ...amina.draft, name: 'Omar', gender: 'male' },
};

const consent = (granted: boolean, recordedAt: string): ConsentEvent => ({
  id: `0193a8f0-0000-7000-8000-${recordedAt.slice(11, 13)}${recordedAt.slice(14, 16)}00000000`,
  participantId: amina.id,
  purpose: 'share-with-partner',
  granted,
  date: recordedAt.slice(0, 10),
  explainedBy: 'Rania',
  language: 'ar',
  recordedAt,
});

const families = familyPseudonyms([omar, amina]);

describe('participantForHub', () => {
  it('without consent, no name, family name, special needs or intake leaves the tablet', () => {
    const queued = participantForHub(amina, [], families);
    const text = JSON.stringify(queued);
    for (const secret of ['Amina', 'Haddad', 'Reading glasses', 'Tailor'])
      expect(text).not.toContain(secret);
    expect(queued).toMatchObject({
      name: 'P-0000a1a1',
      shared: false,
      ageBand: '18-59',
      literacy: 'basic',
    });
  });

  it('keeps a family together under one pseudonym, taken from its first member', () => {
    expect(participantForHub(amina, [], families).familyGroup).toBe(
      participantForHub(omar, [], families).familyGroup,
    );
    expect(participantForHub(omar, [], families).familyGroup).toBe('F-0000a1a1');
  });

  it('with consent to share, name and intake go to the partner', () => {
    const queued = participantForHub(amina, [consent(true, '2026-12-01T10:00:00.000Z')], families);
    expect(queued).toMatchObject({ name: 'Amina', familyGroup: 'Haddad', shared: true });
    expect(queued.intake?.employment).toBe('Tailor for 12 years');
  });

  it('a later withdrawal wins over the earlier consent', () => {
    const events = [
      consent(true, '2026-12-01T10:00:00.000Z'),
      consent(false, '2026-12-02T08:00:00.000Z'),
    ];
    expect(currentConsent(events)?.granted).toBe(false);
    expect(participantForHub(amina, events, families).name).toBe('P-0000a1a1');
  });

  it('only the participant’s own consent counts', () => {
    const forOmar = { ...consent(true, '2026-12-01T10:00:00.000Z'), participantId: omar.id };
    expect(participantForHub(amina, [forOmar], families).shared).toBe(false);
  });
});

describe('isDuplicate', () => {
  it('finds the same name in the same family, whatever the case', () => {
    expect(isDuplicate({ ...amina.draft, name: 'amina' }, [amina, omar])).toBe(true);
    expect(isDuplicate({ ...amina.draft, familyGroup: 'Other' }, [amina, omar])).toBe(false);
    expect(isDuplicate(amina.draft, [amina, omar], amina.id)).toBe(false);
  });
});
