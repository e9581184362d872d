import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentFolder } from '../../../src/curriculum/content-files.ts';
import { courseOutline } from '../../../src/curriculum/course-outline.ts';
import { currentMarks } from '../../../src/domain/attendance.ts';
import { courseDayCount, type Cohort } from '../../../src/domain/cohort.ts';
import type { CohortRecords } from '../../../src/domain/cohort-records.ts';
import { demoCourse } from '../../../src/domain/demo-course.ts';
import { demoWeakObjectives } from '../../../src/domain/demo-roster.ts';
import { pseudonym } from '../../../src/domain/participant-for-hub.ts';
import { objectiveResults } from '../../../src/domain/results.ts';
import { seededRandom } from '../../../src/domain/seeded-random.ts';
import {
  checkRecord,
  MAX_PUSH_RECORDS,
  payloadSchemas,
} from '../../../src/domain/sync-protocol.ts';

const { catalogue } = loadContentFolder(join(import.meta.dirname, '../../../content'));
const outline = courseOutline(catalogue, 'canada', 'adult');
const now = new Date('2027-03-15T10:00:00.000Z');
const course = demoCourse(outline, { now, random: seededRandom(7) });
const payloads = <Kind extends keyof CohortRecords>(kind: string) =>
  course.records.filter((r) => r.kind === kind).map((r) => r.payload) as CohortRecords[Kind];
