import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentFolder } from '../../../src/curriculum/content-files.ts';
import { courseQuizItems, gbvQuizItems } from '../../../src/curriculum/course-quiz.ts';

const { catalogue } = loadContentFolder(join(import.meta.dirname, '../../../content'));

describe('courseQuizItems on the shipped Canada adult course', () => {
  const items = courseQuizItems(catalogue, {
    locale: 'ar',
    destination: 'canada',
    audience: 'adult',
  });

  it('has both forms for every objective, and no GBV item', () => {
    const objectives = new Set(items.map((item) => item.objective));
    for (const objective of objectives) {
      expect(
        items
          .filter((i) => i.objective === objective)
          .map((i) => i.form)
          .sort(),
      ).toEqual(['A', 'B']);
    }
    expect(items.some((item) => item.objective.startsWith('gbv'))).toBe(false);
    expect(objectives.size).toBeGreaterThan(30);
  });

  it('words every option in the course language and gives picture items their pictures', () => {
    const pictured = items.filter((item) => item.kind === 'picture-choice');
    expect(pictured.length).toBeGreaterThan(0);
    for (const item of pictured) {
      for (const option of item.options) expect(option.picture).toMatch(/^\/pictures\/.+\.svg$/);
    }
    const trueFalse = items.find((item) => item.kind === 'true-false');
    expect(trueFalse?.options.map((o) => o.text)).toEqual(['صحيح', 'خطأ']);
  });
});

describe('gbvQuizItems', () => {
  it('gives the GBV module’s questions, both forms, only for courses that teach it', () => {
    const items = gbvQuizItems(catalogue, {
      locale: 'en',
      destination: 'canada',
      audience: 'adult',
    });
    expect(items).toHaveLength(10);
    expect(items.every((item) => item.objective.startsWith('gbv-'))).toBe(true);
    expect(new Set(items.map((item) => item.form))).toEqual(new Set(['A', 'B']));
    expect(
      gbvQuizItems(catalogue, { locale: 'en', destination: 'canada', audience: 'child' }),
    ).toEqual([]);
  });
});
