import validate from '@learninglocker/xapi-validation';
import { describe, expect, it } from 'vitest';
import type { AttendanceMark } from '../../../src/domain/attendance.ts';
import type { CohortRecords } from '../../../src/domain/cohort-records.ts';
import type { SessionEvent } from '../../../src/domain/course-day.ts';
import type { HubParticipant } from '../../../src/domain/participant-for-hub.ts';
import type { QuizAnswer } from '../../../src/domain/results.ts';
import {
  cohortStatements,
  xapiVerbs,
  type StatementOptions,
  type XapiStatement,
} from '../../../src/domain/xapi-statements.ts';
import { statementId } from '../../../src/server/partner/statement-ids.ts';

let n = 0;
const id = () => `0193a8f0-0000-7000-8000-${String(++n).padStart(12, '0')}`;
const cohortId = id();
const at = (day: number, time: string) => `2026-12-0${day}T${time}:00.000Z`;

function participant(name: string, ageBand: HubParticipant['ageBand']): HubParticipant {
  return {
    id: id(),
    cohortId,
    version: 1,
    name,
    shared: true,
    familyGroup: `${name} family`,
    ageBand,
    gender: 'female',
    languages: ['ar'],
    literacy: 'basic',
    intake: { employment: `${name}'s trade` },
  };
}
const amina = participant('Amina', '18-59');
const omar = participant('Omar', '12-17');
const sami = participant('Sami', '60+');
const baby = participant('Baby', 'under-5');

const mark = (
  who: { id: string },
  day: number,
  status: AttendanceMark['status'],
  time = '08:00',
): AttendanceMark => ({
  id: id(),
  cohortId,
  participantId: who.id,
  day,
  status,
  recordedAt: at(day, time),
});
const delivered = (
  day: number,
  audience: 'adult' | 'youth',
  moduleId: string,
  flag = true,
  time = '16:00',
): SessionEvent => ({
  kind: 'delivered',
  id: id(),
  cohortId,
  day,
  audience,
  moduleId,
  delivered: flag,
  recordedAt: at(day, time),
});
const answer = (
  who: { id: string },
  objective: string,
  test: 'pre' | 'post',
  correct: boolean,
  time: string,
): QuizAnswer => ({
  id: id(),
  cohortId,
  participantId: who.id,
  itemId: `${objective}-a`,
  objective,
  test,
  correct,
  recordedAt: at(test === 'pre' ? 1 : 2, time),
});

const aminaDay2 = mark(amina, 2, 'late', '09:30');
const records: CohortRecords = {
  cohort: {
    id: cohortId,
    version: 1,
    createdAt: at(1, '07:00'),
    updatedAt: at(1, '07:00'),
    draft: {
      destination: 'canada',
      audiences: ['adult', 'youth'],
      location: 'Beirut training centre',
      languages: ['ar'],
      courseStart: '2026-12-01',
      courseEnd: '2026-12-02',
      departure: '2026-12-10',
      destinationCity: 'Ottawa',
    },
  },
  participants: [amina, omar, sami, baby],
  consents: [],
  attendance: [
    mark(amina, 1, 'present'),
    mark(amina, 2, 'absent'),
    aminaDay2,
    mark(omar, 1, 'present'),
    mark(omar, 1, 'late', '08:10'),
    mark(sami, 1, 'present'),
    mark(sami, 2, 'left-early'),
    mark(baby, 1, 'present'),
    mark({ id: id() }, 1, 'present'),
  ],
  sessions: [
    // Health is taught over both adult days; housing was ticked for adults by mistake.
    delivered(1, 'adult', 'health'),
    delivered(2, 'adult', 'health'),
    delivered(1, 'adult', 'housing'),
    delivered(1, 'adult', 'housing', false, '16:05'),
    delivered(1, 'adult', 'gbv-help'),
    delivered(1, 'youth', 'housing'),
    {
      kind: 'notes',
      id: id(),
      cohortId,
      day: 1,
      text: 'Amina asked about clinics',
      recordedAt: at(1, '17:00'),
    },
  ],
  answers: [
    answer(amina, 'find-clinic', 'pre', false, '08:30'),
    answer(amina, 'find-clinic', 'pre', true, '08:40'),
    answer(amina, 'find-clinic', 'post', true, '15:00'),
    answer(omar, 'retired-objective', 'pre', true, '08:30'),
    answer(amina, 'gbv-rights', 'post', true, '15:05'),
  ],
  feedback: [],
  questions: [],
  gbvDeliveries: [
    {
      id: id(),
      cohortId,
      moduleId: 'gbv-help',
      date: '2026-12-01',
      group: 'women',
      attending: 9,
      reemphasise: ['gbv-rights'],
    },
  ],
};

const base = 'https://hub.example.org/xapi';
const options: StatementOptions = {
  activityBase: `${base}/`,
  homePage: 'https://hub.example.org',
  moduleOfObjective: new Map([
    ['find-clinic', 'health'],
    ['gbv-rights', 'gbv-help'],
  ]),
  gbvModules: new Set(['gbv-help']),
  idFor: statementId,
};
const statements = cohortStatements(records, options);

