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
  it('keeps the tablet’s copy when the hub’s is older, or the same version with an edit still to send', () => {
    expect(
      participantFromHub(fromHub({ version: 1 }), { ...local, version: 2 }, receivedAt, false),
    ).toBeUndefined();
    expect(participantFromHub(fromHub({ version: 1 }), local, receivedAt, true)).toBeUndefined();
  });

  it('takes a newer pseudonymous version’s fields but keeps the name, family, needs and intake recorded here', () => {
    const merged = participantFromHub(fromHub({}), local, receivedAt, false);
    expect(merged).toMatchObject({
      version: 2,
      createdAt: local.createdAt,
      updatedAt: receivedAt,
      draft: { ...local.draft, literacy: 'functional' },
    });
    expect(merged).not.toHaveProperty('fromHub');
  });

  it('leaves a name recorded here alone when the hub erases it at the same version', () => {
    const erased = fromHub({ version: 1, literacy: 'basic' });
    expect(participantFromHub(erased, local, receivedAt, false)).toBeUndefined();
  });

  it('takes a newer shared version whole', () => {
    const shared = fromHub({ name: 'Amina H.', shared: true, familyGroup: 'Haddad', intake: {} });
    expect(participantFromHub(shared, local, receivedAt, false)?.draft).toEqual({
      ...local.draft,
      name: 'Amina H.',
      literacy: 'functional',
      specialNeeds: undefined,
      intake: {},
    });
  });

  it('adds a participant the tablet has never seen, as the hub holds them, marked as the hub’s', () => {
    expect(participantFromHub(fromHub({}), undefined, receivedAt, false)).toMatchObject({
      createdAt: receivedAt,
      fromHub: true,
      draft: { name: 'P-0000abcd', familyGroup: 'F-00000001', intake: {} },
    });
  });

  it('gives up a name it only had from the hub when the hub erases it (a withdrawal)', () => {
    const pulledNamed = participantFromHub(
      fromHub({
        version: 1,
        name: 'Amina',
        shared: true,
        familyGroup: 'Haddad',
        intake: { employment: 'Tailor' },
      }),
      undefined,
      receivedAt,
      false,
    );
    const erased = participantFromHub(fromHub({ version: 1 }), pulledNamed, receivedAt, false);
    expect(erased?.draft).toMatchObject({
      name: 'P-0000abcd',
      familyGroup: 'F-00000001',
      intake: {},
    });
    expect(erased?.fromHub).toBe(true);
  });
});

describe('cohorts pulled from the hub', () => {
  const cohort = { id: cohortId, version: 2, draft: { location: 'A' } } as unknown as Cohort;
  it('replaces an older version, and the same version the hub settled differently', () => {
    expect(cohortFromHub(cohort, { ...cohort, version: 1 }, false)).toBe(cohort);
    expect(cohortFromHub(cohort, { ...cohort }, false)).toBeUndefined();
    const settled = { ...cohort, draft: { location: 'B' } } as unknown as Cohort;
    expect(cohortFromHub(settled, cohort, false)).toBe(settled);
    expect(cohortFromHub(settled, cohort, true)).toBeUndefined();
    expect(cohortFromHub(cohort, undefined, false)).toBe(cohort);
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
