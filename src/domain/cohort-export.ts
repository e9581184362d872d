import type { CohortProfile } from './cohort-profile.ts';
import type { CohortRecords } from './cohort-records.ts';
import { pseudonym } from './participant-for-hub.ts';
import { currentAnswers } from './results.ts';

// The files a partner downloads for a cohort: one row per participant (attendance, results by
// objective, intake only with consent), the dictionary of its columns, and an HXL-tagged table
// of aggregates for coordination between agencies. Cells are text; a CSV library writes them.

/** What a column holds, so the dictionary can say it in the partner's language. */
export type ExportColumn =
  | {
      kind:
        | 'participant'
        | 'consented'
        | 'family'
        | 'ageBand'
        | 'gender'
        | 'languages'
        | 'literacy'
        | 'daysAttended'
        | 'education'
        | 'languagesSpoken'
        | 'vocational'
        | 'employment'
        | 'specialNeeds';
      name: string;
    }
  | { kind: 'day'; name: string; day: number }
  | { kind: 'pre' | 'post'; name: string; objective: string };

export interface ParticipantTable {
  columns: ExportColumn[];
  rows: string[][];
}

const intakeColumns = [
  ['education', 'education'],
  ['languagesSpoken', 'languages_spoken'],
  ['vocational', 'vocational_skills'],
  ['employment', 'work_history'],
  ['specialNeeds', 'special_needs'],
] as const;

export function participantTable(records: CohortRecords, profile: CohortProfile): ParticipantTable {
  const objectives = profile.knowledge.map((k) => k.objective);
  const columns: ExportColumn[] = [
    { kind: 'participant', name: 'participant' },
    { kind: 'consented', name: 'consented_to_share' },
    { kind: 'family', name: 'family' },
    { kind: 'ageBand', name: 'age_band' },
    { kind: 'gender', name: 'gender' },
    { kind: 'languages', name: 'languages' },
    { kind: 'literacy', name: 'literacy' },
    { kind: 'daysAttended', name: 'days_attended' },
    ...Array.from({ length: profile.courseDays }, (_, i) => ({
      kind: 'day' as const,
      name: `day_${i + 1}`,
      day: i + 1,
    })),
    ...objectives.flatMap((objective) => [
      { kind: 'pre' as const, name: `pre_${objective}`, objective },
      { kind: 'post' as const, name: `post_${objective}`, objective },
    ]),
    ...intakeColumns.map(([kind, name]) => ({ kind, name })),
  ];
  const answers = new Map(
    currentAnswers(records.answers).map((a) => [`${a.participantId}|${a.test}|${a.objective}`, a]),
  );
  const intake = new Map(profile.intake.rows.map((row) => [row.participantId, row]));
  const rows = records.participants.map((participant) => {
    const attendance = profile.attendance.find((a) => a.participantId === participant.id);
    const named = intake.get(participant.id);
    const result = (test: 'pre' | 'post', objective: string) => {
      const answer = answers.get(`${participant.id}|${test}|${objective}`);
      return answer === undefined ? '' : answer.correct ? '1' : '0';
    };
    return [
      attendance?.label ?? pseudonym(participant.id),
      named ? 'yes' : 'no',
      named ? participant.familyGroup : (participant.familyKey ?? pseudonym(participant.id, 'F')),
      participant.ageBand,
      participant.gender,
      participant.languages.join(' '),
      participant.literacy,
      String(attendance?.daysAttended ?? 0),
      ...(attendance?.days ?? []),
      ...objectives.flatMap((objective) => [result('pre', objective), result('post', objective)]),
      ...intakeColumns.map(([field]) => (named ? (named[field] ?? '') : '')),
    ];
  });
  return { columns, rows };
}

/**
 * Aggregates in long form, tagged with the Humanitarian Exchange Language (a hashtag row under
 * the headers) so coordination tools can merge cohorts from several agencies.
 */
export function hxlAggregates(profile: CohortProfile): string[][] {
  const cohort = [
    profile.cohortId,
    profile.destination,
    profile.destinationCity,
    profile.departure,
  ];
  const row = (indicator: string, category: string, value: number | string) => [
    ...cohort,
    indicator,
    category,
    String(value),
  ];
  const percent = (correct: number, answered: number) =>
    answered === 0 ? '' : String(Math.round((100 * correct) / answered));
  return [
    ['Cohort', 'Destination', 'City', 'Expected departure', 'Indicator', 'Category', 'Value'],
    [
      '#group+code',
      '#country+code',
      '#adm1+name',
      '#date+departure',
      '#indicator+name',
      '#indicator+category',
      '#indicator+value+num',
    ],
    row('participants', 'total', profile.size),
    row('families', 'total', profile.families),
    ...Object.entries(profile.ageBands).map(([band, n]) => row('participants', `age ${band}`, n)),
    ...Object.entries(profile.genders).map(([gender, n]) => row('participants', gender, n)),
    ...Object.entries(profile.literacy).map(([level, n]) =>
      row('participants', `literacy ${level}`, n),
    ),
    row('completion rate', 'percent', Math.round(profile.completionRate * 100)),
    ...profile.knowledge.flatMap((k) => [
      row('right before course', k.objective, percent(k.pre.correct, k.pre.answered)),
      row('right after course', k.objective, percent(k.post.correct, k.post.answered)),
    ]),
    ...profile.reemphasise.map((m) => row('re-emphasise', m.objective, m.reason)),
    ...profile.questions.byTheme.map((q) => row('anonymous questions', q.theme, q.count)),
  ];
}
