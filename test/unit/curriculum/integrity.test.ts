import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../src/curriculum/catalogue.ts';
import { CurriculumError, findContentProblems } from '../../../src/curriculum/integrity.ts';
import { fixtureCatalogue } from './fixture-catalogue.ts';

type Break = (catalogue: Catalogue) => void;

const cases: [string, Break, { file: string; field: string }][] = [
  [
    'a course naming a module that does not exist',
    (c) => c.curricula.get('curricula/atlantis-adult.yaml')?.days[1]?.modules.push('health'),
    { file: 'curricula/atlantis-adult.yaml', field: 'days[1].modules[1]' },
  ],
  [
    'a course for a destination with no profile',
    (c) => c.destinations.delete('atlantis'),
    { file: 'curricula/atlantis-adult.yaml', field: 'destination' },
  ],
  [
    'a module taught outside its tracks',
    (c) => c.modules.set('home', { ...c.modules.get('home')!, audiences: ['child'] }),
    { file: 'curricula/atlantis-adult.yaml', field: 'days[1].modules[0]' },
  ],
  [
    'a module listing a lesson with no English file',
    (c) => c.lessons.delete('rent'),
    { file: 'modules/home.yaml', field: 'lessons[0].id' },
  ],
  [
    'a translation missing an objective',
    (c) => {
      const ar = c.moduleTexts.get('trip')?.get('ar');
      if (ar) ar.objectives = {};
    },
    { file: 'modules/trip/ar.yaml', field: 'objectives.trip-docs' },
  ],
  [
    'a quiz item for an objective no module has',
    (c) => c.quizItems.set('stray', { ...c.quizItems.get('trip-1')!, objective: 'nowhere' }),
    { file: 'quiz/stray.yaml', field: 'objective' },
  ],
  [
    'a quiz answer that is not an option',
    (c) => c.quizItems.set('trip-1', { ...c.quizItems.get('trip-1')!, answer: 'z' }),
    { file: 'quiz/trip-1.yaml', field: 'answer' },
  ],
  [
    'an objective with no quiz item',
    (c) => c.quizItems.delete('home-1'),
    { file: 'modules/home.yaml', field: 'objectives[0]' },
  ],
  [
    'a lesson citing an unknown source',
    (c) => c.lessons.get('rent')?.get('en')?.meta.sources.push('rumour'),
    { file: 'lessons/rent/en.md', field: 'sources[1]' },
  ],
  [
    'a text in a language Waypoint does not know',
    (c) => c.moduleTexts.get('trip')?.set('xx', c.moduleTexts.get('trip')!.get('en')!),
    { file: 'modules/trip/xx.yaml', field: '(file name)' },
  ],
];

describe('findContentProblems', () => {
  it('finds nothing wrong with valid content', () => {
    expect(findContentProblems(fixtureCatalogue())).toEqual([]);
  });

  it.each(cases)('names the file and field of %s', (_name, breakIt, expected) => {
    const catalogue = fixtureCatalogue();
    breakIt(catalogue);
    expect(findContentProblems(catalogue)).toContainEqual(expect.objectContaining(expected));
  });
});

it('CurriculumError lists every problem with its file and field', () => {
  const error = new CurriculumError([
    { file: 'quiz/x.yaml', field: 'answer', message: 'not an option' },
  ]);
  expect(error.message).toContain('content/quiz/x.yaml → answer: not an option');
});
