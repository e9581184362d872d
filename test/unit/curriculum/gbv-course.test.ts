import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentFolder } from '../../../src/curriculum/content-files.ts';
import {
  courseDays,
  lessonSequence,
  neighbouringLessons,
  neutralLessonHref,
} from '../../../src/curriculum/course.ts';

const { catalogue } = loadContentFolder(join(import.meta.dirname, '../../../content'));
const key = { locale: 'en', destination: 'canada', audience: 'adult' } as const;

describe('the GBV module in the shipped Canada adult course', () => {
  const modules = courseDays(catalogue, key).flatMap((day) => day.modules);

  it('is marked, and never part of the ordinary lesson sequence (so search and Next skip it)', () => {
    expect(modules.filter((m) => m.gbv).map((m) => m.id)).toEqual(['gbv-help']);
    expect(lessonSequence(catalogue, key).some((lesson) => lesson.moduleId === 'gbv-help')).toBe(
      false,
    );
  });

  it('quick-exits to the course’s first ordinary lesson', () => {
    const first = lessonSequence(catalogue, key)[0];
    expect(neutralLessonHref(modules, 'en', 'canada', 'adult')).toBe(
      `/en/canada/adult/${first?.moduleId}/${first?.id}/`,
    );
  });

  it('leads from GBV lesson to GBV lesson only, and the lesson before it past it', () => {
    const rights = neighbouringLessons(modules, 'gbv-your-rights');
    expect(rights.previous).toBeUndefined();
    expect(rights.next?.id).toBe('gbv-getting-help');
    expect(neighbouringLessons(modules, 'gbv-helping-someone').next).toBeUndefined();
    const before = modules[modules.findIndex((m) => m.gbv) - 1]?.lessons.at(-1);
    const after = neighbouringLessons(modules, before?.id ?? '').next;
    expect(after?.moduleId).not.toBe('gbv-help');
    expect(neighbouringLessons(modules, 'no-such-lesson')).toEqual({
      previous: undefined,
      next: undefined,
    });
  });
});
