import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  coverage,
  findLessonTextProblems,
  usedPictures,
} from '../../../src/curriculum/content-check.ts';
import { loadContentFolder } from '../../../src/curriculum/content-files.ts';
import { findContentProblems } from '../../../src/curriculum/integrity.ts';
import { localeCodes, sourceLocale } from '../../../src/i18n/locales.ts';

const root = join(import.meta.dirname, '../../..');
const { catalogue, problems, lessonBodies } = loadContentFolder(join(root, 'content'));
const rows = coverage(catalogue);

describe('the content that ships', () => {
  it('passes every content check', () => {
    expect(problems).toEqual([]);
    expect(findContentProblems(catalogue)).toEqual([]);
    expect(findLessonTextProblems(catalogue, lessonBodies)).toEqual([]);
    const missing = [...usedPictures(catalogue).keys()].filter(
      (id) => !existsSync(join(root, 'public/pictures', `${id}.svg`)),
    );
    expect(missing).toEqual([]);
  });

  it('has adult, youth and child courses for Canada, the United States, Australia and Germany', () => {
    const courses = [...catalogue.curricula.values()]
      .map((c) => `${c.destination}/${c.audience}`)
      .sort();
    expect(courses).toEqual(
      ['australia', 'canada', 'germany', 'united-states'].flatMap((d) => [
        `${d}/adult`,
        `${d}/child`,
        `${d}/youth`,
      ]),
    );
  });

  it('teaches at least eleven adult modules, GBV among them, and keeps GBV out of the child track', () => {
    for (const curriculum of catalogue.curricula.values()) {
      const modules = curriculum.plans['three-day'].flat().map((id) => catalogue.modules.get(id)!);
      const topics = modules.map((m) => m.topic);
      if (curriculum.audience === 'adult') {
        expect(modules.length).toBeGreaterThanOrEqual(11);
        expect(topics).toContain('gbv');
      }
      if (curriculum.audience === 'child') expect(topics).not.toContain('gbv');
    }
  });

  it('is complete in English and Arabic for every course', () => {
    const incomplete = rows.filter(
      (row) =>
        ['en', 'ar'].includes(row.locale) &&
        (row.translated < 100 ||
          row.lessons[0] < row.lessons[1] ||
          row.quizItems[0] < row.quizItems[1]),
    );
    expect(incomplete).toEqual([]);
  });

  it('has the Canada adult course complete in all six languages', () => {
    const canada = rows.filter((row) => row.destination === 'canada' && row.audience === 'adult');
    expect(canada.map((row) => row.locale).sort()).toEqual([...localeCodes].sort());
    expect(canada.filter((row) => row.translated < 100)).toEqual([]);
  });

  it('marks every translation a draft or reviewed, never source', () => {
    const texts = [
      ...[...catalogue.moduleTexts.values()].flatMap((t) => [...t].map(([l, v]) => [l, v.status])),
      ...[...catalogue.lessons.values()].flatMap((t) => [...t].map(([l, v]) => [l, v.meta.status])),
      ...[...catalogue.quizItemTexts.values()].flatMap((t) =>
        [...t].map(([l, v]) => [l, v.status]),
      ),
    ];
    expect(
      texts.filter(([locale, status]) => (locale === sourceLocale) !== (status === 'source')),
    ).toEqual([]);
  });

  it('gives every picture alt text in every language', () => {
    const missing = [...catalogue.pictures].flatMap(([id, picture]) =>
      localeCodes.filter((l) => !(l in picture.alt)).map((l) => `${id}:${l}`),
    );
    expect(missing).toEqual([]);
  });
});
