import { attended, type AttendanceMark, type AttendanceStatus } from './attendance.ts';
import type { Cohort } from './cohort.ts';
import type { ConsentEvent } from './consent.ts';
import type { CourseOutline } from './course-outline.ts';
import type { SessionEvent } from './course-day.ts';
import { demoAnswers, type DemoTaker } from './demo-answers.ts';
import {
  demoAttendance,
  demoNotes,
  demoPeople,
  demoQuestions,
  demoWeakObjectives,
} from './demo-roster.ts';
import { uuidV4, type Feedback } from './feedback.ts';
import type { GbvDelivery } from './gbv.ts';
import { familyPseudonyms, participantForHub } from './participant-for-hub.ts';
import type { Participant } from './participant.ts';
import { uuidV7 } from './record-id.ts';
import { randomBytesFrom } from './seeded-random.ts';
import type { HubQuestion } from './cohort-records.ts';
import type { PushedRecord, RecordKind } from './sync-protocol.ts';

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
const COURSE_DAYS = 5;
const TRAINER = 'Rania';

// Five faces, mostly happy ones: what end-of-day feedback from a good class looks like.
const faces = [1, 2, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5, 5, 5];

/**
 * The records a trainer's tablet would have pushed for a five-day Canada adult course that
 * ended five days ago: 18 participants in six families (two thirds consenting to share),
 * register, modules delivered, pre- and post-tests with three key messages still weak,
 * feedback, anonymous questions and one GBV session.
 */