const who = (statement: XapiStatement) =>
  [amina, omar, sami, baby].find(
    (p) => statement.actor.account.name === `P-${p.id.replace(/-/g, '').slice(-8)}`,
  )?.name;
const summary = (verb: keyof typeof xapiVerbs) =>
  statements
    .filter((s) => s.verb.id === xapiVerbs[verb])
    .map((s) => `${who(s)} ${s.object.id.slice(base.length + 1)}`);

describe('cohortStatements', () => {
  it('makes statements the xAPI validator accepts, every one', () => {
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) expect(validate(statement)).toEqual([]);
  });

  it('uses a validator that does check statements', () => {
    const [first] = statements;
    const broken = { ...first, actor: { objectType: 'Agent', name: 'Amina' }, timestamp: 'today' };
    expect(validate(broken).map((warning) => warning.path.join('.'))).toEqual([
      'statement.actor',
      'statement.timestamp',
    ]);
  });

  it('names every actor by pseudonym only, whatever the consent to share', () => {
    const json = JSON.stringify(statements);
    for (const word of ['Amina', 'Omar', 'Sami', 'family', 'trade', 'clinics'])
      expect(json).not.toContain(word);
    for (const statement of statements) {
      expect(statement.actor).toEqual({
        objectType: 'Agent',
        account: {
          homePage: 'https://hub.example.org',
          name: expect.stringMatching(/^P-[0-9a-f]{8}$/),
        },
      });
    }
  });

  it('states attendance per module delivered to the participant’s track on a day they were present or late', () => {
    expect(summary('attended').sort()).toEqual([
      'Amina modules/health',
      'Amina modules/health',
      'Omar modules/housing',
      'Sami modules/health',
    ]);
  });

  it('states a module completed when the participant attended every day it was delivered', () => {
    expect(summary('completed').sort()).toEqual(['Amina modules/health', 'Omar modules/housing']);
    const done = statements.find((s) => s.verb.id === xapiVerbs.completed && who(s) === 'Amina');
    expect(done?.result).toEqual({ completion: true });
    expect(done?.timestamp).toBe(aminaDay2.recordedAt.replace('09:30', '16:00'));
  });

  it('states each answer in force, with its objective, result, test, item and module', () => {
    expect(summary('answered').sort()).toEqual([
      'Amina objectives/find-clinic',
      'Amina objectives/find-clinic',
      'Omar objectives/retired-objective',
    ]);
    const pre = statements.find(
      (s) =>
        s.verb.id === xapiVerbs.answered &&
        s.context.extensions?.[`${base}/extensions/test`] === 'pre' &&
        who(s) === 'Amina',
    );
    expect(pre).toMatchObject({
      object: {
        id: `${base}/objectives/find-clinic`,
        definition: { type: 'http://adlnet.gov/expapi/activities/objective' },
      },
      result: { success: true },
      timestamp: at(1, '08:40'),
      context: {
        registration: cohortId,
        contextActivities: {
          parent: [
            {
              id: `${base}/modules/health`,
              definition: { type: 'http://adlnet.gov/expapi/activities/module' },
            },
          ],
          grouping: [
            {
              id: `${base}/cohorts/${cohortId}`,
              definition: { type: 'http://adlnet.gov/expapi/activities/course' },
            },
          ],
        },
        extensions: { [`${base}/extensions/quiz-item`]: 'find-clinic-a' },
      },
    });
    const retired = statements.find((s) => s.object.id.endsWith('retired-objective'));
    expect(retired?.context.contextActivities.parent).toBeUndefined();
  });

  it('says nothing of the GBV module: no attendance, no answers', () => {
    expect(JSON.stringify(statements)).not.toContain('gbv');
    expect(statements).toHaveLength(9);
  });

  it('gives the same ids for the same records, and a new id where a correction changes a statement', () => {
    const again = cohortStatements(structuredClone(records), options);
    expect(again.map((s) => s.id)).toEqual(statements.map((s) => s.id));
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);

    const corrected = cohortStatements(
      { ...records, attendance: [...records.attendance, mark(sami, 1, 'late', '10:00')] },
      options,
    );
    const changed = statements.filter((s) => !corrected.some((c) => c.id === s.id));
    expect(changed.map((s) => `${s.verb.display['en-US']} ${who(s)}`)).toEqual(['attended Sami']);
  });

  it('is oldest first', () => {
    const times = statements.map((s) => s.timestamp);
    expect(times).toEqual([...times].sort());
  });

  it('refuses an activity base or home page that is not an absolute http(s) URL, naming it', () => {
    expect(() => cohortStatements(records, { ...options, activityBase: 'hub/xapi' })).toThrow(
      'activityBase must be an absolute http(s) URL, not "hub/xapi"',
    );
    expect(() =>
      cohortStatements(records, { ...options, homePage: 'mailto:hub@example.org' }),
    ).toThrow('homePage must be an absolute http(s) URL, not "mailto:hub@example.org"');
  });
});
