import { describe, expect, it } from 'vitest';
import type { Cohort } from '../../../src/domain/cohort.ts';
import type { HubParticipant } from '../../../src/domain/participant-for-hub.ts';
import type { Participant } from '../../../src/domain/participant.ts';
import { cohortFromHub, participantFromHub } from '../../../src/domain/pulled-roster.ts';
import { outdatedBundles } from '../../../src/domain/bundle-manifest.ts';

const id = '01938a00-0000-7000-8000-00000000abcd';
const cohortId = '01938a00-0000-7000-8000-000000000001';
const receivedAt = '2026-12-03T10:00:00.000Z';

const local: Participant = {
  id,
  cohortId,
  version: 1,
  createdAt: '2026-12-01T08:00:00.000Z',
  updatedAt: '2026-12-01T08:00:00.000Z',
  draft: {
    name: 'Amina',
    familyGroup: 'Haddad',
    ageBand: '18-59',
    gender: 'female',
    languages: ['ar'],
    literacy: 'basic',
    specialNeeds: 'reading glasses',
    intake: { employment: 'Tailor' },
  },
};

const fromHub = (changes: Partial<HubParticipant>): HubParticipant => ({
  id,
  cohortId,
  version: 2,
  name: 'P-0000abcd',
  shared: false,
  familyGroup: 'F-00000001',
  ageBand: '18-59',
  gender: 'female',
  languages: ['ar'],
  literacy: 'functional',
  ...changes,
});

describe('participants pulled from the hub', () => {
  it('keeps the tablet’s copy when the hub’s is not newer', () => {
    expect(participantFromHub(fromHub({ version: 1 }), local, receivedAt)).toBeUndefined();
  });

  it('takes a newer pseudonymous version’s fields but keeps the name, family, needs and intake', () => {
    const merged = participantFromHub(fromHub({}), local, receivedAt);
    expect(merged).toMatchObject({
      version: 2,
      createdAt: local.createdAt,
      updatedAt: receivedAt,
      draft: { ...local.draft, literacy: 'functional' },
    });
  });

  it('takes a newer shared version whole', () => {
    const shared = fromHub({ name: 'Amina H.', shared: true, familyGroup: 'Haddad', intake: {} });
    expect(participantFromHub(shared, local, receivedAt)?.draft).toEqual({
      ...local.draft,
      name: 'Amina H.',
      literacy: 'functional',
      specialNeeds: undefined,
      intake: {},
    });
  });

  it('adds a participant the tablet has never seen, as the hub holds them', () => {
    expect(participantFromHub(fromHub({}), undefined, receivedAt)).toMatchObject({
      createdAt: receivedAt,
      draft: { name: 'P-0000abcd', familyGroup: 'F-00000001', intake: {} },
    });
  });
});

describe('cohorts pulled from the hub', () => {
  const cohort = { id: cohortId, version: 2 } as Cohort;
  it('replaces only an older version', () => {
    expect(cohortFromHub(cohort, { ...cohort, version: 1 })).toBe(cohort);
    expect(cohortFromHub(cohort, { ...cohort, version: 2 })).toBeUndefined();
    expect(cohortFromHub(cohort, undefined)).toBe(cohort);
  });
});

describe('content the hub offers', () => {
  it('names installed courses the hub serves in another version, and nothing else', () => {
    const offered = [
      { id: 'canada-ar', version: 'a1' },
      { id: 'canada-en', version: 'b2' },
      { id: 'canada-fr', version: 'c1' },
    ];
    const installed = [
      { id: 'canada-ar', version: 'a1' },
      { id: 'canada-en', version: 'b1' },
      { id: 'germany-ar', version: 'd1' },
    ];
    expect(outdatedBundles(offered, installed)).toEqual(['canada-en']);
  });
});
