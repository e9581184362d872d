import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentFolder } from '../../../src/curriculum/content-files.ts';
import { lessonPlainText, lessonSearchFile } from '../../../src/curriculum/lesson-search-file.ts';
import { lessonSearchFileSchema } from '../../../src/domain/lesson-search-file.ts';
import { findLessons, loadLessonIndex, matchedRanges } from '../../../src/i18n/lesson-search.ts';
import type { LocaleCode } from '../../../src/i18n/locales.ts';

const { catalogue, lessonBodies } = loadContentFolder(
  join(import.meta.dirname, '../../../content'),
);
const markdownOf = (entryId: string) => lessonBodies.get(entryId) ?? '';

/** The bundle's search file as a tablet receives it: serialised, parsed, index reloaded. */
function shippedSearch(locale: LocaleCode) {
  const file = lessonSearchFileSchema.parse(
    JSON.parse(JSON.stringify(lessonSearchFile(catalogue, 'canada', locale, markdownOf))),
  );
  const index = loadLessonIndex(file.index);
  return {
    file,
    hits: (text: string) => findLessons(index, locale, text),
    find: (text: string) =>
      findLessons(index, locale, text).map((hit) => file.lessons[hit.position]?.id),
  };
}

describe('lesson search on the shipped Canada courses', () => {
  // A word from "The bank and your money" in each language, and where a stemmer exists an
  // inflected form the lesson does not contain as such.
  const cases: [LocaleCode, string][] = [
    ['en', 'bank'],
    ['en', 'banks'],
    ['en', 'BANKING'],
    ['fr', 'banque'],
    ['fr', 'banques'],
    ['fr', 'Banque'],
    ['ar', 'البنك'],
    ['ar', 'بنك'],
    ['ar', 'بنوك'],
    ['fa-AF', 'بانک'],
    ['fa-AF', 'بانك'],
    ['ps', 'بانک'],
    ['ps', 'بانك'],
    ['uk', 'банк'],
    ['uk', 'Банку'],
  ];
  it.each(cases)('%s: "%s" finds the lesson on banks first', (locale, word) => {
    expect(shippedSearch(locale).find(word)[0]).toBe('first-days-bank-and-money');
  });

  it('never lists the GBV lessons: they show only while the trainer has the module open', () => {
    const { file, find } = shippedSearch('en');
    expect(file.lessons.some((lesson) => lesson.id.startsWith('gbv-'))).toBe(false);
    expect(find('violence').some((id) => id?.startsWith('gbv-'))).toBe(false);
  });

  it('finds a lesson from a half-typed word', () => {
    expect(shippedSearch('en').find('settlem')).toContain('first-days-bank-and-money');
  });

  it('ignores accents the learner leaves out (French)', () => {
    expect(shippedSearch('fr').find('ecole')).toEqual(shippedSearch('fr').find('école'));
    expect(shippedSearch('fr').find('ecole').length).toBeGreaterThan(0);
  });

  it('finds nothing for a word in no lesson, and nothing for no word', () => {
    const { find } = shippedSearch('en');
    expect(find('xylophone')).toEqual([]);
    expect(find('  ?! ')).toEqual([]);
  });

  it('finds again where the matched words stand, for highlighting', () => {
    const { file, hits } = shippedSearch('en');
    const [best] = hits('banks');
    const lesson = file.lessons[best!.position]!;
    const marked = matchedRanges('en', lesson.body, best!.terms).map(([start, length]) =>
      lesson.body.slice(start, start + length),
    );
    expect(marked.length).toBeGreaterThan(2);
    expect(new Set(marked.map((word) => word.toLowerCase()))).toEqual(new Set(['bank']));
    expect(matchedRanges('en', lesson.title, best!.terms)).toEqual([[4, 4]]);
  });

  it('lists a lesson taught in two courses once, with a link into each', () => {
    const { file } = shippedSearch('ar');
    const shared = file.lessons.find((lesson) => lesson.id === 'culture-shock-stages');
    expect(shared?.places.map((place) => place.audience).sort()).toEqual(['adult', 'youth']);
    expect(shared?.places.map((place) => place.href)).toContain(
      '/ar/canada/adult/cultural-adaptation/culture-shock-stages/',
    );
    expect(new Set(file.lessons.map((lesson) => lesson.id)).size).toBe(file.lessons.length);
  });
});

describe('lessonPlainText', () => {
  it('keeps the words a reader sees and drops Markdown marks', () => {
    expect(
      lessonPlainText(
        '**A bank account.** Open [one](https://x.example) here.\n\n- Never tell\n> Think: why?',
      ),
    ).toBe('A bank account. Open one here. Never tell Think: why?');
  });
});
