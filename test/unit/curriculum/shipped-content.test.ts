import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { courseDays, findCurriculum } from '../../../src/curriculum/course.ts';
import { findContentProblems } from '../../../src/curriculum/integrity.ts';
import { loadContentFolder } from './content-files.ts';

const catalogue = loadContentFolder(join(import.meta.dirname, '../../../content'));

describe('the content that ships', () => {
  it('fits together', () => {
    expect(findContentProblems(catalogue)).toEqual([]);
  });

  it('has a Canada adult course with the journey and housing modules', () => {
    const curriculum = findCurriculum(catalogue, 'canada', 'adult');
    expect(curriculum.days.flatMap((day) => day.modules)).toEqual(['your-journey', 'housing']);
  });

  for (const locale of ['en', 'ar']) {
    it(`teaches every module in ${locale} with ≥ 2 lessons and ≥ 3 objectives, none falling back`, () => {
      const modules = courseDays(catalogue, {
        locale,
        destination: 'canada',
        audience: 'adult',
      }).flatMap((day) => day.modules);
      for (const module of modules) {
        expect(module.fallback, module.id).toBe(false);
        expect(module.lessons.length, module.id).toBeGreaterThanOrEqual(2);
        expect(module.objectives.length, module.id).toBeGreaterThanOrEqual(3);
        expect(module.lessons.filter((lesson) => lesson.fallback)).toEqual([]);
      }
    });
  }

  it('has a quiz item per objective, worded in English and Arabic', () => {
    for (const module of catalogue.modules.values()) {
      for (const objective of module.objectives) {
        const items = [...catalogue.quizItems].filter(([, item]) => item.objective === objective);
        expect(items.length, objective).toBeGreaterThanOrEqual(1);
        for (const [id] of items) {
          expect([...(catalogue.quizItemTexts.get(id)?.keys() ?? [])].sort(), id).toEqual([
            'ar',
            'en',
          ]);
        }
      }
    }
  });

  it('marks every Arabic text a draft until a speaker reviews it', () => {
    const arabic = [
      ...[...catalogue.moduleTexts.values()].map((texts) => texts.get('ar')?.status),
      ...[...catalogue.lessons.values()].map((texts) => texts.get('ar')?.meta.status),
      ...[...catalogue.quizItemTexts.values()].map((texts) => texts.get('ar')?.status),
    ];
    expect(new Set(arabic)).toEqual(new Set(['draft']));
  });
});
