import { describe, expect, it } from 'vitest';
import { courseDays, lessonSequence, neighbours } from '../../../src/curriculum/course.ts';
import { fixtureCatalogue } from './fixture-catalogue.ts';

const catalogue = fixtureCatalogue();
const arabic = { locale: 'ar', destination: 'atlantis', audience: 'adult' } as const;

describe('courseDays', () => {
  it('lays modules out by day in the learner’s language, in either plan', () => {
    const titles = (plan: 'three-day' | 'five-day') =>
      courseDays(catalogue, arabic, plan).map((day) => [
        day.number,
        day.modules.map((m) => m.title),
      ]);
    expect(titles('three-day')).toEqual([
      [1, ['الرحلة', 'Module home']],
      [2, ['Module work', 'Module school']],
      [3, ['Module health']],
    ]);
    expect(titles('five-day').map(([number]) => number)).toEqual([1, 2, 3, 4, 5]);
  });

  it('marks English shown in place of a missing translation, and keeps translation status', () => {
    const [trip, home] = courseDays(catalogue, arabic)[0]?.modules ?? [];
    expect(trip).toMatchObject({ fallback: false, status: 'draft' });
    expect(home).toMatchObject({ fallback: true, status: 'source' });
    expect(trip?.lessons[0]).toMatchObject({ title: 'Lesson about trip', fallback: true });
  });

  it('gives each module its picture with alt text in the learner’s language', () => {
    expect(courseDays(catalogue, arabic)[0]?.modules[0]?.picture).toEqual({
      src: '/pictures/journey.svg',
      alt: 'طائرة',
    });
  });

  it('leaves out lessons limited to other destinations', () => {
    const trip = (destination: string) =>
      courseDays(catalogue, { ...arabic, destination })[0]?.modules[0]?.lessons.map((l) => l.id);
    expect(trip('atlantis')).toEqual(['trip-lesson']);
  });
});

describe('check questions', () => {
  it('lists a module’s quiz items for the trainer, form A then form B, with the answer marked', () => {
    const trip = courseDays(catalogue, arabic)[0]?.modules[0];
    expect(trip?.checkQuestions.map((q) => q.id)).toEqual([
      'trip-one-a',
      'trip-two-a',
      'trip-three-a',
      'trip-one-b',
      'trip-two-b',
      'trip-three-b',
    ]);
    expect(trip?.checkQuestions[0]).toMatchObject({
      prompt: 'Which?',
      fallback: true,
      options: [
        { id: 'a', text: 'This one', correct: true },
        { id: 'b', text: 'That one', correct: false },
      ],
    });
  });
});

describe('next lesson', () => {
  it('walks the course in order, across modules', () => {
    expect(lessonSequence(catalogue, arabic).map((lesson) => lesson.id)).toEqual([
      'trip-lesson',
      'home-lesson',
      'work-lesson',
      'school-lesson',
      'health-lesson',
    ]);
    expect(neighbours(catalogue, arabic, 'trip-lesson').next).toMatchObject({
      id: 'home-lesson',
      moduleId: 'home',
    });
    expect(neighbours(catalogue, arabic, 'health-lesson').next).toBeUndefined();
    expect(neighbours(catalogue, arabic, 'home-lesson').previous?.id).toBe('trip-lesson');
  });
});