export function demoCourse(outline: CourseOutline, { now, random }: DemoCourseOptions): DemoCourse {
  if (outline.destination !== 'canada' || outline.audience !== 'adult')
    throw new Error(
      `the demo course needs the Canada adult outline, not ${outline.destination}/${outline.audience}`,
    );
  const { gbv } = outline;
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

  const records: PushedRecord[] = [];
  const queue = (
    kind: RecordKind,
    payload: { id: string; version?: number },
    queuedAt: Date,
    entryId = newId(queuedAt),
  ) =>
    records.push({
      id: entryId,
      kind,
      recordId: payload.id,
      version: payload.version ?? 1,
      queuedAt: queuedAt.toISOString(),
      payload,
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
      courseEnd: dateOf(COURSE_DAYS),
      departure: dateOf(COURSE_DAYS + 7),
      destinationCity: 'Ottawa',
    },
  };
  queue('cohort', cohort, created);

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
  const families = familyPseudonyms(participants);
  participants.forEach((participant, index) => {
    const recorded = new Date(Date.parse(participant.createdAt) + 30_000);
    const consent: ConsentEvent = {
      id: newId(recorded),
      participantId: participant.id,
      purpose: 'share-with-partner',
      granted: demoPeople[index]?.consents ?? false,
      date: dateOf(1),
      explainedBy: TRAINER,
      language: 'ar',
      recordedAt: recorded.toISOString(),
    };
    queue('consent', consent, recorded);
    queue('participant', participantForHub(participant, [consent], families), recorded);
  });

  const statusOn = (day: number, participant: Participant): AttendanceStatus =>
    demoAttendance.find((mark) => mark.day === day && mark.name === participant.draft.name)
      ?.status ?? 'present';
  const mark = (day: number, participant: Participant, status: AttendanceStatus, when: Date) => {
    const attendance: AttendanceMark = {
      id: newId(when),
      cohortId: cohort.id,
      participantId: participant.id,
      day,
      status,
      recordedAt: when.toISOString(),
    };
    queue('attendance', attendance, when);
  };
  for (let day = 1; day <= COURSE_DAYS; day++) {
    participants.forEach((participant, index) => {
      const status = statusOn(day, participant);
      const register = new Date(at(day, 6 * 60 + 5).getTime() + index * 3000);
      // The register is taken at the start; a late arrival or an early leaver is a correction.
      mark(
        day,
        participant,
        status === 'late' ? 'absent' : status === 'absent' ? status : 'present',
        register,
      );
      if (status === 'late') mark(day, participant, 'late', at(day, 6 * 60 + 40));
      if (status === 'left-early') mark(day, participant, 'left-early', at(day, 11 * 60));
    });
  }

  outline.days.forEach((modules, index) => {
    const day = index + 1;
    modules.forEach((moduleId, position) => {
      const when = at(day, 12 * 60 + 30 + position);
      const delivered: SessionEvent = {
        kind: 'delivered',
        id: newId(when),
        cohortId: cohort.id,
        day,
        audience: 'adult',
        moduleId,
        delivered: true,
        recordedAt: when.toISOString(),
      };
      queue('session', delivered, when);
    });
  });
  for (const note of demoNotes) {
    const when = at(note.day, 13 * 60);
    const notes: SessionEvent = {
      kind: 'notes',
      id: newId(when),
      cohortId: cohort.id,
      day: note.day,
      text: note.text,
      recordedAt: when.toISOString(),
    };
    queue('session', notes, when);
  }

  const takers = (day: number, startMinutes: number): DemoTaker[] =>
    participants.flatMap((participant, position) =>
      attended(statusOn(day, participant))
        ? [
            {
              participant,
              position,
              answeredAt: (objective: number) =>
                new Date(at(day, startMinutes + position * 4).getTime() + objective * 4000),
            },
          ]
        : [],
    );
  const weak = new Set(demoWeakObjectives);
  const preShares = new Map(
    objectives.map((o) => [o.id, weak.has(o.id) ? 0.15 + random() * 0.15 : 0.3 + random() * 0.35]),
  );
  const postShares = new Map(
    objectives.map((o) => [o.id, weak.has(o.id) ? 0.3 + random() * 0.2 : 0.78 + random() * 0.2]),
  );
  for (const [test, day, start, shares] of [
    ['pre', 1, 7 * 60, preShares],
    ['post', COURSE_DAYS, 9 * 60, postShares],
  ] as const) {
    for (const answer of demoAnswers(
      test,
      takers(day, start),
      objectives,
      (id) => shares.get(id) ?? 0,
      random,
      newId,
    ))
      queue('answer', answer, new Date(answer.recordedAt));
  }

  for (let day = 1; day <= COURSE_DAYS; day++) {
    const taught = (outline.days[day - 1] ?? []).filter((id) => id !== gbv.moduleId);
    const present = participants.filter((p) => attended(statusOn(day, p))).length;
    for (let learner = 0; learner < present; learner++) {
      if (random() < 0.15) continue;
      const when = at(day, 13 * 60 + 5 + learner);
      const helped = random() < 0.85 ? taught[Math.floor(random() * taught.length)] : undefined;
      const feedback: Feedback = {
        id: newId(when),
        cohortId: cohort.id,
        day,
        satisfaction: faces[Math.floor(random() * faces.length)] ?? 4,
        ...(helped ? { helpedMost: helped } : {}),
      };
      queue('feedback', feedback, when);
    }
  }
  // Questions and the GBV session carry a random id and the day only, as the tablet keeps them.
  for (const asked of demoQuestions) {
    const question: HubQuestion = {
      id: uuidV4(bytes(16)),
      cohortId: cohort.id,
      day: asked.day,
      text: asked.text,
    };
    queue('question', question, new Date(`${dateOf(asked.day)}T00:00:00.000Z`), uuidV4(bytes(16)));
  }
  const gbvDay = outline.days.findIndex((modules) => modules.includes(gbv.moduleId)) + 1;
  const delivery: GbvDelivery = {
    id: uuidV4(bytes(16)),
    cohortId: cohort.id,
    moduleId: gbv.moduleId,
    date: dateOf(gbvDay),
    group: 'everyone',
    attending: participants.filter((p) => attended(statusOn(gbvDay, p))).length,
    reemphasise: [...gbv.objectives],
  };
  queue('gbv-delivery', delivery, new Date(`${delivery.date}T00:00:00.000Z`), uuidV4(bytes(16)));

  return { cohort, records: records.sort((a, b) => a.queuedAt.localeCompare(b.queuedAt)) };
}
