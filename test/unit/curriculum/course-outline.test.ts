import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentFolder } from '../../../src/curriculum/content-files.ts';
import { courseOutline } from '../../../src/curriculum/course-outline.ts';
import { courseOutlineSchema } from '../../../src/domain/course-outline.ts';
import { fixtureCatalogue } from './fixture-catalogue.ts';

describe('courseOutline', () => {
  it('gives the fixture course its five-day plan, objectives with both quiz forms, and no GBV', () => {
    const outline = courseOutline(fixtureCatalogue(), 'atlantis', 'adult');
    expect(courseOutlineSchema.parse(outline)).toEqual(outline);
    expect(outline.days).toEqual([['trip'], ['home'], ['work'], ['school'], ['health']]);
    expect(outline.modules.map((m) => m.id)).toEqual(['trip', 'home', 'work', 'school', 'health']);
    expect(outline.modules.find((m) => m.id === 'home')?.objectives[0]).toEqual({
      id: 'home-one',
      items: [
        { id: 'home-one-a', form: 'A' },
        { id: 'home-one-b', form: 'B' },
      ],
    });
    expect(outline.gbv).toBeNull();
  });

  it('names the Canada adult course’s GBV module and its objectives', () => {
    const { catalogue } = loadContentFolder(join(import.meta.dirname, '../../../content'));
    const outline = courseOutline(catalogue, 'canada', 'adult');
    expect(outline.gbv).toEqual({
      moduleId: 'gbv-help',
      objectives: expect.arrayContaining(['gbv-never-your-fault']),
    });
    expect(outline.days.flat()).toContain('gbv-help');
    // Stable: the same content gives the same file, byte for byte.
    expect(JSON.stringify(courseOutline(catalogue, 'canada', 'adult'))).toBe(
      JSON.stringify(outline),
    );
  });

  it('fits its schema for every shipped course', () => {
    const { catalogue } = loadContentFolder(join(import.meta.dirname, '../../../content'));
    for (const { destination, audience } of catalogue.curricula.values()) {
      const outline = courseOutline(catalogue, destination, audience);
      expect(courseOutlineSchema.safeParse(outline).success, `${destination}/${audience}`).toBe(
        true,
      );
    }
  });

  it('refuses a course the content does not have', () => {
    expect(() => courseOutline(fixtureCatalogue(), 'atlantis', 'child')).toThrow(
      'no curriculum for atlantis × child',
    );
  });
});
