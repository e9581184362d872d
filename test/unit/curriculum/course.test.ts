import { describe, expect, it } from 'vitest';
import { courseDays, lessonSequence, neighbours } from '../../../src/curriculum/course.ts';
import { fixtureCatalogue } from './fixture-catalogue.ts';

const catalogue = fixtureCatalogue();
const arabic = { locale: 'ar', destination: 'atlantis', audience: 'adult' as const };

describe('courseDays', () => {
  it('lays modules out by day in the learner’s language', () => {
    const days = courseDays(catalogue, arabic);
    expect(days.map((day) => [day.number, day.modules.map((m) => m.title)])).toEqual([
      [1, ['الرحلة']],
      [2, ['Home']],
    ]);
  });

  it('marks English shown in place of a missing translation, and keeps translation status', () => {
    const [trip, home] = courseDays(catalogue, arabic).flatMap((day) => day.modules);
    expect(trip).toMatchObject({ fallback: false, status: 'draft' });
    expect(home).toMatchObject({ fallback: true, status: 'source' });
    expect(trip?.lessons[0]).toMatchObject({ title: 'docs (en)', fallback: true });
  });

  it('leaves out lessons limited to other destinations', () => {
    const trip = courseDays(catalogue, arabic)[0]?.modules[0];
    expect(trip?.lessons.map((lesson) => lesson.id)).toEqual(['docs']);
  });
});

describe('next lesson', () => {
  it('walks the course in order, across modules', () => {
    expect(lessonSequence(catalogue, arabic).map((lesson) => lesson.id)).toEqual([
      'docs',
      'rent',
      'safety',
    ]);
    expect(neighbours(catalogue, arabic, 'docs').next).toMatchObject({
      id: 'rent',
      moduleId: 'home',
    });
    expect(neighbours(catalogue, arabic, 'safety').next).toBeUndefined();
    expect(neighbours(catalogue, arabic, 'rent').previous?.id).toBe('docs');
  });
});
