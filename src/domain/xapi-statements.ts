// xAPI 1.0.3 statements of what one cohort did, for a partner's Learning Record Store. They
// leave the hub for a third party, so every actor is a pseudonymous account whatever consent
// the hub holds, and the GBV module is never stated per person.
import { currentMarks, type AttendanceMark } from './attendance.ts';
import type { CohortRecords } from './cohort-records.ts';
import { currentDeliveries, type DeliveredEvent } from './course-day.ts';
import { trackForAge } from './learner.ts';
import { pseudonym } from './participant-for-hub.ts';
import { currentAnswers } from './results.ts';

export const xapiVerbs = {
  attended: 'http://adlnet.gov/expapi/verbs/attended',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
} as const;
type Verb = keyof typeof xapiVerbs;

export const xapiActivityTypes = {
  module: 'http://adlnet.gov/expapi/activities/module',
  objective: 'http://adlnet.gov/expapi/activities/objective',
  /** The cohort: one run of a course. */
  cohort: 'http://adlnet.gov/expapi/activities/course',
} as const;

export interface XapiActivity {
  objectType: 'Activity';
  id: string;
  definition: { type: string };
}

export interface XapiStatement {
  /** Derived from the records the statement states, so a resend repeats it. */
  id: string;
  actor: { objectType: 'Agent'; account: { homePage: string; name: string } };
  verb: { id: string; display: { 'en-US': string } };
  object: XapiActivity;
  result?: { success: boolean } | { completion: true };
  context: {
    /** The cohort id: every statement of one cohort shares it. */
    registration: string;
    platform: 'Waypoint';
    contextActivities: { parent?: XapiActivity[]; grouping: XapiActivity[] };
    extensions?: Record<string, string>;
  };
  timestamp: string;
}

export interface StatementOptions {
  /** Where activity and extension IRIs start, e.g. `https://hub.example.org/xapi`. */
  activityBase: string;
  /** The hub's URL: the system whose accounts the pseudonyms are. */
  homePage: string;
  /** The module that teaches each objective, from the curriculum. */
  moduleOfObjective: ReadonlyMap<string, string>;
  /** The curriculum's GBV modules: never stated per person. */
  gbvModules: ReadonlySet<string>;
  /** The same UUID every time for the same text (a name-based UUID). */
  idFor: (source: string) => string;
}

/** Attendance that means the participant sat through the whole day's modules. */
const stayedAllDay = (mark: AttendanceMark) => mark.status === 'present' || mark.status === 'late';

function absoluteUrl(name: string, value: string): string {
  const url = URL.parse(value);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:'))
    throw new Error(`${name} must be an absolute http(s) URL, not "${value}"`);
  return value.replace(/\/+$/, '');
}

const latest = (...times: string[]) => times.reduce((a, b) => (b > a ? b : a));

/**
 * The cohort's statements, oldest first:
 * - `attended`: a participant marked present or late on a course day, for each module of
 *   their track delivered that day (left early: which modules they missed is unknown);
 * - `completed`: a participant attended, in that sense, every day a module was delivered to
 *   their track;
 * - `answered`: each quiz answer in force, its objective as the object, success as the result,
 *   the module as parent, and the test (pre/post) and quiz item as extensions.
 * Attendance needs the participant on the hub (their age gives their track); answers do not.
 */
export function cohortStatements(
  records: CohortRecords,
  options: StatementOptions,
): XapiStatement[] {
  const base = absoluteUrl('activityBase', options.activityBase);
  const homePage = absoluteUrl('homePage', options.homePage);
  const cohortId = records.cohort.id;
  const activity = (kind: keyof typeof xapiActivityTypes, id: string): XapiActivity => ({
    objectType: 'Activity',
    id: `${base}/${kind}s/${encodeURIComponent(id)}`,
    definition: { type: xapiActivityTypes[kind] },
  });
  const statement = (
    verb: Verb,
    sources: readonly { id: string; recordedAt: string }[],
    participantId: string,
    object: XapiActivity,
    extra: Pick<XapiStatement, 'result'> & {
      parent?: XapiActivity;
      extensions?: XapiStatement['context']['extensions'];
    },
  ): XapiStatement => ({
    id: options.idFor([verb, ...sources.map((source) => source.id).sort()].join('|')),
    actor: { objectType: 'Agent', account: { homePage, name: pseudonym(participantId) } },
    verb: { id: xapiVerbs[verb], display: { 'en-US': verb } },
    object,
    ...(extra.result ? { result: extra.result } : {}),
    context: {
      registration: cohortId,
      platform: 'Waypoint',
      contextActivities: {
        ...(extra.parent ? { parent: [extra.parent] } : {}),
        grouping: [activity('cohort', cohortId)],
      },
      ...(extra.extensions ? { extensions: extra.extensions } : {}),
    },
    timestamp: latest(...sources.map((source) => source.recordedAt)),
  });

  const tracks = new Map(
    records.participants.map((p) => [p.id, trackForAge(p.ageBand, records.cohort.draft.audiences)]),
  );
  const deliveries = [...currentDeliveries(records.sessions).values()].filter(
    (event) => event.delivered && !options.gbvModules.has(event.moduleId),
  );
  const marks = [...currentMarks(records.attendance).values()].filter(stayedAllDay);

  const attended = marks.flatMap((mark) =>
    deliveries
      .filter((d) => d.day === mark.day && d.audience === tracks.get(mark.participantId))
      .map((d) =>
        statement('attended', [mark, d], mark.participantId, activity('module', d.moduleId), {}),
      ),
  );
  const completed = [...tracks].flatMap(([participantId, track]) =>
    [
      ...groupBy(
        deliveries.filter((d) => d.audience === track),
        (d) => d.moduleId,
      ),
    ].flatMap(([moduleId, days]) => {
      const sat = days.map((d) =>
        marks.find((mark) => mark.participantId === participantId && mark.day === d.day),
      );
      if (!sat.every((mark) => mark !== undefined)) return [];
      return [
        statement('completed', [...days, ...sat], participantId, activity('module', moduleId), {
          result: { completion: true },
        }),
      ];
    }),
  );
  const answered = currentAnswers(records.answers).flatMap((answer) => {
    const moduleId = options.moduleOfObjective.get(answer.objective);
    if (moduleId && options.gbvModules.has(moduleId)) return [];
    return [
      statement(
        'answered',
        [answer],
        answer.participantId,
        activity('objective', answer.objective),
        {
          result: { success: answer.correct },
          ...(moduleId ? { parent: activity('module', moduleId) } : {}),
          extensions: {
            [`${base}/extensions/test`]: answer.test,
            [`${base}/extensions/quiz-item`]: answer.itemId,
          },
        },
      ),
    ];
  });

  return [...attended, ...completed, ...answered].sort(
    (a, b) => a.timestamp.localeCompare(b.timestamp) || a.id.localeCompare(b.id),
  );
}

function groupBy(events: readonly DeliveredEvent[], key: (event: DeliveredEvent) => string) {
  const groups = new Map<string, DeliveredEvent[]>();
  for (const event of events) groups.set(key(event), [...(groups.get(key(event)) ?? []), event]);
  return groups;
}
