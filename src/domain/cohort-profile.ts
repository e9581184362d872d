import { currentMarks, markFor } from './attendance.ts';
import { courseDayCount } from './cohort.ts';
import { currentDeliveries } from './course-day.ts';
import type { CohortRecords } from './cohort-records.ts';
import { currentConsent } from './consent.ts';
import { pseudonym } from './participant-for-hub.ts';
import { ageBands, educationLevels, genders, literacyLevels } from './participant.ts';
import { currentAnswers } from './results.ts';
import { questionTheme, type QuestionTheme } from './question-theme.ts';

// A cohort's profile for the partner who will receive it: who is coming, what they were
// taught, which key messages did not land, what they asked. Counts are over everyone;
// names and intake appear only for participants who consented to share.

/** What the profile needs to know of the curriculum: each module's topic and objectives. */
export type ProfileCurriculum = ReadonlyMap<
  string,
  { topic: string; objectives: readonly string[] }
>;

/** Below this share of right answers after the course, a key message did not land. */
export const WEAK_POST_SHARE = 0.7;

export type CohortStatus = 'before-course' | 'in-course' | 'awaiting-departure' | 'departed';

export interface ParticipantAttendance {
  participantId: string;
  /** The name with consent to share, else the pseudonym. */
  label: string;
  shared: boolean;
  /** Per course day: attended (present or late), absent, or not marked. */
  days: ('attended' | 'absent' | 'unmarked')[];
  daysAttended: number;
}

export interface ObjectiveKnowledge {
  objective: string;
  moduleId: string;
  pre: { correct: number; answered: number };
  post: { correct: number; answered: number };
}

export interface KeyMessage {
  objective: string;
  moduleId: string;
  /** Weak after the course, or a GBV key message the cohort received (always re-emphasised). */
  reason: 'weak' | 'gbv';
  /** Share right after the course, for weak ones. */
  postShare?: number;
}

export interface IntakeRow {
  participantId: string;
  name: string;
  familyGroup: string;
  education?: string;
  languagesSpoken?: string;
  vocational?: string;
  employment?: string;
  specialNeeds?: string;
}

export interface CohortProfile {
  cohortId: string;
  destination: string;
  destinationCity: string;
  location: string;
  courseLanguages: string[];
  courseStart: string;
  courseEnd: string;
  departure: string;
  status: CohortStatus;
  size: number;
  families: number;
  ageBands: Record<(typeof ageBands)[number], number>;
  genders: Record<(typeof genders)[number], number>;
  languages: { language: string; count: number }[];
  literacy: Record<(typeof literacyLevels)[number], number>;
  courseDays: number;
  attendance: ParticipantAttendance[];
  /** Share of participants who attended every course day. */
  completionRate: number;
  knowledge: ObjectiveKnowledge[];
  reemphasise: KeyMessage[];
  feedback: {
    responses: number;
    averageSatisfaction?: number;
    byDay: { day: number; responses: number; average: number }[];
    helpedMost: { moduleId: string; count: number }[];
  };
  questions: {
    total: number;
    /** Said aloud: counted by theme "spoken", never played to partners (a voice is a person). */
    spoken: number;
    byTheme: { theme: QuestionTheme; count: number }[];
    typed: { theme: QuestionTheme; text: string }[];
  };
  intake: {
    consented: number;
    education: Record<(typeof educationLevels)[number] | 'unknown', number>;
    rows: IntakeRow[];
  };
  /** The course as delivered: each day's modules, in the order they were ticked. */
  plan: { day: number; modules: string[] }[];
  /** How many people attended each GBV session delivered (no names exist for GBV). */
  gbvSessions: { date: string; group: string; attending: number }[];
}

const count = <K extends string>(keys: readonly K[], values: readonly string[]) =>
  Object.fromEntries(keys.map((key) => [key, values.filter((v) => v === key).length])) as Record<
    K,
    number
  >;

function statusOf(draft: CohortRecords['cohort']['draft'], today: string): CohortStatus {
  if (today < draft.courseStart) return 'before-course';
  if (today <= draft.courseEnd) return 'in-course';
  if (today <= draft.departure) return 'awaiting-departure';
  return 'departed';
}