const participants = payloads<'participants'>('participant');
const answers = payloads<'answers'>('answer');
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[47][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('demoCourse', () => {
  it('gives only records the hub takes: every payload passes its kind’s schema', () => {
    for (const record of course.records) {
      expect(payloadSchemas[record.kind].safeParse(record.payload).error).toBeUndefined();
      expect(checkRecord(record).reason).toBeUndefined();
      expect(record.id).toMatch(uuid);
      expect(record.recordId).toMatch(uuid);
    }
    expect(new Set(course.records.map((r) => r.id)).size).toBe(course.records.length);
    expect(course.records.length).toBeGreaterThan(MAX_PUSH_RECORDS);
    const queued = course.records.map((r) => r.queuedAt);
    expect(queued).toEqual([...queued].sort());
  });

  it('is a Canada course in Amman for Ottawa that began ten days ago, departing a week after it ended', () => {
    const cohort = payloads<'participants'>('cohort')[0] as unknown as Cohort;
    expect(cohort).toEqual(course.cohort);
    expect(cohort.draft).toMatchObject({
      destination: 'canada',
      destinationCity: 'Ottawa',
      location: 'Amman training centre',
      languages: ['ar'],
      courseStart: '2027-03-05',
      courseEnd: '2027-03-09',
      departure: '2027-03-16',
    });
    expect(courseDayCount(cohort.draft)).toBe(5);
  });

  it('names those who consented, with intake, and gives the others pseudonyms only', () => {
    const consents = payloads<'consents'>('consent');
    expect(participants).toHaveLength(18);
    const families = new Set(participants.filter((p) => p.shared).map((p) => p.familyGroup));
    expect(families.size).toBeGreaterThanOrEqual(4);
    const shared = participants.filter((p) => p.shared);
    expect(shared).toHaveLength(12);
    for (const participant of participants) {
      const consent = consents.find((c) => c.participantId === participant.id);
      expect(consent?.granted).toBe(participant.shared);
      if (participant.shared) {
        expect(participant.name).not.toMatch(/^P-/);
        expect(participant.intake?.education).toBeDefined();
      } else {
        expect(participant.name).toBe(pseudonym(participant.id));
        expect(participant.familyGroup).toMatch(/^F-[0-9a-f]{8}$/);
        expect(participant).not.toHaveProperty('intake');
        expect(participant).not.toHaveProperty('specialNeeds');
      }
    }
  });

  it('takes the register every day, with a few absences and late arrivals', () => {
    const marks = [...currentMarks(payloads<'attendance'>('attendance')).values()];
    expect(marks).toHaveLength(18 * 5);
    const count = (status: string) => marks.filter((m) => m.status === status).length;
    expect(count('absent')).toBeGreaterThanOrEqual(2);
    expect(count('late')).toBeGreaterThanOrEqual(2);
    expect(count('present')).toBeGreaterThan(80);
  });

  it('delivers every module of the five-day plan on its day', () => {
    const delivered = payloads<'sessions'>('session').flatMap((s) =>
      s.kind === 'delivered' ? [[s.day, s.moduleId]] : [],
    );
    expect(delivered).toEqual(outline.days.flatMap((ids, i) => ids.map((id) => [i + 1, id])));
  });

  it('scores pre- and post-tests on every non-GBV objective, leaving the weak ones to re-emphasise', () => {
    const objectives = outline.modules
      .filter((m) => m.id !== outline.gbv?.moduleId)
      .flatMap((m) => m.objectives.map((o) => o.id));
    expect(new Set(answers.map((a) => a.objective))).toEqual(new Set(objectives));
    expect(answers.some((a) => a.objective.startsWith('gbv'))).toBe(false);
    const results = objectiveResults(answers, objectives);
    expect(results.filter((r) => r.reEmphasise).map((r) => r.objective)).toEqual(
      objectives.filter((id) => demoWeakObjectives.includes(id)),
    );
    const improved = results.filter(
      (r) => r.post.correct / r.post.total > r.pre.correct / r.pre.total,
    );
    expect(improved.length).toBeGreaterThan(objectives.length * 0.9);
    // Each learner takes one form before and the other after.
    const forms = (test: string) =>
      answers
        .filter((a) => a.participantId === participants[0]?.id && a.test === test)
        .map((a) => a.itemId.at(-1));
    expect(new Set(forms('pre'))).toEqual(new Set(['a']));
    expect(new Set(forms('post'))).toEqual(new Set(['b']));
  });

  it('keeps daily feedback, eight anonymous questions and one GBV session', () => {
    const feedback = payloads<'feedback'>('feedback');
    expect(new Set(feedback.map((f) => f.day))).toEqual(new Set([1, 2, 3, 4, 5]));
    const mean = feedback.reduce((sum, f) => sum + f.satisfaction, 0) / feedback.length;
    expect(mean).toBeGreaterThan(3.5);
    expect(payloads<'questions'>('question')).toHaveLength(8);
    const [gbv, ...more] = payloads<'gbvDeliveries'>('gbv-delivery');
    expect(more).toEqual([]);
    expect(gbv).toMatchObject({
      moduleId: 'gbv-help',
      group: 'everyone',
      date: '2027-03-09',
      attending: 18,
      reemphasise: outline.gbv?.objectives,
    });
  });

  it('is the same course for the same seed and time, and another for another seed', () => {
    expect(demoCourse(outline, { now, random: seededRandom(7) })).toEqual(course);
    expect(demoCourse(outline, { now, random: seededRandom(8) }).cohort.id).not.toBe(
      course.cohort.id,
    );
  });

  it('refuses an outline it cannot make a Canada adult course from', () => {
    const random = seededRandom(1);
    expect(() => demoCourse({ ...outline, destination: 'germany' }, { now, random })).toThrow(
      'the demo course needs the Canada adult outline, not germany/adult',
    );
    expect(() => demoCourse({ ...outline, gbv: null }, { now, random })).toThrow(
      'needs a GBV module',
    );
    const withoutLease = outline.modules.map((m) => ({
      ...m,
      objectives: m.objectives.filter((o) => o.id !== 'housing-lease'),
    }));
    expect(() => demoCourse({ ...outline, modules: withoutLease }, { now, random })).toThrow(
      'the outline lacks the demo’s weak objectives: housing-lease',
    );
  });
});

describe('seededRandom', () => {
  it('repeats for a seed, stays in [0, 1), and refuses a seed that is not whole', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const drawn = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(drawn);
    expect(drawn.every((n) => n >= 0 && n < 1)).toBe(true);
    expect(() => seededRandom(1.5)).toThrow('a seed is a whole number, not 1.5');
  });
});
