import { describe, expect, it } from 'vitest';
import { participantTable } from '../../../src/domain/cohort-export.ts';
import { cohortProfile, type ProfileCurriculum } from '../../../src/domain/cohort-profile.ts';
import type { CohortRecords } from '../../../src/domain/cohort-records.ts';
import type { HubParticipant } from '../../../src/domain/participant-for-hub.ts';
import { questionTheme } from '../../../src/domain/question-theme.ts';

const cohortId = '01938a00-0000-7000-8000-000000000001';
const id = (n: number) => `01938a00-0000-7000-8000-${String(n).padStart(12, '0')}`;
const at = (day: number) => `2026-12-0${day}T09:00:00.000Z`;

const person = (n: number, changes: Partial<HubParticipant> = {}): HubParticipant => ({
  id: id(100 + n),
  cohortId,
  version: 1,
  name: `P-0000010${n}`,
  shared: false,
  familyGroup: `F-0000000${Math.ceil(n / 2)}`,
  ageBand: n === 4 ? '5-11' : '18-59',
  gender: n % 2 ? 'female' : 'male',
  languages: ['ar'],
  literacy: n === 3 ? 'none' : 'basic',
  ...changes,
});

const curriculum: ProfileCurriculum = new Map([
  ['housing', { topic: 'housing', objectives: ['rent-on-time', 'tenant-rights'] }],
  ['gbv-help', { topic: 'gbv', objectives: ['gbv-not-your-fault', 'gbv-where-help'] }],
]);

const amina = person(1, {
  name: 'Amina',
  shared: true,
  familyGroup: 'Haddad',
  intake: { education: 'secondary', employment: 'Tailor' },
});
const withdrawn = person(2, { name: 'Omar', shared: true, familyGroup: 'Haddad', intake: {} });
const answer = (n: number, objective: string, test: 'pre' | 'post', correct: boolean) => ({
  id: id(500 + n),
  cohortId,
  participantId: id(101 + (n % 4)),
  itemId: `${objective}-a`,
  objective,
  test,
  correct,
  recordedAt: at(test === 'pre' ? 1 : 3),
});

