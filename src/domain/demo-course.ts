import { attended } from './attendance.ts';
import type { Cohort } from './cohort.ts';
import type { HubQuestion } from './cohort-records.ts';
import type { ConsentEvent } from './consent.ts';
import type { CourseOutline } from './course-outline.ts';
import { demoTests } from './demo-answers.ts';
import type { DemoClass, QueuedRecord } from './demo-class.ts';
import { demoFeedback, demoRegister, demoSessions } from './demo-classroom.ts';
import { demoAttendance, demoPeople, demoQuestions, demoWeakObjectives } from './demo-roster.ts';
import { uuidV4 } from './feedback.ts';
import type { GbvDelivery } from './gbv.ts';
import { familyPseudonyms, participantForHub } from './participant-for-hub.ts';
import type { Participant } from './participant.ts';
import { uuidV7 } from './record-id.ts';
import { randomBytesFrom } from './seeded-random.ts';
import type { PushedRecord } from './sync-protocol.ts';

export interface DemoCourseOptions {
  now: Date;
  /** Numbers in [0, 1): a seeded generator gives the same course every time. */
  random: () => number;
}

export interface DemoCourse {
  cohort: Cohort;
  /** Everything the trainer's tablet queued, oldest first, as it pushes it. */
  records: PushedRecord[];
}

const DAY_MS = 86_400_000;
const TRAINER = 'Rania';

/**
 * The records a trainer's tablet would have pushed for a five-day Canada adult course that
 * began ten days ago and ended six days ago, the families departing tomorrow: 18 participants
 * in six families (two thirds consenting to share), register, modules delivered, pre- and
 * post-tests with three key messages still weak, feedback, anonymous questions and one GBV
 * session.
 */
export function demoCourse(outline: CourseOutline, { now, random }: DemoCourseOptions): DemoCourse {
  if (outline.destination !== 'canada' || outline.audience !== 'adult')
    throw new Error(
      `the demo course needs the Canada adult outline, not ${outline.destination}/${outline.audience}`,
    );
  const { gbv, days } = outline;
  if (!gbv) throw new Error('the demo course needs a GBV module in the outline');
  const objectives = outline.modules
    .filter((module) => module.id !== gbv.moduleId)
    .flatMap((module) => module.objectives);
  const missing = demoWeakObjectives.filter((id) => !objectives.some((o) => o.id === id));
  if (missing.length > 0)
    throw new Error(`the outline lacks the demo’s weak objectives: ${missing.join(', ')}`);

  const bytes = (count: number) => randomBytesFrom(random, count);
  const newId = (at: Date) => uuidV7(at.getTime(), bytes(10));
  const firstDay = Math.floor(now.getTime() / DAY_MS) * DAY_MS - 10 * DAY_MS;
  // Times are UTC: a course day in Amman (UTC+3) runs from about 06:00 to 13:00.
  const at = (day: number, minutes: number) =>
    new Date(firstDay + (day - 1) * DAY_MS + minutes * 60_000);
  const dateOf = (day: number) => at(day, 0).toISOString().slice(0, 10);
  // Questions and the GBV session carry a random id and the day only, as the tablet keeps them.
  const dayOnly = (day: number) => ({
    queuedAt: new Date(`${dateOf(day)}T00:00:00.000Z`),
    entryId: uuidV4(bytes(16)),
  });

  const created = at(1, 5 * 60 + 30);
  const cohort: Cohort = {
    id: newId(created),
    version: 1,
    createdAt: created.toISOString(),
    updatedAt: created.toISOString(),
    draft: {
      destination: 'canada',
      audiences: ['adult'],
      location: 'Amman training centre',
      languages: ['ar'],
      courseStart: dateOf(1),
      courseEnd: dateOf(days.length),
      departure: dateOf(days.length + 7),
      destinationCity: 'Ottawa',
    },
  };
  const participants = demoPeople.map((person, index): Participant => {
    const registered = at(1, 5 * 60 + 40 + index).toISOString();
    return {
      id: newId(new Date(registered)),
      cohortId: cohort.id,
      version: 1,
      createdAt: registered,
      updatedAt: registered,
      draft: person.draft,
    };
  });
  const demo: DemoClass = {
    cohortId: cohort.id,
    participants,
    statusOn: (day, participant) =>
      demoAttendance.find((mark) => mark.day === day && mark.name === participant.draft.name)
        ?.status ?? 'present',
    at,
    newId,
    random,
  };
  const gbvDay = days.findIndex((modules) => modules.includes(gbv.moduleId)) + 1;
  const delivery: GbvDelivery = {
    id: uuidV4(bytes(16)),
    cohortId: cohort.id,
    moduleId: gbv.moduleId,
    date: dateOf(gbvDay),
    group: 'everyone',
    attending: participants.filter((p) => attended(demo.statusOn(gbvDay, p))).length,
    reemphasise: [...gbv.objectives],
  };

  const queued: QueuedRecord[] = [
    { kind: 'cohort', payload: cohort, queuedAt: created },
    ...registration(demo, dateOf(1)),
    ...demoRegister(demo, days.length),
    ...demoSessions(demo, days),
    ...demoTests(demo, objectives, new Set(demoWeakObjectives), days.length),
    ...demoFeedback(demo, days, gbv.moduleId),
    ...demoQuestions.map(({ day, text }): QueuedRecord => {
      const question: HubQuestion = { id: uuidV4(bytes(16)), cohortId: cohort.id, day, text };
      return { kind: 'question', payload: question, ...dayOnly(day) };
    }),
    { kind: 'gbv-delivery', payload: delivery, ...dayOnly(gbvDay) },
  ];
  const records = queued.map(({ kind, payload, queuedAt, entryId }) => ({
    id: entryId ?? newId(queuedAt),
    kind,
    recordId: payload.id,
    version: payload.version ?? 1,
    queuedAt: queuedAt.toISOString(),
    payload,
  }));
  return { cohort, records: records.sort((a, b) => a.queuedAt.localeCompare(b.queuedAt)) };
}

/**
 * Each participant's consent decision and the participant as it leaves the tablet: named
 * with consent to share, pseudonymous without, exactly as the trainer's screens queue them.
 */
function registration(demo: DemoClass, date: string): QueuedRecord[] {
  const families = familyPseudonyms(demo.participants);
  return demo.participants.flatMap((participant, index): QueuedRecord[] => {
    const recorded = new Date(Date.parse(participant.createdAt) + 30_000);
    const consent: ConsentEvent = {
      id: demo.newId(recorded),
      participantId: participant.id,
      purpose: 'share-with-partner',
      granted: demoPeople[index]?.consents ?? false,
      date,
      explainedBy: TRAINER,
      language: 'ar',
      recordedAt: recorded.toISOString(),
    };
    return [
      { kind: 'consent', payload: consent, queuedAt: recorded },
      {
        kind: 'participant',
        payload: participantForHub(participant, [consent], families),
        queuedAt: recorded,
      },
    ];
  });
}
