import { describe, expect, it } from 'vitest';
import {
  coverage,
  findLessonTextProblems,
  formatCoverage,
  lessonWordLimit,
  usedPictures,
  wordCount,
} from '../../../src/curriculum/content-check.ts';
import { fixtureCatalogue } from './fixture-catalogue.ts';

const catalogue = fixtureCatalogue();

describe('wordCount', () => {
  it('counts words, not Markdown markup', () => {
    expect(wordCount('**The lease.** A [lease](/en/) is - a > paper.')).toBe(7);
    expect(wordCount('عقد الإيجار اتفاق مكتوب')).toBe(4);
  });
});

describe('findLessonTextProblems', () => {
  it('flags a lesson over the length limit', () => {
    const long = Array.from({ length: lessonWordLimit + 1 }, () => 'word').join(' ');
    expect(findLessonTextProblems(catalogue, new Map([['lessons/x/en.md', long]]))).toEqual([
      {
        file: 'lessons/x/en.md',
        field: '(text)',
        message: `${lessonWordLimit + 1} words; a lesson has at most ${lessonWordLimit}`,
      },
    ]);
  });

  it('accepts links to built pages and the web, and flags links that lead nowhere', () => {
    const body =
      '[ok](/en/atlantis/adult/home/) [web](https://example.org) [call](tel:112) [bad](/en/atlantis/adult/dentist/) [rel](../x)';
    const problems = findLessonTextProblems(catalogue, new Map([['lessons/x/en.md', body]]));
    expect(problems.map((p) => p.message)).toEqual([
      '"/en/atlantis/adult/dentist/" is not a page Waypoint builds',
      '"../x" is not a page Waypoint builds',
    ]);
  });
});

describe('coverage', () => {
  const rows = coverage(catalogue);

  it('counts what exists per course and language', () => {
    expect(rows.find((row) => row.locale === 'en')).toEqual({
      destination: 'atlantis',
      audience: 'adult',
      locale: 'en',
      lessons: [5, 5],
      objectives: [15, 15],
      quizItems: [30, 30],
      translated: 100,
      reviewed: 100,
    });
    // Arabic has one draft module text out of 40 texts (5 modules, 5 lessons, 30 quiz items).
    expect(rows.find((row) => row.locale === 'ar')).toMatchObject({
      objectives: [3, 15],
      translated: 3,
      reviewed: 0,
    });
  });

  it('prints as a table with one row per course and language', () => {
    const table = formatCoverage(rows).split('\n');
    expect(table[0]).toMatch(/^\| destination \| audience \| locale \| lessons/);
    expect(table).toHaveLength(2 + rows.length);
  });
});

it('lists every picture the content uses', () => {
  expect([...usedPictures(catalogue).keys()]).toEqual(['journey']);
});