/** Participants whose latest decision is to share: the only ones named to partners. */
function sharing(records: CohortRecords): Set<string> {
  return new Set(
    records.participants
      .filter((p) => {
        if (!p.shared) return false;
        const decisions = records.consents.filter((c) => c.participantId === p.id);
        return currentConsent(decisions)?.granted === true;
      })
      .map((p) => p.id),
  );
}

function deliveredPlan(records: CohortRecords): { day: number; modules: string[] }[] {
  // A module was taught on a day when any track's tick for it is in force as delivered.
  const byDay = new Map<number, string[]>();
  for (const { day, moduleId, delivered } of currentDeliveries(records.sessions).values()) {
    if (!delivered || byDay.get(day)?.includes(moduleId)) continue;
    byDay.set(day, [...(byDay.get(day) ?? []), moduleId]);
  }
  return [...byDay.entries()].sort(([a], [b]) => a - b).map(([day, modules]) => ({ day, modules }));
}

function knowledgeOf(records: CohortRecords, curriculum: ProfileCurriculum): ObjectiveKnowledge[] {
  const moduleOf = new Map<string, string>();
  for (const [moduleId, module] of curriculum)
    for (const objective of module.objectives) moduleOf.set(objective, moduleId);
  const byObjective = new Map<string, ObjectiveKnowledge>();
  for (const answer of currentAnswers(records.answers)) {
    let entry = byObjective.get(answer.objective);
    if (!entry) {
      entry = {
        objective: answer.objective,
        moduleId: moduleOf.get(answer.objective) ?? '',
        pre: { correct: 0, answered: 0 },
        post: { correct: 0, answered: 0 },
      };
      byObjective.set(answer.objective, entry);
    }
    entry[answer.test].answered += 1;
    if (answer.correct) entry[answer.test].correct += 1;
  }
  const order = [...moduleOf.keys()];
  return [...byObjective.values()].sort(
    (a, b) => order.indexOf(a.objective) - order.indexOf(b.objective),
  );
}

const share = ({ correct, answered }: { correct: number; answered: number }) =>
  answered === 0 ? 0 : correct / answered;

function keyMessages(
  knowledge: readonly ObjectiveKnowledge[],
  records: CohortRecords,
  curriculum: ProfileCurriculum,
): KeyMessage[] {
  const weak: KeyMessage[] = knowledge
    .filter((k) => k.post.answered > 0 && share(k.post) < WEAK_POST_SHARE)
    .map((k) => ({
      objective: k.objective,
      moduleId: k.moduleId,
      reason: 'weak',
      postShare: share(k.post),
    }));
  const gbv = new Map<string, KeyMessage>();
  for (const delivery of records.gbvDeliveries)
    for (const objective of delivery.reemphasise)
      gbv.set(objective, { objective, moduleId: delivery.moduleId, reason: 'gbv' });
  // A GBV module the trainer ticked as delivered counts even without a session record.
  for (const { modules } of deliveredPlan(records))
    for (const moduleId of modules)
      if (curriculum.get(moduleId)?.topic === 'gbv')
        for (const objective of curriculum.get(moduleId)?.objectives ?? [])
          if (!gbv.has(objective)) gbv.set(objective, { objective, moduleId, reason: 'gbv' });
  return [...weak, ...gbv.values()];
}