const records: CohortRecords = {
  cohort: {
    id: cohortId,
    version: 2,
    createdAt: at(1),
    updatedAt: at(1),
    draft: {
      destination: 'canada',
      audiences: ['adult'],
      location: 'Amman centre',
      languages: ['ar'],
      courseStart: '2026-12-01',
      courseEnd: '2026-12-03',
      departure: '2026-12-10',
      destinationCity: 'Ottawa',
    },
  },
  participants: [amina, withdrawn, person(3), person(4)],
  consents: [
    {
      id: id(201),
      participantId: amina.id,
      purpose: 'share-with-partner',
      granted: true,
      date: '2026-12-01',
      explainedBy: 'Rania',
      language: 'ar',
      recordedAt: at(1),
    },
    {
      id: id(202),
      participantId: withdrawn.id,
      purpose: 'share-with-partner',
      granted: true,
      date: '2026-12-01',
      explainedBy: 'Rania',
      language: 'ar',
      recordedAt: at(1),
    },
    // Withdrawn later: not named, even if a named version lingered.
    {
      id: id(203),
      participantId: withdrawn.id,
      purpose: 'share-with-partner',
      granted: false,
      date: '2026-12-02',
      explainedBy: 'Rania',
      language: 'ar',
      recordedAt: at(2),
    },
  ],
  attendance: [1, 2, 3].flatMap((day) =>
    [1, 2, 3, 4].map((n) => ({
      id: id(300 + day * 10 + n),
      cohortId,
      participantId: id(100 + n),
      day,
      status:
        n === 3 && day === 2
          ? ('absent' as const)
          : n === 4 && day === 3
            ? ('late' as const)
            : ('present' as const),
      recordedAt: at(day),
    })),
  ),
  sessions: [
    {
      kind: 'delivered',
      id: id(401),
      cohortId,
      day: 1,
      audience: 'adult',
      moduleId: 'housing',
      delivered: true,
      recordedAt: at(1),
    },
    {
      kind: 'delivered',
      id: id(402),
      cohortId,
      day: 3,
      audience: 'adult',
      moduleId: 'gbv-help',
      delivered: true,
      recordedAt: at(3),
    },
    {
      kind: 'delivered',
      id: id(403),
      cohortId,
      day: 2,
      audience: 'adult',
      moduleId: 'health',
      delivered: true,
      recordedAt: at(2),
    },
    // Ticked by mistake, then unticked: not part of the course as delivered.
    {
      kind: 'delivered',
      id: id(404),
      cohortId,
      day: 2,
      audience: 'adult',
      moduleId: 'health',
      delivered: false,
      recordedAt: at(3),
    },
  ],
  answers: [
    ...[0, 1, 2, 3].map((n) => answer(n, 'rent-on-time', 'pre', n === 0)),
    ...[4, 5, 6, 7].map((n) => answer(n, 'rent-on-time', 'post', true)),
    ...[8, 9, 10, 11].map((n) => answer(n, 'tenant-rights', 'pre', false)),
    ...[12, 13, 14, 15].map((n) => answer(n, 'tenant-rights', 'post', n < 14)),
  ],
  feedback: [
    { id: id(601), cohortId, day: 1, satisfaction: 4, helpedMost: 'housing' },
    { id: id(602), cohortId, day: 1, satisfaction: 5, helpedMost: 'housing' },
    { id: id(603), cohortId, day: 2, satisfaction: 3 },
  ],
  questions: [
    { id: id(701), cohortId, day: 1, text: 'Who pays the rent for the first month?' },
    { id: id(702), cohortId, day: 2, text: 'Can my wife see a female doctor?' },
    { id: id(703), cohortId, day: 2, recording: { audioBase64: 'AAAA', mimeType: 'audio/webm' } },
  ],
  gbvDeliveries: [
    {
      id: id(801),
      cohortId,
      moduleId: 'gbv-help',
      date: '2026-12-03',
      group: 'everyone',
      attending: 4,
      reemphasise: ['gbv-not-your-fault', 'gbv-where-help'],
    },
  ],
};

describe('a cohort profile', () => {
  const profile = cohortProfile(records, curriculum, '2026-12-05');

  it('describes who is coming: families, ages, genders, languages, literacy', () => {
    expect(profile).toMatchObject({
      status: 'awaiting-departure',
      size: 4,
      families: 2,
      ageBands: { '18-59': 3, '5-11': 1 },
      genders: { female: 2, male: 2 },
      languages: [{ language: 'ar', count: 4 }],
      literacy: { none: 1, basic: 3 },
    });
  });

  it('counts days attended (late counts) and the share who came every day', () => {
    expect(profile.attendance.map((a) => a.daysAttended)).toEqual([3, 3, 2, 3]);
    expect(profile.attendance[2]?.days).toEqual(['attended', 'absent', 'attended']);
    expect(profile.completionRate).toBe(0.75);
  });

  it('names only participants whose latest decision is to share', () => {
    expect(profile.attendance.filter((a) => a.shared).map((a) => a.label)).toEqual(['Amina']);
    expect(profile.intake.rows.map((row) => row.name)).toEqual(['Amina']);
    expect(profile.intake).toMatchObject({ consented: 1, education: { secondary: 1 } });
  });

  it('compares knowledge before and after per objective, and lists weak and GBV key messages', () => {
    expect(profile.knowledge).toEqual([
      {
        objective: 'rent-on-time',
        moduleId: 'housing',
        pre: { correct: 1, answered: 4 },
        post: { correct: 4, answered: 4 },
      },
      {
        objective: 'tenant-rights',
        moduleId: 'housing',
        pre: { correct: 0, answered: 4 },
        post: { correct: 2, answered: 4 },
      },
    ]);
    expect(profile.reemphasise).toEqual([
      { objective: 'tenant-rights', moduleId: 'housing', reason: 'weak', postShare: 0.5 },
      { objective: 'gbv-not-your-fault', moduleId: 'gbv-help', reason: 'gbv' },
      { objective: 'gbv-where-help', moduleId: 'gbv-help', reason: 'gbv' },
    ]);
  });

  it('summarises feedback and groups questions by theme, counting spoken ones apart', () => {
    expect(profile.feedback).toEqual({
      responses: 3,
      averageSatisfaction: 4,
      byDay: [
        { day: 1, responses: 2, average: 4.5 },
        { day: 2, responses: 1, average: 3 },
      ],
      helpedMost: [{ moduleId: 'housing', count: 2 }],
    });
    expect(profile.questions.byTheme).toEqual([
      { theme: 'health', count: 1 },
      { theme: 'housing', count: 1 },
      { theme: 'spoken', count: 1 },
    ]);
  });

  it('shows the course as delivered, without modules unticked', () => {
    expect(profile.plan).toEqual([
      { day: 1, modules: ['housing'] },
      { day: 3, modules: ['gbv-help'] },
    ]);
    expect(profile.gbvSessions).toEqual([{ date: '2026-12-03', group: 'everyone', attending: 4 }]);
  });
});

