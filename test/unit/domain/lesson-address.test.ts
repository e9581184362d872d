import { describe, expect, it } from 'vitest';
import {
  courseLessonOf,
  isSharedLessonPath,
  sharedLessonOf,
  sharedLessonPath,
} from '../../../src/domain/lesson-address.ts';

describe('courseLessonOf', () => {
  it('reads the course, module and lesson of a lesson page', () => {
    expect(courseLessonOf('/ar/canada/adult/housing/housing-lease-and-rent/')).toEqual({
      locale: 'ar',
      destination: 'canada',
      audience: 'adult',
      module: 'housing',
      lesson: 'housing-lease-and-rent',
    });
  });

  it.each([
    '/ar/',
    '/ar/canada/adult/',
    '/ar/canada/adult/housing/',
    '/ar/lessons/x/',
    '/a/b/c/d/e/f/',
  ])('is undefined for %s, which is no lesson page of a course', (path) =>
    expect(courseLessonOf(path)).toBeUndefined(),
  );
});

describe('sharedLessonPath', () => {
  it('is one address per language and lesson, whatever the course', () => {
    expect(sharedLessonPath('fa-AF', 'culture-shock-stages')).toBe(
      '/fa-AF/lessons/culture-shock-stages/',
    );
    expect(isSharedLessonPath('/fa-AF/lessons/culture-shock-stages/')).toBe(true);
    expect(isSharedLessonPath('/fa-AF/canada/adult/')).toBe(false);
    expect(isSharedLessonPath('/fa-AF/lessons/')).toBe(false);
    expect(sharedLessonOf('/fa-AF/lessons/culture-shock-stages/')).toBe('culture-shock-stages');
    expect(sharedLessonOf('/fa-AF/canada/adult/')).toBeUndefined();
  });
});