export function cohortProfile(
  records: CohortRecords,
  curriculum: ProfileCurriculum,
  today: string,
): CohortProfile {
  const { cohort, participants } = records;
  const draft = cohort.draft;
  const named = sharing(records);
  const courseDays = Math.max(courseDayCount(draft), ...records.attendance.map((mark) => mark.day));
  const marks = currentMarks(records.attendance);
  const attendance = participants.map((p): ParticipantAttendance => {
    const days = Array.from({ length: courseDays }, (_, i) => {
      const status = markFor(marks, p.id, i + 1)?.status;
      if (status === undefined) return 'unmarked' as const;
      return status === 'absent' ? ('absent' as const) : ('attended' as const);
    });
    return {
      participantId: p.id,
      // The hub may hold a name whose consent has not arrived (or was withdrawn): not shown.
      label: named.has(p.id) ? p.name : pseudonym(p.id),
      shared: named.has(p.id),
      days,
      daysAttended: days.filter((d) => d === 'attended').length,
    };
  });
  const knowledge = knowledgeOf(records, curriculum);
  const feedbackDays = [...new Set(records.feedback.map((f) => f.day))].sort((a, b) => a - b);
  const average = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
  const helped = new Map<string, number>();
  for (const f of records.feedback)
    if (f.helpedMost) helped.set(f.helpedMost, (helped.get(f.helpedMost) ?? 0) + 1);
  const typed = records.questions.flatMap((q) =>
    q.text === undefined ? [] : [{ theme: questionTheme(q.text), text: q.text }],
  );
  const spoken = records.questions.filter((q) => q.text === undefined).length;
  const themes = new Map<QuestionTheme, number>();
  for (const { theme } of typed) themes.set(theme, (themes.get(theme) ?? 0) + 1);
  if (spoken > 0) themes.set('spoken', spoken);
  const consenting = participants.filter((p) => named.has(p.id));
  const languages = new Map<string, number>();
  for (const p of participants)
    for (const language of p.languages) languages.set(language, (languages.get(language) ?? 0) + 1);
  return {
    cohortId: cohort.id,
    destination: draft.destination,
    destinationCity: draft.destinationCity,
    location: draft.location,
    courseLanguages: draft.languages,
    courseStart: draft.courseStart,
    courseEnd: draft.courseEnd,
    departure: draft.departure,
    status: statusOf(draft, today),
    size: participants.length,
    families: new Set(participants.map((p) => p.familyKey ?? p.familyGroup.toLocaleLowerCase()))
      .size,
    ageBands: count(
      ageBands,
      participants.map((p) => p.ageBand),
    ),
    genders: count(
      genders,
      participants.map((p) => p.gender),
    ),
    languages: [...languages.entries()]
      .map(([language, n]) => ({ language, count: n }))
      .sort((a, b) => b.count - a.count || a.language.localeCompare(b.language)),
    literacy: count(
      literacyLevels,
      participants.map((p) => p.literacy),
    ),
    courseDays,
    attendance,
    completionRate:
      participants.length === 0
        ? 0
        : attendance.filter((a) => a.daysAttended === courseDays).length / participants.length,
    knowledge,
    reemphasise: keyMessages(knowledge, records, curriculum),
    feedback: {
      responses: records.feedback.length,
      ...(records.feedback.length > 0 && {
        averageSatisfaction: average(records.feedback.map((f) => f.satisfaction)),
      }),
      byDay: feedbackDays.map((day) => {
        const given = records.feedback.filter((f) => f.day === day).map((f) => f.satisfaction);
        return { day, responses: given.length, average: average(given) };
      }),
      helpedMost: [...helped.entries()]
        .map(([moduleId, n]) => ({ moduleId, count: n }))
        .sort((a, b) => b.count - a.count || a.moduleId.localeCompare(b.moduleId)),
    },
    questions: {
      total: records.questions.length,
      spoken,
      byTheme: [...themes.entries()]
        .map(([theme, n]) => ({ theme, count: n }))
        .sort((a, b) => b.count - a.count || a.theme.localeCompare(b.theme)),
      typed,
    },
    intake: {
      consented: consenting.length,
      education: count(
        [...educationLevels, 'unknown'] as const,
        consenting.map((p) => p.intake?.education ?? 'unknown'),
      ),
      rows: consenting.map((p) => ({
        participantId: p.id,
        name: p.name,
        familyGroup: p.familyGroup,
        ...p.intake,
        ...(p.specialNeeds === undefined ? {} : { specialNeeds: p.specialNeeds }),
      })),
    },
    plan: deliveredPlan(records),
    gbvSessions: records.gbvDeliveries.map(({ date, group, attending }) => ({
      date,
      group,
      attending,
    })),
  };
}