describe('a profile never trusts a name without a consent on the hub', () => {
  // A named version can arrive before its consent (another batch), or linger after a withdrawal.
  const early = person(3, {
    name: 'Yusuf',
    shared: true,
    familyGroup: 'Khalil',
    familyKey: 'F-00000009',
  });
  const withEarly = { ...records, participants: [amina, withdrawn, early, person(4)] };
  const profile = cohortProfile(withEarly, curriculum, '2026-12-05');

  it('shows the pseudonym in attendance and leaves the person out of the intake rows', () => {
    const row = profile.attendance.find((a) => a.participantId === early.id);
    expect(row).toMatchObject({ label: 'P-00000103', shared: false });
    expect(profile.intake.rows.map((r) => r.name)).toEqual(['Amina']);
  });

  it('writes neither name nor family label into the CSV', () => {
    const table = participantTable(withEarly, profile);
    expect(JSON.stringify(table.rows)).not.toMatch(/Yusuf|Khalil|Omar/);
    expect(table.rows[2]?.slice(0, 3)).toEqual(['P-00000103', 'no', 'F-00000009']);
  });
});

describe('the course as delivered', () => {
  it('counts a module taught to one track even when another track’s tick was taken back', () => {
    const sessions = [
      {
        kind: 'delivered' as const,
        id: id(901),
        cohortId,
        day: 2,
        audience: 'adult' as const,
        moduleId: 'health',
        delivered: true,
        recordedAt: at(2),
      },
      {
        kind: 'delivered' as const,
        id: id(902),
        cohortId,
        day: 2,
        audience: 'youth' as const,
        moduleId: 'health',
        delivered: true,
        recordedAt: at(2),
      },
      {
        kind: 'delivered' as const,
        id: id(903),
        cohortId,
        day: 2,
        audience: 'youth' as const,
        moduleId: 'health',
        delivered: false,
        recordedAt: at(3),
      },
    ];
    expect(cohortProfile({ ...records, sessions }, curriculum, '2026-12-05').plan).toEqual([
      { day: 2, modules: ['health'] },
    ]);
  });
});

describe('question themes', () => {
  it.each([
    ['When will I find a job?', 'employment-money'],
    ['هل يمكن لأطفالي الذهاب إلى المدرسة؟', 'education'],
    ['Combien coûte le loyer ?', 'housing'],
    ['Is it cold there?', 'other'],
  ])('%s → %s', (text, theme) => expect(questionTheme(text)).toBe(theme));
});
