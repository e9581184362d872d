import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../src/curriculum/catalogue.ts';
import { CurriculumError, findContentProblems } from '../../../src/curriculum/integrity.ts';
import { fixtureCatalogue } from './fixture-catalogue.ts';

type Break = (catalogue: Catalogue) => void;
const plan = (c: Catalogue) => c.curricula.get('curricula/atlantis-adult.yaml')!.plans;

const cases: [string, Break, { file: string; field: string }][] = [
  [
    'a plan naming a module that does not exist',
    (c) => plan(c)['three-day'][2]!.push('dentist'),
    { file: 'curricula/atlantis-adult.yaml', field: 'plans.three-day[2][1]' },
  ],
  [
    'plans that teach different modules',
    (c) => plan(c)['five-day'].reverse(),
    { file: 'curricula/atlantis-adult.yaml', field: 'plans.five-day' },
  ],
  [
    'a module taught twice in one plan',
    (c) => plan(c)['three-day'][2]!.push('trip'),
    { file: 'curricula/atlantis-adult.yaml', field: 'plans.three-day[2][1]' },
  ],
  [
    'a course for a destination with no profile',
    (c) => c.destinations.delete('atlantis'),
    { file: 'curricula/atlantis-adult.yaml', field: 'destination' },
  ],
  [
    'a module taught outside its tracks',
    (c) => (c.modules.get('home')!.audiences = ['child']),
    { file: 'curricula/atlantis-adult.yaml', field: 'plans.three-day[0][1]' },
  ],
  [
    'a module listing a lesson with no English file',
    (c) => c.lessons.delete('home-lesson'),
    { file: 'modules/home.yaml', field: 'lessons[0].id' },
  ],
  [
    'a module whose picture has no alt text file',
    (c) => c.pictures.delete('journey'),
    { file: 'modules/trip.yaml', field: 'picture' },
  ],
  [
    'an English module text without trainer notes',
    (c) => delete c.moduleTexts.get('work')!.get('en')!.facilitation,
    { file: 'modules/work/en.yaml', field: 'facilitation' },
  ],
  [
    'a translation missing an objective',
    (c) => (c.moduleTexts.get('trip')!.get('ar')!.objectives = {}),
    { file: 'modules/trip/ar.yaml', field: 'objectives.trip-one' },
  ],
  [
    'an objective without a form B quiz item',
    (c) => c.quizItems.delete('home-two-b'),
    { file: 'modules/home.yaml', field: 'objectives[1]' },
  ],
  [
    'a quiz item for an objective no module has',
    (c) => c.quizItems.set('stray', { ...c.quizItems.get('trip-one-a')!, objective: 'nowhere' }),
    { file: 'quiz/stray.yaml', field: 'objective' },
  ],
  [
    'a quiz answer that is not an option',
    (c) => (c.quizItems.get('trip-one-a')!.answer = 'z'),
    { file: 'quiz/trip-one-a.yaml', field: 'answer' },
  ],
  [
    'a picture-choice option without a picture',
    (c) => (c.quizItems.get('trip-one-a')!.kind = 'picture-choice'),
    { file: 'quiz/trip-one-a.yaml', field: 'pictures.a' },
  ],
  [
    'an English lesson citing no source',
    (c) => (c.lessons.get('work-lesson')!.get('en')!.meta.sources = []),
    { file: 'lessons/work-lesson/en.md', field: 'sources' },
  ],
  [
    'a helpline citing an unknown source',
    (c) => (c.destinations.get('lemuria')!.helplines[0]!.source = 'rumour'),
    { file: 'destinations/lemuria.yaml', field: 'helplines[0].source' },
  ],
  [
    'a text in a language Waypoint does not know',
    (c) => c.moduleTexts.get('trip')!.set('xx', c.moduleTexts.get('trip')!.get('ar')!),
    { file: 'modules/trip/xx.yaml', field: '(file name)' },
  ],
  [
    'a sorting activity item in a group that does not exist',
    (c) => {
      c.activities.set('pack', {
        kind: 'sorting',
        groups: ['bag', 'home'],
        items: { passport: 'pocket' },
        pictures: { passport: 'journey' },
      });
      c.activityTexts.set(
        'pack',
        new Map([
          [
            'en',
            {
              status: 'source',
              title: 'Pack',
              instructions: 'Sort',
              labels: { bag: 'Bag', home: 'Home', passport: 'Passport' },
            },
          ],
        ]),
      );
    },
    { file: 'activities/pack.yaml', field: 'items.passport' },
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
