import type { ByLocale, Catalogue } from '../../../src/curriculum/catalogue.ts';
import type { Destination, ModuleText } from '../../../src/curriculum/schemas.ts';

const checked = new Date('2026-11-23');

/** A tiny, valid catalogue: one destination, one adult course of two modules, en + partial ar. */
export function fixtureCatalogue(): Catalogue {
  return {
    sources: new Map([
      [
        'gov',
        { id: 'gov', publisher: 'Gov', title: 'Facts', url: 'https://example.org/', checked },
      ],
    ]),
    destinations: new Map<string, Destination>([
      [
        'atlantis',
        {
          names: { en: 'Atlantis', ar: 'أتلانتس' },
          currency: 'ATL',
          emergency: [{ service: 'emergency', number: '112', source: 'gov' }],
          receivingProgramme: { names: { en: 'Welcome Programme' }, source: 'gov' },
        },
      ],
      [
        'lemuria',
        {
          names: { en: 'Lemuria' },
          currency: 'LEM',
          emergency: [{ service: 'emergency', number: '999', source: 'gov' }],
          receivingProgramme: { names: { en: 'Arrivals' }, source: 'gov' },
        },
      ],
    ]),
    curricula: new Map([
      [
        'curricula/atlantis-adult.yaml',
        {
          destination: 'atlantis',
          audience: 'adult',
          days: [{ modules: ['trip'] }, { modules: ['home'] }],
        },
      ],
    ]),
    modules: new Map([
      [
        'trip',
        {
          topic: 'journey',
          audiences: ['adult'],
          objectives: ['trip-docs'],
          lessons: [{ id: 'docs' }, { id: 'lemuria-only', destinations: ['lemuria'] }],
        },
      ],
      [
        'home',
        {
          topic: 'housing',
          audiences: ['adult'],
          objectives: ['home-rent'],
          lessons: [{ id: 'rent' }, { id: 'safety' }],
        },
      ],
    ]),
    moduleTexts: new Map<string, ByLocale<ModuleText>>([
      [
        'trip',
        new Map([
          [
            'en',
            {
              status: 'source',
              title: 'Trip',
              summary: 'Going',
              objectives: { 'trip-docs': 'Keep documents' },
            },
          ],
          [
            'ar',
            {
              status: 'draft',
              title: 'الرحلة',
              summary: 'الذهاب',
              objectives: { 'trip-docs': 'احتفظ بالوثائق' },
            },
          ],
        ]),
      ],
      [
        'home',
        new Map([
          [
            'en',
            {
              status: 'source',
              title: 'Home',
              summary: 'Living',
              objectives: { 'home-rent': 'Pay rent' },
            },
          ],
        ]),
      ],
    ]),
    lessons: new Map(
      ['docs', 'lemuria-only', 'rent', 'safety'].map((id) => [
        id,
        new Map([
          [
            'en',
            {
              entryId: `lessons/${id}/en.md`,
              meta: { title: `${id} (en)`, status: 'source' as const, sources: ['gov'] },
            },
          ],
        ]),
      ]),
    ),
    quizItems: new Map([
      [
        'trip-1',
        {
          objective: 'trip-docs',
          kind: 'single-choice',
          forms: ['pre', 'post'],
          options: ['a', 'b'],
          answer: 'a',
        },
      ],
      [
        'home-1',
        {
          objective: 'home-rent',
          kind: 'single-choice',
          forms: ['pre', 'post'],
          options: ['a', 'b'],
          answer: 'b',
        },
      ],
    ]),
    quizItemTexts: new Map([
      [
        'trip-1',
        new Map([['en', { status: 'source', prompt: 'Where?', options: { a: 'Bag', b: 'Case' } }]]),
      ],
      [
        'home-1',
        new Map([
          ['en', { status: 'source', prompt: 'When?', options: { a: 'Once', b: 'Monthly' } }],
        ]),
      ],
    ]),
  };
}
